// The scanners every row's quantity, GHG values and SD number pass through read no character past
// the end of the text: charCodeAt there gives NaN, which the scanners would read as "no digit", but
// V8's optimised code leaves on such a read ("out of bounds") and every function that inlined the
// scanner is compiled again (bench/RESULTS.md round 19). Checked in a process of its own with
// V8's natives syntax (stay-optimised.child.ts): no timing, only whether the optimised code stays.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "../../..");

describe("scanners of numbers and SD numbers", () => {
  it("keep their optimised code on texts they read to the end", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--allow-natives-syntax",
        path.join(root, "scripts/run-ts.js"),
        path.join(__dirname, "stay-optimised.child.ts"),
      ],
      { encoding: "utf8", cwd: root },
    );
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({
      parseDecimal: "kept",
      decimalSign: "kept",
      keyedAsTyped: "kept",
      lettersMayBeDigits: "kept",
    });
  });
});
