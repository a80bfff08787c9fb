// A setting given as a flag is the user's word for this run, not a cell of theirs: a finding about
// it is never pinned to, nor marked on, the settings sheet. And `npm run massbal -- … --json`
// prints nothing but massbal's JSON on stdout (npm's own banner goes to stderr, see .npmrc).
import { spawnSync } from "node:child_process";
import path from "node:path";
import ExcelJS from "exceljs";
import { bookRows } from "./books";
import { freshFolderPerTest, massbalProcess as massbal, ROOT } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/** The small quarter with a settings sheet of the user's (Company in B2, period length in B3). */
async function booksWithSettings(file: string, settings: [string, string | number][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("Settings");
  s.addRow(["Setting", "Value"]);
  for (const row of settings) s.addRow(row);
  const rows = bookRows();
  wb.addWorksheet("Receipts").addRows(rows.Receipts);
  wb.addWorksheet("Deliveries").addRows(rows.Deliveries);
  await wb.xlsx.writeFile(path.join(folder.path, file));
}

interface Report {
  findings: { code: string; sheet: string | null; cell: string | null; message: string }[];
}

describe("a period length over the scheme's maximum is period-too-long, never the default", () => {
  it.each(["12", "120", "121", "1000", "100000"])("--period-months %s", async (months) => {
    await booksWithSettings("books.xlsx", [["Company name", "Acme GmbH"]]);
    const run = massbal(["check", "books.xlsx", "--period-months", months, "--json"], folder.path);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.code === "period-too-long")).toEqual([
      expect.objectContaining({ cell: null, message: expect.stringContaining(`is ${months} months`) }),
    ]);
  });

  it.each([
    ["Period length (months)", 200],
    ["Period length", "200 months"],
    ["Bilanzzeitraum", "121 Monate"],
  ] as [string, string | number][])("%s | %s on the settings sheet", async (key, value) => {
    await booksWithSettings("books.xlsx", [
      ["Company name", "Acme GmbH"],
      [key, value],
    ]);
    const run = massbal(["check", "books.xlsx", "--json"], folder.path);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    const months = String(value).replace(/\D/g, "");
    expect(report.findings.filter((f) => f.code === "period-too-long")).toEqual([
      expect.objectContaining({
        sheet: "Settings",
        cell: "B3",
        message: expect.stringContaining(`is ${months} months`),
      }),
    ]);
  });
});

describe("a setting from a flag", () => {
  it.each([
    [
      "overrides a period length on the settings sheet",
      [
        ["Company name", "Acme GmbH"],
        ["Period length (months)", 3],
      ],
    ],
    ["is given where the settings sheet has no period length", [["Company name", "Acme GmbH"]]],
  ] as [string, [string, string | number][]][])(
    "%s: its finding has no cell and no cell is marked",
    async (_, settings) => {
      await booksWithSettings("books.xlsx", settings);
      const run = massbal(["check", "books.xlsx", "--period-months", "6", "--json"], folder.path);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as Report;
      const tooLong = report.findings.filter((f) => f.code === "period-too-long");
      expect(tooLong).toEqual([
        expect.objectContaining({ sheet: null, cell: null, message: expect.stringContaining("6 months") }),
      ]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(folder.path, "books.audited.xlsx"));
      wb.getWorksheet("Settings")!.eachRow((row) =>
        row.eachCell((cell) => {
          expect([cell.address, cell.note ?? null]).toEqual([cell.address, null]);
          expect([cell.address, cell.fill?.type === "pattern" ? cell.fill : null]).toEqual([
            cell.address,
            null,
          ]);
        }),
      );
    },
  );

  it("a period length on the sheet itself is still pinned to its own cell", async () => {
    await booksWithSettings("books.xlsx", [
      ["Company name", "Acme GmbH"],
      ["Period length (months)", 6],
    ]);
    const report = JSON.parse(massbal(["check", "books.xlsx", "--json"], folder.path).stdout) as Report;
    expect(report.findings.filter((f) => f.code === "period-too-long").map((f) => [f.sheet, f.cell])).toEqual(
      [["Settings", "B3"]],
    );
  });
});

describe("npm run massbal -- … --json", () => {
  it("prints nothing but the JSON on stdout", async () => {
    await booksWithSettings("books.xlsx", [["Company name", "Acme GmbH"]]);
    const run = spawnSync(
      "npm",
      [
        "run",
        "massbal",
        "--",
        "check",
        path.join(folder.path, "books.xlsx"),
        "--json",
        "--out",
        path.join(folder.path, "out.xlsx"),
      ],
      { cwd: ROOT, encoding: "utf8", timeout: 100_000 },
    );
    expect(run.status).toBe(0);
    expect(run.stdout.trimStart().startsWith("{")).toBe(true);
    expect(Object.keys(JSON.parse(run.stdout) as object)).toEqual([
      "sheets",
      "findings",
      "balances",
      "products",
      "declarations",
    ]);
    // npm's banner is still there for people, on stderr
    expect(run.stderr).toContain("> iscc-mass-balance@");
  });
});
