import { render, screen, waitFor, within } from "@testing-library/react";
import { appServices } from "../../../../src/taskpane/app-services";
import { TaskPane } from "../../../../src/taskpane/mount";
import type { PortOptions, WorkbookPort, WorkbookSnapshot } from "../../../../src/workbook/port";
import { bookWorkbook } from "../../fixture";
import { renderPane, statusText } from "../../render-pane";

/** Delegates to a memory workbook, but lets a test hold or fail a call. */
function wrap(inner: WorkbookPort, overrides: Partial<WorkbookPort>): WorkbookPort {
  return {
    readSnapshot: (o) => inner.readSnapshot(o),
    readCellStyles: (c, o) => inner.readCellStyles(c, o),
    applyPatch: (p, o) => inner.applyPatch(p, o),
    ...overrides,
  };
}

describe("task pane failures", () => {
  it("says in words when the workbook cannot be read, instead of showing a blank pane", async () => {
    const port = wrap(bookWorkbook(), {
      readSnapshot: () =>
        Promise.reject(new Error("Excel is busy editing a cell. Press Enter, then try again.")),
    });
    await renderPane(port, { waitForRead: false });
    expect(
      await screen.findByText("Excel is busy editing a cell. Press Enter, then try again."),
    ).toBeInTheDocument();
    expect(screen.getByText("Reading the workbook failed")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check workbook" })).toBeInTheDocument();
  });

  it("shows a failed write as a readable message and keeps the pane usable", async () => {
    const wb = bookWorkbook();
    const port = wrap(wb, {
      applyPatch: () => Promise.reject({ code: "AccessDenied", message: "The sheet Receipts is protected." }),
    });
    const { user } = await renderPane(port);
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    expect(await screen.findByText("Checking the workbook failed")).toBeInTheDocument();
    expect(screen.getByText("The sheet Receipts is protected.")).toBeInTheDocument();
    expect(statusText()).toBe("Checking the workbook failed.");
    expect(screen.getByRole("button", { name: "Check workbook" })).not.toHaveAttribute("aria-disabled");
  });

  it("shows long work in a message bar with a count of rows read, and stops it on Cancel, writing nothing", async () => {
    const wb = bookWorkbook();
    let hold = false;
    const port = wrap(wb, {
      readSnapshot: (options?: PortOptions) => {
        if (!hold) return wb.readSnapshot(options);
        options?.onProgress?.({
          phase: "Reading sheet Receipts",
          fraction: 0.4,
          count: { done: 40_000, total: 100_000, unit: "rows" },
        });
        return new Promise<WorkbookSnapshot>((_, reject) => {
          options?.signal?.addEventListener("abort", () => reject(options.signal?.reason));
        });
      },
    });
    const { user } = await renderPane(port);
    hold = true;
    await user.click(screen.getByRole("button", { name: "Check workbook" }));
    const progress = await screen.findByText("Reading sheet Receipts: 40,000 of 100,000 rows read");
    // inside the message bar that says what the pane is doing, beside its Cancel button
    const bar = progress.closest(".fui-MessageBar") as HTMLElement;
    expect(bar).toHaveTextContent("Checking the workbook");
    expect(within(bar).getByRole("button", { name: "Cancel" })).toBeInTheDocument();
    expect(within(bar).getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0.4");

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(
      await screen.findByText("Checking the workbook was stopped before it finished."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(wb.sheetNames()).toEqual(["Receipts", "Deliveries"]);
  });

  it("catches a drawing failure in an error boundary and offers a way back", async () => {
    const services = {
      ...appServices,
      fieldsFor: () => {
        throw new Error("No field list for this kind of sheet.");
      },
    };
    const consoleError = jest.spyOn(console, "error").mockImplementation(() => {});
    const { getByRole } = render(<TaskPane port={bookWorkbook()} services={services} />);
    await screen.findByText(/^Found \d+ sheets? to check\.$/);
    getByRole("tab", { name: "Sheets" }).click();
    expect(await screen.findByText("The add-in ran into a problem")).toBeInTheDocument();
    expect(screen.getByText(/No field list for this kind of sheet\./)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Start the pane again" })).toBeInTheDocument(),
    );
    consoleError.mockRestore();
  });
});
