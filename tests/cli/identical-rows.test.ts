// (p-outside) Two declared 60 t deliveries to one customer (10 and 11 February, drawn from receipts
// of other origins and GHG values); the user corrects 10.02 to 11.02, so both rows become identical.
// Through the real massbal declare on a real .xlsx into one audited copy: each declaration stays
// with the row it was issued for (in the order issued, issue/identity.ts), and declaration-stale
// names the one change that happened — the date of the first row — not incoming SDs or GHG values
// of a crosswise re-binding (brk8 fault 21).
import { ISSUING_RECEIPT_HEADER as RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareIntoCopy, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();
const RECEIPTS = [
  RECEIPT_HEADER,
  receipt("2025-01-05", "A1", 60, 10),
  receipt("2025-01-06", "B1", 60, 20).map((c) => (c === "Rapeseed" ? "Sunflower" : c)),
];

it("a date corrected so two rows are identical: only that row's date is named", async () => {
  const first = await declareIntoCopy(folder.path, RECEIPTS, [
    deliveryHeader(),
    sale("2025-02-10", 60, null),
    sale("2025-02-11", 60, null),
  ]);
  expect(first.declarations.map((x) => [x.number, x.inputs.map((i) => i.sd)])).toEqual([
    ["ON-2025-0001", ["A1"]],
    ["ON-2025-0002", ["B1"]],
  ]);
  const next = await declareIntoCopy(folder.path, RECEIPTS, [
    deliveryHeader(),
    sale("2025-02-11", 60, null),
    sale("2025-02-11", 60, null),
  ]);
  const stale = next.findings.filter((f) => f.code === "declaration-stale");
  expect(stale.map((f) => f.cell)).toEqual(["E2"]);
  expect(stale[0]!.message).toMatch(
    /declaration ON-2025-0001 was issued from rows that have changed since: date;/,
  );
  expect(next.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(next.declarations.map((x) => [x.number, x.status])).toEqual([
    ["ON-2025-0001", "issued"],
    ["ON-2025-0002", "issued"],
  ]);
});
