// The add-in's entry: wait for Office, then host the pane on the live workbook.
import { OfficeJsWorkbook, describeOfficeError } from "../workbook/officejs/officejs-workbook";
import { describeError } from "./error-text";
import { mountTaskPane } from "./mount";

function describe(error: unknown): string {
  // Opened in a plain browser (or an Office app other than Excel), there is no workbook to use.
  if (typeof Excel === "undefined") {
    return "This pane works inside Excel only. Open it from Excel's Home tab (Mass Balance), not directly in a browser.";
  }
  return describeOfficeError(error) || describeError(error);
}

/** The file name of the open workbook, when Office knows it (a new, unsaved workbook has none). */
function workbookName(): string | undefined {
  const url = Office.context.document?.url;
  if (!url) return undefined;
  const last = url.split(/[\\/]/).pop()?.split("?")[0];
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");

if (typeof Office === "undefined") {
  // office.js comes from Microsoft's CDN; without a connection the pane would wait forever.
  container.textContent =
    "The add-in could not load Office's script (office.js). Check the internet connection, then reopen the pane.";
} else {
  Office.onReady(() => {
    mountTaskPane(container, new OfficeJsWorkbook(), workbookName(), { describe });
  }).catch((error: unknown) => {
    container.textContent = `The add-in could not start: ${describeError(error)}`;
  });
}
