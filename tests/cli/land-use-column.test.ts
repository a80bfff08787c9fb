// Through the real massbal check on a real .xlsx (p-heads, new user's test #1): a receipts column
// headed "Land use change (after 2008)" (or its German, French, Spanish, Dutch spelling) holding
// yes/no is the criterion the add-in does not read, said at its heading (mapping-uncertain,
// unread-meaning) — never the GHG value el, whose cells would each be refused as no number.
// A heading that names the emission ("Emissionen aus Landnutzungsänderung") is el and is read.
import path from "node:path";
import { books, receipt, RECEIPTS, type Spec, workbookOf, D } from "../workbook/left-out-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  /** each sheet's fields, by id, to the column letters they are read from */
  sheets: { name: string; columns: Record<string, string> }[];
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
}

/** Receipts of UCO with a last column (N) headed `heading` holding `values`, checked by massbal. */
async function check(heading: string, values: Spec[]): Promise<Report> {
  const rows = values.map((v, i) => [...receipt(D("2025-01-08"), `S-${i + 1}`, 60), v]);
  const sheets = { ...books([]), Receipts: [[...RECEIPTS, heading], ...rows] };
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, "luc.xlsx"));
  const run = massbal(["check", "luc.xlsx", "--json"], folder.path);
  expect(stderrBeyondProgress(run.stderr)).toBe("");
  return JSON.parse(run.stdout) as Report;
}

const inColumn = (r: Report, col: string) =>
  r.findings.filter((f) => f.sheet === "Receipts" && f.cell?.replace(/\d+$/, "") === col);

describe("massbal check: a land use change column", () => {
  it.each([
    ["Land use change (after 2008)", ["no", "yes"]],
    ["Landnutzungsänderung", ["nein", "ja"]],
    ["Changement d'affectation des sols", ["non", "oui"]],
    ["cambio de uso del suelo", ["no", "sí"]],
    ["Landgebruiksverandering", ["nee", "ja"]],
  ] as [string, Spec[]][])(
    "%p with %p is the unread criterion, said at its heading",
    async (heading, values) => {
      const r = await check(heading, values);
      const receipts = r.sheets.find((s) => s.name === "Receipts");
      expect(Object.entries(receipts?.columns ?? {}).filter(([, col]) => col === "N")).toEqual([]);
      expect(inColumn(r, "N").map((f) => `${f.cell} ${f.code}`)).toEqual(["N1 mapping-uncertain"]);
      expect(inColumn(r, "N")[0]?.message).toContain(`the column headed "${heading}" states the material's`);
    },
  );

  it("a heading that names the emission is el and is read", async () => {
    const r = await check("Emissionen aus Landnutzungsänderung", [0, 0]);
    const receipts = r.sheets.find((s) => s.name === "Receipts");
    expect(receipts?.columns["ghg.el"]).toBe("N");
    expect(inColumn(r, "N")).toEqual([]);
  });
});
