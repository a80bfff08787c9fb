// First-law faults a new user's test found in claims, certificates, transfers and GHG cells
// (p-engine), through massbal on real .xlsx files: each value read exactly or refused at its cell.
import type ExcelJS from "exceljs";
import type { Balance, Finding } from "../../src/engine/result";
import { ACME_SITES } from "./books";
import { type ReceiptOf, receiptRow } from "./receipt-rows";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

type Cell = ExcelJS.CellValue;

interface Report {
  findings: Finding[];
  balances: (Balance & { characteristics?: { claim: string } })[];
  declarations: { status: string; euRedCompliant?: boolean; isccCompliant?: boolean }[];
}

async function run(command: "check" | "declare", sheets: Record<string, Cell[][]>): Promise<Report> {
  const file = await writeBook(folder.path, "book.xlsx", sheets);
  const r = massbal([command, file, "--json", "--force"], folder.path);
  return JSON.parse(r.stdout) as Report;
}

const at = (r: Report, code: string) =>
  r.findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
const received = (r: Report, product: string) =>
  r.balances.filter((b) => b.product === product).reduce((s, b) => s + Number(b.received), 0);

const SETTINGS: Cell[][] = [
  ["Company", "Acme GmbH"],
  ["Scheme", "ISCC EU"],
];
/** The receipts' headings, the GHG total's as given. */
const receiptsHeader = (ghg = "GHG total (g CO2eq/MJ)"): Cell[] => [
  ..."Date|Supplier|Supplier certificate|SD number|Product|Quantity (t)|Raw material|Country of origin|Claim".split(
    "|",
  ),
  ghg,
];
const RECEIPTS = receiptsHeader();
/** A receipt of Good AG on 5 January 2025 under the RECEIPTS header: its claim and GHG total in `more`. */
const goodAg = (sd: string, qty: number, more: Cell[], of: ReceiptOf = {}): Cell[] =>
  receiptRow("2025-01-05", sd, qty, more, { supplier: "Good AG", ...of });

describe("claims: both ISCC EU claims, and cells that say only 'sustainable'", () => {
  const BOTH = [
    "EU RED compliant / ISCC compliant",
    "ISCC-konform / EU-RED-konform",
    "EU RED + ISCC compliant",
  ];
  const ONLY_SUSTAINABLE = ["nachhaltig", "sustainable", "durable", "sostenible", "duurzaam", "yes", "ja"];

  it("both ticks book ISCC compliant credit; a cell saying only sustainable is refused at its cell", async () => {
    const rows = [...BOTH, ...ONLY_SUSTAINABLE].map((claim, i) =>
      goodAg(`S-${i}`, 10, [claim, 12.5], { product: `Oil ${i}` }),
    );
    const r = await run("check", { Settings: SETTINGS, Receipts: [RECEIPTS, ...rows] });
    BOTH.forEach((_, i) => {
      expect(received(r, `Oil ${i}`)).toBe(10);
      expect(r.balances.filter((b) => b.product === `Oil ${i}`).map((b) => b.characteristics?.claim)).toEqual(
        ["ISCC compliant"],
      );
    });
    const refused = ONLY_SUSTAINABLE.map((_, j) => `Receipts!I${BOTH.length + j + 2}`);
    expect(at(r, "invalid-value")).toEqual(refused);
    for (const f of r.findings.filter((x) => x.code === "invalid-value"))
      expect(f.message).toContain(
        "write the claim the supplier's SD states: EU RED compliant or ISCC compliant",
      );
    ONLY_SUSTAINABLE.forEach((_, j) => expect(received(r, `Oil ${BOTH.length + j}`)).toBe(0));
  });
});

describe("a transfer's claim is refused as a receipt's is", () => {
  it("a denied, unclear or other scheme's claim moves no credit; a readable one does", async () => {
    const claims = ["not bio-circular", "tbd", "EU RED compliant", "bio-circular"];
    const r = await run("check", {
      Settings: [["Scheme", "ISCC PLUS"]],
      Sites: ACME_SITES,
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Claim", "Site"],
        ["2025-01-05", "Good AG", "S-1", "UCO", 100, "Used cooking oil", "bio-circular", "Hamburg"],
      ],
      Transfers: [
        ["Date", "From site", "To site", "Product", "Quantity (t)", "Raw material", "Claim"],
        ...claims.map((c, i) => [`2025-02-0${i + 1}`, "Hamburg", "Venlo", "UCO", 10, "Used cooking oil", c]),
      ],
    });
    expect(at(r, "invalid-value")).toEqual(["Transfers!G2", "Transfers!G3", "Transfers!G4"]);
    const venlo = r.balances.filter((b) => b.site === "Venlo");
    expect(venlo.reduce((s, b) => s + Number(b.transferredIn), 0)).toBe(10);
  });
});

describe("a placeholder supplier certificate is missing, not unknown to the register", () => {
  it.each(["-", "n/a", "k.A.", "none", "tbd", "?"])("%p", async (cert) => {
    const r = await run("check", {
      Settings: SETTINGS,
      Certificates: [
        ["Certificate", "Holder", "Valid from", "Valid until", "Status"],
        ["EU-ISCC-Cert-DE100-1", "Good AG", "2024-01-01", "2026-01-01", "valid"],
      ],
      Receipts: [RECEIPTS, goodAg("S-1", 10, ["EU RED compliant", 12.5], { cert })],
    });
    const f = r.findings.filter((x) => x.code === "certificate-unknown");
    expect(f.map((x) => x.cell)).toEqual(["C2"]);
    expect(f[0]?.message).not.toContain("is not in the certificate register");
    expect(f[0]?.message).toContain(`("${cert}" is a placeholder, not a number)`);
    expect(received(r, "UCO")).toBe(0);
  });
});

describe("an own certificate the register lacks is said once", () => {
  it("one error for five declarations, each held back", async () => {
    const r = await run("declare", {
      Settings: [...SETTINGS, ["Own certificate", "EU-ISCC-Cert-NOT-THERE"]],
      Certificates: [
        ["Certificate", "Holder", "Valid from", "Valid until", "Status"],
        ["EU-ISCC-Cert-DE100-1", "Good AG", "2024-01-01", "2026-01-01", "valid"],
      ],
      Receipts: [RECEIPTS, goodAg("S-1", 100, ["EU RED compliant", 12.5])],
      Deliveries: [
        ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
        ...[1, 2, 3, 4, 5].map((d) => [`2025-02-0${d}`, "X AG", "Str 1", "UCO", 10, "yes"]),
      ],
    });
    const f = r.findings.filter((x) => x.code === "own-certificate-invalid");
    expect(f.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["Settings!B3"]);
    expect(f[0]?.message).toContain("the 5 declarations it would be on");
    expect(r.declarations.filter((d) => d.status === "blocked")).toHaveLength(5);
  });
});

describe("a GHG value typed with its unit, and a density typed as a percentage", () => {
  const book = (header: string, ghg: string, density: Cell = 0.92) => ({
    Settings: SETTINGS,
    Receipts: [
      [...receiptsHeader(header), "Density (kg/L)"],
      goodAg("S-1", 10, ["EU RED compliant", ghg, density], { cert: "-" }),
    ],
  });

  it.each(["24.3 g CO2eq/MJ", "24.3 gCO2e/MJ", "24.3 g CO2-Äq/MJ"])(
    "%p under a heading stating g CO2eq/MJ is read as 24.3",
    async (ghg) => {
      const r = await run("check", book("GHG total (g CO2eq/MJ)", ghg));
      expect(r.findings.filter((f) => f.sheet === "Receipts" && f.severity === "error")).toEqual([]);
      expect(received(r, "UCO")).toBe(10);
    },
  );

  it.each([
    ["24.3 kg CO2eq/t", "GHG total (g CO2eq/MJ)", "unit-conflict"],
    ["12,5 t", "GHG total (g CO2eq/MJ)", "unit-conflict"],
    ["24.3 g CO2eq/MJ", "GHG total", "invalid-number"],
  ])("%p under %p is refused at its cell (%s), no credit", async (ghg, header, code) => {
    const r = await run("check", book(header, ghg));
    expect(at(r, code)).toEqual(["Receipts!J2"]);
    expect(received(r, "UCO")).toBe(0);
  });

  it("a density typed as a percentage is refused as no density, without the Sustainable column's advice", async () => {
    const r = await run("check", book("GHG total (g CO2eq/MJ)", "24.3", "85 %"));
    const f = r.findings.find((x) => x.code === "invalid-number");
    expect(f?.cell).toBe("K2");
    expect(f?.message).toContain("is a percentage, not a density");
    expect(f?.message).not.toContain("Sustainable column");
  });
});
