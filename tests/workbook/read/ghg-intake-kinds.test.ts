// GHG values refused or read on every kind of row that carries them (docs/rules.md, GHG values),
// each through a real .xlsx file: components typed in kg CO2eq/MJ are refused at their cell like a
// total below 0.1 g CO2eq/MJ; a receipt refused gives credit unknown, a production row's output is
// booked without GHG values and its balances are incomplete, a transfer's values are never used
// (the credit keeps its receipts' values) and never dropped without a word. Zero and negative
// values are read.
import { declareWorkbook } from "../../../src/app/index";
import type { Finding } from "../../../src/engine/result";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import {
  books,
  D,
  DELIVERIES,
  delivery,
  receipt,
  RECEIPTS,
  type Sheets,
  type Spec,
  workbookOf,
} from "../left-out-books";

jest.setTimeout(60_000);

/** GHG cells as typed: total, eec, etd, esca, unit (null: blank). */
type Ghg = [Spec, Spec, Spec, Spec, Spec];
const GHG_HEADINGS = ["GHG total", "eec", "etd", "esca", "GHG unit"];
const none: Ghg = [null, null, null, null, null];

async function declare(sheets: Sheets) {
  const wb = await XlsxWorkbook.fromBuffer(
    Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()),
    "GHG.xlsx",
  );
  return declareWorkbook(wb, { today: "2025-04-02", periodStart: "2025-01-01" });
}

const at = (f: Finding) => `${f.code} ${f.severity} ${f.sheet}!${f.cell}`;
const totals = (out: Awaited<ReturnType<typeof declare>>, product: string) =>
  out.declarations
    .filter((d) => d.product === product && d.status === "new")
    .flatMap((d) => d.ghg.map((g) => g.total));

/** Refused GHG cells: the values, the cell the refusal is at (column letter, row 2) and its code. */
const REFUSED: [string, Ghg, string, string][] = [
  ["a total in kg/MJ", [0.0105, null, null, null, null], "A", "invalid-number"],
  ["a total in kg/MJ, comma", ["0,0105", null, null, null, null], "A", "invalid-number"],
  ["components in kg/MJ", [null, 0.0052, 0.0011, null, null], "B", "invalid-number"],
  ["components in kg/MJ, text", [null, "0,0052", "0,0011", null, null], "B", "invalid-number"],
  ["one component in kg/MJ", [null, null, 0.0011, null, null], "C", "invalid-number"],
  ["components in kg/MJ with a credit", [null, 0.05, null, 0.08, null], "B", "invalid-number"],
  ["an unknown unit", [10.5, null, null, null, "kg CO2/bbl"], "E", "invalid-unit"],
  // brk27 S9: a zero total nothing explains is 0 typed for "not given" (was read and declared)
  ["a zero total", [0, null, null, null, null], "A", "invalid-number"],
  // h-ghg3: so are components all 0 with no total (were read and declared as E = 0)
  ["zero components", [null, 0, 0, null, null], "B", "invalid-number"],
  ["one component typed 0", [null, null, 0, null, null], "C", "invalid-number"],
];

/** GHG cells read, and the total declared from them. */
const READ: [string, Ghg, string][] = [
  ["a total", [10.5, null, null, null, null], "10.5"],
  ["a total, comma", ["10,5", null, null, null, null], "10.5"],
  ["a zero total its components make up", [0, 5, null, 5, null], "0"],
  ["a negative total", [-5, null, null, null, null], "-5"],
  ["components", [null, 5.2, 1.1, null, null], "6.3"],
  ["components with a credit", [null, 5.2, null, 10, null], "-4.8"],
  ["zero components made up by a credit", [null, 5, null, 5, null], "0"],
  ["components in kg CO2eq/GJ", [null, 5.2, 1.1, null, "kg CO2eq/GJ"], "6.3"],
];

/** The column letter of GHG column `c` (A–E) on a sheet where the GHG columns start at `first`. */
const col = (first: string, c: string) => String.fromCharCode(first.charCodeAt(0) + c.charCodeAt(0) - 65);

describe("a receipt's GHG values", () => {
  /** The left-out books, the Tallow receipt's GHG total replaced by the GHG columns (K–O). */
  const sheets = (ghg: Ghg): Sheets => {
    const tallow = receipt(D("2025-01-05"), "T-1", 10, "Tallow");
    tallow.splice(10, 1, ...ghg);
    const header: Spec[] = [...RECEIPTS];
    header.splice(10, 1, ...GHG_HEADINGS);
    return books([], { "Tallow receipts": [header, tallow] });
  };

  it.each(REFUSED)("%s is refused at its cell: credit unknown, nothing declared", async (_, ghg, c, code) => {
    const out = await declare(sheets(ghg));
    const mine = out.findings.filter((f) => f.sheet === "Tallow receipts" && f.severity === "error");
    expect(mine.map(at)).toEqual([`${code} error Tallow receipts!${col("K", c)}2`]);
    expect(mine[0]?.message).toContain("its credit is unknown, not none");
    expect(out.balances.find((b) => b.product === "Tallow")).toMatchObject({
      complete: false,
      received: "0",
    });
    expect(out.declarations.filter((d) => d.product === "Tallow" && d.status === "new")).toEqual([]);
    expect(JSON.stringify(out.declarations.map((d) => d.ghg))).not.toMatch(/0\.0105|0\.0052|0\.0011/);
  });

  it.each(READ)("%s is read and declared", async (_, ghg, total) => {
    const out = await declare(sheets(ghg));
    expect(out.findings.filter((f) => f.sheet === "Tallow receipts").map(at)).toEqual([]);
    expect(out.balances.find((b) => b.product === "Tallow")).toMatchObject({
      complete: true,
      received: "10",
    });
    expect(totals(out, "Tallow")).toEqual([total]);
  });
});

describe("a production row's GHG values", () => {
  const PRODUCTION = ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"];
  /** 10 t of Tallow made into 9 t of TME (GHG columns F–J), 5 t of it delivered. */
  const sheets = (ghg: Ghg): Sheets =>
    books([], {
      Production: [
        [...PRODUCTION, ...GHG_HEADINGS],
        [D("2025-01-10"), "Tallow", 10, "TME", 9, ...ghg],
      ],
      Deliveries: [DELIVERIES, delivery(D("2025-02-20"), 60), delivery(D("2025-02-21"), 5, "TME")],
    });

  it.each(REFUSED)(
    "%s is refused at its cell: the balances it feeds incomplete, nothing declared from them",
    async (_, ghg, c, code) => {
      const out = await declare(sheets(ghg));
      const mine = out.findings.filter((f) => f.sheet === "Production");
      expect(mine.map(at)).toEqual([`${code} error Production!${col("F", c)}2`]);
      expect(mine[0]?.message).toContain(
        "the output is booked without GHG values until it is corrected; they are unknown, so the balances the row feeds are incomplete",
      );
      // the conversion is booked, but the output's GHG is unknown: the balances the row feeds are incomplete
      expect(out.balances.find((b) => b.product === "TME")).toMatchObject({ complete: false, produced: "9" });
      expect(out.balances.find((b) => b.product === "Tallow")).toMatchObject({
        complete: false,
        consumed: "10",
      });
      expect(out.declarations.filter((d) => d.product === "TME" && d.status === "new")).toEqual([]);
      expect(JSON.stringify(out.declarations.map((d) => d.ghg))).not.toMatch(/0\.0105|0\.0052|0\.0011/);
      // (p-misc) the delivery drawing on it: correct the output's value at its cell, not the inputs'
      const gap = out.findings.find((f) => f.code === "ghg-missing" && f.sheet === "Deliveries");
      expect(gap?.message).toContain(`was refused at Production!${col("F", c)}2, so the output carries none`);
      expect(gap?.message).not.toContain("enter the GHG values of those inputs");
    },
  );

  it("a total the reader cannot read leaves the balances it feeds incomplete too, and says so", async () => {
    const out = await declare(sheets(["twelve", null, null, null, null]));
    const mine = out.findings.filter((f) => f.sheet === "Production");
    expect(mine.map(at)).toEqual(["invalid-number error Production!F2"]);
    expect(mine[0]?.message).toContain("the output is booked without GHG values");
    expect(out.balances.find((b) => b.product === "TME")).toMatchObject({ complete: false });
    expect(out.declarations.filter((d) => d.product === "TME" && d.status === "new")).toEqual([]);
  });

  it.each(READ)("%s is read and declared with the output", async (_, ghg, total) => {
    const out = await declare(sheets(ghg));
    expect(out.findings.filter((f) => f.sheet === "Production").map(at)).toEqual([]);
    expect(out.balances.find((b) => b.product === "TME")).toMatchObject({ complete: true, produced: "9" });
    expect(totals(out, "TME")).toEqual([total]);
  });
});

describe("a transfer's GHG values are not used: the credit keeps its receipt's", () => {
  /** ISCC PLUS: 5 t of UCO received at Hamburg (GHG 10), moved to Venlo (GHG columns H–L), sold there. */
  const sheets = (ghg: Ghg): Sheets => ({
    Settings: [
      ["Setting", "Value"],
      ["Company name", "Acme"],
      ["Company address", "Hafenstr. 1, 20457 Hamburg"],
      ["Own certificate", "ISCC-PLUS-1"],
      ["Scheme", "ISCC PLUS"],
    ],
    Sites: [
      // each site's address, the dispatch point of its SDs (brk25 §4)
      ["Site", "Company", "Country", "Certificate", "Certification body", "Address"],
      ["Hamburg", "Acme", "DE", "ISCC-PLUS-1", "SGS", "Hafenstr. 1, 20457 Hamburg"],
      ["Venlo", "Acme", "NL", "ISCC-PLUS-2", "SGS", "Industrieweg 7, 5928 Venlo"],
    ],
    Certificates: [
      ["Certificate number", "Holder", "Scheme", "Valid from", "Valid until"],
      ["ISCC-PLUS-100", "Good AG", "ISCC PLUS", D("2024-06-01"), D("2099-05-31")],
      ["ISCC-PLUS-1", "Acme", "ISCC PLUS", D("2024-06-01"), D("2099-12-31")],
      ["ISCC-PLUS-2", "Acme", "ISCC PLUS", D("2024-06-01"), D("2099-12-31")],
    ],
    Receipts: [
      [
        ...RECEIPTS.slice(0, 5),
        "Quantity (t)",
        "Raw material",
        "Country of origin",
        "Claim",
        "Site",
        ...RECEIPTS.slice(10),
      ],
      [
        D("2025-01-05"),
        "Good AG",
        "ISCC-PLUS-100",
        "S-1",
        "UCO",
        5,
        "Used cooking oil",
        "DE",
        "bio-circular",
        "Hamburg",
        10,
        "yes",
        D("2010-01-01"),
      ],
    ],
    Transfers: [
      ["Date", "From site", "To site", "Product", "Quantity (t)", "Raw material", "Claim", ...GHG_HEADINGS],
      [D("2025-02-01"), "Hamburg", "Venlo", "UCO", 5, "Used cooking oil", "bio-circular", ...ghg],
    ],
    Deliveries: [
      [...DELIVERIES, "Claim", "Site"],
      [...delivery(D("2025-02-20"), 5), "bio-circular", "Venlo"],
    ],
  });

  /**
   * Venlo got the 5 t and Hamburg gave them, both accounts complete; what is declared (`declared`:
   * the sale at Venlo) carries the receipt's 10, else it is held back by the transfer's cell.
   */
  const moved = (out: Awaited<ReturnType<typeof declare>>, declared: boolean) => {
    const at = (site: string) => out.balances.find((b) => b.site === site);
    expect(at("Venlo")).toMatchObject({ complete: true, transferredIn: "5" });
    expect(at("Hamburg")).toMatchObject({ complete: true, transferredOut: "5" });
    expect(totals(out, "UCO")).toEqual(declared ? ["10"] : []);
    const held = out.declarations.flatMap((d) => (d.heldBy ?? []).map((h) => `${h.sheet}!${h.cell}`));
    if (!declared) expect(held.filter((h) => h.startsWith("Transfers!"))).toHaveLength(1);
    expect(out.declarations.flatMap((d) => d.ghg.map((g) => g.total))).toEqual(["10"]);
  };

  it.each(REFUSED)(
    "%s is refused at its cell, saying it is not used; the credit moves, its declaration waits",
    async (_, ghg, c, code) => {
      const out = await declare(sheets(ghg));
      const mine = out.findings.filter((f) => f.sheet === "Transfers");
      expect(mine.map(at)).toEqual([`${code} error Transfers!${col("H", c)}2`]);
      expect(mine[0]?.message).toContain(
        "a transfer's GHG values are not used: the credit it moves keeps the GHG values of the receipts it came from, and no Sustainability Declaration is issued from it until the cell is corrected",
      );
      moved(out, false);
    },
  );

  it.each<[string, Ghg, string, string]>([
    ["a total", [12, null, null, null, null], "H", '"12"'],
    ["a total, comma", ["12,5", null, null, null, null], "H", '"12.5"'],
    // a zero total nothing explains is refused as in REFUSED (brk27 S9)
    ["a negative total", [-5, null, null, null, null], "H", '"-5"'],
    ["components", [null, 5.2, 1.1, null, null], "I", '"5.2"'],
  ])(
    "%s is read and said to be unused at its cell; the receipt's value is declared",
    async (_, ghg, c, shown) => {
      const out = await declare(sheets(ghg));
      const mine = out.findings.filter((f) => f.sheet === "Transfers");
      expect(mine.map(at)).toEqual([`transfer-ghg-not-used warning Transfers!${c}2`]);
      expect(mine[0]?.message).toContain(shown);
      moved(out, true);
    },
  );

  it("a total the reader cannot read says it is not used; the credit moves, both accounts complete", async () => {
    const out = await declare(sheets(["twelve", null, null, null, null]));
    const mine = out.findings.filter((f) => f.sheet === "Transfers");
    expect(mine.map(at)).toEqual(["invalid-number error Transfers!H2"]);
    expect(mine[0]?.message).toContain("a transfer's GHG values are not used");
    moved(out, false);
  });

  it("a transfer without GHG values says nothing of them", async () => {
    const out = await declare(sheets(none));
    expect(out.findings.filter((f) => f.sheet === "Transfers").map(at)).toEqual([]);
    moved(out, true);
  });
});
