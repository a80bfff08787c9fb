// Both decimal separators prove themselves alike (break test 14): "3.5" proves the decimal point as
// "2,5" proves the comma. A column whose numbers-as-text are written both ways reads no ambiguous
// cell ("1.250", "3,000": one separator before exactly three digits): each is refused with a
// finding; a column proving one way reads them by it. Another column's proof settles nothing
// (break test 15: a GHG "9.8" copied from an SD beside a quantity "25.000" typed in kg).
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

const HEAD = [
  "Date",
  "Supplier",
  "SD number",
  "Product",
  "Quantity (t)",
  "Claim",
  "GHG emissions (g CO2eq/MJ)",
];
const row = (i: number, quantity: CellValue, ghg: CellValue = 10): CellValue[] => [
  serial("2025-01-08"),
  "Agrar Handel Nord GmbH",
  `A${i}`,
  "Rapeseed oil",
  quantity,
  "ISCC compliant",
  ghg,
];

/** Each row's quantity (col E) or GHG (col G): the value read, or "code reason" of its finding. */
async function read(rows: [CellValue, CellValue?][], col: "E" | "G" = "E"): Promise<(string | undefined)[]> {
  const snap = await throughXlsx(sheet("Receipts", [HEAD, ...rows.map(([q, g], i) => row(i + 1, q, g))]));
  const { ledger, findings } = readWorkbook(snap);
  return rows.map((_, i) => {
    const f = findings.filter((x: Finding) => x.sheet === "Receipts" && x.cell === `${col}${i + 2}`);
    if (f.length)
      return f
        .map((x) =>
          `${x.code} ${String((x.details as { reason?: string } | undefined)?.reason ?? "")}`.trim(),
        )
        .join(", ");
    const r = ledger.receipts.find((x) => x.source.row === i + 2);
    return col === "E" ? r?.quantity : r?.ghg?.total;
  });
}

const AMB = "ambiguous-number mixed-conventions";
const UNSETTLED = "ambiguous-number";

describe("numbers written both ways in one column: every ambiguous cell refused", () => {
  it.each([
    // quantities as typed (the break test's sheets), what each gives
    [
      ["3.5", "2,5", "1.250"],
      ["3.5", "2.5", AMB],
    ],
    [
      ["3.5", "4.75", "0.5", "2,5", "1.250"],
      ["3.5", "4.75", "0.5", "2.5", AMB],
    ],
    [
      ["1.250,5", "2.5", "3,000"],
      ["1250.5", "2.5", AMB],
    ],
    [
      ["1.250", "2,5", "3.5"],
      [AMB, "2.5", "3.5"],
    ],
    [
      [".5", "12,75", "4.000"],
      ["0.5", "12.75", AMB],
    ],
    [
      ["1234.567", "1234,5", "7,125"],
      ["1234.567", "1234.5", AMB],
    ],
  ])("quantities %j read as %j", async (qs, want) => {
    expect(await read(qs.map((q) => [q]))).toEqual(want);
  });

  it("says the sheet writes numbers both ways, quoting one of each, and what to do", async () => {
    const snap = await throughXlsx(sheet("Receipts", [HEAD, row(1, "3.5"), row(2, "2,5"), row(3, "1.250")]));
    const f = readWorkbook(snap).findings.find((x) => x.cell === "E4");
    expect(f?.severity).toBe("error");
    expect(f?.message).toMatch(
      /written both ways, such as "2,5" \(decimal comma\) and "3\.5" \(decimal point\)/,
    );
    expect(f?.message).toMatch(/1\.25.*1250|1250.*1\.25/);
    expect(f?.message).toMatch(/type it as a number/);
  });
});

describe("a separator proven in another column of the sheet settles no ambiguous cell", () => {
  it.each([
    // [quantity, GHG] rows, the quantities
    [
      [["3.5"], ["4.75"], ["1.250"]],
      ["3.5", "4.75", "1.25"],
    ],
    [
      [["3,5"], ["4,75"], ["1.250"]],
      ["3.5", "4.75", "1250"],
    ],
    [
      [
        ["1.250", "9.8"],
        [4, 10],
        [8, 10],
      ],
      [UNSETTLED, "4", "8"],
    ],
    [
      [
        ["1.250", "9,8"],
        [4, 10],
        [8, 10],
      ],
      [UNSETTLED, "4", "8"],
    ],
    [
      [
        ["1.250", "10,5"],
        [4, "9.8"],
        [8, 10],
      ],
      [UNSETTLED, "4", "8"],
    ],
    [
      [["1.250"], [4], [8]],
      [UNSETTLED, "4", "8"],
    ],
  ])("rows %j: quantities %j", async (rows, want) => {
    expect(await read(rows as [CellValue, CellValue?][])).toEqual(want);
  });

  it("a quantity's comma or point settles no ambiguous GHG", async () => {
    expect(await read([[16, "12,500"], ["2,5"], [8]], "G")).toEqual([UNSETTLED, "10", "10"]);
    expect(await read([[16, "12,500"], ["2.5"], [8]], "G")).toEqual([UNSETTLED, "10", "10"]);
  });
});

// texts that prove one separator: a fraction not of three digits, or grouped thousands with a fraction
const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((d) => String(d).padStart(n, "0"));
const proof = (sep: "." | ","): fc.Arbitrary<string> =>
  fc.oneof(
    fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1, 2, 4), fc.constant(0))
      .chain(([w, n]) => digits(n).map((f) => `${w}${sep}${f}`)),
    fc
      .tuple(fc.integer({ min: 1, max: 99 }), digits(3), digits(1))
      .map(([a, b, c]) => `${a}${sep === "." ? "," : "."}${b}${sep}${c}`),
  );
// the ambiguous form: one separator before exactly three digits, no leading zero
const ambiguous = fc.tuple(fc.integer({ min: 1, max: 999 }), digits(3), fc.constantFrom(".", ","));

type Cell = { text: string; amb?: { sep: string; whole: number; frac: string } };
const asAmb = ([whole, frac, sep]: [number, string, string]): Cell => ({
  text: `${whole}${sep}${frac}`,
  amb: { sep, whole, frac },
});
const number = (s: string) => Number(s);

describe("property: ambiguous cells and the proofs beside them", () => {
  it("a column with a proven point and a proven comma reads no ambiguous cell without a finding", async () => {
    await fc.assert(
      fc.asyncProperty(
        proof("."),
        proof(","),
        fc.array(
          fc.oneof(
            proof(".").map((t): Cell => ({ text: t })),
            proof(",").map((t): Cell => ({ text: t })),
            ambiguous.map(asAmb),
          ),
          { maxLength: 4 },
        ),
        ambiguous.map(asAmb),
        async (p, c, others, amb) => {
          const cells: Cell[] = [{ text: p }, { text: c }, amb, ...others];
          const got = await read(cells.map((x) => [x.text]));
          cells.forEach((x, i) => {
            if (x.amb) expect(got[i]).toBe(AMB);
            else expect(got[i]).not.toMatch(/ambiguous/);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a column with one proven separator reads its ambiguous cells by it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<"." | ",">(".", ","),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
        fc.array(ambiguous.map(asAmb), { minLength: 1, maxLength: 3 }),
        async (sep, seeds, ambs) => {
          const proofs = fc.sample(proof(sep), { numRuns: seeds.length, seed: seeds[0] ?? 0 });
          const cells: Cell[] = [...proofs.map((t) => ({ text: t })), ...ambs];
          const got = await read(cells.map((x) => [x.text]));
          cells.forEach((x, i) => {
            if (!x.amb) return expect(got[i]).not.toMatch(/ambiguous/);
            // the ambiguous cell's own separator is the decimal one where it is the proven one
            const want =
              x.amb.sep === sep
                ? number(`${x.amb.whole}.${x.amb.frac}`)
                : number(`${x.amb.whole}${x.amb.frac}`);
            expect(number(got[i] ?? "NaN")).toBe(want);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
