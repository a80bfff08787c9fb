// (p-ghgneg) A saving (esca, eccs, eccr) written with its sign, -10, was subtracted again: eec 20,
// ep 10, etd 5, eccr -10, esca -12 gave E = 47, not 27, and an SD carried it. RED II Annex V C.1
// states the savings as positive numbers subtracted from E; a negative one is unclear (the sign is
// the subtraction, or an extra emission), so it is refused at its cell and nothing is declared.
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
  const refused = r.findings.filter(
    (f) => (f.details as { reason?: string }).reason === "ghg-credit-negative",
  );
  const declared = r.declarations.filter((d) => d.status === "new");
  if (refused.length > 0) {
    expect(refused[0]?.severity).toBe("error");
    expect(refused[0]?.message).toContain("write the saving as a positive number");
    expect(declared).toEqual([]);
    return `refused ${(refused[0]?.details as { field: string }).field}`;
  }
  return (declared[0]?.ghg ?? []).map((g) => g.total).join(",");
}

const base = { eec: "20", ep: "10", etd: "5", eu: "0" };

test.each([
  // refused: a saving with its sign, with or without a total (even one agreeing with either reading)
  [{ ...base, eccr: "-10", esca: "-12" }, "refused ghg.esca"],
  [{ ...base, eccr: "-10", esca: "-12", total: "47" }, "refused ghg.esca"],
  [{ ...base, eccr: "-10", esca: "-12", total: "13" }, "refused ghg.esca"],
  [{ ...base, eccs: "-3" }, "refused ghg.eccs"],
  [{ ...base, eccr: "-10.5" }, "refused ghg.eccr"],
  // unchanged: positive savings subtract, el may be negative (carbon stock gain, Annex V C.7)
  [{ ...base, eccr: "10", esca: "12" }, "13"],
  [{ ...base, eccr: "10", esca: "12", total: "13" }, "13"],
  [{ ...base, el: "-4" }, "31"],
  [{ ...base, esca: "0" }, "35"],
])("%j -> %s", (ghg, expected) => {
  expect(outcome(ghg)).toBe(expected);
});
