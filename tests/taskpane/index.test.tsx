import { act, screen } from "@testing-library/react";

// The add-in's entry on a stand-in Office host: onReady fires, the document has a URL, and
// Excel's API is missing (as in a browser that opened taskpane.html directly).
function fakeOffice(url: string): void {
  const office = {
    onReady: (callback: () => void) => Promise.resolve().then(callback),
    context: { document: { url }, requirements: { isSetSupported: () => true } },
  };
  Object.assign(globalThis, { Office: office });
}

/** Runs the entry module afresh, as a page load would (its own module registry, so no shared state). */
async function start(): Promise<void> {
  await jest.isolateModulesAsync(async () => {
    await import("../../src/taskpane/index");
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  document.body.innerHTML = "";
});

describe("task pane entry", () => {
  it("starts when Office is ready, names the workbook, and explains a failure instead of going blank", async () => {
    document.body.innerHTML = '<main id="container"><p>Loading the mass balance add-in…</p></main>';
    fakeOffice(
      "https://contoso.sharepoint.com/sites/sust/Shared%20Documents/Mass%20balance%202025.xlsx?web=1",
    );
    await act(async () => {
      await import("../../src/taskpane/index");
    });
    expect(await screen.findByText("Workbook: Mass balance 2025.xlsx")).toBeInTheDocument();
    expect(await screen.findByText("Reading the workbook failed")).toBeInTheDocument();
    expect(screen.getByText(/works inside Excel only\. Open it from Excel's Home tab/)).toBeInTheDocument();
    expect(screen.queryByText("Loading the mass balance add-in…")).not.toBeInTheDocument();
  });

  it("says what is wrong when office.js could not be loaded", async () => {
    document.body.innerHTML = '<main id="container"><p>Loading the mass balance add-in…</p></main>';
    await start();
    expect(document.getElementById("container")).toHaveTextContent(
      "The add-in could not load Office's script (office.js).",
    );
  });
});
