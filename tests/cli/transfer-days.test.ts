// h-transfer3, through massbal on a real .xlsx: a transfers sheet headed "Shipped on | Received on |
// From site | To site | Product | Sent (t) | Received (t) | Difference (t)" in quarters, ISCC PLUS.
// Before, "Shipped on" was read as the quantity sent ("shipped" is a quantity word), no date was
// found and the sheet was refused at its header; the Difference column was passed over with no word;
// a transfer on the road over a quarter's end vanished from both balances with no word. Now: the
// two days are read; a difference that is neither sent − received nor the other way refuses its row
// at the difference cell; the transfer on the road at 31 Mar is said (transfer-in-transit).
import type { CellValue } from "exceljs";
import { day } from "../../src/books";
import { ACME_SITES } from "./books";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  sheets: { name: string; kind: string }[];
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { site: string; periodEnd: string; transferredIn: string; transferredOut: string; complete: boolean }[]; // prettier-ignore
}

async function run(rows: CellValue[][]): Promise<Report> {
  const file = await writeBook(folder.path, "transfer-days.xlsx", {
    Settings: [
      ["Setting", "Value"],
      ["Scheme", "ISCC PLUS"],
      ["First period start", day("2025-01-01")],
      ["Period length (months)", 3],
    ],
    Sites: ACME_SITES,
    Receipts: [
      ["Date", "Site", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Claim"],
      [day("2025-01-10"), "Hamburg", "Saipol SA", "SP-1", "Pyrolysis oil", 100, "End-of-life tyres", "circular"], // prettier-ignore
    ],
    Umlagerungen: rows,
  });
  return checkJson<Report>(folder.path, file);
}

const HEADS = ["Shipped on", "Received on", "From site", "To site", "Product", "Sent (t)", "Received (t)", "Difference (t)"]; // prettier-ignore
const move = (sent: string, arrived: string, diff: number) =>
  [day(sent), day(arrived), "Hamburg", "Venlo", "Pyrolysis oil", 10, 9.5, diff] as CellValue[];

describe("massbal: a transfer's days, its difference and its time on the road", () => {
  it("read and checked: the quarter-end move said in transit, a wrong difference refused at its cell", async () => {
    const r = await run([
      HEADS,
      move("2025-03-31", "2025-04-02", 0.5),
      move("2025-02-01", "2025-02-02", 0.7),
    ]);
    expect(r.sheets.find((s) => s.name === "Umlagerungen")?.kind).toBe("transfers");
    const said = r.findings.filter((f) => f.sheet === "Umlagerungen");
    expect(said.map((f) => [f.code, f.severity, f.cell])).toEqual(
      expect.arrayContaining([
        ["transfer-in-transit", "info", "B2"],
        ["transit-loss", "info", "G2"],
        ["transit-loss", "error", "H3"],
      ]),
    );
    expect(r.findings.map((f) => f.code)).not.toContain("header-not-found");
    const transit = said.find((f) => f.code === "transfer-in-transit");
    expect(transit?.message).toContain("at the end of the period ending 2025-03-31 the 10 t are in transit");
    expect(transit?.message).toContain("Venlo is credited in the period ending 2025-06-30");
    // Hamburg gave the 10 t in Q1; Venlo got the 9.5 t that arrived in Q2; the refused row moved nothing
    const q = (site: string, end: string) => r.balances.find((b) => b.site === site && b.periodEnd === end);
    expect(q("Hamburg", "2025-03-31")).toMatchObject({ transferredOut: "10" });
    expect(q("Venlo", "2025-06-30")).toMatchObject({ transferredIn: "9.5" });
  });
});
