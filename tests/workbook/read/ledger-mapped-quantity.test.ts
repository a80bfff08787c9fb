// (p-cols) A combined ledger's net weight the user mapped as Quantity (MB Config) beside its In and
// Out columns: recognition's own such mapping is held to the row's side (ledger-net-weight.test.ts),
// but the user's was kept with no check, and each row picked one of the two amounts silently (a
// typed row its Quantity, a row without a type its In or Out). A row where they differ is refused
// at the net weight's cell like the automatic case; one where they agree is booked once.
import type { CellValue } from "../../../src/workbook/port";
import { configSheetRows } from "../../../src/workbook/config";
import { readWorkbook } from "../../../src/workbook/read";
import type { MbConfig } from "../../../src/workbook/types";
import { plain, serial, sheet } from "../fixtures";

/** [In, Out, net weight] headings by language. */
const SPELLINGS: [string, string, string][] = [
  ["Eingang (t)", "Ausgang (t)", "Nettogewicht (t)"],
  ["In (t)", "Out (t)", "Net weight (t)"],
  ["Entrée (t)", "Sortie (t)", "Poids net (t)"],
  ["Entrada (t)", "Salida (t)", "Peso neto (t)"],
  ["Ingang (t)", "Uitgang (t)", "Nettogewicht (t)"],
  ["Carico (t)", "Scarico (t)", "Peso netto (t)"],
];

type Shape = "in-out" | "type";

/** Rows: [side, In or Out amount, net weight]; the net weight column mapped by the user as Quantity. */
function read(
  shape: Shape,
  [inH, outH, net]: [string, string, string],
  rows: ["in" | "out", number, number][],
) {
  const typed = shape === "type";
  const head: CellValue[] = [
    "Datum",
    ...(typed ? ["Typ"] : []),
    "Partner",
    "SD-Nr.",
    "Produkt",
    inH,
    outH,
    net,
  ];
  const body = rows.map(([side, q, o], i): CellValue[] => [
    serial(`2025-0${side === "in" ? 1 : 3}-${String(i + 1).padStart(2, "0")}`),
    ...(typed ? [side === "in" ? "Eingang" : "Ausgang"] : []),
    side === "in" ? "Fett AG" : "Raff X",
    side === "in" ? `SD-${i + 1}` : null,
    "UCO",
    side === "in" ? q : null,
    side === "out" ? q : null,
    o,
  ]);
  const config: MbConfig = {
    mappings: [{ sheet: "Buch", field: "quantity", column: typed ? "H" : "G", header: net }],
    settings: {},
    marks: [],
    generated: [],
  };
  const r = readWorkbook({
    name: "L.xlsx",
    sheets: [
      sheet("Buch", [head, ...body]),
      sheet("MB Config", plain(configSheetRows(config)), { visibility: "veryHidden" }),
    ],
  });
  return {
    columns: r.sheets.find((s) => s.name === "Buch")?.columns ?? {},
    errors: r.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell]),
    booked: [
      ...r.ledger.receipts.map((x) => ["in", x.quantity]),
      ...r.ledger.deliveries.map((x) => ["out", x.quantity]),
    ],
  };
}

const cases = (["in-out", "type"] as Shape[]).flatMap((shape) =>
  SPELLINGS.map((s) => [shape, s.join(" | "), s] as const),
);

describe("a net weight the user mapped as Quantity beside a ledger's In and Out", () => {
  it.each(cases)("%s, %s: a row where they differ is refused at its cell, never booked", (shape, _n, s) => {
    const col = shape === "type" ? "H" : "G";
    const { errors, booked, columns } = read(shape, s, [
      ["in", 20, 19],
      ["in", 15, 15],
      ["out", 10, 10.5],
      ["out", 5, 5],
    ]);
    // the user's mapping stays theirs
    expect(columns.quantity).toBe(col);
    expect(errors).toEqual([
      ["quantity-columns-disagree", `${col}2`],
      ["quantity-columns-disagree", `${col}4`],
    ]);
    expect(booked).toEqual([
      ["in", "15"],
      ["out", "5"],
    ]);
  });
});
