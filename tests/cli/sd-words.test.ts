// SD cells with a word beside the number (p-sd4), through the real massbal declare on a real .xlsx:
// receipts whose SD cell names two SDs ("SD-2 u. SD-4"), a number still to come or guessed ("SD-5
// folgt", "ca. SD-6") or an invoice ("FA-4711") give no credit and are said at their cells, while
// real SD numbers in the shapes suppliers print them ("EU-ISCC-Cert-DE100 SD-2025-1",
// "iscc_eu_sd 2025-2", "ISCC PLUS SD 2025/3", "AB-4711", "Nr. 4712") are credited as typed; a
// delivery whose SD cell is provisional or names two numbers is never declared under them.
import { ISSUING_RECEIPT_HEADER as RECEIPT_HEADER, issuingReceipt as receipt } from "../../src/books";
import type { JsonReport as Report } from "../../src/cli/report";
import { freshFolderPerTest } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const at = (r: Report, sheet: string, cell: string) =>
  r.findings.filter((f) => f.sheet === sheet && f.cell === cell);

const REFUSED: [string, string][] = [
  ["SD-2 u. SD-4", "names several SD numbers (SD-2, SD-4)"],
  ["SD-5 folgt", "has a mark of doubt beside the number"],
  ["FA-4711", "is an invoice number, not an SD number"],
  ["ca. SD-6", "has a mark of doubt beside the number"],
];

const REAL = [
  "EU-ISCC-Cert-DE100 SD-2025-1",
  "iscc_eu_sd 2025-2",
  "ISCC PLUS SD 2025/3",
  "AB-4711",
  "Nr. 4712",
];

it("receipts with a word beside the SD give no credit and are said; real SD shapes are credited as typed", async () => {
  const rows = [...REFUSED.map(([sd]) => sd), ...REAL].map((sd, i) =>
    receipt(`2025-01-${String(i + 5).padStart(2, "0")}`, sd, 100, 30),
  );
  const report = await declareBook(folder.path, {
    Receipts: [RECEIPT_HEADER, ...rows],
    Deliveries: [
      deliveryHeader("SD number"),
      sale("2025-02-01", 50, "ON-2025-0007 (provisoire)"),
      sale("2025-02-02", 20, "ON-2025-0008 – ON-2025-0009"),
    ],
  });
  REFUSED.forEach(([sd], i) =>
    expect(at(report, "Receipts", `D${i + 2}`)).toEqual([
      expect.objectContaining({ code: "invalid-value", message: expect.stringContaining(`"${sd}" in `) }),
    ]),
  );
  REFUSED.forEach(([, said], i) => expect(at(report, "Receipts", `D${i + 2}`)[0]!.message).toContain(said));
  REAL.forEach((_, i) => expect(at(report, "Receipts", `D${i + 2 + REFUSED.length}`)).toEqual([]));
  // the five real numbers: 500 t of the 900 t; the refused cells leave the balance incomplete
  expect(report.balances.filter((b) => b.product === "Rapeseed oil")).toEqual([
    expect.objectContaining({ received: "500", complete: false }),
  ]);
  expect(at(report, "Deliveries", "G2")[0]!.message).toContain("has a mark of doubt beside the number");
  expect(at(report, "Deliveries", "G3")[0]!.message).toContain("names several SD numbers");
  const declared = report.declarations.filter((x) => x.status !== "cancelled").map((x) => x.number);
  expect(declared.filter((n) => /000[789]/.test(n))).toEqual([]);
});
