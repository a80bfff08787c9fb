import { describeError, isAbort } from "../../src/taskpane/error-text";

describe("describeError", () => {
  it("uses the message of whatever was thrown", () => {
    expect(describeError(new Error(" The sheet is protected. "))).toBe("The sheet is protected.");
    expect(describeError("Excel is busy.")).toBe("Excel is busy.");
    expect(describeError({ code: "AccessDenied", message: "Access denied." })).toBe("Access denied.");
  });

  it("never shows a blank or [object Object]", () => {
    expect(describeError(new TypeError(""))).toBe("TypeError (no details were given)");
    for (const thrown of [undefined, null, 42, {}, "  "]) {
      expect(describeError(thrown)).toMatch(/^Something went wrong, and no details were given\./);
    }
  });
});

describe("isAbort", () => {
  it("knows a cancelled run by its signal or by the error's name", () => {
    const controller = new AbortController();
    expect(isAbort(new Error("x"), controller.signal)).toBe(false);
    controller.abort();
    expect(isAbort(new Error("x"), controller.signal)).toBe(true);
    expect(isAbort(new DOMException("stopped", "AbortError"))).toBe(true);
    expect(isAbort(new Error("x"))).toBe(false);
  });
});
