// Declaration numbers never repeat a number already used, however it was typed (p-sd8): a used
// number typed without the prefix, with a label for it, with a two-digit year or a letter for a
// digit is the number duplicate-sd takes it for (sdKey, sd-alike.ts), so numbering starts after it.
import { Numbering } from "../../src/engine/numbering";
import { numberKey } from "../../src/engine/normalise";

/** The first number Numbering("SD") gives for 2025 when `used` (as typed) is in the workbook. */
const firstAfter = (used: string[], prefix = "SD"): string =>
  new Numbering(prefix, new Set(used.map(numberKey))).take("2025", 1)[0] as string;

describe("numbering sees a used number however it was typed", () => {
  it.each([
    ["SD-2025-0007", "SD-2025-0008"],
    ["2025-0007", "SD-2025-0008"],
    ["2025 0007", "SD-2025-0008"],
    ["2025/0007", "SD-2025-0008"],
    ["Nr. 2025-0007", "SD-2025-0008"],
    ["SD-Nr. 2025-0007", "SD-2025-0008"],
    ["sd 2025 0007", "SD-2025-0008"],
    ["SD-25-0007", "SD-2025-0008"],
    ["25-0007", "SD-2025-0008"],
    ["SD-2025-OOO7", "SD-2025-0008"],
    ["SD-2O25-0007", "SD-2025-0008"],
    ["SD-2025-00l7", "SD-2025-0018"],
    ["SD-2025-0007-2", "SD-2025-0008"],
  ])("%p used: the next is %p", (used, next) => {
    expect(firstAfter([used])).toBe(next);
  });

  it.each([
    // another year, another prefix's number, a number of no year: the sequence starts at 1
    ["SD-2024-0007"],
    ["24-0007"],
    ["ACME-2025-0007"],
    ["4711"],
    ["SD 4711"],
    ["2026-0007"],
  ])("%p used: the next is SD-2025-0001", (used) => {
    expect(firstAfter([used])).toBe("SD-2025-0001");
  });

  it("a prefix of its own, typed or left out", () => {
    expect(firstAfter(["2025-0041"], "MB")).toBe("MB-2025-0042");
    expect(firstAfter(["mb 2025 0041"], "MB")).toBe("MB-2025-0042");
    expect(firstAfter(["MB-25-0041"], "MB")).toBe("MB-2025-0042");
  });
});
