// (p-values) A combined ledger with In and Out quantity columns and another quantity column
// ("Nettogewicht (t)", "Net weight (t)", "Poids net (t)"): recognition mapped the other one as the
// ledger's Quantity, which a row with In and Out never books (and a row with a type booked it
// instead of its own side's column), with no word. The In or Out column is what a row books; the
// other is held to it: said once at its heading (naming both), and a row where it holds another
// amount is refused at its cell (quantity-columns-disagree), never booked at one of the two.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** [In, Out, another quantity] headings as staff write them, by language. */
const SPELLINGS: [string, string, string][] = [
  ["Eingang (t)", "Ausgang (t)", "Nettogewicht (t)"],
  ["Zugang (t)", "Abgang (t)", "Netto (t)"],
  ["In (t)", "Out (t)", "Net weight (t)"],
  ["Receipts (t)", "Deliveries (t)", "Net quantity (t)"],
  ["Entrée (t)", "Sortie (t)", "Poids net (t)"],
  ["Entrada (t)", "Salida (t)", "Peso neto (t)"],
  ["Ingang (t)", "Uitgang (t)", "Nettogewicht (t)"],
  ["Entrata (t)", "Uscita (t)", "Peso netto (t)"],
];

type Shape = "in-out" | "type";

/** Rows: [side, its In/Out amount, the other column's amount]. */
function read(
  shape: Shape,
  [inH, outH, other]: [string, string, string],
  rows: ["in" | "out", number, number][],
) {
  const head: CellValue[] =
    shape === "type"
      ? ["Datum", "Typ", "Partner", "SD-Nr.", "Produkt", inH, outH, other]
      : ["Datum", "Partner", "SD-Nr.", "Produkt", inH, outH, other];
  const body = rows.map(([side, q, o], i): CellValue[] => {
    const date = serial(`2025-0${side === "in" ? 1 : 3}-${String(i + 1).padStart(2, "0")}`);
    const cells: CellValue[] = [
      side === "in" ? "Fett AG" : "Raff X",
      side === "in" ? `SD-${i + 1}` : null,
      "UCO",
    ];
    const amounts: CellValue[] = [side === "in" ? q : null, side === "out" ? q : null, o];
    return shape === "type"
      ? [date, side === "in" ? "Eingang" : "Ausgang", ...cells, ...amounts]
      : [date, ...cells, ...amounts];
  });
  const r = readWorkbook({ name: "L.xlsx", sheets: [sheet("Buch", [head, ...body])] });
  return {
    columns: r.sheets[0]?.columns ?? {},
    findings: r.findings.map((f) => [f.code, f.cell, f.severity]),
    heading: r.findings.find((f) => f.code === "second-quantity-column")?.message ?? "",
    booked: [
      ...r.ledger.receipts.map((x) => ["in", x.quantity]),
      ...r.ledger.deliveries.map((x) => ["out", x.quantity]),
    ],
  };
}

const cases = (["in-out", "type"] as Shape[]).flatMap((shape) =>
  SPELLINGS.map((s) => [shape, s.join(" | "), s] as const),
);

describe("another quantity beside a ledger's In and Out columns is held to the row's side, said at its heading", () => {
  it.each(cases)("%s, %s: In and Out are booked; the other is no Quantity", (shape, _name, s) => {
    const { columns } = read(shape, s, [["in", 20, 20]]);
    expect(columns.quantity).toBeUndefined();
    expect(columns).toMatchObject(
      shape === "type" ? { inQuantity: "F", outQuantity: "G" } : { inQuantity: "E", outQuantity: "F" },
    );
  });

  it.each(cases)(
    "%s, %s: a row where it differs is refused at its cell, one that agrees is booked",
    (shape, _name, s) => {
      const col = shape === "type" ? "H" : "G";
      const { findings, booked, heading } = read(shape, s, [
        ["in", 20, 19],
        ["in", 15, 15],
        ["out", 10, 10.5],
        ["out", 5, 5],
      ]);
      expect(findings.filter(([code]) => code === "quantity-columns-disagree")).toEqual([
        ["quantity-columns-disagree", `${col}2`, "error"],
        ["quantity-columns-disagree", `${col}4`, "error"],
      ]);
      expect(findings.filter(([code]) => code === "second-quantity-column")).toEqual([
        ["second-quantity-column", `${col}1`, "warning"],
      ]);
      expect(heading).toContain(`"${s[2]}" also holds a quantity`);
      expect(heading).toContain(`from "${s[0]}" or "${s[1]}", whichever is filled`);
      expect(booked).toEqual([
        ["in", "15"],
        ["out", "5"],
      ]);
    },
  );
});
