// The pane on the bundled sample shows the overdraft of the oil sold before any oil was made as
// MB Findings, MB Summary, MB Ledger and --json do (tests/cli/one-truth.test.ts): 2025-01-24, -120 t;
// and the seed account's own overdraft on 2025-02-28, -90 t.
import path from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import { XlsxWorkbook } from "../../../../src/workbook/xlsx/xlsx-workbook";
import { renderPane, statusText } from "../../render-pane";

jest.setTimeout(60_000);

it("shows the same first overdraft in its Findings and Balances as the sheets and --json", async () => {
  const port = await XlsxWorkbook.open(
    path.join(__dirname, "..", "..", "..", "..", "samples", "sample-books.xlsx"),
  );
  // reading and recognising the sample's seven sheets takes a moment when the machine is busy
  const { user } = await renderPane(port, { waitForRead: false });
  await screen.findByText(/^Found \d+ sheets? to check\.$/, {}, { timeout: 30_000 });
  await user.click(screen.getByRole("button", { name: "Check workbook" }));
  await waitFor(() => expect(statusText()).toMatch(/^Checked \d+ sheets/), { timeout: 30_000 });

  const warnings = screen.getByRole("region", { name: /^Warnings/ });
  // a file has no cells to select, so its findings are text
  expect(
    within(warnings).getByText(/went below zero to -120 t on 2025-01-24/).parentElement,
  ).toHaveTextContent(/^F4 Rapeseed oil .* went below zero to -120 t on 2025-01-24/);

  await user.click(screen.getByRole("tab", { name: "Balances" }));
  const soldAhead = screen.getByRole("region", { name: "Sold ahead of credit" });
  expect(soldAhead).toHaveTextContent(
    "Rapeseed oil was sold ahead of any credit on 2025-01-24, down to -120 t (the product's line in MB Ledger).",
  );
  // one account's own balance went below zero: the Romanian seed crushed on 2025-02-28 while the
  // French receipt that would have covered it gives no credit (its certificate expired); no other
  // account claims a date
  expect(screen.getAllByText(/^Went below zero/).map((e) => e.textContent)).toEqual([
    "Went below zero on 2025-02-28, to -90 t.",
  ]);
});
