// The printed SD's dispatch point of a second site through the real massbal declare (h-dispatch):
// Venlo's SD states Venlo's address from the sites sheet, never the settings' company address.
// (brk25 3) Venlo's address "wie oben" (as above) is no address: its SD is held at the cell, never
// printed. (brk25 4) A sites sheet of two sites without an address column: the settings' address
// (Hamburg's) is never Venlo's dispatch point; Venlo's SD is held, Hamburg's states it.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_RECEIPT_HEADER, ISSUING_SETTINGS, issuingReceipt, plainBook } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();
const VENLO = "Industrieweg 7, 5928 Venlo";

/** `site`'s 50 t (Venlo's unless told) through `massbal declare` with the sites sheet `sites`: the run and the SD sheets' labels. */
async function declareVenlo(sites: (string | null)[][], site = "Venlo") {
  const book = plainBook({
    Receipts: [
      [...ISSUING_RECEIPT_HEADER, "Site"],
      [...issuingReceipt("2025-01-05", "IN-1", 1000, 30), site],
    ],
    Deliveries: [
      [...deliveryHeader(), "Site"],
      [...sale("2025-02-01", 50, null), site],
    ],
    Sites: sites,
    Settings: ISSUING_SETTINGS,
  });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  const run = massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force", "--json"], folder.path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "out.xlsx"));
  const sds = wb.worksheets
    .filter((ws) => ws.name.startsWith("SD "))
    .map((ws) => {
      const label = new Map<string, string>();
      ws.eachRow((r) => label.set(String(r.getCell(1).text), r.getCell(2).text));
      return label;
    });
  return { run, sds };
}

it("Venlo's SD prints Venlo's address from the sites sheet as the dispatch point", async () => {
  const { sds } = await declareVenlo([
    ["Site", "Country", "Adres"],
    ["Hamburg", "DE", "Kattwykdamm 3, 21107 Hamburg"],
    ["Venlo", "NL", VENLO],
  ]);
  expect(sds).toHaveLength(1);
  expect(sds[0]?.get("Address of dispatch/shipping point")).toBe(VENLO);
});

it("Venlo's address 'wie oben': no SD, the finding names Sites!C3 and what it holds", async () => {
  const { run, sds } = await declareVenlo([
    ["Standort", "Land", "Adresse"],
    ["Hamburg", "DE", "Hafenstr. 1, 20457 Hamburg"],
    ["Venlo", "NL", "wie oben"],
  ]);
  expect(sds).toHaveLength(0);
  expect(run.stdout).toContain('Sites!C3 holds \\"wie oben\\", which is no address');
});

it("two sites and no address column: Venlo's SD is not printed with Hamburg's company address", async () => {
  const { run, sds } = await declareVenlo([
    ["Standort", "Land"],
    ["Hamburg", "DE"],
    ["Venlo", "NL"],
  ]);
  expect(sds).toHaveLength(0);
  expect(run.stdout).toContain("the address of Venlo: add an Address column to Sites");
  expect(run.code).not.toBe(0);
});

it("two sites and no address column: Hamburg's SD states the settings' address, which names Hamburg", async () => {
  const sites = [
    ["Standort", "Land"],
    ["Hamburg", "DE"],
    ["Venlo", "NL"],
  ];
  const { sds } = await declareVenlo(sites, "Hamburg");
  expect(sds).toHaveLength(1);
  expect(sds[0]?.get("Address of dispatch/shipping point")).toBe("Hafenstr. 1, 20457 Hamburg");
});
