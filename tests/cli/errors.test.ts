// Every way a massbal run can be refused, each with its exact message on stderr, exit code 2,
// nothing on stdout and nothing written; and the order the checks run in: the arguments, then
// the input, and only then whether the output may be written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeFailure } from "../../src/cli/input";
import { writeBooks } from "./books";
import { freshFolderPerTest, massbalProcess as massbal, sha256, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(60_000);

const folder = freshFolderPerTest();

/** Runs massbal, expects a refusal with exactly this one line on stderr. */
function refused(args: string[], line: string): void {
  const run = massbal(args, folder.path);
  // Progress lines ("massbal: Reading…") appear off a terminal when a run takes over two seconds,
  // as it may on a loaded machine: the refusal is the one line besides them, ending the output.
  expect({ code: run.code, stdout: run.stdout, stderr: stderrBeyondProgress(run.stderr) }).toEqual({
    code: 2,
    stdout: "",
    stderr: `massbal: ${line}`,
  });
  expect(run.stderr.endsWith(`massbal: ${line}\n`)).toBe(true);
}

async function notes(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Notes").addRow(["Shopping list", "milk"]);
  await wb.xlsx.writeFile(path.join(folder.path, file));
}

describe("massbal --version", () => {
  it.each([["--version"], ["-V"]])("%s prints the version alone on stdout", (flag) => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    };
    expect(massbal([flag], folder.path)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
});

describe("argument errors: the massbal prefix and the help to read, in one line", () => {
  beforeEach(() => writeBooks(path.join(folder.path, "books.xlsx")));

  it.each([
    [
      ["check", "books.xlsx", "--frce"],
      "unknown option '--frce' (Did you mean --force?) (see massbal check --help)",
    ],
    [["check"], "missing required argument 'workbook.xlsx' (see massbal check --help)"],
    [
      ["check", "books.xlsx", "--scheme", "redcert"],
      "option '--scheme <scheme>' argument 'redcert' is invalid. Allowed choices are iscc-eu, iscc-plus. (see massbal check --help)",
    ],
    [["chek", "books.xlsx"], "unknown command 'chek' (Did you mean check?) (see massbal --help)"],
    ...["three", "0", "-3", "2.5", "0x10", "1e3", "3 Monate"].map((months): [string[], string] => [
      ["declare", "books.xlsx", "--period-months", months],
      `--period-months must be a whole number of months, such as 3, not "${months}" (see massbal declare --help)`,
    ]),
    // impossible days and other spellings: the calendar as the engine reads a date (schemas.ts isIsoDate)
    ...[
      "1.1.2025",
      "1025-01-01",
      "2025-02-30",
      "2025-02-29",
      "2025-13-01",
      "2025-04-31",
      "2025-2-3",
      "20250101",
    ].map((start): [string[], string] => [
      ["check", "books.xlsx", "--period-start", start],
      `--period-start must be a day of the calendar written YYYY-MM-DD, such as 2025-01-01, not "${start}" (see massbal check --help)`,
    ]),
    [
      ["check", "books.xlsx", "--energy-accounting", "GJ"],
      '--energy-accounting takes MJ or kWh, not "GJ" (see massbal check --help)',
    ],
    [
      ["check", "books.xlsx", "--out", "report.csv"],
      '--out must name an Excel workbook ending in .xlsx or .xlsm, not "report.csv" (see massbal check --help)',
    ],
    [
      ["check", "books.xlsx", "--out", "audited"],
      '--out must name an Excel workbook ending in .xlsx or .xlsm, not "audited" (see massbal check --help)',
    ],
    // (p-issue, brk8 #22) a flag of one value given twice is refused, never the last one silently
    ...(
      [
        ["check", "--out", "a.xlsx", "b.xlsx"],
        ["declare", "--scheme", "iscc-eu", "iscc-plus"],
        ["check", "--period-months", "3", "1"],
        ["check", "--period-start", "2025-01-01", "2025-04-01"],
        ["declare", "--by", "Anna", "Ben"],
        ["declare", "--reason", "typo", "wrong customer"],
      ] as const
    ).map(([command, flag, first, second]): [string[], string] => [
      [command, "books.xlsx", flag, first, flag, second],
      `option '${flag} <${{ "--out": "file", "--scheme": "scheme", "--period-months": "n", "--period-start": "date", "--by": "name", "--reason": "text" }[flag]}>' argument '${second}' is invalid. ${flag} is given twice ("${first}", "${second}"); give it once (see massbal ${command} --help)`,
    ]),
  ])("%j", (args, line) => {
    refused(args, line);
    expect(existsSync(path.join(folder.path, "books.audited.xlsx"))).toBe(false);
    for (const out of ["a.xlsx", "b.xlsx"]) expect(existsSync(path.join(folder.path, out))).toBe(false);
  });
});

describe("the output", () => {
  beforeEach(() => writeBooks(path.join(folder.path, "books.xlsx")));

  it("in a folder that does not exist is named as such, with no temporary file name", () => {
    refused(
      ["check", "books.xlsx", "--out", path.join("no such folder", "out.xlsx")],
      'The folder "no such folder" for the output does not exist: create it, or choose another --out.',
    );
  });

  it("in a 'folder' that is a file, or that is a folder itself", () => {
    refused(
      ["check", "books.xlsx", "--out", path.join("books.xlsx", "out.xlsx")],
      '"books.xlsx" is a file, not a folder, so the output cannot go there: choose another --out.',
    );
    mkdirSync(path.join(folder.path, "out.xlsx"));
    refused(
      ["check", "books.xlsx", "--out", "out.xlsx"],
      `"out.xlsx" is a folder: give --out a file name ending in .xlsx, such as ${JSON.stringify(path.join("out.xlsx", "books.audited.xlsx"))}.`,
    );
  });

  it("that exists is refused without --force, and stays as it was", () => {
    writeFileSync(path.join(folder.path, "books.audited.xlsx"), "old");
    refused(
      ["check", "books.xlsx"],
      '"books.audited.xlsx" already exists: use --force to replace it, or choose another --out.',
    );
    expect(readFileSync(path.join(folder.path, "books.audited.xlsx"), "utf8")).toBe("old");
    expect(massbal(["check", "books.xlsx", "--force"], folder.path).code).toBe(0);
  });

  it("that is the input is refused even with --force", () => {
    const before = sha256(path.join(folder.path, "books.xlsx"));
    refused(
      ["check", "books.xlsx", "--out", "./books.xlsx", "--force"],
      'The output "./books.xlsx" is the input itself: massbal never overwrites its input; choose another --out.',
    );
    expect(sha256(path.join(folder.path, "books.xlsx"))).toBe(before);
  });

  it("may be an .xlsm, written with the macro-enabled workbook type Excel expects of that name", async () => {
    expect(massbal(["check", "books.xlsx", "--out", "books.audited.xlsm"], folder.path).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(path.join(folder.path, "books.audited.xlsm")));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(types).not.toContain("spreadsheetml.sheet.main+xml");
  });
});

describe("an existing output never hides what is wrong with the input", () => {
  it.each([
    [
      "a missing input",
      async () => undefined,
      'Cannot find "nope.xlsx": check the path and the file name.',
      "nope",
    ],
    [
      "a text file",
      async () => writeFileSync(path.join(folder.path, "text.xlsx"), "Date;Quantity\n"),
      '"text.xlsx" is not an .xlsx workbook (it is not an Office Open XML file).',
      "text",
    ],
    [
      "a workbook without books",
      () => notes("notes.xlsx"),
      'No sheet of "notes.xlsx" looks like mass balance books: no header row with a date, product and quantity was found in the first 30 rows of any sheet.',
      "notes",
    ],
    // brk7 #14: a sheet named like books, with a title but no header row, gave exit 0
    [
      "a sheet named Receipts with a title and no header row",
      async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Receipts");
        ws.addRow(["Wareneingang 2025"]);
        ws.mergeCells("A1:F1");
        await wb.xlsx.writeFile(path.join(folder.path, "title.xlsx"));
      },
      'No sheet of "title.xlsx" looks like mass balance books: no header row with a date, product and quantity was found in the first 30 rows of any sheet.',
      "title",
    ],
  ])("%s", async (_, make, line, name) => {
    await make();
    writeFileSync(path.join(folder.path, `${name}.audited.xlsx`), "old");
    refused(["check", `${name}.xlsx`], line);
    expect(readFileSync(path.join(folder.path, `${name}.audited.xlsx`), "utf8")).toBe("old");
  });
});

describe("a failed write", () => {
  it.each([
    ["EACCES", "you lack permission to write there"],
    ["EPERM", "you lack permission to write there"],
    ["EBUSY", "the file is open in another program; close it and try again"],
    ["ENOSPC", "the disk is full"],
    ["EROFS", "the disk is read-only"],
    ["ENOENT", "its folder does not exist"],
    ["EIO", "the system refused it (EIO)"],
    [undefined, "the system refused it"],
  ])("%s says %p, once", (code, text) => {
    expect(writeFailure(code)).toBe(text);
  });
});
