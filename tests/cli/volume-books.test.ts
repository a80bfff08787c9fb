// brk22 §14, brk24 §3 through massbal on real .xlsx files: a book kept wholly in a volume (L, m³,
// hL) is kept in that volume even where its receipts give a density (before: kept in t from the
// receipt's density, and the delivery in litres without one refused "kept in t"); the SD of a
// volume account states its energy content from a heating value per volume, or per mass with the
// row's density (before: "Not stated" always); and mass → volume → energy is exact (60 t at
// 825 kg/m³ and 33 MJ/L is 2,400,000 MJ, not 2,400,000.009).
import path from "node:path";
import {
  type BookCell as Cell,
  day as d,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
} from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { nordicSale, sdSheet } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string; cell: string }[];
  balances: { unit: string; received: string; delivered: string; closing: string }[];
  declarations: { number: string; quantity: string; unit: string; energyContent: string | null }[];
}

const QTY = ISSUING_RECEIPT_HEADER.indexOf("Quantity (t)");

/** Receipts of rapeseed oil with `qty` (its heading) and each row's extra cells under `extra`. */
function receipts(qty: string, rows: [string, number, ...Cell[]][], extra: string[] = []): Cell[][] {
  const head = ISSUING_RECEIPT_HEADER.map((h, i) => (i === QTY ? qty : h));
  return [
    [...head, ...extra],
    ...rows.map(([sd, q, ...cells], i) => [...issuingReceipt(`2025-01-1${i}`, sd, q, 20), ...cells]),
  ];
}

const sale = nordicSale;

async function declare(
  book: Record<string, Cell[][]>,
): Promise<{ code: number; report: Report; sd: Map<string, Cell> }> {
  await writeBookFile(
    plainBook({ Settings: ISSUING_SETTINGS, ...book }),
    path.join(folder.path, "books.xlsx"),
  );
  const run = massbal(["declare", "books.xlsx", "--json", "--out", "out.xlsx", "--force"], folder.path);
  const report = JSON.parse(run.stdout) as Report;
  const number = report.declarations[0]?.number;
  const sd = number ? await sdSheet(folder.path, "out.xlsx", number) : new Map<string, Cell>();
  return { code: run.code ?? -1, report, sd };
}

const codes = (r: Report): string[][] => r.findings.map((f) => [f.code, f.sheet, f.cell]);

describe("a book kept wholly in a volume (brk22 §14)", () => {
  // [receipts' quantity heading, receipt quantity, density heading, delivery's quantity heading, delivery quantity, SD m³]
  const spellings: [string, number, string, string, number, string][] = [
    ["Quantity (L)", 113636, "Density (kg/m³)", "Quantity (L)", 68182, "68.182"],
    ["Menge (l)", 113636, "Dichte (kg/m3)", "Menge (Liter)", 68182, "68.182"],
    ["Quantité (litres)", 113636, "Densité (kg/m³)", "Quantité (L)", 68182, "68.182"],
    ["Quantità (litri)", 113636, "Densità (kg/m³)", "Quantità (l)", 68182, "68.182"],
    ["Cantidad (m³)", 113.636, "Densidad (kg/m³)", "Cantidad (L)", 68182, "68.182"],
    ["Hoeveelheid (m3)", 113.636, "Dichtheid (kg/m³)", "Hoeveelheid (cbm)", 68.182, "68.182"],
    ["Ilość (hl)", 1136.36, "Gęstość (kg/m³)", "Ilość (L)", 68182, "68.182"],
  ];
  it.each(spellings)(
    "receipts %s %d with %s, a delivery %s %d without one: kept in m³, the SD %s m³ (was refused 'kept in t')",
    async (rq, q, density, dq, out, m3) => {
      const { code, report, sd } = await declare({
        Receipts: receipts(rq, [["IN-1", q, 880]], [density]),
        Deliveries: sale([dq], out),
      });
      expect(codes(report)).toEqual([]);
      expect(code).toBe(0);
      expect(report.balances[0]).toMatchObject({ unit: "m3", delivered: "68.182" });
      expect(report.declarations[0]).toMatchObject({ quantity: m3, unit: "m3" });
      expect(sd.get("Quantity (m³)") ?? sd.get("Quantity (m3)")).toBe(68.182);
    },
  );

  it("a receipt without density beside one with it, all in litres: both booked (was refused 'kept in t')", async () => {
    const { code, report } = await declare({
      Receipts: receipts(
        "Quantity (L)",
        [
          ["IN-1", 113636, 880],
          ["IN-2", 50000, null],
        ],
        ["Density (kg/m³)"],
      ),
      Deliveries: sale(["Quantity (L)"], 68182),
    });
    expect(codes(report)).toEqual([]);
    expect(code).toBe(0);
    expect(report.balances[0]).toMatchObject({ unit: "m3", received: "163.636", closing: "95.454" });
  });

  it("receipts in litres with density, the delivery in t: kept in t as before (must not change)", async () => {
    const { report } = await declare({
      Receipts: receipts("Quantity (L)", [["IN-1", 113636, 880]], ["Density (kg/m³)"]),
      Deliveries: sale(["Quantity (t)"], 60),
    });
    expect(codes(report)).toEqual([]);
    expect(report.balances[0]).toMatchObject({ unit: "t", received: "99.99968", delivered: "60" });
    expect(report.declarations[0]).toMatchObject({ quantity: "60", unit: "t" });
  });

  it("receipts in t, a delivery in litres without density: still refused 'kept in t' (must not change)", async () => {
    const { report } = await declare({
      Receipts: receipts("Quantity (t)", [["IN-1", 100]]),
      Deliveries: sale(["Quantity (L)"], 68182),
    });
    expect(codes(report)).toEqual([["unit-mismatch", "Deliveries", "E2"]]);
  });

  it("a count in m³ without density beside a delivery in t: still refused (must not change)", async () => {
    const { report } = await declare({
      Receipts: receipts("Quantity (L)", [["IN-1", 113636, 880]], ["Density (kg/m³)"]),
      Deliveries: sale(["Quantity (t)"], 60),
      Inventur: [
        ["Datum", "Produkt", "Bestand (m³)"],
        [d("2025-03-31"), "Rapeseed oil", 11.36],
      ],
    });
    expect(codes(report)).toEqual([["unit-mismatch", "Inventur", "C2"]]);
  });
});

describe("the SD's energy content of a volume account (brk24 §3)", () => {
  // [delivery's heating value heading, value, SD energy in MJ] for 68,182 L = 68.182 m³
  const perVolume: [string, number, string][] = [
    ["Heating value (MJ/L)", 33, "2250006"],
    ["Heizwert (MJ/l)", 33, "2250006"],
    ["PCI (MJ/m³)", 33000, "2250006"],
    ["Potere calorifico inferiore (GJ/m³)", 33, "2250006"],
    ["Poder calorífico (kWh/L)", 10, "2454552"],
    ["Verbrandingswaarde (MJ/m3)", 33000, "2250006"],
    ["Wartość opałowa (MJ/L)", 33, "2250006"],
  ];
  it.each(perVolume)("%s %d on a delivery of 68,182 L: %s MJ", async (head, hv, mj) => {
    const { report, sd } = await declare({
      Receipts: receipts("Quantity (L)", [["IN-1", 113636]]),
      Deliveries: sale(["Quantity (m³)", head], 68.182, hv),
    });
    expect(codes(report)).toEqual([]);
    expect(report.declarations[0]).toMatchObject({ quantity: "68.182", unit: "m3", energyContent: mj });
    expect(sd.get("Energy content (MJ)")).toBe(Number(mj));
  });

  it("per kg with the delivery's density: 68.182 m³ × 880 kg/m³ × 37 MJ/kg = 2,220,005.92 MJ (was 'Not stated')", async () => {
    const { report } = await declare({
      Receipts: receipts("Quantity (L)", [["IN-1", 113636]]),
      Deliveries: sale(["Quantity (L)", "Density (kg/m³)", "Heating value (MJ/kg)"], 68182, 880, 37),
    });
    expect(report.declarations[0]).toMatchObject({ unit: "m3", energyContent: "2220005.92" });
  });

  it("from the receipts' heating value per litre where the delivery states none", async () => {
    const { report } = await declare({
      Receipts: receipts("Quantity (L)", [["IN-1", 113636, 33]], ["Heating value (MJ/L)"]),
      Deliveries: sale(["Quantity (L)"], 68182),
    });
    expect(report.declarations[0]).toMatchObject({ unit: "m3", energyContent: "2250006" });
  });

  it("per kg without a density on a delivery in litres: not stated (no guessed density)", async () => {
    const { report, sd } = await declare({
      Receipts: receipts("Quantity (L)", [["IN-1", 113636]]),
      Deliveries: sale(["Quantity (L)", "Heating value (MJ/kg)"], 68182, 37),
    });
    expect(report.declarations[0]).toMatchObject({ unit: "m3", energyContent: null });
    expect(sd.get("Energy content (MJ)")).toBe("Not stated (no heating value in the books applies to it)");
  });
});

describe("mass → volume → energy exactly (brk24)", () => {
  it("60 t at 825 kg/m³ and 33 MJ/L: 2,400,000 MJ (was 2,400,000.009)", async () => {
    const { report, sd } = await declare({
      Receipts: receipts("Quantity (t)", [["IN-1", 100]]),
      Deliveries: sale(["Quantity (t)", "Density (kg/m³)", "Heating value (MJ/L)"], 60, 825, 33),
    });
    expect(codes(report)).toEqual([]);
    expect(report.declarations[0]).toMatchObject({ quantity: "60", unit: "t", energyContent: "2400000" });
    expect(sd.get("Energy content (MJ)")).toBe(2400000);
  });
});
