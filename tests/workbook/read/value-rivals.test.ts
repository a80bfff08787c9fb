// One mechanism for two columns of one field (p-ghgfold, value-rivals.ts): a second date, party,
// SD number, product, GHG total or component. Whatever the field, a row where the two columns
// state different values is refused at the second's cell, a row where they agree is read, and a
// second cell that states nothing (blank, "-", "n/a", "k.A.") is no disagreement: the first
// column's value is read. Of a GHG value, the column whose heading names the supplier's SD is read
// wherever filled; a value only in the other column, beside the SD's blank, is refused at its cell.
import fc from "fast-check";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

jest.setTimeout(120_000);

const D = serial("2025-03-30");
const HEAD = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim"];

/** A field held in two columns (the first the one recognition reads): its first column's index in a row (HEAD, or the GHG column F), its second heading, two values that differ. */
interface Twice {
  field: string;
  /** the index of the field's first column; 6 is a GHG column added after Claim */
  at: number;
  first: string;
  second: string;
  a: CellValue;
  b: CellValue;
  /** a refusal costs the field alone (a GHG value), not the row */
  fieldOnly: boolean;
}

const FIELDS: Twice[] = [
  { field: "date", at: 0, first: "Date", second: "Date", a: D, b: serial("2025-04-02"), fieldOnly: false },
  {
    field: "supplier",
    at: 1,
    first: "Supplier",
    second: "Supplier",
    a: "Fett AG",
    b: "Öl GmbH",
    fieldOnly: false,
  },
  {
    field: "sdNumber",
    at: 2,
    first: "SD number",
    second: "SD number",
    a: "SD-100",
    b: "SD-200",
    fieldOnly: false,
  },
  { field: "product", at: 3, first: "Product", second: "Product", a: "UCO", b: "POME", fieldOnly: false },
  {
    field: "ghg.total",
    at: 6,
    first: "GHG actual value (gCO2eq/MJ)",
    second: "GHG default value (gCO2eq/MJ)",
    a: 30,
    b: 22.5,
    fieldOnly: true,
  },
  {
    field: "ghg.eec",
    at: 6,
    first: "eec tatsächlich",
    second: "eec Standardwert",
    a: 20,
    b: 12,
    fieldOnly: true,
  },
];

/** What a row's second cell holds against its first: the same value, another, or a text that states none. */
type Kind = "agree" | "differ" | "none";
const NONE: CellValue[] = [null, "-", "–", "n/a", "N/A", "k.A.", "n.v.t.", "/", "s/d", "S/D", "s.d."];

/** Receipts whose `t` field is held in a second column G, one row per kind; row n is SD-n, n × 10 t. */
function book(t: Twice, kinds: readonly Kind[], none: CellValue) {
  const head = [...HEAD, ...(t.at === 6 ? [t.first] : []), t.second];
  const rows = kinds.map((kind, i) => {
    const n = i + 1;
    const cells: CellValue[] = [D, "Fett AG", `SD-${n}`, "UCO", 10 * n, "EU RED compliant"];
    if (t.at === 6) cells.push(t.a);
    else cells[t.at] = t.a;
    return [...cells, kind === "agree" ? t.a : kind === "differ" ? t.b : none];
  });
  return readWorkbook({ name: "b.xlsx", sheets: [sheet("Receipts", [head, ...rows])] });
}

const second = (t: Twice) => (t.at === 6 ? "H" : "G");

describe("any field in two columns: rows that differ are refused, rows that agree or state nothing in the second are read", () => {
  it.each(FIELDS.map((t) => [`${t.first} / ${t.second}`, t] as const))("%s", (_, t) => {
    fc.assert(
      fc.property(
        // up to 8 rows: with 5 or more, most of them stating nothing ("k.A." × 4 and one date) must
        // still leave the column its field (column-profile.ts: such a cell says nothing of a column)
        fc.array(fc.constantFrom<Kind>("agree", "differ", "none"), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...NONE),
        (kinds, none) => {
          const { ledger, findings } = book(t, kinds, none);
          const errors = findings.filter((f) => f.severity === "error").map((f) => f.cell);
          const differ = kinds.flatMap((k, i) => (k === "differ" ? [`${second(t)}${i + 2}`] : []));
          expect(errors).toEqual(differ);
          const read = ledger.receipts.map((r) => [r.quantity, t.fieldOnly ? readGhg(r, t.field) : "booked"]);
          const expected = kinds.flatMap((k, i) => {
            const q = String(10 * (i + 1));
            if (k !== "differ") return [[q, t.fieldOnly ? String(t.a) : "booked"]];
            return t.fieldOnly ? [[q, undefined]] : [];
          });
          expect(read).toEqual(expected);
          // the heading is said where a row differed, and only then
          const heading = findings.filter((f) => f.severity === "warning" && f.cell === `${second(t)}1`);
          expect(heading).toHaveLength(differ.length > 0 ? 1 : 0);
        },
      ),
      { numRuns: 25 },
    );
  });
});

// CI of fc7c95c (seed 171179565): four "k.A." and one differing date in the second column made
// it look like a text column, and the differing date was dropped without a word
describe("a second column mostly stating nothing is still the field's: its one differing row is refused", () => {
  const LONG: Kind[][] = [
    ["none", "none", "none", "differ", "none"],
    ["differ", "none", "none", "none", "none", "none"],
    ["none", "none", "none", "none", "none", "none", "none", "differ"],
  ];
  it.each(
    FIELDS.flatMap((t) => NONE.filter((n) => n !== null).map((n) => [`${t.second}, "${n}"`, t, n] as const)),
  )("%s", (_, t, none) => {
    for (const kinds of LONG) {
      const { findings } = book(t, kinds, none);
      const errors = findings.filter((f) => f.severity === "error").map((f) => f.cell);
      expect(errors).toEqual([`${second(t)}${kinds.indexOf("differ") + 2}`]);
    }
  });
});

// (p-health2) "SD" alone names a document, not "s/d" (part-unstated.ts statesNoValue, as a
// column's profile reads it): a second column's "SD" was passed over as stating nothing, the
// first column's value read without a word; it states a value no field's first column holds
describe("a second column's 'SD' is a value, not 's/d': refused as a differing one", () => {
  it.each(FIELDS.map((t) => [`${t.first} / ${t.second}`, t] as const))("%s", (_, t) => {
    for (const sd of ["SD", "sd"]) {
      const { findings } = book(t, ["agree", "none", "agree"], sd);
      expect(findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual([`${second(t)}3`]);
    }
  });
});

/** A receipt's GHG value `field` ("ghg.total", "ghg.eec") as read, or undefined. */
function readGhg(r: { ghg?: Record<string, string | undefined> }, field: string): string | undefined {
  return r.ghg?.[field.slice(4)];
}

/** A plain GHG total heading and one that names the supplier's SD, per language. */
const PLAIN_SD: [string, string, string][] = [
  ["de", "THG (g CO2eq/MJ)", "THG lt. SD (g CO2eq/MJ)"],
  ["en", "GHG total (gCO2eq/MJ)", "GHG as per PoS (gCO2eq/MJ)"],
  ["fr", "GES total (g CO2eq/MJ)", "GES selon DD (g CO2eq/MJ)"],
  ["es", "GEI total (g CO2eq/MJ)", "GEI según SD (g CO2eq/MJ)"],
  ["nl", "BKG totaal (g CO2eq/MJ)", "BKG volgens SD (g CO2eq/MJ)"],
  ["it", "Emissioni GHG (g CO2eq/MJ)", "Emissioni GHG secondo SD (g CO2eq/MJ)"],
];

describe.each(PLAIN_SD)("%s: the SD's GHG column blank, a value only in the other", (_, plain, sd) => {
  it.each([
    [plain, sd],
    [sd, plain],
  ])("%s, then %s: refused at the other's cell, never read in the SD's place", async (a, b) => {
    // the plain column 28, the SD's blank (or "-"); a row with the SD's 30 is read
    const cells = (p: CellValue, s: CellValue) => (a === sd ? [s, p] : [p, s]);
    const rows = [
      [D, "Fett AG", "SD-1", "UCO", 10, "EU RED compliant", ...cells(28, null)],
      [D, "Fett AG", "SD-2", "UCO", 20, "EU RED compliant", ...cells(28, "-")],
      [D, "Fett AG", "SD-3", "UCO", 30, "EU RED compliant", ...cells(28, 30)],
    ];
    const { ledger, findings } = readWorkbook(
      await throughXlsx(sheet("Receipts", [[...HEAD, a, b], ...rows])),
    );
    const plainCol = a === sd ? "H" : "G";
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.code} ${f.cell}`)).toEqual([
      `ghg-columns-disagree ${plainCol}2`,
      `ghg-columns-disagree ${plainCol}3`,
    ]);
    expect(errors[0]?.message).toContain(
      `blank in "${sd}", the column of the value the supplier's SD states`,
    );
    expect(ledger.receipts.map((r) => [r.sdNumber, r.ghg?.total])).toEqual([
      ["SD-1", undefined],
      ["SD-2", undefined],
      ["SD-3", "30"],
    ]);
  });
});

/** A GHG total and a second one, per language: on five rows or more recognition read one as eec by its values. */
const TOTAL_TWICE: [string, string][] = [
  ["THG (g CO2eq/MJ)", "THG Standardwert (g CO2eq/MJ)"],
  ["THG tatsächlich (g CO2eq/MJ)", "THG Standardwert (g CO2eq/MJ)"],
  ["GHG total (g CO2eq/MJ)", "GHG total (g CO2eq/MJ)"],
  ["GHG actual value (gCO2eq/MJ)", "GHG default value (gCO2eq/MJ)"],
  ["GES valeur réelle (g CO2eq/MJ)", "GES valeur par défaut (g CO2eq/MJ)"],
  ["GEI valor real (g CO2eq/MJ)", "GEI valor por defecto (g CO2eq/MJ)"],
];

describe("a second GHG total on six rows is never read as a component", () => {
  it.each(TOTAL_TWICE)("%s beside %s: one total read, the row where they differ refused", async (a, b) => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => [
      D,
      "Fett AG",
      `SD-${n}`,
      "UCO",
      10 * n,
      "EU RED compliant",
      30,
      n === 4 ? 22 : 30,
    ]);
    const { ledger, findings, sheets } = readWorkbook(
      await throughXlsx(sheet("Receipts", [[...HEAD, a, b], ...rows])),
    );
    const columns = sheets[0]?.columns ?? {};
    expect(Object.keys(columns).filter((f) => f.startsWith("ghg."))).toEqual(["ghg.total"]);
    const other = columns["ghg.total"] === "G" ? "H" : "G";
    const errors = findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);
    expect(errors).toEqual([`ghg-columns-disagree ${other}5`]);
    expect(ledger.receipts.map((r) => r.ghg?.eec)).toEqual(Array(6).fill(undefined));
    expect(ledger.receipts.map((r) => r.ghg?.total)).toEqual(["30", "30", "30", undefined, "30", "30"]);
  });
});
