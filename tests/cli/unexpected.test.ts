// An error massbal did not expect is said like every refusal: the file, what stopped, what to do
// (brk28 N1 ended in "massbal: Cannot read properties of null (reading 'theme')").
import { UsageError } from "../../src/cli/input";
import { unexpectedFailure } from "../../src/cli/unexpected";

describe("unexpectedFailure", () => {
  it("names the file, the first line of the reason, and what the user can do", () => {
    const e = unexpectedFailure(
      "books/Bilanz 2025.xlsx",
      new TypeError("Cannot read properties of null (reading 'theme')\n    at render (table-xform.js:50)"),
    );
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(
      `"books/Bilanz 2025.xlsx" could not be checked: massbal stopped on an error it did not expect (Cannot read properties of null (reading 'theme')). ` +
        "Open the workbook in Excel, save it as an Excel Workbook (.xlsx) and run massbal again; " +
        "if it stops again, send this message and the workbook to your massbal support.",
    );
  });

  it("keeps a refusal already worded for the user as it is", () => {
    const usage = new UsageError('Cannot find "x.xlsx": check the path and the file name.');
    expect(unexpectedFailure("x.xlsx", usage)).toBe(usage);
  });

  it.each([[undefined], [""], [42]])("gives a reason even for a thrown %p", (thrown) => {
    expect(unexpectedFailure("a.xlsx", thrown).message).toMatch(
      /did not expect \((undefined|no reason given|42)\)/,
    );
  });
});
