// A deliveries sheet of one sale whose columns F and G are two address headings, read: the fields
// read from F and G, the findings at G and the addresses booked (address-pairs.test.ts,
// billing-address.test.ts).
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";

const HEADER = ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"];
const ROW = ["2024-03-05", "Nordic Fuels Oy", "UCO", 50, "yes"];

/** Columns F and G's fields, the findings at G, and the addresses booked, of a sheet headed `f`, `g` holding `first`, `second`. */
export async function addressPair(f: string, g: string, first: string, second: string) {
  const read = readWorkbook(
    await throughXlsx(
      sheet("Deliveries", [
        [...HEADER, f, g],
        [...ROW, first, second],
      ]),
    ),
  );
  const s = read.sheets[0];
  const at = (l: string) => Object.entries(s?.columns ?? {}).find(([, x]) => x === l)?.[0] ?? "-";
  const onG: Finding[] = read.findings.filter((x) => x.sheet === "Deliveries" && /^G/.test(x.cell ?? ""));
  const booked = read.ledger.deliveries.map((d) => [d.customerAddress, d.receivingAddress]);
  return { F: at("F"), G: at("G"), onG, booked };
}
