// The browser demo end to end, in Debian's Chromium: the real task pane on the fake Excel,
// driven as a user would, with the grid showing what Excel would show. Screenshots of every
// step go to test-output/e2e/.
import type { Browser, Locator, Page } from "playwright-core";
import {
  type DemoServer,
  chromiumPath,
  ensureDemoBuilt,
  keepOffline,
  launchChromium,
  screenshot,
  startServer,
} from "./demo-harness";
import { CLEAN_BOOKS_NAME, CLEAN_PREFIX, cleanBooks } from "../../src/books/clean";
import { bookToXlsx } from "../../src/workbook/xlsx/write-book";

// One of the sample's deliberate problems (src/books/sample.ts): a GHG total that is not the
// sum of its parts, on Receipts row 10.
const TARGET = { sheet: "Receipts", cell: "K10", finding: /^Error K10 .*GHG total/i };

let server: DemoServer | undefined;
let browser: Browser | undefined;
let page: Page;
let refused: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  chromiumPath(); // fail first, and clearly, when Chromium is missing
  await ensureDemoBuilt();
  server = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.setDefaultTimeout(30_000);
  page.on("pageerror", (error) => pageErrors.push(error.message));
  refused = await keepOffline(page);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pane = () => page.getByRole("complementary", { name: "Task pane" });
const grid = () => page.getByRole("region", { name: "Workbook grid" });
const sheetTab = (name: string) => grid().getByRole("tab", { name, exact: true });
const gridCell = (address: string): Locator => grid().locator(`[role="gridcell"][data-address="${address}"]`);
const fillOf = (cell: Locator) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);

/** Loads the demo page and waits until the pane is attached to the sample workbook. */
async function openDemo(): Promise<void> {
  if (!server) throw new Error("the demo server did not start");
  await page.goto(server.url);
  await pane()
    .getByText(/sample-books\.xlsx/)
    .first()
    .waitFor();
}

test("check, go to a finding, declare and clear marks in the demo", async () => {
  await openDemo();
  const check = pane().getByRole("button", { name: "Check workbook" });
  await check.waitFor();
  await sheetTab(TARGET.sheet).click();
  await grid().locator(`[role="grid"][data-sheet="${TARGET.sheet}"]`).waitFor();
  const originalFill = await fillOf(gridCell(TARGET.cell));
  await screenshot(page, "01-loaded");

  // Check workbook: findings appear, with the sample's GHG mismatch among them, each with its
  // severity icon, its sheet said once above and its cell once; the result in a message bar.
  await check.click();
  const finding = pane().getByRole("button", { name: TARGET.finding });
  await finding.first().waitFor();
  await expect(finding.first().getByRole("img", { name: "Error" }).count()).resolves.toBe(1);
  await expect(
    pane()
      .getByRole("heading", { name: /^Receipts \(\d+\)$/ })
      .count(),
  ).resolves.toBeGreaterThan(0);
  await expect(
    pane()
      .getByText(/Receipts!K10/)
      .count(),
  ).resolves.toBe(0);
  await pane()
    .getByRole("status")
    .locator(".fui-MessageBar")
    .getByText(/^Checked 7 sheets: 3 errors, 2 warnings\./)
    .waitFor();
  await screenshot(page, "02-checked");

  // Click the finding: the grid goes to that sheet and outlines that cell, which now wears a mark.
  await sheetTab("Settings").click();
  await finding.first().click();
  const selected = grid().locator('[role="gridcell"][aria-selected="true"]');
  await grid().locator(`[role="gridcell"][aria-selected="true"][data-address="${TARGET.cell}"]`).waitFor();
  await expect(selected.getAttribute("data-address")).resolves.toBe(TARGET.cell);
  await expect(sheetTab(TARGET.sheet).getAttribute("aria-selected")).resolves.toBe("true");
  await expect(grid().getByTestId("name-box").textContent()).resolves.toBe(`${TARGET.sheet}!${TARGET.cell}`);
  const markedFill = await fillOf(gridCell(TARGET.cell));
  expect(markedFill).not.toBe(originalFill);
  await expect(gridCell(TARGET.cell).locator('[role="tooltip"]').textContent()).resolves.toMatch(/GHG/i);
  await gridCell(TARGET.cell).hover();
  await screenshot(page, "03-finding-selected");
  // The grid is keyboard usable: from the selected cell, arrow keys move the selection.
  await gridCell(TARGET.cell).focus();
  await page.keyboard.press("ArrowDown");
  const below = TARGET.cell.replace(/\d+$/, (row) => String(Number(row) + 1));
  await expect(grid().getByTestId("name-box").textContent()).resolves.toBe(`${TARGET.sheet}!${below}`);

  // Generate declarations: the sample's errors hold back the declarations they reach; as drafts
  // they are printed without a number, so printing them twice uses no number up.
  const generate = pane().getByRole("button", { name: "Generate declarations" });
  // the button stays available: errors hold back only what they reach
  expect(await generate.isDisabled()).toBe(false);
  // the draft choice reads as available, in the pane's text colour, not greyed as if disabled
  const draftColor = await pane()
    .locator(".fui-Checkbox")
    .evaluate((el) => getComputedStyle(el.querySelector("label") ?? el).color);
  const textColor = await pane()
    .getByRole("heading", { name: "ISCC Mass Balance" })
    .evaluate((el) => getComputedStyle(el).color);
  expect(draftColor).toBe(textColor);
  await pane()
    .getByRole("checkbox", { name: /Issue as draft/ })
    .check();
  for (let run = 0; run < 2; run++) {
    await generate.click();
    await pane()
      .getByText(/Printed \d+ drafts? \(a draft takes no number\)/)
      .waitFor();
  }
  await sheetTab("MB Declarations").waitFor();
  await expect(
    grid()
      .getByRole("tab", { name: /^SD ORH-/ })
      .count(),
  ).resolves.toBe(0);
  const firstSd = grid().getByRole("tab", { name: "SD draft 1", exact: true });
  await firstSd.click();
  const sd = grid().locator(`[role="grid"][data-sheet="SD draft 1"]`);
  await sd.getByText("None yet: a draft takes no number", { exact: true }).waitFor();
  await sd.getByText(/^DRAFT/).waitFor();
  await screenshot(page, "04-declarations");

  // Clear marks: the marked cell has its own fill back, and the findings say their marks are gone.
  await pane().getByRole("button", { name: "Clear marks" }).click();
  await pane()
    .getByText(/restored/i)
    .first()
    .waitFor();
  await pane()
    .getByRole("tab", { name: /^Findings/ })
    .click();
  await pane().getByText("Marks cleared").waitFor();
  await sheetTab(TARGET.sheet).click();
  await page.waitForFunction(
    ([address, fill]) => {
      const el = document.querySelector(`.demo-grid [role="gridcell"][data-address="${address}"]`);
      return !!el && getComputedStyle(el).backgroundColor === fill;
    },
    [TARGET.cell, originalFill] as const,
  );
  await expect(gridCell(TARGET.cell).locator('[role="tooltip"]').count()).resolves.toBe(0);
  await screenshot(page, "05-cleared");

  // The MB Config sheet is very hidden, as in Excel: no tab for it.
  await expect(sheetTab("MB Config").count()).resolves.toBe(0);
  expect(refused).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 120_000);

test("open a workbook from disk, check it clean and issue a declaration into the register", async () => {
  await openDemo();
  const fileInput = page.getByLabel("Open .xlsx…");

  // Something that is not a workbook is refused with a sentence, and the sample stays open.
  await fileInput.setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await page
    .getByRole("status")
    .getByText(/"notes.txt" is not an .xlsx workbook/)
    .waitFor();

  await fileInput.setInputFiles({
    name: CLEAN_BOOKS_NAME,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: await bookToXlsx(cleanBooks()),
  });
  await pane().getByText(CLEAN_BOOKS_NAME).first().waitFor();
  await sheetTab("Receipts").waitFor();
  await expect(sheetTab("Deliveries").count()).resolves.toBe(1);

  await pane().getByRole("button", { name: "Check workbook" }).click();
  await pane()
    .getByText(/No findings/)
    .waitFor();

  const generate = pane().getByRole("button", { name: "Generate declarations" });
  expect(await generate.isEnabled()).toBe(true);
  await generate.click();
  await sheetTab("MB Declarations").click();
  const register = grid().locator('[role="grid"][data-sheet="MB Declarations"]');
  const number = register.getByText(new RegExp(`^${CLEAN_PREFIX}-\\d{4}-\\d{4}$`));
  await number.waitFor();
  await register.getByText("Issued", { exact: true }).waitFor();
  await number.click();
  await screenshot(page, "06-opened-file-declared");

  // Load sample brings the sample back, with a fresh pane and none of this workbook's sheets.
  await page.getByRole("button", { name: "Load sample" }).click();
  await pane()
    .getByText(/sample-books\.xlsx/)
    .first()
    .waitFor();
  await sheetTab("Stock counts").waitFor();
  await expect(sheetTab("MB Declarations").count()).resolves.toBe(0);
  expect(refused).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 120_000);

test("a 100,000-row workbook: the pane counts the rows it reads and the sheets it writes", async () => {
  await openDemo();
  await page.getByRole("button", { name: "Load 100,000 rows" }).click();
  await pane().getByText("uco-books-100k.xlsx").first().waitFor();
  await pane()
    .getByText(/^Found \d+ sheets? to check\.$/)
    .waitFor({ timeout: 60_000 });

  await pane().getByRole("button", { name: "Check workbook" }).click();
  // the count moves while the rows are read: a number above zero of all of them, in the bar
  // that says what the pane is doing, beside its Cancel button
  const progress = pane().getByTestId("progress-text");
  await progress.filter({ hasText: /: [1-9][\d,]* of 100,006 rows read$/ }).waitFor({ timeout: 60_000 });
  await screenshot(page, "07-large-workbook-reading");
  const bar = pane()
    .locator(".fui-MessageBar")
    .filter({ has: page.getByTestId("progress-text") });
  await expect(bar.textContent()).resolves.toMatch(/^Checking the workbook/);
  await expect(bar.getByRole("button", { name: "Cancel" }).count()).resolves.toBe(1);

  // then the result sheets, counted as they are written
  await progress.filter({ hasText: /: \d of \d sheets written$/ }).waitFor({ timeout: 150_000 });
  await screenshot(page, "08-large-workbook-writing");
  await pane()
    .getByRole("status")
    .getByText(/^Checked 3 sheets: /)
    .waitFor({ timeout: 150_000 });
  await sheetTab("MB Ledger").waitFor();
  expect(refused).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 360_000);
