// Failures of Excel reach the user as sentences that say what to do.
import { describeOfficeError, WorkbookError } from "../../../src/workbook/officejs/officejs-workbook";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { makeFakePort } from "./fake-port";

const books: WorkbookSnapshot = {
  name: "Books.xlsx",
  sheets: [
    {
      name: "Receipts",
      visibility: "visible",
      values: [
        ["Date", "Quantity"],
        [45658, 3],
      ],
    },
  ],
};

const markB2 = {
  ops: [
    { kind: "styleCells" as const, cells: [{ sheet: "Receipts", cell: "B2", fill: "#FFC7CE", note: "x" }] },
  ],
};

async function failure(promise: Promise<unknown>): Promise<WorkbookError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookError);
  return error as WorkbookError;
}

describe("Office errors from the fake Excel", () => {
  it("asks the user to leave cell edit mode", async () => {
    const t = makeFakePort(books);
    t.fake.setEditMode(true);
    const error = await failure(t.port.readSnapshot());
    expect(error.message).toBe("Excel is busy editing a cell: press Enter or Esc, then try again.");
    expect(error.code).toBe("InvalidOperationInCellEditMode");
    t.fake.setEditMode(false);
    await expect(t.port.readSnapshot()).resolves.toMatchObject({ name: "Books.xlsx" });
  });

  it("says the sheet is protected and how to unprotect it", async () => {
    const t = makeFakePort(books);
    t.fake.protectSheet("Receipts");
    const error = await failure(t.port.applyPatch(markB2));
    expect(error.message).toMatch(/protected.*Unprotect Sheet/);
    expect(t.fake.cell("Receipts", "B2").fill).toBeNull();
  });

  it.each([
    ["InsufficientPermission", /permission to change this workbook/],
    ["GeneralException", /unexpected problem.*restart Excel/],
    ["ItemNotFound", /renamed or deleted/],
    ["RequestPayloadSizeLimitExceeded", /too large for Excel on the web/],
    ["ApiNotFound", /Update Office/],
  ])("words %s for people", async (code, text) => {
    const t = makeFakePort(books);
    t.fake.failRequest(code);
    const error = await failure(t.port.applyPatch(markB2));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(text);
    expect(error.cause).toMatchObject({ code });
  });

  it("names a missing sheet when selecting a cell on it", async () => {
    const t = makeFakePort(books);
    const error = await failure(t.port.selectCell({ sheet: "Gone", cell: "A1" }));
    expect(error.code).toBe("ItemNotFound");
  });

  it("retries a read that Excel found too large, in smaller pieces", async () => {
    const t = makeFakePort(books);
    // request 1 lists sheets, 2 finds used ranges, 3 is the first chunk of values
    t.fake.failRequest("ResponsePayloadSizeLimitExceeded", { skip: 2 });
    const snapshot = await t.port.readSnapshot();
    expect(snapshot.sheets[0]!.values).toEqual([
      ["Date", "Quantity"],
      [45658, 3],
    ]);
    expect(t.fake.stats.requests).toBe(4);
  });

  it("retries a refused chunk in the middle of a large sheet without losing or repeating rows", async () => {
    const values = Array.from({ length: 40_000 }, (_, r) => [r, `row ${r}`, "x".repeat(40)]);
    const t = makeFakePort({ name: "Big.xlsx", sheets: [{ name: "Data", visibility: "visible", values }] });
    t.fake.failRequest("RequestPayloadSizeLimitExceeded", { skip: 3 });
    const read = (await t.port.readSnapshot()).sheets[0]!.values;
    expect(read).toHaveLength(40_000);
    expect(read.every((row, r) => row[0] === r && row[1] === `row ${r}`)).toBe(true);
    const { history } = t.fake.stats;
    expect(history[3]).toMatchObject({ refused: "RequestPayloadSizeLimitExceeded", receivedBytes: 0 });
    // smaller right after the refusal, back to full size once measured again
    expect(history[4]!.receivedBytes).toBeLessThan(history[5]!.receivedBytes / 2);
    expect(history[5]!.receivedBytes).toBeGreaterThan(2_000_000);
  });
});

describe("describeOfficeError", () => {
  it("returns null for errors that did not come from Excel, so callers use their own words", () => {
    expect(describeOfficeError(new Error("disk full"))).toBeNull();
    expect(describeOfficeError("text")).toBeNull();
    expect(describeOfficeError({ code: "SomethingElse" })).toBeNull();
  });

  it("passes a WorkbookError's message through and words unknown Excel codes with Excel's message", () => {
    expect(describeOfficeError(new WorkbookError("Already worded.", "X"))).toBe("Already worded.");
    const odd = Object.assign(new Error("The range is too complex."), { name: "RichApi.Error", code: "Odd" });
    expect(describeOfficeError(odd)).toBe("Excel reported a problem: The range is too complex.");
  });

  it("lets cancellation through unchanged", async () => {
    const t = makeFakePort(books);
    const ac = new AbortController();
    ac.abort();
    await expect(t.port.applyPatch(markB2, { signal: ac.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });
});
