// The demo page: a toolbar, the workbook grid on the left and the real task pane on the right,
// both on one fake Excel. Opening another workbook makes a new fake and remounts the pane.
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import { mountTaskPane } from "../taskpane/mount";
import { type DemoWorkbook, openDemoWorkbook } from "./demo-workbook";
import type { FakeWorkbookInit } from "./fake-excel/state";
import { WorkbookGrid } from "./grid/workbook-grid";
import { bookSnapshot } from "../books/book";
import { largeBooks } from "../books/large";
import { fetchSample, readChosenFile } from "./load-workbook";

type Status = { kind: "busy" | "error" | "ready"; text: string };

function TaskPaneHost({ workbook }: { workbook: DemoWorkbook }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const root = mountTaskPane(ref.current, workbook.port, workbook.name, { describe: workbook.describe });
    // Unmount after this render pass: React warns when a root is unmounted while rendering.
    return () => void queueMicrotask(() => root.unmount());
  }, [workbook]);
  return <div ref={ref} className="pane-root" />;
}

export function DemoApp() {
  const [workbook, setWorkbook] = useState<DemoWorkbook | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "busy", text: "Loading the sample workbook…" });

  const open = useCallback(async (what: string, load: () => Promise<FakeWorkbookInit>) => {
    setStatus({ kind: "busy", text: `Opening ${what}…` });
    try {
      const init = await load();
      setWorkbook(openDemoWorkbook(init));
      setStatus({ kind: "ready", text: `Opened ${init.name ?? what}.` });
    } catch (error) {
      setStatus({ kind: "error", text: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void open("the sample workbook", fetchSample);
  }, [open]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) void open(file.name, () => readChosenFile(file));
  };

  return (
    <div className="demo">
      <header className="toolbar">
        <h1 className="toolbar-title">ISCC mass balance · browser demo</h1>
        <span className="toolbar-book" aria-label="Workbook">
          {workbook?.name ?? "No workbook"}
        </span>
        <label className="toolbar-button">
          Open .xlsx…
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={onFile}
          />
        </label>
        <button
          type="button"
          className="toolbar-button"
          onClick={() => void open("the sample workbook", fetchSample)}
        >
          Load sample
        </button>
        <button
          type="button"
          className="toolbar-button"
          title="A year of used cooking oil books with 100,000 rows, to see the pane at work on a large workbook"
          onClick={() => void open("a 100,000-row workbook", async () => bookSnapshot(largeBooks()))}
        >
          Load 100,000 rows
        </button>
        <span role="status" aria-live="polite" className={`toolbar-status status-${status.kind}`}>
          {status.text}
        </span>
      </header>
      <main className="demo-main">
        <section className="demo-grid" aria-label="Workbook grid">
          {workbook ? <WorkbookGrid key={workbook.id} source={workbook.grid} /> : null}
        </section>
        <aside className="demo-pane" aria-label="Task pane">
          {workbook ? <TaskPaneHost key={workbook.id} workbook={workbook} /> : null}
        </aside>
      </main>
    </div>
  );
}
