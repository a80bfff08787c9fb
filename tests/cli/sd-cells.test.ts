// SD cells, second pass (p-sdno2), through the real massbal declare on real .xlsx files: a receipt
// cell naming two SDs beside a row of one of them and a repeat of it spelled otherwise, a delivery
// column headed "SD / Invoice" holding an invoice number, a register that marks a number
// "storniert" in its own cell. No SD is credited twice, no invoice number is listed as a
// declaration, and a number marked cancelled is never issued or counted as issued.
import { ISSUING_RECEIPT_HEADER as RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import type { JsonReport as Report } from "../../src/cli/report";
import { REGISTER_HEADER } from "../../src/workbook/register";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale, sunflower } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const declare = (sheets: Parameters<typeof declareBook>[1]) => declareBook(folder.path, sheets);
const at = (r: Report, sheet: string, cell: string) =>
  r.findings.filter((f) => f.sheet === sheet && f.cell === cell);

it("a receipt cell naming two SDs and a repeat spelled otherwise: each SD is credited once, the others said", async () => {
  const report = await declare({
    Receipts: [
      RECEIPT_HEADER,
      receipt("2025-01-05", "IN-1 / IN-2", 100, 30),
      receipt("2025-01-06", "IN-2", 100, 30),
      receipt("2025-01-07", "in 2\u00a0", 100, 30),
      receipt("2025-01-08", "IN-3?", 100, 30),
    ],
    Deliveries: [deliveryHeader("SD number"), sale("2025-02-01", 50, null)],
  });
  expect(at(report, "Receipts", "D2")).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      message: expect.stringContaining("names several SD numbers (IN-1, IN-2)"),
    }),
  ]);
  expect(at(report, "Receipts", "D3")).toEqual([]);
  expect(at(report, "Receipts", "D4")).toEqual([
    expect.objectContaining({ code: "duplicate-sd", severity: "error" }),
  ]);
  expect(at(report, "Receipts", "D5")).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      message: expect.stringContaining("has a mark of doubt beside the number"),
    }),
  ]);
  // IN-2 once: 100 t of the 400 t, the refused cells leave the balance incomplete, not short
  expect(report.balances.filter((b) => b.product === "Rapeseed oil")).toEqual([
    expect.objectContaining({ received: "100", complete: false }),
  ]);
});

it('a delivery column headed "SD / Invoice": an invoice number is refused at its cell, never listed as a declaration', async () => {
  const report = await declare({
    Receipts: [
      RECEIPT_HEADER,
      receipt("2025-01-05", "IN-1", 1000, 30),
      sunflower(receipt("2025-01-06", "IN-2", 500, 30)),
    ],
    Deliveries: [
      deliveryHeader("SD / Invoice"),
      sale("2025-02-01", 50, "RE-4711"),
      sale("2025-02-02", 20, "Lieferschein 4712"),
      // another product: the refused deliveries' hold on their own account leaves it free
      sunflower(sale("2025-02-03", 30, null)),
    ],
  });
  const refused = at(report, "Deliveries", "G2");
  expect(refused).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      message: expect.stringContaining("is an invoice number, not an SD number"),
    }),
  ]);
  expect(refused[0]!.message).toContain(
    '"RE-4711" in Outgoing SD number is an invoice number, not an SD number',
  );
  expect(at(report, "Deliveries", "G3")[0]!.message).toContain("is a delivery-note number");
  const numbers = report.declarations.map((x) => x.number);
  expect(numbers.some((n) => /4711|4712/.test(n))).toBe(false);
  // the sale without a number is declared under a number the add-in gives
  expect(report.declarations.filter((x) => x.status === "new")).toEqual([
    expect.objectContaining({ quantity: "30", number: expect.stringMatching(/^ON-2025-\d{4}$/) }),
  ]);
});

it('a register number marked "storniert" in its cell stays taken: read as cancelled, never issued again', async () => {
  const number = "ON-2025-0001";
  const entry = REGISTER_HEADER.map((h) =>
    h === "SD number"
      ? `${number} storniert`
      : h === "Status"
        ? "Issued"
        : h === "Delivery sheet"
          ? "Deliveries"
          : h === "Delivery row"
            ? 2
            : null,
  );
  const report = await declare({
    Receipts: [RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 1000, 30)],
    Deliveries: [deliveryHeader("SD number"), sale("2025-02-01", 50, null), sale("2025-02-02", 20, null)],
    "MB Declarations": [[...REGISTER_HEADER], entry],
  });
  const said = at(report, "MB Declarations", "A2");
  expect(said).toEqual([
    expect.objectContaining({
      code: "invalid-value",
      severity: "warning",
      message: expect.stringContaining("is read as cancelled whatever its Status says"),
    }),
  ]);
  expect(report.declarations.some((x) => /storn/i.test(x.number))).toBe(false);
  // never counted as issued, never issued again
  expect(report.declarations.filter((x) => x.number === number && x.status !== "cancelled")).toEqual([]);
  const fresh = report.declarations.filter((x) => x.status === "new");
  expect(fresh.length).toBeGreaterThan(0);
  expect(fresh.map((x) => x.number)).not.toContain(number);
});

it("one SD written with and without a label, or with a letter for a digit, on two rows of one supplier: credited once, the later row a repeat", async () => {
  // real spellings of one number: a label names the document, it makes no other SD
  const pairs: [string, string][] = [
    ["Nr. 4711", "4711"],
    ["N° 4712", "4712"],
    ["Nr. 4714", "No. 4714"],
    ["SD 2025-0001", "2025-0001"],
    ["SD-Nr. 2025-0002", "SD-2025-0002"],
    ["PoS 2025-0003", "SD 2025-0003"],
    ["SD 4713", "PoS 4713"],
    ["ISCC-SD-2025-0004", "SD-2025-0004"],
    // p-sd7: a German label, a letter l or I for a one, an earlier year typed short
    ["SD-2025-0005", "Nachweis Nr. 2025-0005"],
    ["SD-2025-0006", "SD-2025-000l"],
    ["SD-2025-0007", "SD-2025-000I"],
    ["SD-2024-0008", "SD-24-0008"],
    // p-sd9: letters O and I or l mixed in one number
    ["SD-2025-0101", "SD-2025-OlOI"],
    ["SD-2025-0011", "SD-2025-OOIl"],
  ];
  const report = await declare({
    Receipts: [
      RECEIPT_HEADER,
      ...pairs.flatMap(([a, b], i) => [
        receipt(`2025-01-${10 + i}`, a, 100, 30),
        receipt(`2025-01-${11 + i}`, b, 50, 30),
      ]),
    ],
    Deliveries: [deliveryHeader("SD number"), sale("2025-02-01", 50, null)],
  });
  pairs.forEach((_, i) => {
    expect(at(report, "Receipts", `D${2 + 2 * i}`)).toEqual([]);
    expect(at(report, "Receipts", `D${3 + 2 * i}`)).toEqual([
      expect.objectContaining({ code: "duplicate-sd", severity: "error" }),
    ]);
  });
  expect(report.balances.filter((b) => b.product === "Rapeseed oil")).toEqual([
    expect.objectContaining({ received: String(100 * pairs.length) }),
  ]);
  expect(at(report, "Receipts", `D${3 + 2 * 11}`)[0]!.message).toContain('("2024" and "24")');
  const mixed = at(report, "Receipts", `D${3 + 2 * 12}`)[0]!.message;
  expect(mixed).toContain("a letter O typed where the other has a zero");
  expect(mixed).toContain("a letter l or I typed where the other has a one");
  // no declaration cites a repeat as its input
  const inputs = report.declarations.flatMap((d) => d.inputs.map((x) => x.sd));
  expect(inputs.filter((sd) => pairs.some(([, b]) => b === sd))).toEqual([]);
});
