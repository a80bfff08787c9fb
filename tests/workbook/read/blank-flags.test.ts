// (p-noise, break test brk13) A blank in a deliveries yes/no Sustainable column among "ja" and
// "nein" was read as not sustainable with one note at the heading: the delivery got no SD and
// nothing at its row said why. The reading stays (domain.md §7: it declares less), and each such
// blank is now a warning at its cell in the column's own words (workbook/blank-flags.ts). A column
// blank throughout, or one that only marks the rows that are ("x", "ja" and blanks), keeps the one
// note at its heading: its blanks are its no.
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import { serial, sheet } from "../fixtures";

const D = serial("2026-01-05");

/** Deliveries of 80 t with `flags` under `heading`: what each reads as, and the findings [severity, code, cell]. */
function read(heading: string, flags: CellValue[]) {
  const rows: CellValue[][] = [["Date", "Customer", "Customer address", "Product", "Quantity (t)", heading]];
  flags.forEach((v, i) => rows.push([D + i, `C${i + 1} AG`, "Hafenstr. 1, Hamburg", "UCO", 80, v]));
  const r = readWorkbook({ name: "books.xlsx", sheets: [sheet("Sales", rows)] });
  const said = r.findings.filter((f) => f.code === "missing-value" || f.code === "blank-not-sustainable");
  return {
    read: r.ledger.deliveries.map((d) => d.sustainable),
    said: said.map((f) => [f.severity, f.code, f.cell]),
    messages: said.map((f) => f.message),
  };
}

/** A yes/no heading and its yes and no, per language (de, en, fr, es, nl, it). */
const LANGUAGES: [string, string, string][] = [
  ["Nachhaltig", "ja", "nein"],
  ["Nachhaltig (ja/nein)", "Ja", "Nein"],
  ["Sustainable", "yes", "no"],
  ["Durable", "oui", "non"],
  ["Sostenible", "sí", "no"],
  ["Duurzaam", "ja", "nee"],
  ["Sostenibile", "sì", "no"],
];

describe("a blank among yes and no in a deliveries yes/no column", () => {
  it.each(LANGUAGES)(
    "%s with %s and %s: each blank read as no, a warning at its cell in those words",
    (h, yes, no) => {
      const r = read(h, [yes, null, no, "", yes]);
      expect(r.read).toEqual(["yes", "no", "no", "no", "yes"]);
      expect(r.said).toEqual([
        ["warning", "missing-value", "F3"],
        ["warning", "missing-value", "F5"],
      ]);
      expect(r.messages[0]).toContain(
        `the blank is read as not sustainable, so the delivery is not declared: write ${yes} or ${no} in the cell`,
      );
    },
  );

  it("1 and 0 as yes and no: a blank among them is a warning too", () => {
    expect(read("Sustainable", [1, null, 0]).said).toEqual([["warning", "missing-value", "F3"]]);
  });

  it.each([
    ["blank throughout", [null, null, null], 3],
    ["only marks the rows that are (x)", ["x", null, null], 2],
    ["only marks the rows that are (ja)", ["ja", null, "ja"], 1],
  ])("a column %s: no finding at its rows, one note at its heading", (_what, flags, blanks) => {
    const r = read("Nachhaltig", flags);
    expect(r.said).toEqual([["info", "blank-not-sustainable", "F1"]]);
    expect(r.messages[0]).toContain(
      `${blanks === 1 ? "1 delivery has" : `${blanks} deliveries have`} no value`,
    );
  });

  it("no blank: nothing said", () => {
    expect(read("Nachhaltig", ["ja", "nein"]).said).toEqual([]);
  });
});
