// Renders the real task pane (real use cases) on a port, and waits until it has read the workbook.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TaskPane } from "../../src/taskpane/mount";
import type { WorkbookPort } from "../../src/workbook/port";

export async function renderPane(port: WorkbookPort, options: { waitForRead?: boolean } = {}) {
  const user = userEvent.setup();
  const view = render(<TaskPane port={port} />);
  if (options.waitForRead ?? true) await screen.findByText(/^Found \d+ sheets? to check\.$/);
  return { user, ...view };
}

/** The one sentence the pane announces politely after each action. */
export function statusText(): string {
  return screen.getByRole("status").textContent ?? "";
}
