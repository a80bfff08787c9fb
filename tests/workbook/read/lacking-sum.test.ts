// (brk27 L1) A subtotal pasted as values under the bookings, keeping the party of the rows above
// but none of their address, certificate or SD number, with no label and no formula, is never
// booked: refused at its quantity (possible-totals-row, lacking-sum), the balances incomplete, no
// SD for it. A row with its own address, certificate or SD number is a booking whatever its
// quantity; so is one repeating a single row, or summing rows of other products.
import type { EngineResult } from "../../../src/engine";
import { DELIVERY_COLUMNS } from "../../../src/books";
import type { CellValue } from "../../../src/workbook/port";
import { serial } from "../fixtures";
import { FACTS, runBooks, suspects } from "./subtotal-fixtures";

const rec = (day: string, cert: string, sd: string, q: number, product = "UCO"): CellValue[] => [
  ...[serial(day), "A GmbH", cert, sd, product, q],
  ...FACTS,
];
const RECEIPTS = [
  rec("2025-01-08", "EU-ISCC-Cert-DE100-1", "SD-1", 100),
  rec("2025-01-09", "EU-ISCC-Cert-DE100-1", "SD-2", 100, "HVO"),
];
const SALES_HEADER = [...DELIVERY_COLUMNS, "SD number"];
interface Sale {
  address?: string;
  cert?: string;
  sd?: string;
  product?: string;
  sustainable?: string;
}
const ADDRESS = "Industriestr. 5, 46049 Oberhausen";
const CERT = "EU-ISCC-Cert-DE100-20002";
const sale = (day: string, q: number, s: Sale = {}): CellValue[] => [
  serial(day),
  "Kunde AG",
  s.address ?? ADDRESS,
  s.cert ?? CERT,
  s.product ?? "UCO",
  q,
  s.sustainable ?? "yes",
  s.sd ?? "",
];
// the subtotal as pasted: the customer kept, no address, certificate or SD number
const pasted = (day: string, q: number, s: Sale = {}) => sale(day, q, { address: "", cert: "", ...s });

function run(sales: CellValue[][], receipts: CellValue[][] = RECEIPTS): Promise<EngineResult> {
  return runBooks(receipts, sales, SALES_HEADER);
}
const uco = (r: EngineResult) =>
  r.balances.find((b) => b.product === "UCO" && b.periodStart === "2025-01-01");

describe("a subtotal pasted as a value, its customer kept", () => {
  it.each([
    ["sustainable blank", ""],
    ["sustainable yes", "yes"],
  ])(
    "(%s) is refused at its quantity: not delivered, balance incomplete, no SD for it",
    async (_n, sustainable) => {
      const r = await run([
        sale("2025-02-01", 40),
        sale("2025-03-01", 30),
        pasted("2025-03-31", 70, { sustainable }),
        sale("2025-03-31", 10),
      ]);
      expect(suspects(r)).toEqual(["Sales!F4 lacking-sum"]);
      const f = r.findings.find((x) => x.code === "possible-totals-row");
      expect(f?.severity).toBe("error");
      expect(f?.message).toContain("Customer address or Customer certificate");
      expect(f?.message).toContain('"Summe"');
      expect(uco(r)).toMatchObject({ delivered: "80", complete: false });
      expect(r.declarations.some((d) => d.quantity === "70")).toBe(false);
    },
  );

  it("each month's subtotal: the rows after one are summed anew", async () => {
    const r = await run([
      sale("2025-01-10", 40),
      sale("2025-01-20", 30),
      pasted("2025-01-31", 70),
      sale("2025-02-10", 20),
      sale("2025-02-20", 10),
      pasted("2025-02-28", 30),
    ]);
    expect(suspects(r)).toEqual(["Sales!F4 lacking-sum", "Sales!F7 lacking-sum"]);
  });

  it("under receipts, the supplier kept but no certificate or SD number: refused", async () => {
    const r = await run(
      [sale("2025-02-01", 10)],
      [
        rec("2025-01-08", "EU-ISCC-Cert-DE100-1", "SD-1", 60),
        rec("2025-01-20", "EU-ISCC-Cert-DE100-1", "SD-2", 40),
        rec("2025-01-31", "", "", 100),
      ],
    );
    expect(suspects(r)).toEqual(["Receipts!F4 lacking-sum"]);
  });

  // books that must not change: each last row is a booking
  it.each([
    ["its own address", pasted("2025-03-31", 70, { address: ADDRESS })],
    ["its own certificate", pasted("2025-03-31", 70, { cert: CERT })],
    ["its own SD number", pasted("2025-03-31", 70, { sd: "ACM-2025-0009" })],
    ["a quantity that is no sum", pasted("2025-03-31", 65)],
  ])("a row with %s is booked", async (_n, row) => {
    const r = await run([sale("2025-02-01", 40), sale("2025-03-01", 30), row]);
    expect(suspects(r)).toEqual([]);
  });

  it("a row repeating the one row above is booked", async () => {
    const r = await run([sale("2025-02-01", 40), pasted("2025-03-01", 40)]);
    expect(suspects(r)).toEqual([]);
    expect(uco(r)).toMatchObject({ delivered: "80" });
  });

  it("a row summing rows of other products is booked", async () => {
    const r = await run([
      sale("2025-02-01", 40),
      sale("2025-03-01", 30, { product: "HVO" }),
      pasted("2025-03-31", 70),
    ]);
    expect(suspects(r)).toEqual([]);
  });

  it("rows above without address or certificate either: nothing lacking, booked", async () => {
    const r = await run([pasted("2025-02-01", 40), pasted("2025-03-01", 30), pasted("2025-03-31", 70)]);
    expect(suspects(r)).toEqual([]);
  });
});
