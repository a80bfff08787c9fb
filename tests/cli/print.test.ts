// The visual test (issue 14): LibreOffice prints the audited sample to PDF. Every SD sheet is one
// page with its DRAFT marking on it; every MB sheet is one page wide (its header row, repeated on
// every page, shows its first and its last column). PNGs of the generated sheets' pages go to
// test-output/print/ for a person to look at. Needs LibreOffice and poppler-utils (pdftotext,
// pdftoppm), which .ci/run installs.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildCli, massbal, ROOT, tempDir } from "./run-massbal";

jest.setTimeout(240_000);
const SAMPLE = path.join(ROOT, "samples", "sample-books.xlsx");
const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";
const OUTPUT = path.join(ROOT, "test-output", "print");

function run(program: string, args: string[]): string {
  const r = spawnSync(program, args, { encoding: "utf8", timeout: 200_000 });
  if (r.error || r.status !== 0)
    throw new Error(`${program} ${args.join(" ")} failed: ${r.error?.message ?? r.stderr}`);
  return r.stdout;
}

function need(program: string, hint: string): void {
  const probe = spawnSync(program, ["-v"], { encoding: "utf8" });
  if (probe.error) throw new Error(`${program} is needed for the print test: ${hint}`);
}

/** The text of each page of a PDF, laid out as printed. */
function pages(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(run("pdfinfo", [pdf]))?.[1] ?? 0);
  return Array.from({ length: count }, (_, i) =>
    run("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]),
  );
}

/** The sheet a page belongs to, from the page header's centre part ("{sheet}", or "DRAFT, not issued: {sheet}"). */
function sheetOf(page: string, names: string[]): string | null {
  const header = page.split("\n").find((l) => l.trim() !== "") ?? "";
  const parts = header.trim().split(/\s{2,}/);
  for (const part of parts) {
    const name = part.replace(/^DRAFT, not issued: /, "");
    if (names.includes(name)) return name;
  }
  return null;
}

describe("the audited sample printed by LibreOffice", () => {
  let dir = "";
  let byName = new Map<string, { text: string; number: number }[]>();
  let generated: string[] = [];
  let titles = new Map<string, string[]>();
  let pdf = "";

  beforeAll(async () => {
    need(SOFFICE, "apt-get install -y libreoffice-calc-nogui (or set SOFFICE_PATH)");
    need("pdftotext", "apt-get install -y poppler-utils");
    buildCli();
    dir = tempDir();
    const out = path.join(dir, "audited.xlsx");
    expect(massbal(["declare", SAMPLE, "--out", out, "--draft"], dir).code).toBe(1);

    // which sheets are ours, and the header row each one repeats on every page
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    generated = wb.worksheets.map((w) => w.name).filter((n) => /^(MB |SD )/.test(n) && n !== "MB Config");
    titles = new Map(
      generated.map((name) => {
        const ws = wb.getWorksheet(name)!;
        const row = Number(/^(\d+):/.exec(ws.pageSetup.printTitlesRow ?? "")?.[1] ?? 0);
        const labels = row ? (ws.getRow(row).values as unknown[]).filter((v) => typeof v === "string") : [];
        return [name, labels as string[]];
      }),
    );

    run(SOFFICE, [
      `-env:UserInstallation=file://${path.join(dir, "profile")}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      out,
    ]);
    pdf = path.join(dir, "audited.pdf");
    byName = new Map();
    pages(pdf).forEach((text, i) => {
      const name = sheetOf(text, generated);
      if (name) byName.set(name, [...(byName.get(name) ?? []), { text, number: i + 1 }]);
    });

    // PNGs of the generated sheets' pages, for a person to look at
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    for (const [name, list] of byName) {
      for (const [k, page] of list.entries()) {
        const file = path.join(OUTPUT, `${name.replace(/[^\w.-]+/g, "_")}-${k + 1}`);
        run("pdftoppm", [
          "-r",
          "110",
          "-png",
          "-singlefile",
          "-f",
          String(page.number),
          "-l",
          String(page.number),
          pdf,
          file,
        ]);
      }
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints every generated sheet, each page saying whose books and which period", () => {
    expect(generated.filter((n) => n.startsWith("SD ")).length).toBeGreaterThan(0);
    for (const name of generated) {
      expect([name, (byName.get(name) ?? []).length > 0]).toEqual([name, true]);
      for (const page of byName.get(name) ?? []) {
        const head = page.text.split("\n").find((l) => l.trim() !== "") ?? "";
        expect(head).toContain("Ölmühle Rhein GmbH");
        expect(head).toContain("Period 2025-01-01 to 2025-03-31");
        expect(page.text).toMatch(/Page \d+ of \d+/);
      }
    }
  });

  it("prints each SD sheet on one page, with its DRAFT marking on it", () => {
    for (const name of generated.filter((n) => n.startsWith("SD "))) {
      const list = byName.get(name) ?? [];
      expect([name, list.length]).toEqual([name, 1]);
      expect(list[0]!.text).toContain("DRAFT: not issued");
      expect(list[0]!.text).toContain(name.replace(/^SD /, ""));
    }
  });

  it("prints each MB sheet one page wide: every page shows the first and the last column of its header", () => {
    for (const name of generated.filter((n) => n.startsWith("MB "))) {
      const labels = titles.get(name) ?? [];
      expect([name, labels.length > 1]).toEqual([name, true]);
      const firstWord = (label: string) => label.split(/\s+/)[0] as string;
      for (const page of byName.get(name) ?? []) {
        const words = page.text.split(/\s+/);
        expect([name, page.number, words.includes(firstWord(labels[0]!))]).toEqual([name, page.number, true]);
        expect([name, page.number, words.includes(firstWord(labels[labels.length - 1]!))]).toEqual([
          name,
          page.number,
          true,
        ]);
      }
    }
    // the small sample's summary and findings fit on one page each
    expect(byName.get("MB Summary")).toHaveLength(1);
    expect(byName.get("MB Findings")).toHaveLength(1);
  });
});
