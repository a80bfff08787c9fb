import { screen, waitFor, within } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { checkWorkbook, saveSettings } from "../../../src/app";
import { localToday } from "../../../src/app/overrides";
import { overdraftOf } from "../../../src/app/positions";
import { readWorkbook } from "../../../src/workbook/read";
import { MemoryWorkbook } from "../../../src/workbook/memory/memory-workbook";
import { snapshot as cleanBooks } from "../../app/books";
import { reconciliation } from "../../../src/taskpane/present";
import { bookSnapshot, bookWorkbook } from "../fixture";
import { renderPane, statusText } from "../render-pane";

/** What the same check finds when run directly: the pane must show exactly this. */
async function expectedFindings() {
  const outcome = await checkWorkbook(MemoryWorkbook.fromSnapshot(bookSnapshot()), {});
  return outcome.findings;
}

/** On the Sheets tab, opens a sheet and picks an option of one of its dropdowns. */
async function choose(user: UserEvent, sheet: string, dropdown: string, option: string) {
  await user.click(screen.getByRole("tab", { name: "Sheets" }));
  await user.click(screen.getByRole("button", { name: new RegExp(`^${sheet}`) }));
  await user.click(screen.getByRole("combobox", { name: dropdown }));
  await user.click(screen.getByRole("option", { name: option }));
}

describe("task pane", () => {
  it("names the workbook and shows the sheets it recognised before any check", async () => {
    const { user } = await renderPane(bookWorkbook());
    expect(screen.getByText("Workbook: Mass balance 2025.xlsx")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Sheets" }));
    await user.click(screen.getByRole("button", { name: /^Receipts/ }));
    expect(screen.getByText("Headers in row 3.")).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Quantity" })).toHaveTextContent("C — Quantity (t)");
  });

  it("checks the workbook and lists every finding grouped by severity and sheet", async () => {
    const wb = bookWorkbook();
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await waitFor(() => expect(statusText()).toMatch(/^Checked 2 sheets: /));

    const expected = await expectedFindings();
    const errors = expected.filter((f) => f.severity === "error");
    const warnings = expected.filter((f) => f.severity === "warning");
    expect(errors.map((f) => f.code)).toEqual(expect.arrayContaining(["invalid-number", "negative-balance"]));
    expect(statusText()).toContain(`${errors.length} errors, ${warnings.length} warning`);

    const errorSection = screen.getByRole("region", { name: `Errors (${errors.length})` });
    for (const f of errors) {
      // each message once, without the sheet and cell it opens with: those are said above it
      const text = f.message.replace(`${f.sheet}!${f.cell}: `, "");
      expect(within(errorSection).getByText(text)).toBeInTheDocument();
    }
    expect(within(errorSection).getByRole("heading", { name: /^Receipts \(\d+\)$/ })).toBeInTheDocument();
    expect(within(errorSection).getByRole("button", { name: /^Error C5 / })).toBeInTheDocument();
    // the result is said in a message bar, as a warning while errors remain
    const result = screen.getByRole("status").querySelector(".fui-MessageBar");
    expect(result).toHaveTextContent(/^Checked 2 sheets: /);
    // the check marked the bad cell in place
    expect(wb.getStyle("Receipts", "C5").fill).not.toBeNull();
  });

  it("shows the closing balance and carry-forward of every account and period", async () => {
    const { user } = await renderPane(bookWorkbook());
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await waitFor(() => expect(statusText()).toMatch(/^Checked 2 sheets/));
    await user.click(screen.getByRole("tab", { name: "Balances" }));

    const { balances, overdrafts } = await checkWorkbook(MemoryWorkbook.fromSnapshot(bookSnapshot()), {});
    expect(balances.some((b) => b.closing.startsWith("-"))).toBe(true);
    // the first overdraft with its balance, as MB Summary and MB Ledger have it
    const below = balances.map((b) => overdraftOf(overdrafts, b)).filter((o) => o !== null);
    expect(below.length).toBeGreaterThan(0);
    for (const o of below)
      expect(screen.getByText(`Went below zero on ${o.date}, to ${o.amount} ${o.unit}.`)).toBeInTheDocument();
    const shown = screen
      .getAllByRole("row")
      .map((row) =>
        within(row)
          .queryAllByRole("cell")
          .map((c) => c.textContent),
      )
      .filter((cells) => cells.length > 0);
    const expected = balances.map((b) => [`${b.periodStart} – ${b.periodEnd}`, b.closing, b.carriedForward]);
    expect(shown).toHaveLength(expected.length);
    expect(shown).toEqual(expect.arrayContaining(expected));
    // and how each was reached, movement by movement, so the row can be added up
    for (const b of balances)
      expect(screen.getByText(`${b.periodStart} – ${b.periodEnd}: ${reconciliation(b)}`)).toBeInTheDocument();
  });

  it("selects the cell of a finding when it is clicked", async () => {
    const wb = bookWorkbook();
    const select = jest.spyOn(wb, "selectCell");
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await user.click(await screen.findByRole("button", { name: /^Error C5 / }));
    expect(select).toHaveBeenCalledWith({ sheet: "Receipts", cell: "C5" });
    expect(wb.selected).toEqual({ sheet: "Receipts", cell: "C5" });
  });

  it("holds back the declarations errors reach, and prints them as drafts, without a number, when asked", async () => {
    const wb = bookWorkbook();
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await screen.findByRole("region", { name: /^Errors/ });

    // errors no longer block everything: each holds back what it can affect
    const declare = screen.getByRole("button", { name: "Generate declarations" });
    expect(declare).not.toHaveAttribute("aria-disabled");
    expect(declare).toHaveAccessibleDescription(/each holds back only the declarations it can affect/);
    await user.click(declare);
    await waitFor(() =>
      expect(statusText()).toMatch(
        /^\d+ declarations? held back by errors\. See the MB Declarations sheet\.$/,
      ),
    );
    expect(wb.getValue("MB Declarations", "B2")).toBe("Held back");
    expect(wb.sheetNames().filter((n) => n.startsWith("SD "))).toEqual([]);
    // the findings say which declarations each error holds back
    expect(screen.getAllByText(/^Holds back the declarations? of Deliveries!/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole("checkbox", { name: /Issue as draft/ }));
    for (let run = 0; run < 2; run++) {
      await user.click(declare);
      await waitFor(() => expect(statusText()).toMatch(/^Printed \d+ drafts? \(a draft takes no number\)/));
      expect(wb.sheetNames().filter((n) => n.startsWith("SD "))).toContain("SD draft 1");
      expect(wb.getValue("MB Declarations", "A2")).toBeNull();
      expect(wb.getValue("MB Declarations", "B2")).toBe("Draft");
    }
    await user.click(screen.getByRole("tab", { name: "Declarations" }));
    expect(screen.getAllByRole("row").slice(1)[0]).toHaveTextContent(/^—Draft/);
  });

  it("cancels an issued declaration from the pane, and the delivery gets a corrected one", async () => {
    const wb = MemoryWorkbook.fromSnapshot(cleanBooks());
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("button", { name: "Generate declarations" }));
    await waitFor(() => expect(statusText()).toMatch(/^Issued 1 new declaration\./));
    const number = String(wb.getValue("MB Declarations", "A2"));
    expect(number).toMatch(/^SD-\d{4}-0001$/);

    await user.click(screen.getByRole("tab", { name: "Declarations" }));
    const form = screen.getByRole("form", { name: "Cancel a declaration" });
    await user.click(within(form).getByRole("combobox", { name: "Declaration" }));
    await user.click(screen.getByRole("option", { name: number }));
    await user.type(within(form).getByRole("textbox", { name: /Cancelled by/ }), "Anna Weber");
    await user.type(within(form).getByRole("textbox", { name: /Reason/ }), "customer lost the PoS");
    await user.click(within(form).getByRole("button", { name: "Cancel declaration" }));

    const next = number.replace(/0001$/, "0002");
    await waitFor(() =>
      expect(statusText()).toMatch(
        new RegExp(`^Cancelled declaration ${number}; ${next} was issued in its place\\.`),
      ),
    );
    expect(wb.getValue("MB Declarations", "B2")).toBe("Replaced");
    expect(wb.getValue("MB Declarations", "A3")).toBe(next);
    // brk22 §5: the withdrawn SD sheet is marked, dated the day of the cancellation; the new one names it
    expect(wb.getValue(`SD ${number}`, "A1")).toMatch(/^CANCELLED: /);
    expect(wb.getValue(`SD ${number}`, "A4")).toBe(
      `Cancelled on ${localToday()} by Anna Weber. Reason: customer lost the PoS. Replaced by ${next}. Not valid: do not send.`,
    );
    expect([wb.getValue(`SD ${next}`, "A4"), wb.getValue(`SD ${next}`, "B4")]).toEqual([
      "Replaces (cancelled)",
      number,
    ]);
  });

  it("clears the marks and restores the cells as they were", async () => {
    const wb = bookWorkbook();
    const before = wb.getStyle("Receipts", "C5");
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await waitFor(() => expect(wb.getStyle("Receipts", "C5").fill).not.toBeNull());

    await user.click(screen.getByRole("button", { name: "Clear marks" }));
    await waitFor(() => expect(statusText()).toMatch(/^Cleared marks: restored \d+ cells? as they were\.$/));
    expect(wb.getStyle("Receipts", "C5")).toEqual(before);
    // the findings stay in view, said to be no longer marked
    expect(screen.getByText("Marks cleared")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /^Error C5 / })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await waitFor(() => expect(statusText()).toMatch(/^Checked 2 sheets/));
    expect(screen.queryByText("Marks cleared")).not.toBeInTheDocument();
  });

  it("saves a corrected column mapping in the workbook, and the next check uses it", async () => {
    const wb = bookWorkbook();
    const { user } = await renderPane(wb);
    await choose(user, "Receipts", "Quantity", "I — Checked weight");

    await waitFor(() => expect(statusText()).toMatch(/^Saved: Quantity on Receipts is now column I\./));
    expect(readWorkbook(wb.snapshot()).config.mappings).toContainEqual(
      expect.objectContaining({ sheet: "Receipts", field: "quantity", column: "I" }),
    );
    expect(screen.getByRole("combobox", { name: "Quantity" })).toHaveTextContent("I — Checked weight");

    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await waitFor(() => expect(statusText()).toMatch(/^Checked 2 sheets/));
    await user.click(screen.getByRole("tab", { name: /^Findings/ }));
    expect(screen.queryByText(/^Receipts!C5 — /)).not.toBeInTheDocument();
  });

  it("lets the user say a sheet is not part of the books, and the next check leaves it out", async () => {
    const wb = bookWorkbook();
    const { user } = await renderPane(wb);
    await choose(user, "Deliveries", "Read this sheet as", "Not recognised");

    await waitFor(() =>
      expect(statusText()).toBe("Saved: Deliveries is now read as Not recognised. Check again to use it."),
    );
    expect(readWorkbook(wb.snapshot()).config.mappings).toContainEqual(
      expect.objectContaining({ sheet: "Deliveries", kind: "unknown" }),
    );
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    await waitFor(() => expect(statusText()).toMatch(/^Checked 1 sheet: /));
    await user.click(screen.getByRole("tab", { name: /^Findings/ }));
    expect(screen.queryByText(/^Deliveries!/)).not.toBeInTheDocument();
  });

  it("saves the settings in the workbook", async () => {
    const wb = bookWorkbook();
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.type(screen.getByRole("textbox", { name: "Company name" }), "Green Diesel GmbH");
    await user.type(screen.getByRole("textbox", { name: "Declaration number prefix" }), "GD");
    await user.clear(screen.getByRole("spinbutton", { name: /Period length/ }));
    await user.type(screen.getByRole("spinbutton", { name: /Period length/ }), "3");
    await user.click(screen.getByRole("switch", { name: /Continuous mode/ }));
    await user.click(screen.getByRole("button", { name: "Save settings" }));

    await waitFor(() => expect(statusText()).toBe("Settings saved in this workbook."));
    const saved = readWorkbook(wb.snapshot()).config.settings;
    expect(saved).toMatchObject({
      companyName: "Green Diesel GmbH",
      sdPrefix: "GD",
      periodMonths: 3,
      mode: "continuous",
    });
  });

  it("shows the workbook's own settings sheet behind blank fields, and saves only what the user set", async () => {
    const snapshot = bookSnapshot();
    snapshot.sheets.push({
      name: "Settings",
      visibility: "visible",
      values: [
        ["Setting", "Value"],
        ["Company name", "Ölmühle Rhein GmbH"],
        ["Scheme", "ISCC EU"],
        ["Period length (months)", 3],
      ],
    });
    const wb = MemoryWorkbook.fromSnapshot(snapshot);
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    const company = screen.getByRole("textbox", { name: "Company name" });
    expect(company).toHaveValue("");
    expect(company).toHaveAttribute("placeholder", "Ölmühle Rhein GmbH");
    expect(screen.getByRole("combobox", { name: /^Scheme/ })).toHaveTextContent(
      "As in the workbook (ISCC EU)",
    );

    await user.type(screen.getByRole("textbox", { name: "Declaration number prefix" }), "ORH");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    await waitFor(() => expect(statusText()).toBe("Settings saved in this workbook."));
    expect(readWorkbook(wb.snapshot()).config.settings).toEqual({ sdPrefix: "ORH" });
  });

  it("refuses a period length that is not whole months", async () => {
    const wb = bookWorkbook();
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    await user.type(screen.getByRole("spinbutton", { name: /Period length/ }), "2.5");
    await user.click(screen.getByRole("button", { name: "Save settings" }));
    expect(screen.getByText("Enter whole months from 1 to 12.")).toBeInTheDocument();
    expect(readWorkbook(wb.snapshot()).config.settings.periodMonths).toBeUndefined();
  });

  it("shows the settings saved earlier in the workbook", async () => {
    const wb = bookWorkbook();
    await saveSettings(wb, { companyName: "Green Diesel GmbH", scheme: "ISCC PLUS", periodMonths: 12 });
    const { user } = await renderPane(wb);
    await user.click(screen.getByRole("tab", { name: "Settings" }));
    expect(screen.getByRole("textbox", { name: "Company name" })).toHaveValue("Green Diesel GmbH");
    expect(screen.getByRole("combobox", { name: /^Scheme/ })).toHaveTextContent("ISCC PLUS");
    expect(screen.getByRole("spinbutton", { name: /Period length/ })).toHaveValue(12);
  });

  it("can be driven from the keyboard", async () => {
    const wb = bookWorkbook();
    const { user } = await renderPane(wb);
    await user.tab();
    const check = screen.getByRole("button", { name: "Check workbook" });
    expect(check).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(statusText()).toMatch(/^Checked 2 sheets/));
    // the button keeps focus through the work, so the user is where they were
    expect(check).toHaveFocus();
    // a blocked action stays reachable, so a screen reader can announce why it is blocked
    // (Fluent's focus manager decides Tab order itself and cannot be driven in jsdom)
    for (const name of ["Generate declarations", "Clear marks"]) {
      const button = screen.getByRole("button", { name });
      expect(button).toBeEnabled();
      expect(button).not.toHaveAttribute("tabindex", "-1");
      button.focus();
      expect(button).toHaveFocus();
    }
  });
});
