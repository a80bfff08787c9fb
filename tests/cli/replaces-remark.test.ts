// `massbal declare` on a real .xlsx (brk24 §1): a delivery remarked "ersetzt ON-2024-0099" or
// "remplace ON-2024-0099" (this line REPLACES an earlier SD) is the live line: booked as
// "replaces ON-2024-0099" is, so the Q2 sale finds the 10 t truly left and gets no SD on 60 t of
// credit the tank never held. A line "ersetzt durch …" / "remplacé par …" (replaced BY another)
// stays the old line, not booked, said at its remark cell.
import { day, RECEIPTS, settingsRows } from "./biodiesel-book";
import { declareJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null }[];
  balances: { periodStart: string; delivered: string; carriedForward: string }[];
  declarations: { status: string; quantity: string }[];
}

const folder = freshFolderPerTest();

/** 100 t in; Nordic 60 t (01.03.) remarked `remark`, Fuel AG 30 t (15.03.), Diesel GmbH 50 t (05.05.). */
async function declare(remark: string): Promise<Report> {
  const file = await writeBook(folder.path, "books.xlsx", {
    Settings: settingsRows([["SD number prefix", "ON"]]),
    Receipts: RECEIPTS,
    Deliveries: [
      ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Customer address", "Bemerkung"],
      [day("2025-03-01"), "Nordic Fuels Oy", "Biodiesel", 60, "yes", "Satamatie 3, Porvoo", remark],
      [day("2025-03-15"), "Fuel AG", "Biodiesel", 30, "yes", "Hauptstr 1, Berlin", null],
      [day("2025-05-05"), "Diesel GmbH", "Biodiesel", 50, "yes", "Weg 1, Köln", null],
    ],
  });
  return declareJson<Report>(folder.path, file);
}

const q1 = (r: Report) => r.balances.find((b) => b.periodStart === "2025-01-01");
const issued = (r: Report) =>
  r.declarations.filter((d) => d.status === "new" || d.status === "issued").map((d) => d.quantity);

it.each([
  "ersetzt ON-2024-0099",
  "remplace ON-2024-0099",
  "replaces ON-2024-0099",
  "sostituisce ON-2024-0099",
])('"%s": the delivery is booked, 10 t carry and the Q2 sale of 50 t gets no SD', async (remark) => {
  const r = await declare(remark);
  expect(r.findings.filter((f) => f.code.startsWith("row-"))).toEqual([]);
  expect(q1(r)).toMatchObject({ delivered: "90", carriedForward: "10" });
  expect(issued(r)).toEqual(["60", "30"]);
});

it.each(["ersetzt durch ON-2025-0005", "remplacé par ON-2025-0005", "zastąpiony przez ON-2025-0005"])(
  '"%s": the old line, not booked, a note at its remark cell',
  async (remark) => {
    const r = await declare(remark);
    const marks = r.findings.filter((f) => f.code.startsWith("row-"));
    expect(marks.map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`])).toEqual([
      ["info", "row-cancelled", "Deliveries!G2"],
    ]);
    expect(q1(r)).toMatchObject({ delivered: "30", carriedForward: "70" });
  },
);
