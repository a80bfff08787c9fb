import { act, renderHook } from "@testing-library/react";
import { describeError } from "../../src/taskpane/error-text";
import { useRunner, type WorkControls } from "../../src/taskpane/use-runner";

function setup() {
  return renderHook(() => useRunner(describeError));
}

describe("useRunner", () => {
  it("shows progress while work runs and clears it after", async () => {
    const { result } = setup();
    let finish: (v: number) => void = () => {};
    let controls: WorkControls | undefined;
    let done: Promise<number | undefined> = Promise.resolve(undefined);
    act(() => {
      done = result.current.run("Checking the workbook", (c) => {
        controls = c;
        return new Promise<number>((resolve) => (finish = resolve));
      });
    });
    expect(result.current.running).toEqual({ label: "Checking the workbook", progress: null });
    expect(result.current.status).toBe("Checking the workbook…");
    act(() => controls?.onProgress({ phase: "Reading sheet Receipts", fraction: 0.5 }));
    expect(result.current.running?.progress).toEqual({ phase: "Reading sheet Receipts", fraction: 0.5 });
    await act(async () => finish(7));
    await expect(done).resolves.toBe(7);
    expect(result.current.running).toBeNull();
  });

  it("turns a failure into a readable notice", async () => {
    const { result } = setup();
    await act(() =>
      result.current.run("Clearing marks", () => Promise.reject(new Error("The sheet is protected."))),
    );
    expect(result.current.notice).toEqual({
      intent: "error",
      title: "Clearing marks failed",
      text: "The sheet is protected.",
    });
    expect(result.current.status).toBe("Clearing marks failed.");
  });

  it("says the work stopped when the user cancels", async () => {
    const { result } = setup();
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.run(
        "Checking the workbook",
        ({ signal }) =>
          new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))),
      );
    });
    await act(async () => {
      result.current.cancel();
      await done;
    });
    expect(result.current.notice?.title).toBe("Stopped");
    expect(result.current.status).toBe("Checking the workbook stopped.");
  });

  it("runs one piece of work at a time, and says so to a second request", async () => {
    const { result } = setup();
    let finish: () => void = () => {};
    act(() => {
      void result.current.run(
        "Checking the workbook",
        () => new Promise<void>((resolve) => (finish = resolve)),
      );
    });
    const second = jest.fn(async () => 1);
    let answer: unknown = "not run";
    await act(async () => {
      answer = await result.current.run("Saving settings", second);
    });
    expect(answer).toBeUndefined();
    expect(second).not.toHaveBeenCalled();
    expect(result.current.status).toBe(
      "Checking the workbook is still running; try again when it has finished.",
    );
    await act(async () => finish());
  });
});
