// (brk25 §4b) A sites sheet writing each site's address in parts ("Standort | Straße | PLZ | Ort |
// Land") through the real massbal declare: Venlo's SD prints the parts joined as typed, never the
// settings' company address; Venlo's street without its town is no address: no SD, the finding at
// the blank town cell.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_RECEIPT_HEADER, ISSUING_SETTINGS, issuingReceipt, plainBook } from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/** Venlo's 50 t through `massbal declare` with the sites sheet `sites`: the run and the SDs' labels. */
async function declareVenlo(sites: (string | number | null)[][]) {
  const book = plainBook({
    Receipts: [
      [...ISSUING_RECEIPT_HEADER, "Site"],
      [...issuingReceipt("2025-01-05", "IN-1", 1000, 30), "Venlo"],
    ],
    Deliveries: [
      [...deliveryHeader(), "Site"],
      [...sale("2025-02-01", 50, null), "Venlo"],
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

const HEAD = ["Standort", "Straße", "PLZ", "Ort", "Land"];

it("Venlo's SD prints its address from the parts, as typed", async () => {
  const { sds } = await declareVenlo([
    HEAD,
    ["Hamburg", "Hafenstraße 1", 20457, "Hamburg", "Deutschland"],
    ["Venlo", "Industrieweg 7", "5928 AB", "Venlo", "Nederland"],
  ]);
  expect(sds).toHaveLength(1);
  expect(sds[0]?.get("Address of dispatch/shipping point")).toBe("Industrieweg 7, 5928 AB Venlo, Nederland");
});

it("Venlo's street without its town: no SD, the finding at Sites!D3", async () => {
  const { run, sds } = await declareVenlo([
    HEAD,
    ["Hamburg", "Hafenstraße 1", 20457, "Hamburg", "Deutschland"],
    ["Venlo", "Industrieweg 7", "5928 AB", null, "Nederland"],
  ]);
  expect(sds).toHaveLength(0);
  expect(run.stdout).toContain("Sites!D3: Ort is empty while this site's address is written in parts");
});
