import { progressReporter } from "../../src/cli/progress";
import { stderrBeyondProgress } from "./run-massbal";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream,
  };
}

describe("progress on stderr", () => {
  it("updates one line on a terminal and clears it at the end", () => {
    const s = stream(true);
    const p = progressReporter(s.stream, () => 0);
    p.onProgress({ phase: "Reading the workbook", fraction: 0 });
    p.onProgress({ phase: "Reading the workbook", fraction: 0.1 });
    p.onProgress({ phase: "Checking the books", fraction: 0.4 });
    p.done();
    expect(s.written).toEqual([
      "\r\x1b[2KReading the workbook… 0%",
      "\r\x1b[2KChecking the books… 40%",
      "\r\x1b[2K",
    ]);
  });

  it("stays silent in a log unless the work takes long", () => {
    const s = stream(false);
    let now = 0;
    const p = progressReporter(s.stream, () => now);
    p.onProgress({ phase: "Reading the workbook" });
    now = 2500;
    p.onProgress({ phase: "Checking the books", fraction: 0.4 });
    p.done();
    expect(s.written).toEqual(["massbal: Checking the books… 40%\n"]);
  });

  it("is told apart from what else massbal writes to stderr, so a slow machine does not fail a quiet-run test", () => {
    const s = stream(false);
    let now = 0;
    const p = progressReporter(s.stream, () => now);
    now = 5000;
    for (const [phase, fraction] of [
      ["Reading the workbook", undefined],
      ["Checking the books", 0],
      ["Writing the audited workbook", 1],
    ] as const)
      p.onProgress({ phase, fraction });
    p.done();
    const progress = s.written.join("");
    expect(s.written).toHaveLength(3);
    expect(stderrBeyondProgress(progress)).toBe("");
    const error = "massbal: cannot read books.xlsx: it is not an Excel workbook";
    expect(stderrBeyondProgress(progress + error + "\n")).toBe(error);
    expect(stderrBeyondProgress(`Warning: something\n${progress}`)).toBe("Warning: something");
  });
});
