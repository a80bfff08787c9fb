// `massbal declare` on books whose claims are written as staff write them (new-user test, claims):
// a claim of the other scheme, a denied claim and a blank claim give no credit and are said at
// their cells, and no printed Sustainability Declaration contradicts itself ("EU RED compliant
// material: No" beside the claim category "EU RED compliant").
import path from "node:path";
import ExcelJS from "exceljs";
import type { Finding } from "../../src/engine/result";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

const PRODUCTS = ["UCO", "Tallow", "Fat", "Oil"] as const;

/** Books of one scheme: one receipt of 100 t per product with `claims`, and a 60 t sale of each. */
async function books(scheme: string, claims: (string | null)[]): Promise<string> {
  return writeBook(folder.path, "books.xlsx", {
    Settings: [
      ["Company name", "Acme Oils GmbH"],
      ["Company address", "Hafenstr. 1, Hamburg"],
      ["Own certificate", "EU-ISCC-Cert-DE100-1"],
      ["Scheme", scheme],
    ],
    Receipts: [
      [
        "Date",
        "Supplier",
        "SD number",
        "Product",
        "Quantity (t)",
        "Raw material",
        "Country of origin",
        "Claim",
        "GHG total",
        "Installation start date",
        "Waste or residue",
      ],
      ...PRODUCTS.map((p, i) => [
        "2025-01-05",
        "Good AG",
        `S-${i + 1}`,
        p,
        100,
        "Used cooking oil",
        "DE",
        claims[i] ?? null,
        10,
        "2012-01-01",
        "yes",
      ]),
    ],
    Deliveries: [
      [
        "Date",
        "Customer",
        "Customer address",
        "Customer certificate",
        "Product",
        "Quantity (t)",
        "Sustainable",
      ],
      ...PRODUCTS.map((p) => [
        "2025-02-01",
        "Nordic Fuels Oy",
        "Porvoo",
        "EU-ISCC-Cert-FI300-1",
        p,
        60,
        "yes",
      ]),
    ],
  });
}

interface Report {
  findings: Finding[];
  declarations: { status: string; number: string; product: string }[];
}

/** Runs declare (drafts included) and returns the report and each SD sheet's label → value pairs. */
async function declare(file: string) {
  const run = massbal(["declare", file, "--json", "--draft", "--out", "out.xlsx"], folder.path);
  const report = JSON.parse(run.stdout) as Report;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "out.xlsx"));
  const sds = wb.worksheets
    .filter((ws) => ws.name.startsWith("SD "))
    .map((ws) => {
      const fields = new Map<string, string>();
      ws.eachRow((row) => fields.set(String(row.getCell(1).value), String(row.getCell(2).value)));
      return fields;
    });
  const at = (cell: string) => report.findings.filter((f) => f.sheet === "Receipts" && f.cell === cell);
  return { report, sds, at };
}

describe("an ISCC PLUS book", () => {
  it("refuses ISCC EU's claim, a denial and a blank claim at their cells; every SD states its PLUS category", async () => {
    const file = await books("ISCC PLUS", ["bio-circular", "EU RED compliant", "Not ISCC compliant", null]);
    const { report, sds, at } = await declare(file);
    expect(at("H3").map((f) => f.code)).toEqual(["invalid-value"]);
    expect(at("H3")[0]?.message).toContain('"EU RED compliant" in Claim is ISCC EU\'s claim');
    expect(at("H4")[0]?.message).toContain(
      'Claim "Not ISCC compliant" says the material is not ISCC compliant',
    );
    expect(at("H5").map((f) => f.code)).toEqual(["missing-value"]);
    // only the bio-circular receipt gives credit: only its sale is declared
    expect(report.declarations.filter((d) => d.status === "new").map((d) => d.product)).toEqual(["UCO"]);
    expect(sds.length).toBeGreaterThan(0);
    for (const sd of sds) {
      expect(sd.get("Certification system")).toBe("ISCC PLUS");
      expect(sd.get("EU RED compliant material")).toBe("No");
      // never an ISCC EU claim as the category beside "EU RED compliant material: No"
      expect(sd.get("Claim category")).toMatch(/^(bio|bio-circular|circular|renewable-energy-derived); /);
    }
  });
});

describe("an ISCC EU book", () => {
  it("reads German and French claims, refuses a PLUS category and a denial; every SD is EU RED compliant", async () => {
    const file = await books("ISCC EU", ["ISCC-konform", "conforme UE RED", "bio-circular", "non conforme"]);
    const { report, sds, at } = await declare(file);
    expect(at("H2")).toEqual([]);
    expect(at("H3")).toEqual([]);
    expect(at("H4")[0]?.message).toContain(
      '"bio-circular" in Claim is the ISCC PLUS category "bio-circular"',
    );
    expect(at("H5")[0]?.message).toContain('Claim "non conforme" says the material is not compliant');
    expect(
      report.declarations
        .filter((d) => d.status === "new")
        .map((d) => d.product)
        .sort(),
    ).toEqual(["Tallow", "UCO"]);
    const byProduct = new Map(sds.map((sd) => [sd.get("Type of product"), sd]));
    expect(byProduct.get("UCO")?.get("ISCC compliant material")).toBe("Yes");
    expect(byProduct.get("Tallow")?.get("ISCC compliant material")).toBe("No");
    for (const sd of sds) {
      expect(sd.get("Certification system")).toBe("ISCC EU");
      expect(sd.get("EU RED compliant material")).toBe("Yes");
      expect(sd.has("Claim category")).toBe(false);
    }
  });
});
