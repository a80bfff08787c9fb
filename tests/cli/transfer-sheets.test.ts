// Transfer sheets as a new user writes them, through massbal on a real .xlsx (brk12 c11): ISCC PLUS,
// Hamburg and Venlo each receive 100 t and Hamburg sells 100 t; a 40 t move from Hamburg to Venlo
// headed "Abgebendes Werk" / "Empfangendes Werk" was no sheet at all (Hamburg kept 100 t), headed
// "Sending plant" / "Receiving plant" on "Stock moves" a stock count of 40 t at Hamburg, and booked
// at one site with Abgang / Zugang on "Umbuchung" a 40 t sale drafted to "?", then (brk12) refused
// at its header; now (p-xfer2) its two rows pair into the transfer, or are refused at their cells.
// A Sites sheet without a Certification body column refused the move as "different certification
// bodies"; a blank certificate cell as "both sites must be ISCC certified" (p-xfer2).
import type { CellValue } from "exceljs";
import { day } from "../../src/books";
import { ACME_SITES } from "./books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; kind: string }[];
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: {
    site: string;
    received: string;
    delivered: string;
    transferredIn: string;
    transferredOut: string;
    complete: boolean;
  }[];
}

const RECEIPTS = [
  ["Date", "Site", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Claim"],
  [day("2025-01-10"), "Hamburg", "Saipol SA", "SP-1", "Pyrolysis oil", 100, "End-of-life tyres", "circular"],
  [day("2025-01-10"), "Venlo", "Saipol SA", "SP-2", "Pyrolysis oil", 100, "End-of-life tyres", "circular"],
];
const SALES = [
  ["Date", "Site", "Customer", "Product", "Quantity (t)", "Sustainable", "Claim"],
  [day("2025-03-01"), "Hamburg", "Nordic Fuels Oy", "Pyrolysis oil", 100, "yes", "circular"],
];

async function run(name: string, rows: CellValue[][], sites: CellValue[][] = ACME_SITES): Promise<Report> {
  const file = await writeBook(folder.path, "transfer.xlsx", {
    Settings: [
      ["Setting", "Value"],
      ["Scheme", "ISCC PLUS"],
      ["First period start", day("2025-01-01")],
    ],
    Sites: sites,
    Receipts: RECEIPTS,
    Sales: SALES,
    [name]: rows,
  });
  return checkJson<Report>(folder.path, file);
}

const at = (r: Report, site: string) => r.balances.find((b) => b.site === site);

describe("massbal: a transfer sheet as a new user heads it", () => {
  it.each([
    ["Umlagerungen", ["Datum", "Abgebendes Werk", "Empfangendes Werk", "Produkt", "Menge (t)"]],
    ["Stock moves", ["Date", "Sending plant", "Receiving plant", "Product", "Qty (t)"]],
    ["Traslados", ["Fecha", "Planta de origen", "Planta de destino", "Producto", "Cantidad (t)"]],
  ])("%p %p: 40 t move from Hamburg to Venlo", async (name, heads) => {
    const r = await run(name, [heads, [day("2025-02-01"), "Hamburg", "Venlo", "Pyrolysis oil", 40]]);
    expect(r.sheets.find((s) => s.name === name)?.kind).toBe("transfers");
    expect(at(r, "Hamburg")).toMatchObject({ transferredOut: "40", received: "100" });
    expect(at(r, "Venlo")).toMatchObject({ transferredIn: "40" });
    // never a stock count of the quantity moved
    expect(r.findings.map((f) => f.code)).not.toContain("stock-deviation");
    expect(r.findings.map((f) => f.code)).not.toContain("transfer-not-allowed");
  });

  // p-xfer2: before, the sheet was refused at its header and both balances waited for it
  it.each([
    ["Umbuchung", ["Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)", "Beleg"]],
    ["Umbuchungen", ["Datum", "Standort", "Produkt", "Ab (t)", "Zu (t)", "Beleg"]],
    ["Transferts", ["Date", "Site", "Produit", "Sortie (t)", "Entrée (t)", "Référence"]],
    ["Overboekingen", ["Datum", "Locatie", "Product", "Uit (t)", "In (t)", "Referentie"]],
  ])("%p %p, a move's two rows at each site: one 40 t transfer, no sale to no one", async (name, heads) => {
    const r = await run(name, [
      heads,
      [day("2025-02-01"), "Hamburg", "Pyrolysis oil", 40, null, "U-7"],
      [day("2025-02-01"), "Venlo", "Pyrolysis oil", null, 40, "U-7"],
    ]);
    expect(r.sheets.find((s) => s.name === name)?.kind).toBe("transfers");
    expect(r.findings.filter((f) => f.sheet === name && f.severity === "error")).toEqual([]);
    expect(at(r, "Hamburg")).toMatchObject({ transferredOut: "40", delivered: "100", complete: true });
    expect(at(r, "Venlo")).toMatchObject({ transferredIn: "40", delivered: "0", complete: true });
    // never a declaration drafted to no one
    expect(r.findings.map((f) => f.code)).not.toContain("transfer-not-allowed");
  });

  it("'Umbuchung' whose Zugang names another reference: both rows refused at their cells, balances incomplete", async () => {
    const r = await run("Umbuchung", [
      ["Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)", "Beleg"],
      [day("2025-02-01"), "Hamburg", "Pyrolysis oil", 40, null, "U-7"],
      [day("2025-02-01"), "Venlo", "Pyrolysis oil", null, 40, "U-8"],
    ]);
    const said = r.findings.filter((f) => f.sheet === "Umbuchung" && f.severity === "error");
    expect(said.map((f) => [f.code, f.cell])).toEqual([
      ["invalid-value", "D2"],
      ["invalid-value", "E3"],
    ]);
    expect(said[0]?.message).toContain("has the same date, product, quantity and reference");
    expect(at(r, "Hamburg")).toMatchObject({ transferredOut: "0", delivered: "100", complete: false });
    expect(at(r, "Venlo")).toMatchObject({ transferredIn: "0", complete: false });
  });
});

describe("massbal: a transfer between sites whose certification body the Sites sheet does not state", () => {
  const move = [
    ["Date", "From site", "To site", "Product", "Quantity (t)"],
    [day("2025-02-01"), "Hamburg", "Venlo", "Pyrolysis oil", 40],
  ];
  const refusal = (r: Report) => r.findings.find((f) => f.code === "transfer-not-allowed")?.message ?? "";

  it("no Certification body column: says so and to add it; both sites incomplete", async () => {
    const r = await run(
      "Transfers",
      move,
      ACME_SITES.map((row) => row.slice(0, 4)),
    );
    expect(refusal(r)).toContain("it has no Certification body column");
    expect(refusal(r)).not.toContain("different certification bodies");
    expect(r.balances.map((b) => [b.site, b.complete])).toEqual([
      ["Hamburg", false],
      ["Venlo", false],
    ]);
    expect(r.findings.map((f) => f.code)).not.toContain("negative-balance");
  });

  it("a blank Certification body cell: names the site and says to fill it in", async () => {
    const r = await run(
      "Transfers",
      move,
      ACME_SITES.map((row, i) => (i === 2 ? row.map((c, j) => (j === 4 ? null : c)) : row)),
    );
    expect(refusal(r)).toContain("does not state the certification body of site Venlo");
    expect(refusal(r)).not.toContain("different certification bodies");
  });

  // p-xfer2: a blank certificate cell is unclear, never "not certified"; both balances wait for it
  it("a blank certificate cell: names the site, says to fill it in; both sites incomplete", async () => {
    const r = await run(
      "Transfers",
      move,
      ACME_SITES.map((row, i) => (i === 2 ? row.map((c, j) => (j === 3 ? null : c)) : row)),
    );
    expect(refusal(r)).toContain("does not state the certificate of site Venlo");
    expect(refusal(r)).toContain("fill in the site's certificate number");
    expect(refusal(r)).not.toContain("must be ISCC certified");
    expect(r.balances.map((b) => [b.site, b.complete])).toEqual([
      ["Hamburg", false],
      ["Venlo", false],
    ]);
  });

  it("no certificate column: says to add it, never 'not certified'", async () => {
    const r = await run(
      "Transfers",
      move,
      ACME_SITES.map((row) => [...row.slice(0, 3), row[4] ?? null]),
    );
    expect(refusal(r)).toContain("it has no certificate column");
    expect(refusal(r)).not.toContain("must be ISCC certified");
    expect(r.balances.every((b) => !b.complete)).toBe(true);
  });

  it("two different bodies stated: still refused as different bodies", async () => {
    const r = await run(
      "Transfers",
      move,
      ACME_SITES.map((row, i) => (i === 2 ? row.map((c, j) => (j === 4 ? "TÜV" : c)) : row)),
    );
    expect(refusal(r)).toContain("the sites are certified by different certification bodies");
  });
});
