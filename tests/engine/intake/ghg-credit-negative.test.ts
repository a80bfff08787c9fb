// (p-ghgneg) A saving (esca, eccs, eccr) written with its sign, -10, was subtracted again: eec 20,
// ep 10, etd 5, eccr -10, esca -12 gave E = 47, not 27, and an SD carried it. RED II Annex V C.1
// states the savings as positive numbers subtracted from E; a negative one is unclear (the sign is
// the subtraction, or an extra emission), so it is refused at its cell and nothing is declared.
// (p-ghgunits) An emission (eec, ep, etd, eu) written negative was read as written: eec -5 beside
// ep 10, etd 5 gave E 10 for the 20 the keeper's own cells add up to without the sign, and an SD
// carried it. Emissions are never negative (only el may be, Annex V C.7): refused at its cell.
import { runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

function run(ghg: Record<string, string>) {
  return runEngine(
    ledger({
      receipts: [uco("2025-01-05", "100", "IN-1", { ghg })],
      deliveries: [sale("2025-02-10", "40")],
    }),
  );
}

function outcome(ghg: Record<string, string>): string {
  const r = run(ghg);
  const refused = r.findings.filter((f) =>
    ["ghg-credit-negative", "ghg-emission-negative"].includes(
      (f.details as { reason?: string }).reason ?? "",
    ),
  );
  const declared = r.declarations.filter((d) => d.status === "new");
  if (refused.length > 0) {
    expect(refused[0]?.severity).toBe("error");
    expect(refused).toHaveLength(1);
    expect(refused[0]?.message).toContain("as a positive number");
    expect(declared).toEqual([]);
    const details = refused[0]?.details as { field: string; reason: string };
    return `${details.reason} ${details.field}`;
  }
  return (declared[0]?.ghg ?? []).map((g) => g.total).join(",");
}

const base = { eec: "20", ep: "10", etd: "5", eu: "0" };

test.each([
  // refused: a saving with its sign, with or without a total (even one agreeing with either reading)
  [{ ...base, eccr: "-10", esca: "-12" }, "ghg-credit-negative ghg.esca"],
  [{ ...base, eccr: "-10", esca: "-12", total: "47" }, "ghg-credit-negative ghg.esca"],
  [{ ...base, eccr: "-10", esca: "-12", total: "13" }, "ghg-credit-negative ghg.esca"],
  [{ ...base, eccs: "-3" }, "ghg-credit-negative ghg.eccs"],
  [{ ...base, eccr: "-10.5" }, "ghg-credit-negative ghg.eccr"],
  // unchanged: positive savings subtract, el may be negative (carbon stock gain, Annex V C.7)
  [{ ...base, eccr: "10", esca: "12" }, "13"],
  [{ ...base, eccr: "10", esca: "12", total: "13" }, "13"],
  [{ ...base, el: "-4" }, "31"],
  [{ ...base, esca: "0" }, "35"],
])("%j -> %s", (ghg, expected) => {
  expect(outcome(ghg)).toBe(expected);
});

const emissions = { eec: "20", ep: "10", etd: "5" };

test.each([
  // refused: an emission with a sign, with or without a total, whatever method
  [{ ...emissions, eec: "-5" }, "ghg-emission-negative ghg.eec"],
  [{ ...emissions, ep: "-5" }, "ghg-emission-negative ghg.ep"],
  [{ ...emissions, etd: "-5" }, "ghg-emission-negative ghg.etd"],
  [{ ...emissions, eu: "-0.5" }, "ghg-emission-negative ghg.eu"],
  [{ ...emissions, eec: "-5", total: "10" }, "ghg-emission-negative ghg.eec"],
  [{ ...emissions, eec: "-5", total: "10", method: "actual" }, "ghg-emission-negative ghg.eec"],
  [{ total: "10", eec: "-5", method: "default" }, "ghg-emission-negative ghg.eec"],
  // both kinds: the first cell in the row's order (eec before esca) is named, once
  [{ ...emissions, eec: "-5", esca: "-3" }, "ghg-emission-negative ghg.eec"],
  [{ ...emissions, el: "-4", ep: "-2" }, "ghg-emission-negative ghg.ep"],
  // unchanged: zero (also "-0"), positive emissions, el negative, a negative total E (manure and
  // esca credits give one: RED II Annex VI biomethane from manure), savings subtracted to below 0
  [{ ...emissions, eu: "0" }, "35"],
  [{ ...emissions, eec: "-0" }, "15"],
  [{ ...emissions, el: "-40" }, "-5"],
  [{ total: "-5" }, "-5"],
  [{ total: "-100.5", eec: "0", ep: "20", etd: "1", esca: "121.5" }, "-100.5"],
  [{ eec: "0", ep: "20", etd: "1", esca: "121.5" }, "-100.5"],
])("%j -> %s", (ghg, expected) => {
  expect(outcome(ghg)).toBe(expected);
});
