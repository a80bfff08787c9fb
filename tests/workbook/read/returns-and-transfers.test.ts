// Two refusals of a combined ledger and a transfers sheet, through real .xlsx files built here:
// a negative In or Out is a return, which the tool does not book in the other column (docs/rules.md,
// returns); a transfer's claim the reader refuses in doubt leaves the credit moved between its
// sites unknown, so both sites' accounts are incomplete, while a denied claim is a real "no credit"
// (one of the other scheme is the engine's refusal: tests/engine/index/credit-unknown.test.ts).
import { declareWorkbook } from "../../../src/app/index";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books, D, type Sheets, workbookOf } from "../left-out-books";

async function book(sheets: Sheets): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()), "Returns.xlsx");
}

describe("a negative In or Out of a combined ledger is a return: refused, never steered into the other column", () => {
  const LEDGER = ["Date", "Type", "Counterparty", "Certificate", "SD No.", "Product", "In (t)", "Out (t)"];
  it.each([
    [
      "a return to the supplier typed as a negative In",
      [D("2025-01-12"), "Receipt", "Collect GmbH", null, "L-1", "UCO", -20, null],
      "G2",
    ],
    [
      "a return from a customer typed as a negative Out",
      [D("2025-01-12"), "Sale", "Refinery AG", null, null, "UCO", null, -5],
      "H2",
    ],
    [
      "a negative In without a type",
      [D("2025-01-12"), null, "Collect GmbH", null, "L-1", "UCO", "-20", null],
      "G2",
    ],
  ])("%s", async (_, row, cell) => {
    const out = await declareWorkbook(await book(books([], { Ledger: [LEDGER, row] })), {
      today: "2025-04-02",
      periodStart: "2025-01-01",
    });
    const f = out.findings.find((x) => x.sheet === "Ledger" && x.cell === cell);
    expect(f).toMatchObject({ code: "invalid-number", severity: "error" });
    expect(f?.message).toContain("a return to the supplier is no sale (an Out row would get an outgoing SD)");
    expect(f?.message).toContain("correct the row it returns to the quantity kept");
    expect(f?.message).not.toContain("belongs in the other column");
    // nothing of it is booked on either side: UCO lacks what the row would feed
    expect(out.balances.find((b) => b.product === "UCO")).toMatchObject({ complete: false });
  });
});

describe("a transfer's claim refused by the reader", () => {
  const TRANSFERS = ["Date", "From site", "To site", "Product", "Quantity (t)", "Scheme", "Claim"];
  const read = async (claim: string) => {
    const wb = await book({
      Transfers: [TRANSFERS, [D("2025-02-01"), "Hamburg", "Venlo", "UCO", 40, "ISCC PLUS", claim]],
    });
    return readWorkbook(await wb.readSnapshot());
  };

  it.each(["bio-circular?", "tbd"])("%p: the credit it moves is unknown at both sites", async (claim) => {
    const { ledger, findings } = await read(claim);
    const f = findings.find((x) => x.sheet === "Transfers" && x.cell === "G2");
    expect(f).toMatchObject({ severity: "error" });
    expect(ledger.incomplete).toContainEqual({
      kinds: ["transfers"],
      products: ["UCO"],
      sites: ["Hamburg", "Venlo"],
      source: { sheet: "Transfers", cell: "G2" },
    });
  });

  it.each(["bio-circular", "not bio-circular"])("%p: no input is missing", async (claim) => {
    const { ledger } = await read(claim);
    expect(ledger.incomplete ?? []).toEqual([]);
  });
});
