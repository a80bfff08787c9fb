// Dates in real-world text forms through the real massbal check on a real .xlsx (brk19 §14): German
// short dates "03.01.25" (day first by rule), Polish month names, a weekday before the date, a dot
// after the year are read; a weekday that is not the date's own is refused at its cell, and a
// slashed date whose order nothing settles stays refused.
import { rmSync } from "node:fs";
import path from "node:path";
import { type BookCell as Cell, plainBook, RECEIPT_COLUMNS } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { buildCli, massbal, stderrBeyondProgress, tempDir } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: {
    code: string;
    severity: string;
    message: string;
    sheet: string | null;
    cell: string | null;
  }[];
}

let dir: string;
beforeAll(() => buildCli());
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CERT = "EU-ISCC-Cert-DE100-1";
const receipt = (date: string, i: number): Cell[] => [
  date,
  "Saipol",
  CERT,
  `SD-${i + 1}`,
  "UCO",
  10,
  "Used cooking oil",
  "DE",
];

async function check(
  settings: Cell[][],
  dates: string[],
  file: string,
): Promise<{ status: number | null; report: Report }> {
  const book = plainBook({
    Settings: settings,
    Receipts: [[...RECEIPT_COLUMNS], ...dates.map(receipt)],
    Certificates: [
      ["Certificate no.", "Holder", "Valid from", "Valid until", "Status"],
      [CERT, "Saipol", "01.01.2024", "31.12.2026", "valid"],
    ],
  });
  await writeBookFile(book, path.join(dir, file));
  const result = massbal(["check", file, "--json"], dir);
  expect(stderrBeyondProgress(result.stderr)).toBe("");
  return { status: result.code, report: JSON.parse(result.stdout) as Report };
}

it("reads the text forms and refuses only the wrong weekday and the open order", async () => {
  const dates = [
    "03.01.25",
    "15.02.25",
    "Fr, 03.01.2025",
    "3 stycznia 2025",
    "03.01.2025.",
    "Mo, 03.01.2025",
    "01/02/25",
  ];
  const { status, report } = await check([["Company name", "X GmbH"]], dates, "forms.xlsx");
  expect(status).toBe(1);
  const said = report.findings.filter((f) => f.sheet === "Receipts" && f.severity === "error");
  expect(said.map((f) => `${f.cell} ${f.code}`)).toEqual(["A7 invalid-date", "A8 ambiguous-date"]);
  expect(said[0]!.message).toContain("3 Jan 2025 is a Friday");
});
