// (brk21 2) A production sheet's part column is the part of the quantity it follows. After the
// output's quantity ("Einsatzmenge 1000 | Ausbringungsmenge 420 | davon nachhaltig 336") it is the
// output's sustainable part, which the engine has no field for: before, it was read as the input's
// (336 t of 1000 t, where 800 t was meant) and the rest of the input's credit left in stock. Now it
// is not read, refused at its heading (mapping-uncertain, reason output-part, an error holding the
// balances the sheet feeds). After the input's quantity it is read as before, in every language.
import { readWorkbook } from "../../../src/workbook/read";
import { CONFIG_SHEET, configSheetRows } from "../../../src/workbook/config";
import { type ColumnMapping } from "../../../src/workbook/types";
import { type Finding } from "../../../src/engine/result";
import { plain, serial, sheet } from "../fixtures";

/** A finding's details as a read finding has them. */
const said = (f: Finding) => f.details as { reason?: string; missing?: string } | undefined;

/** Part headings in seven languages, the headings of each side's quantity beside them. */
const LANGUAGES: [string, string, string, string][] = [
  // [language, input quantity, output quantity, part]
  ["de", "Einsatzmenge (t)", "Ausbringungsmenge (t)", "davon nachhaltig (t)"],
  ["de", "Einsatzmenge (t)", "Ausbringungsmenge (t)", "Nachhaltig (t)"],
  ["de", "Einsatzmenge (t)", "Ausbringungsmenge (t)", "davon ISCC (t)"],
  ["en", "Input quantity (t)", "Output quantity (t)", "of which sustainable (t)"],
  ["en", "Input quantity (t)", "Output quantity (t)", "thereof certified (t)"],
  ["en", "Input quantity (t)", "Output quantity (t)", "Sustainable (t)"],
  ["en", "Input quantity (t)", "Output quantity (t)", "Sustainable share (%)"],
  ["fr", "Quantité entrante (t)", "Quantité sortante (t)", "dont durable (t)"],
  ["it", "Quantità in entrata (t)", "Quantità in uscita (t)", "di cui sostenibile (t)"],
  ["es", "Cantidad de entrada (t)", "Cantidad de salida (t)", "de los cuales sostenible (t)"],
  ["nl", "Inputhoeveelheid (t)", "Outputhoeveelheid (t)", "waarvan duurzaam (t)"],
  ["pl", "Ilość wejściowa (t)", "Ilość wyprodukowana (t)", "w tym certyfikowane (t)"],
];

/** A production sheet of one row: 1000 t of rapeseed into 420 t of oil, the part column `at` the input or the output. */
function read(
  input: string,
  output: string,
  part: string,
  at: "input" | "output",
  mappings: ColumnMapping[] = [],
) {
  const [value, partFirst] = part.includes("%") ? [80, 80] : [336, 800];
  const header =
    at === "input"
      ? ["Date", "Input product", input, part, "Output product", output, "GHG total"]
      : ["Date", "Input product", input, "Output product", output, part, "GHG total"];
  const row =
    at === "input"
      ? [serial("2025-02-01"), "Rapeseed", 1000, partFirst, "Rapeseed oil", 420, 40]
      : [serial("2025-02-01"), "Rapeseed", 1000, "Rapeseed oil", 420, value, 40];
  const sheets = [sheet("Production", [header, row])];
  const config = { mappings, settings: {}, marks: [], generated: [] };
  if (mappings.length > 0)
    sheets.push(sheet(CONFIG_SHEET, plain(configSheetRows(config)), { visibility: "veryHidden" }));
  return readWorkbook({ name: "books.xlsx", sheets });
}

describe("a part column after the output's quantity is not read as the input's", () => {
  it.each(LANGUAGES)("(%s) %p, %p, then %p: refused at its heading", (_, input, output, part) => {
    const { sheets, findings, ledger } = read(input, output, part, "output");
    expect(sheets[0]?.columns).not.toHaveProperty("sustainableInputQuantity");
    expect(sheets[0]?.columns).toMatchObject({ inputQuantity: "C", outputQuantity: "E" });
    const at = findings.filter((f) => f.cell === "F1");
    expect(at.map((f) => [f.code, f.severity, said(f)?.reason, said(f)?.missing])).toEqual([
      ["mapping-uncertain", "error", "output-part", output],
    ]);
    // nothing of the row is credited as if its whole input were sustainable
    expect(ledger.production.map((p) => p.sustainableInputQuantity)).toEqual([undefined]);
    expect(ledger.incomplete?.length).toBeGreaterThan(0);
  });
});

describe("the same column after the input's quantity is the sustainable input, as before", () => {
  it.each(LANGUAGES)("(%s) %p, %p, and %p after the input: read", (_, input, output, part) => {
    const { sheets, findings, ledger } = read(input, output, part, "input");
    expect(sheets[0]?.columns).toMatchObject({ inputQuantity: "C", sustainableInputQuantity: "D" });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(ledger.production.map((p) => p.sustainableInputQuantity)).toEqual([
      part.includes("%") ? "80" : "800",
    ]);
    expect(ledger.incomplete ?? []).toEqual([]);
  });
});

describe("what a heading or the user says wins over the place", () => {
  it.each([
    ["Sustainable input (t)", "Output quantity (t)"],
    ["Nachhaltige Einsatzmenge (t)", "Ausbringungsmenge (t)"],
    ["Sustainable input quantity (t)", "Output quantity (t)"],
  ])("%p after %p names the input: read as the input's", (part, output) => {
    const { sheets, findings } = read("Input quantity (t)", output, part, "output");
    expect(sheets[0]?.columns).toMatchObject({ sustainableInputQuantity: "F" });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a part column the user mapped as the sustainable input is read where it stands", () => {
    const mapped: ColumnMapping[] = [
      { sheet: "Production", column: "F", field: "sustainableInputQuantity", header: "davon nachhaltig (t)" },
    ];
    const { sheets, findings } = read(
      "Einsatzmenge (t)",
      "Ausbringungsmenge (t)",
      "davon nachhaltig (t)",
      "output",
      mapped,
    );
    expect(sheets[0]?.columns).toMatchObject({ sustainableInputQuantity: "F" });
    expect(findings.filter((f) => said(f)?.reason === "output-part")).toEqual([]);
  });

  it("output first, then the input and its part: the part is the input's", () => {
    const { sheets, findings } = readWorkbook({
      name: "books.xlsx",
      sheets: [
        sheet("Production", [
          [
            "Datum",
            "Ausbringung Produkt",
            "Ausbringungsmenge (t)",
            "Einsatzprodukt",
            "Einsatzmenge (t)",
            "davon nachhaltig (t)",
          ],
          [serial("2025-02-01"), "Rapeseed oil", 420, "Rapeseed", 1000, 800],
        ]),
      ],
    });
    expect(sheets[0]?.columns).toMatchObject({ inputQuantity: "E", sustainableInputQuantity: "F" });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("a part column before every quantity is unclear: refused at its heading", () => {
    const { findings } = readWorkbook({
      name: "books.xlsx",
      sheets: [
        sheet("Production", [
          [
            "Date",
            "of which sustainable (t)",
            "Input product",
            "Input quantity (t)",
            "Output product",
            "Output quantity (t)",
          ],
          [serial("2025-02-01"), 800, "Rapeseed", 1000, "Rapeseed oil", 420],
        ]),
      ],
    });
    const at = findings.filter((f) => f.cell === "B1");
    expect(at.map((f) => [f.code, f.severity, said(f)?.reason, said(f)?.missing])).toEqual([
      ["mapping-uncertain", "error", "output-part", ""],
    ]);
  });

  it("a part after the co-product's quantity is the output side's: refused", () => {
    const { findings } = readWorkbook({
      name: "books.xlsx",
      sheets: [
        sheet("Production", [
          [
            "Date",
            "Input product",
            "Input quantity (t)",
            "Output product",
            "Output quantity (t)",
            "Co-product",
            "Co-product quantity (t)",
            "davon nachhaltig (t)",
          ],
          [serial("2025-02-01"), "Rapeseed", 1000, "Rapeseed oil", 420, "Rapeseed meal", 570, 456],
        ]),
      ],
    });
    expect(findings.filter((f) => f.cell === "H1").map((f) => said(f)?.missing)).toEqual([
      "Co-product quantity (t)",
    ]);
  });
});
