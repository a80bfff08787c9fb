// (p-misc) Through the real massbal declare on a real .xlsx, into one audited copy whose register
// is kept from run to run: a delivery declared before whose quantity was then raised beyond the
// credit the books hold is listed in the declarations as a new delivery without credit is —
// `blocked`, its quantity the extra, the credit found as its inputs and the rest `unbacked`, held
// back by the negative balance, never numbered — and the declaration issued before stays issued.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareIntoCopy, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();
const RECEIPTS = [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 50, 30)];

it("lists the raised quantity of a declared delivery held back where its credit falls short", async () => {
  const first = await declareIntoCopy(folder.path, RECEIPTS, [
    deliveryHeader(),
    sale("2025-02-10", 30, null),
  ]);
  expect(first.declarations.map((x) => [x.number, x.status, x.quantity])).toEqual([
    ["ON-2025-0001", "new", "30"],
  ]);
  // raised to 80 t: 50 t more, of which 20 t has credit
  const next = await declareIntoCopy(folder.path, RECEIPTS, [
    deliveryHeader(),
    sale("2025-02-10", 80, "ON-2025-0001"),
  ]);
  expect(
    next.declarations.map((x) => [
      x.number,
      x.status,
      x.quantity,
      x.unbacked,
      x.inputs.map((i) => `${i.sd} ${i.quantity}`),
    ]),
  ).toEqual([
    ["ON-2025-0001", "issued", "30", undefined, ["IN-1 30"]],
    ["", "blocked", "50", "30", ["IN-1 20"]],
  ]);
  expect(next.declarations[1]?.heldBy).toEqual([
    { code: "negative-balance", sheet: "Deliveries", cell: "E2" },
  ]);
  expect(next.findings.map((f) => [f.code, f.cell])).toContainEqual(["declaration-stale", "E2"]);
});
