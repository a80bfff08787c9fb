// The audited copy must open in another spreadsheet program without repair (issue 5): LibreOffice
// reads it headless and writes every sheet out as CSV, and what it read must be what massbal wrote.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildCli, massbal, ROOT, tempDir } from "./run-massbal";

jest.setTimeout(120_000);
const SAMPLE = path.join(ROOT, "samples", "sample-books.xlsx");
const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";

/** Minimal CSV reader for LibreOffice's output: quoted fields, doubled quotes, commas. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== "," && c !== "\n" && c !== "\r")) {
      field += c;
    } else if (c === ",") {
      endField();
    } else if (c === "\n") {
      endField();
      rows.push(row);
      row = [];
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe("the audited sample in LibreOffice", () => {
  let dir = "";
  let sheets = new Map<string, string[][]>();
  let report: {
    findings: { code: string; sheet?: string; cell?: string }[];
    declarations: { number: string; status: string; quantity: string }[];
  };

  beforeAll(() => {
    const probe = spawnSync(SOFFICE, ["--version"], { encoding: "utf8" });
    if (probe.status !== 0)
      throw new Error(
        "LibreOffice is needed to prove the audited workbook opens in another program: " +
          "apt-get install -y libreoffice-calc-nogui (or set SOFFICE_PATH).",
      );
    buildCli();
    dir = tempDir();
    const out = path.join(dir, "audited.xlsx");
    const run = massbal(["declare", SAMPLE, "--out", out, "--draft", "--json"], dir);
    expect(run.code).toBe(1); // the sample's errors are deliberate
    report = JSON.parse(run.stdout) as typeof report;

    const csv = path.join(dir, "csv");
    const convert = spawnSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        // UTF-8, comma, double quotes; the last token (-1) writes every sheet to its own file
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        csv,
        out,
      ],
      { encoding: "utf8", timeout: 100_000 },
    );
    expect(convert.status).toBe(0);
    for (const file of readdirSync(csv)) {
      const name = file.replace(/^audited-/, "").replace(/\.csv$/, "");
      sheets.set(name, parseCsv(readFileSync(path.join(csv, file), "utf8")));
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    sheets = new Map();
  });

  it("reads every sheet: the user's and the generated ones", () => {
    for (const name of ["Receipts", "Deliveries", "Settings", "MB Summary", "MB Ledger", "MB Trace"])
      expect(sheets.has(name)).toBe(true);
    expect(sheets.has("MB Findings")).toBe(true);
    expect(sheets.has("MB Config")).toBe(true);
    let draft = 0;
    for (const d of report.declarations)
      expect(sheets.has(d.status === "draft" ? `SD draft ${++draft}` : `SD ${d.number}`)).toBe(true);
  });

  it("shows the findings massbal reported, with their cells", () => {
    const rows = sheets.get("MB Findings") ?? [];
    const header = rows[0] ?? [];
    const at = (label: string) => header.indexOf(label);
    expect(at("Code")).toBeGreaterThanOrEqual(0);
    const read = rows
      .slice(1)
      .filter((r) => r[at("Code")])
      .map((r) => `${r[at("Code")]} ${r[at("Sheet")]}!${r[at("Cell")]}`);
    const reported = report.findings.map((f) => `${f.code} ${f.sheet ?? ""}!${f.cell ?? ""}`);
    expect(read.sort()).toEqual(reported.sort());
  });

  it("keeps a formula-looking supplier name as the text the user typed", () => {
    const receipts = sheets.get("Receipts") ?? [];
    expect(receipts[5]?.[1]).toBe("+Agro Trade SRL");
  });

  it("prints each draft on its own sheet, marked DRAFT and without a number", () => {
    const drafts = report.declarations.filter((d) => d.status === "draft");
    expect(drafts.length).toBeGreaterThan(0);
    drafts.forEach((d, i) => {
      expect(d.number).toBe("");
      const text = (sheets.get(`SD draft ${i + 1}`) ?? []).flat().join(" ");
      expect(text).toContain("DRAFT");
      expect(text).toContain("None yet: a draft takes no number");
      expect(text).toContain(d.quantity);
    });
  });
});
