// A receipt's dispatch date that is no date (docs/rules.md, implausible-value row): the finding says
// what follows — the supplier's certificate is checked on the receipt date instead — never that the
// value is ignored; the receipt is booked and its account complete. Each spelling through a real .xlsx.
import { checkWorkbook } from "../../../src/app/index";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { books, D, RECEIPTS, receipt, type Spec, workbookOf } from "../left-out-books";

/** The left-out books with a Dispatch date column on the Tallow receipt, typed as `dispatch`. */
async function check(dispatch: Spec) {
  const tallow = [...receipt(D("2025-01-05"), "T-1", 10, "Tallow"), dispatch];
  const sheets = books([], { "Tallow receipts": [[...RECEIPTS, "Dispatch date"], tallow] });
  const wb = await XlsxWorkbook.fromBuffer(
    Buffer.from(await workbookOf(sheets).xlsx.writeBuffer()),
    "Dispatch.xlsx",
  );
  const out = await checkWorkbook(wb, { today: "2025-04-02", periodStart: "2025-01-01" });
  const at = out.findings.filter((f) => f.sheet === "Tallow receipts" && f.cell === "N2");
  const tallowBalance = out.balances.find((b) => b.product === "Tallow");
  return { at, balance: tallowBalance && [tallowBalance.received, tallowBalance.complete] };
}

describe("a dispatch date that is no date says the receipt date is checked instead", () => {
  it.each<[Spec]>([["xyz"], ["32.01.2025"], ["2025-02-30"], ["Jan"]])("%p", async (dispatch) => {
    const { at, balance } = await check(dispatch);
    expect(at.map((f) => `${f.code} ${f.severity}`)).toEqual(["invalid-date warning"]);
    expect(at[0]?.message).toContain("the supplier's certificate is checked on the receipt date instead");
    expect(at[0]?.message).not.toContain("ignored");
    expect(balance).toEqual(["10", true]);
  });

  it("a dispatch date read is no finding", async () => {
    const { at, balance } = await check(D("2025-01-03"));
    expect(at).toEqual([]);
    expect(balance).toEqual(["10", true]);
  });
});
