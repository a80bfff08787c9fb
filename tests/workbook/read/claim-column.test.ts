// The claim column in the languages staff write it, and a claim column the reader cannot name
// (issue 13, break-test #5): never left at the default claim without a word.
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet, throughXlsx } from "../fixtures";

const D = serial("2025-01-05");
const HEAD = ["Datum", "Lieferant", "Nachweis-Nr.", "Produkt", "Menge (t)", "Rohstoff"];
const base = (i: number): CellValue[] => [D, "Good AG", `N-${i}`, "Oil", 100, "Raps"];

async function read(header: string, values: string[]) {
  return readWorkbook(
    await throughXlsx(sheet("Wareneingang", [[...HEAD, header], ...values.map((v, i) => [...base(i), v])])),
  );
}

describe("claim headings in German, French, Dutch and Spanish", () => {
  it.each([
    "Nachhaltigkeitsanspruch",
    "Anspruch",
    "Konformität",
    "EU-RED-Konformität",
    "Allégation de durabilité",
    "Revendication",
    "Duurzaamheidsclaim",
    "Claim duurzaamheid",
    "Alegación de sostenibilidad",
    "Compliance status",
  ])("%s is the Claim column", async (header) => {
    const { sheets, ledger } = await read(header, ["nicht EU RED konform"]);
    expect(sheets[0]?.columns.claim).toBe("G");
    expect(ledger.receipts[0]?.unreadable).toContain("claim");
  });
});

describe("an unmapped column that holds claims", () => {
  it.each([
    [["nicht EU RED konform", "Status: nicht nachhaltig"], "nicht EU RED konform"],
    [["ISCC compliant", "EU RED compliant", ""], "ISCC compliant"],
    [["Not ISCC compliant", "EU RED konform"], "Not ISCC compliant"],
  ])("%j: an error at its heading, and no row takes the default claim", async (values, example) => {
    const { findings, ledger } = await read("Zusatzvermerk", values);
    const f = findings.find((x) => x.code === "mapping-uncertain");
    expect([f?.severity, f?.cell]).toEqual(["error", "G1"]);
    expect(f?.message).toContain(`such as "${example}"`);
    expect(f?.message).toContain("give no sustainable credit until the column is mapped");
    for (const r of ledger.receipts) {
      expect(r.unreadable).toContain("claim");
    }
  });

  it.each([[["Lot 7", "Tank 3"]], [["bio", "Tank 3", "Lot 7"]]])(
    "%j is no claim column: nothing is said and credit stays",
    async (values) => {
      const { findings, ledger } = await read("Zusatzvermerk", values);
      expect(findings.filter((x) => x.code === "mapping-uncertain")).toEqual([]);
      for (const r of ledger.receipts) expect(r.unreadable ?? []).not.toContain("claim");
    },
  );

  // receipts read a Sustainable yes/no column since p-recpart2: "nein" under an unmapped heading
  // may deny a receipt its credit, so the column is said at its heading (not a claim column)
  it('["ja","nein"] is no claim column, but an unmapped yes/no column: said, receipts held', async () => {
    const { findings, ledger } = await read("Zusatzvermerk", ["ja", "nein"]);
    const said = findings.filter((x) => x.code === "mapping-uncertain");
    expect(
      said.map((f) => [f.cell, f.severity, (f.details as { consequence?: string }).consequence]),
    ).toEqual([["G1", "error", "receipts-held"]]);
    for (const r of ledger.receipts) expect(r.unreadable ?? []).not.toContain("claim");
  });
});
