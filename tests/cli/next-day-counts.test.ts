// `massbal declare` on a real .xlsx (brk22 §3): a stock-take dated the first day of the next
// period ("Inventur" 01.04.2025), with nothing moving that day, caps the carry-forward of the
// quarter it closes, so the next quarter's sale finds no credit the tank never held; a count less
// the sales after it below zero is an error at the count and no "counted" stock of −50 t.
import type { CellValue } from "exceljs";
import { day, RECEIPTS, settingsRows } from "./biodiesel-book";
import { declareJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { periodStart: string; physicalStock: string | null; carriedForward: string; lapsed: string }[];
  declarations: { status: string; quantity: string; heldBy?: { code: string }[] }[];
}

const folder = freshFolderPerTest();

/** 100 t in on 10.01., 60 t out on 01.03. and 35 t on 05.05., and one count of 10 t dated `counted`. */
async function declare(counted: string, more: CellValue[][] = []): Promise<Report> {
  const file = await writeBook(folder.path, "books.xlsx", {
    Settings: settingsRows(),
    Receipts: RECEIPTS,
    Deliveries: [
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address"],
      [day("2025-03-01"), "Nordic Fuels Oy", "Biodiesel", 60, "yes", "Satamatie 3, Porvoo"],
      [day("2025-05-05"), "Fuel AG", "Biodiesel", 35, "yes", "Hauptstr 1, Berlin"],
      ...more,
    ],
    Inventur: [
      ["Datum", "Produkt", "Bestand (t)"],
      [day(counted), "Biodiesel", 10],
    ],
  });
  return declareJson<Report>(folder.path, file);
}

const q1 = (r: Report) => r.balances.find((b) => b.periodStart === "2025-01-01");
const of = (r: Report, code: string) => r.findings.filter((f) => f.code === code);

it.each(["2025-03-31", "2025-04-01"])(
  "a count of 10 t dated %s closes Q1: 30 t lapse and the May sale is no declaration",
  async (counted) => {
    const r = await declare(counted);
    expect(q1(r)).toMatchObject({ physicalStock: "10", lapsed: "30", carriedForward: "10" });
    expect(of(r, "carry-over-exceeds-stock").map((f) => f.cell)).toEqual(["C2"]);
    const next = of(r, "stock-count-next-day").map((f) => `${f.severity} ${f.sheet}!${f.cell}`);
    expect(next).toEqual(counted === "2025-04-01" ? ["info Inventur!A2"] : []);
    // the 35 t finds 10 t: never declared on credit the tank did not hold
    expect(r.declarations.filter((d) => d.quantity === "35").map((d) => d.status)).toEqual(["blocked"]);
    expect(of(r, "stock-below-zero")).toEqual([]);
  },
);

it("a count of 10 t on 15.02. before a 60 t sale: an error at the count, no counted stock of -50 t", async () => {
  const r = await declare("2025-02-15");
  const [error] = of(r, "stock-below-zero");
  expect(error).toMatchObject({ severity: "error", sheet: "Inventur", cell: "C2" });
  expect(error?.message).toContain("Deliveries!D2");
  expect(error?.message).toContain("leaves -50 t at the end of 2025-03-31");
  expect(q1(r)).toMatchObject({ physicalStock: null, carriedForward: "0" });
  const sixty = r.declarations.find((d) => d.quantity === "60");
  expect(sixty?.heldBy?.map((h) => h.code)).toContain("stock-below-zero");
  expect(r.balances.map((b) => b.physicalStock)).not.toContain("-50");
});

// (brk24 §2) a 5 t sale on the count's day: before it the tank held 10 t, after it 15 t; Q1 carries
// at most 15 t, never its book stock of 40 t, and the May sale finds no credit the tank never held
it("a count of 10 t on 01.04. with a 5 t sale that day caps Q1 at 15 t, not its book stock of 40 t", async () => {
  const r = await declare("2025-04-01", [
    [day("2025-04-01"), "Diesel GmbH", "Biodiesel", 5, "yes", "Weg 1, Köln"],
  ]);
  expect(q1(r)).toMatchObject({ lapsed: "25", carriedForward: "15" });
  const [warning] = of(r, "stock-count-next-day");
  expect(warning).toMatchObject({ severity: "warning", sheet: "Inventur", cell: "A2" });
  expect(warning?.message).toContain("capped at 15 t");
  expect(r.declarations.filter((d) => d.quantity === "35").map((d) => d.status)).toEqual(["blocked"]);
});
