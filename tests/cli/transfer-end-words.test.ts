// Transfer sheets headed by an end's word alone, through massbal on a real .xlsx (brk13 #11):
// ISCC PLUS, Hamburg and Venlo each receive 100 t and Hamburg sells 60 t. Before, "Van | Naar",
// "Origen | Destino", "Da deposito | A deposito", "De | Vers" gave header-not-found and the 40 t
// move was never booked (both balances incomplete); "Lager ab | Lager an" holding "Tank 1" and
// "Tank 2" booked the tanks as two sites, every sheet without their names then refused. A tank is
// storage within one site: its move is refused at its cells, and no balance is kept for a tank.
import type { CellValue } from "exceljs";
import { day } from "../../src/books";
import { ACME_SITES } from "./books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; kind: string }[];
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { site: string; transferredIn: string; transferredOut: string; complete: boolean }[];
}

async function run(name: string, rows: CellValue[][]): Promise<Report> {
  const file = await writeBook(folder.path, "transfer.xlsx", {
    Settings: [
      ["Setting", "Value"],
      ["Scheme", "ISCC PLUS"],
      ["First period start", day("2025-01-01")],
    ],
    Sites: ACME_SITES,
    Receipts: [
      ["Date", "Site", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Claim"],
      [
        day("2025-01-10"),
        "Hamburg",
        "Saipol SA",
        "SP-1",
        "Pyrolysis oil",
        100,
        "End-of-life tyres",
        "circular",
      ],
      [
        day("2025-01-10"),
        "Venlo",
        "Saipol SA",
        "SP-2",
        "Pyrolysis oil",
        100,
        "End-of-life tyres",
        "circular",
      ],
    ],
    Sales: [
      ["Date", "Site", "Customer", "Product", "Quantity (t)", "Sustainable", "Claim"],
      [day("2025-03-01"), "Hamburg", "Nordic Fuels Oy", "Pyrolysis oil", 60, "yes", "circular"],
    ],
    [name]: rows,
  });
  return checkJson<Report>(folder.path, file);
}

const at = (r: Report, site: string) => r.balances.find((b) => b.site === site);

describe("massbal: a transfer's ends headed by their words alone", () => {
  it.each([
    ["Overboekingen", ["Datum", "Van", "Naar", "Product", "Hoeveelheid (t)"]],
    ["Traslados", ["Fecha", "Origen", "Destino", "Producto", "Cantidad (t)"]],
    ["Trasferimenti", ["Data", "Da deposito", "A deposito", "Prodotto", "Quantità (t)"]],
    ["Transferts", ["Date", "De", "Vers", "Produit", "Quantité (t)"]],
  ])("%p %p: 40 t move from Hamburg to Venlo", async (name, heads) => {
    const r = await run(name, [heads, [day("2025-02-01"), "Hamburg", "Venlo", "Pyrolysis oil", 40]]);
    expect(r.sheets.find((s) => s.name === name)?.kind).toBe("transfers");
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(at(r, "Hamburg")).toMatchObject({ transferredOut: "40", complete: true });
    expect(at(r, "Venlo")).toMatchObject({ transferredIn: "40", complete: true });
  });

  it("'Lager ab | Lager an' holding Tank 1 and Tank 2: refused at its cells, no balance for a tank", async () => {
    const r = await run("Umlagerungen", [
      ["Datum", "Lager ab", "Lager an", "Produkt", "Menge (t)"],
      [day("2025-02-01"), "Tank 1", "Tank 2", "Pyrolysis oil", 30],
    ]);
    expect(r.balances.map((b) => b.site).sort()).toEqual(["Hamburg", "Venlo"]);
    const said = r.findings.filter((f) => f.sheet === "Umlagerungen");
    expect(said.map((f) => [f.code, f.cell])).toEqual([
      ["invalid-value", "B2"],
      ["invalid-value", "C2"],
    ]);
    expect(said[0]?.message).toContain("names a tank, which is storage within one site, not a site");
    expect(r.findings.map((f) => f.code)).not.toContain("site-not-listed");
    expect(r.findings.map((f) => f.code)).not.toContain("transfer-not-allowed");
  });

  it("'Tank ab | Tank an': refused at its heading, no balance for a tank", async () => {
    const r = await run("Umlagerungen", [
      ["Datum", "Tank ab", "Tank an", "Produkt", "Menge (t)"],
      [day("2025-02-01"), "T1", "T2", "Pyrolysis oil", 30],
    ]);
    expect(r.balances.map((b) => b.site).sort()).toEqual(["Hamburg", "Venlo"]);
    const said = r.findings.filter((f) => f.sheet === "Umlagerungen");
    expect(said.map((f) => [f.code, f.cell])).toEqual([["header-not-found", "B1"]]);
    expect(said[0]?.message).toContain("a tank is storage within one site");
  });
});
