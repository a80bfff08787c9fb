// The mapping editor offers every column the reader reads: the fields of each sheet kind's records
// and, on every table but the certificate register (whose Status is a field), the column of a
// line's status (cancelled, rejected, pending…), which the reader otherwise finds by its heading
// alone. A status column the reader found shows as mapped; one the user maps under any heading
// ("Kennzeichen") is read as the status: a line marked "storniert" there is not booked.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { checkWorkbook, inspectWorkbook, saveColumnMapping } from "../../../../src/app/index";
import { type BookCell, sheetSnapshot } from "../../../../src/books";
import { appServices } from "../../../../src/taskpane/app-services";
import { SheetsPanel } from "../../../../src/taskpane/components/sheets-panel";
import { KINDS } from "../../../../src/workbook/fields";
import { MemoryWorkbook } from "../../../../src/workbook/memory/memory-workbook";
import { readWorkbook } from "../../../../src/workbook/read";

const STATUS = "Status (cancelled, rejected, pending…)";
const day = new Date(Date.UTC(2025, 1, 20));

/** Receipts of 100 t and 20 t of UCO, the second marked "storniert" in a column headed `heading`. */
function book(heading: string): MemoryWorkbook {
  const rows: BookCell[][] = [
    ["Date", "Product", "Quantity (t)", "Supplier", heading],
    [day, "UCO", 100, "Saipol", ""],
    [day, "UCO", 20, "Saipol", "storniert"],
  ];
  return MemoryWorkbook.fromSnapshot({
    name: "Books.xlsx",
    sheets: [sheetSnapshot({ name: "Receipts", rows })],
  });
}

/** The cells of row-cancelled findings, and the quantities of the receipts read. */
const booked = async (wb: MemoryWorkbook) => {
  const outcome = await checkWorkbook(wb, { today: "2025-04-02" });
  const cancelled = outcome.findings.filter((f) => f.code === "row-cancelled").map((f) => f.cell);
  return { cancelled, read: readWorkbook(wb.snapshot()).ledger.receipts.map((r) => r.quantity) };
};

describe("the mapping editor's fields", () => {
  it.each(KINDS.map((k) => [k.kind, k.fields.map((f) => f.id)] as const))(
    "%s: every field the reader reads, and the line status once",
    (kind, ids) => {
      const offered = appServices.fieldsFor(kind).map((f) => f.field);
      expect(offered.slice(0, ids.length)).toEqual(ids);
      expect(offered.filter((f) => f === "status")).toHaveLength(1);
      if (!ids.includes("status")) expect(appServices.fieldsFor(kind).at(-1)?.label).toBe(STATUS);
    },
  );
});

describe("the Status column in the Sheets tab", () => {
  it("shows a status column the reader found by its heading as mapped", async () => {
    const inspection = await inspectWorkbook(book("Lieferstatus"));
    const receipts = inspection.sheets.find((s) => s.name === "Receipts");
    expect(receipts?.columns.status).toBe("E");
    expect(receipts?.headers.status).toBe("Lieferstatus");
    expect((await booked(book("Lieferstatus"))).cancelled).toEqual(["E3"]);
  });

  it("offers it among the fields; the column the user maps is read as the status", async () => {
    const wb = book("Kennzeichen");
    // before: "Kennzeichen" is no status or remark heading: the line it says is cancelled is
    // refused as unclear (unread-cancel.ts), not taken as cancelled
    expect(await booked(wb)).toEqual({ cancelled: [], read: ["100"] });
    const inspection = await inspectWorkbook(wb);
    const onMap = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <SheetsPanel inspection={inspection} fieldsFor={(s) => appServices.fieldsFor(s.kind)} onMap={onMap} />
      </FluentProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /^Receipts/ }));
    await user.click(screen.getByRole("combobox", { name: STATUS }));
    await user.click(screen.getByRole("option", { name: "E — Kennzeichen" }));
    const mapping = { sheet: "Receipts", field: "status", column: "E", header: "Kennzeichen" };
    expect(onMap).toHaveBeenLastCalledWith(mapping, STATUS);
    await saveColumnMapping(wb, mapping);
    expect((await inspectWorkbook(wb)).sheets.find((s) => s.name === "Receipts")?.columns.status).toBe("E");
    expect(await booked(wb)).toEqual({ cancelled: ["E3"], read: ["100"] });
  });
});
