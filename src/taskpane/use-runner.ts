// One piece of work at a time, with progress, cancel and a readable outcome. Every action of the
// pane goes through here, so no failure can leave the pane blank or silently half-done.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Progress } from "../workbook/port";
import { type DescribeError, isAbort } from "./error-text";

export interface Running {
  /** what the user started: "Checking the workbook" */
  label: string;
  progress: Progress | null;
}

export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  title: string;
  text: string;
}

export interface WorkControls {
  signal: AbortSignal;
  onProgress: (p: Progress) => void;
}

/** How the last outcome went, for the colour and icon of the bar that says it. */
export type Outcome = "success" | "warning" | "error" | "info";

export interface Runner {
  running: Running | null;
  /** the last outcome in one sentence, announced politely to screen readers */
  status: string;
  outcome: Outcome;
  notice: Notice | null;
  run<T>(label: string, work: (controls: WorkControls) => Promise<T>): Promise<T | undefined>;
  cancel(): void;
  report(status: string, notice?: Notice | null, outcome?: Outcome): void;
  dismiss(): void;
}

export function useRunner(describe: DescribeError): Runner {
  const [running, setRunning] = useState<Running | null>(null);
  const [status, setStatus] = useState("");
  const [outcome, setOutcome] = useState<Outcome>("info");
  const [notice, setNotice] = useState<Notice | null>(null);
  const current = useRef<{ controller: AbortController; label: string } | null>(null);
  // A host may pass a new describer on every render; that must not restart the pane's work.
  const describeRef = useRef(describe);
  describeRef.current = describe;

  // Work still going when the pane closes must not write after the user has gone.
  useEffect(() => () => current.current?.controller.abort(), []);

  const run = useCallback(
    async <T>(label: string, work: (controls: WorkControls) => Promise<T>): Promise<T | undefined> => {
      if (current.current) {
        // Controls that stay usable while work runs (dropdowns) must not fail silently.
        setStatus(`${current.current.label} is still running; try again when it has finished.`);
        return undefined;
      }
      const controller = new AbortController();
      current.current = { controller, label };
      setRunning({ label, progress: null });
      setNotice(null);
      setOutcome("info");
      setStatus(`${label}…`);
      try {
        return await work({
          signal: controller.signal,
          onProgress: (progress) => setRunning({ label, progress }),
        });
      } catch (error) {
        if (isAbort(error, controller.signal)) {
          setStatus(`${label} stopped.`);
          setOutcome("info");
          setNotice({ intent: "info", title: "Stopped", text: `${label} was stopped before it finished.` });
        } else {
          const text = describeRef.current(error);
          setStatus(`${label} failed.`);
          setOutcome("error");
          setNotice({ intent: "error", title: `${label} failed`, text });
        }
        return undefined;
      } finally {
        current.current = null;
        setRunning(null);
      }
    },
    [],
  );

  const cancel = useCallback(() => current.current?.controller.abort(), []);
  const report = useCallback((text: string, next: Notice | null = null, how?: Outcome) => {
    setStatus(text);
    setOutcome(how ?? next?.intent ?? "success");
    setNotice(next);
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);

  return { running, status, outcome, notice, run, cancel, report, dismiss };
}
