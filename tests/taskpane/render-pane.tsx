// Renders the real task pane (real use cases) on a port, and waits until it has read the workbook.
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TaskPane } from "../../src/taskpane/mount";
import type { WorkbookPort } from "../../src/workbook/port";

export async function renderPane(port: WorkbookPort, options: { waitForRead?: boolean } = {}) {
  const user = userEvent.setup();
  const view = render(<TaskPane port={port} />);
  // the first read of a test file runs the reader cold (JIT, jsdom); on a loaded CI machine that
  // takes longer than findBy's 1 s default, so wait up to 30 s (a bound, not a timed assertion)
  if (options.waitForRead ?? true)
    await screen.findByText(/^Found \d+ sheets? to check\.$/, undefined, { timeout: 30_000 });
  return { user, ...view };
}

/** The one sentence the pane announces politely after each action. */
export function statusText(): string {
  return screen.getByRole("status").textContent ?? "";
}
