import { progressReporter } from "../../src/cli/progress";

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
});
