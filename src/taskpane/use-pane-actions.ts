// What each button of the pane does: run the shared use case, keep its result, and say in one
// sentence what happened. The App only lays these out.
import { useCallback, useEffect, useState } from "react";
import type { SettingsInput } from "../engine/model";
import type { CancelRequest } from "../app/cancel";
import type { CheckOutcome } from "../app/types";
import type { CellRef, WorkbookPort } from "../workbook/port";
import type { ColumnMapping } from "../workbook/types";
import type { DescribeError } from "./error-text";
import { cellLabel, checkSummary, declareSummary, plural } from "./present";
import { type Inspection, KIND_FIELD, type PaneServices } from "./services";
import type { Notice, Runner } from "./use-runner";

export interface PaneActions {
  inspection: Inspection | null;
  /** bumps whenever the workbook was read again, so forms can start from the saved values */
  readCount: number;
  outcome: CheckOutcome | null;
  /** the mapping or settings changed after the last check */
  stale: boolean;
  /** the marks of the last check's findings were cleared from the cells */
  cleared: boolean;
  inspect(): Promise<Inspection | undefined>;
  check(): Promise<void>;
  declare(draft: boolean): Promise<CheckOutcome | undefined>;
  /** withdraw an issued declaration (Declare with the cancellation) */
  cancel(request: CancelRequest, draft: boolean): Promise<void>;
  clear(): Promise<void>;
  map(mapping: ColumnMapping, label: string): Promise<void>;
  saveSettings(settings: SettingsInput): Promise<void>;
  /** absent when the host cannot select cells */
  select?: (ref: CellRef) => void;
}

const usable = (i: { sheets: { kind: string }[] }) => i.sheets.filter((s) => s.kind !== "unknown").length;

/** What Excel could not do as asked although the run succeeded (e.g. print layout), as a notice. */
function noticeOf(result: CheckOutcome): Notice | null {
  if (result.notices.length === 0) return null;
  return { intent: "warning", title: "Not everything could be set", text: result.notices.join(" ") };
}

export function usePaneActions(
  port: WorkbookPort,
  services: PaneServices,
  runner: Runner,
  describe: DescribeError,
): PaneActions {
  const { run, report } = runner;
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [readCount, setReadCount] = useState(0);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [stale, setStale] = useState(false);
  const [cleared, setCleared] = useState(false);

  const inspect = useCallback(async () => {
    const found = await run("Reading the workbook", (c) => services.inspect(port, c));
    if (found) {
      setInspection(found);
      setReadCount((n) => n + 1);
    }
    return found;
  }, [run, services, port]);

  useEffect(() => {
    void inspect().then((found) => {
      if (!found) return;
      if (usable(found) > 0) report(`Found ${plural(usable(found), "sheet")} to check.`);
      else
        report("No mass balance sheets were recognised.", {
          intent: "warning",
          title: "No sheets recognised",
          text: "None of the sheets has a header row the add-in knows. Open Sheets to say what each sheet holds.",
        });
    });
  }, [inspect, report]);

  const check = async () => {
    const result = await run("Checking the workbook", (c) => services.check(port, c));
    if (!result) return;
    setOutcome(result);
    setStale(false);
    setCleared(false);
    const marked = result.marked ? ` Marked ${plural(result.marked, "cell")} in place.` : "";
    const errors = result.findings.some((f) => f.severity === "error");
    report(
      `${checkSummary(usable(result), result.findings)}.${marked}`,
      noticeOf(result),
      errors ? "warning" : "success",
    );
  };

  const declare = async (draft: boolean) => {
    const result = await run("Generating declarations", (c) => services.declare(port, { ...c, draft }));
    if (!result) return undefined;
    setOutcome(result);
    setStale(false);
    setCleared(false);
    const summary = declareSummary(result, draft);
    report(summary.status, summary.notice ?? noticeOf(result));
    return result;
  };

  const cancel = async (request: CancelRequest, draft: boolean) => {
    const result = await run(`Cancelling declaration ${request.number}`, (c) =>
      services.declare(port, { ...c, draft, cancel: [request] }),
    );
    if (!result) return;
    setOutcome(result);
    setStale(false);
    const replaced = result.declarations.find((d) => d.number === request.number)?.correction?.replacedBy;
    report(
      `Cancelled declaration ${request.number}${replaced ? `; ${replaced} was issued in its place` : ""}. ${declareSummary(result, draft).status}`,
    );
  };

  const clear = async () => {
    const result = await run("Clearing marks", (c) => services.clear(port, c));
    if (!result) return;
    setCleared(true);
    report(`Cleared marks: restored ${plural(result.restored, "cell")} as they were.`);
  };

  /** Saves, then reads the workbook again so the pane shows what the next check will use. */
  const saveThenRead = async (label: string, save: () => Promise<void>, done: string) => {
    const saved = await run(label, async () => {
      await save();
      return true;
    });
    if (!saved || !(await inspect())) return;
    if (outcome) setStale(true);
    report(done);
  };

  const map = (mapping: ColumnMapping, label: string) =>
    saveThenRead(
      "Saving the column mapping",
      () => services.saveColumnMapping(port, mapping),
      mapping.field !== KIND_FIELD
        ? `Saved: ${label} on ${mapping.sheet} is now ${mapping.column ? `column ${mapping.column}` : "not mapped"}. Check again to use it.`
        : `Saved: ${mapping.column ? `the columns from ${mapping.column} of ${mapping.sheet} are` : `${mapping.sheet} is`} now read as ${label}. Check again to use it.`,
    );

  const saveSettings = (settings: SettingsInput) =>
    saveThenRead(
      "Saving settings",
      () => services.saveSettings(port, settings),
      "Settings saved in this workbook.",
    );

  // Going to a cell is instant and harmless, so it does not take over the status area with progress.
  const select = port.selectCell
    ? (ref: CellRef) => {
        const where = cellLabel(ref.sheet, ref.cell);
        port.selectCell?.(ref).then(
          () => report(`Selected ${where}.`),
          (error: unknown) =>
            report(`Could not select ${where}.`, {
              intent: "error",
              title: `Could not select ${where}`,
              text: describe(error),
            }),
        );
      }
    : undefined;

  return {
    inspection,
    readCount,
    outcome,
    stale,
    cleared,
    inspect,
    check,
    declare,
    cancel,
    clear,
    map,
    saveSettings,
    select,
  };
}
