// `massbal declare` on books whose claims carry tick boxes (brk7 item 5), an ISCC PLUS sale
// claiming more of its category than came in (item 10), and receipts with a low ILUC column whose
// values differ (item 7): no box reads as its claim unticked, no message names the other scheme's
// claim, and no SD draws on an account pooled across an unread characteristic.
import type { Finding } from "../../src/engine/result";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();
const PRODUCTS = ["UCO", "Tallow", "Fat", "Oil"] as const;
const SETTINGS = (scheme: string) => [
  ["Company name", "Acme Oils GmbH"],
  ["Company address", "Hafenstr. 1, Hamburg"],
  ["Own certificate", "EU-ISCC-Cert-DE100-1"],
  ["Scheme", scheme],
];
const HEAD = [
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
];
const DELIVERY_HEAD = [
  "Date",
  "Customer",
  "Customer address",
  "Customer certificate",
  "Product",
  "Quantity (t)",
  "Sustainable",
];
const receipt = (p: string, i: number, claim: string, extra: (string | number)[] = []) => [
  "2025-01-05",
  "Good AG",
  `S-${i + 1}`,
  p,
  100,
  "Used cooking oil",
  "DE",
  claim,
  10,
  "2012-01-01",
  "yes",
  ...extra,
];
const sale = (p: string, q: number, extra: string[] = []) => [
  "2025-02-01",
  "Nordic Fuels Oy",
  "Porvoo",
  "EU-ISCC-Cert-FI300-1",
  p,
  q,
  "yes",
  ...extra,
];

interface Report {
  findings: Finding[];
  declarations: { status: string; product: string }[];
}

function declare(file: string): Report {
  const run = massbal(["declare", file, "--json", "--draft", "--out", "out.xlsx"], folder.path);
  return JSON.parse(run.stdout) as Report;
}

describe("claim tick boxes", () => {
  it("an unticked box is not the claim; a ticked one is", async () => {
    const claims = [
      "ISCC compliant: ☐ / EU RED compliant: ☒",
      "EU RED compliant: ☐",
      "☒ ISCC konform",
      "EU RED compliant: -",
    ];
    const file = await writeBook(folder.path, "boxes.xlsx", {
      Settings: SETTINGS("ISCC EU"),
      Receipts: [HEAD, ...PRODUCTS.map((p, i) => receipt(p, i, claims[i] as string))],
      Deliveries: [DELIVERY_HEAD, ...PRODUCTS.map((p) => sale(p, 60))],
    });
    const report = declare(file);
    const at = (cell: string) => report.findings.filter((f) => f.sheet === "Receipts" && f.cell === cell);
    expect([at("H2"), at("H4")]).toEqual([[], []]);
    expect(at("H3")[0]?.message).toContain(
      'Claim "EU RED compliant: ☐" says the material is not EU RED compliant',
    );
    expect(at("H5")[0]?.message).toContain(
      'Claim "EU RED compliant: -" says the material is not EU RED compliant',
    );
    const declared = report.declarations.filter((d) => d.status === "new").map((d) => d.product);
    expect(declared.sort()).toEqual(["Fat", "UCO"]);
  });
});

describe("an ISCC PLUS sale claiming more of its category than came in", () => {
  it("is told to book that category's receipts or reduce the quantity, never to claim EU RED compliant", async () => {
    const file = await writeBook(folder.path, "plus.xlsx", {
      Settings: SETTINGS("ISCC PLUS"),
      Receipts: [HEAD, receipt("UCO", 0, "bio-circular")],
      Deliveries: [[...DELIVERY_HEAD, "Claim"], sale("UCO", 150, ["bio-circular"])],
    });
    const report = declare(file);
    const short = report.findings.filter((f) => f.code === "claim-exceeds-input");
    expect(short.length).toBe(1);
    for (const f of short) {
      expect(f.message).not.toContain("EU RED");
      expect(f.message).toContain("an ISCC PLUS category cannot be declared as another");
    }
  });
});

describe("a low ILUC column whose values differ in one account", () => {
  it("is an error at its heading and nothing is declared from the pooled account", async () => {
    const file = await writeBook(folder.path, "iluc.xlsx", {
      Settings: SETTINGS("ISCC EU"),
      Receipts: [
        [...HEAD, "Low ILUC risk"],
        receipt("UCO", 0, "EU RED compliant", ["yes"]),
        receipt("UCO", 1, "EU RED compliant", ["no"]),
      ],
      Deliveries: [DELIVERY_HEAD, sale("UCO", 150)],
    });
    const report = declare(file);
    const at = report.findings.filter((f) => f.sheet === "Receipts" && f.cell === "L1");
    expect(at.map((f) => [f.code, f.severity])).toEqual([["mapping-uncertain", "error"]]);
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});
