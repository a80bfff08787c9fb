// `massbal check` on a real .xlsx (brk7 f3): a conversion-factor sheet headed "Ausbringungsprodukt"
// or "Ausbringung Produkt", as the production sheet beside it, is read with its output product and
// gives the production its factor (no header-not-found, no conversion-factor-missing).
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(120_000);
const folder = freshFolderPerTest();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  findings: { code: string }[];
  sheets: { name: string; kind: string; columns: Record<string, string> }[];
}

it.each(["Ausbringungsprodukt", "Ausbringung Produkt"])(
  "factor sheet headed %p: read with its output product, no factor missing",
  async (output) => {
    const book = await writeBook(folder.path, "books.xlsx", {
      Umrechnungsfaktoren: [
        ["Einsatzprodukt", output, "Faktor", "Gültig ab"],
        ["Rapsöl", "HVO", 0.85, day("2025-01-01")],
      ],
      Produktion: [
        ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt"],
        [day("2025-01-20"), "Rapsöl", 100, "HVO"],
      ],
    });
    const run = massbal(["check", book, "--json"], folder.path);
    const report = JSON.parse(run.stdout) as Report;
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain("header-not-found");
    expect(codes).not.toContain("conversion-factor-missing");
    expect(report.sheets.find((s) => s.name === "Umrechnungsfaktoren")?.columns).toMatchObject({
      inputProduct: "A",
      outputProduct: "B",
      factor: "C",
    });
  },
);
