// Receipts dated before the first period start set in Settings, through the real massbal command
// on a real .xlsx (periods.ts): the trader's January receipt of rapeseed oil lies before a period
// start of 1 February, so it is refused at its date cell, rapeseed oil is shown incomplete, its
// March sale is no negative balance (the material did come in) and is not declared; UCO, sold with
// no receipt at all, keeps its true negative balance. The start is typed in German and English
// spellings, as text and as a date cell.
import path from "node:path";
import { type BookCell, day, plainBook, settingsRows } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { bookRows } from "./books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; periodStart: string; closing: string; complete: boolean }[];
  declarations: { product: string; status: string }[];
}

/** The trader's quarter (100 t in on 10 January, 50 t on 10 February, 80 t sold on 1 March) with `start` set and 5 t of UCO sold with no receipt. */
async function write(start: [string, BookCell] | null, name: string): Promise<string> {
  const rows = bookRows();
  const settings = settingsRows([
    ...(rows.Settings.slice(1) as [string, BookCell][]),
    ...(start ? [start] : []),
  ]);
  const deliveries = [
    ...rows.Deliveries,
    [day("2025-03-02"), "Fuel AG", "UCO", 5, "yes", "Kai 2, 24103 Kiel"],
  ];
  await writeBookFile(
    plainBook({ Receipts: rows.Receipts, Deliveries: deliveries, Settings: settings }),
    path.join(folder.path, name),
  );
  return name;
}

function run(command: "check" | "declare", file: string): Report {
  const result = massbal([command, file, "--json"], folder.path);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return JSON.parse(result.stdout) as Report;
}

const byProduct = (r: Report, product: string) => r.balances.filter((b) => b.product === product);
const shortfalls = (r: Report, product: string) =>
  r.findings.filter((f) => /negative-balance|overdraft/.test(f.code) && f.message.includes(product));

describe("massbal: a receipt before the first period start", () => {
  it.each<[string, [string, BookCell]]>([
    ["Periodenbeginn 01.02.2025 (text)", ["Periodenbeginn", "01.02.2025"]],
    ["First period start as a date cell", ["First period start", day("2025-02-01")]],
    ["Period start 2025-02-01 (text)", ["Period start", "2025-02-01"]],
    ["Beginn Bilanzzeitraum 01.02.2025", ["Beginn Bilanzzeitraum", "01.02.2025"]],
  ])(
    "%s: refused at its date, rapeseed oil incomplete and held back, no false negative balance",
    async (_, start) => {
      const report = run("declare", await write(start, "books.xlsx"));
      const outside = report.findings.filter((f) => f.code === "date-outside-period");
      expect(outside).toEqual([
        expect.objectContaining({ sheet: "Receipts", cell: "A2", severity: "error" }),
      ]);
      expect(outside[0]!.message).toContain("set the first period start in Settings to 2025-01-01");
      expect(shortfalls(report, "Rapeseed oil")).toEqual([]);
      const oil = byProduct(report, "Rapeseed oil");
      expect(oil.map((b) => [b.periodStart, b.closing, b.complete])).toEqual([["2025-02-01", "-30", false]]);
      expect(
        report.declarations.filter((d) => d.product === "Rapeseed oil").map((d) => d.status),
      ).not.toContain("new");
      // UCO, which no left-out row feeds, has a true shortfall: it stays a non-conformity
      expect(shortfalls(report, "UCO").map((f) => f.code)).toContain("negative-balance");
      expect(byProduct(report, "UCO").every((b) => b.complete)).toBe(true);
    },
  );

  it("with no start set the first period takes January in and rapeseed oil is complete and declared", async () => {
    const report = run("declare", await write(null, "unset.xlsx"));
    expect(report.findings.filter((f) => f.code === "date-outside-period")).toEqual([]);
    expect(byProduct(report, "Rapeseed oil").map((b) => [b.closing, b.complete])).toEqual([["70", true]]);
    expect(report.declarations.filter((d) => d.product === "Rapeseed oil").map((d) => d.status)).toEqual([
      "new",
    ]);
  });

  it("check's summary names the balance incomplete and says where to look", async () => {
    const result = massbal(["check", await write(["Periodenbeginn", "01.02.2025"], "de.xlsx")], folder.path);
    expect(result.stdout).toMatch(/Rapeseed oil[^\n]*closing -30 t[^\n]*\(incomplete: [^\n]*left out/);
    expect(result.stdout).not.toMatch(/Rapeseed oil[^\n]*closes the period/);
  });
});
