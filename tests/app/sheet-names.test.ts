import { isReservedName, sdSheetName, SheetNamer } from "../../src/app/sheet-names";

describe("reserved sheet names", () => {
  it("writes under the reserved name when it is free or ours", () => {
    const namer = new SheetNamer(["Receipts", "MB Summary"], ["MB Summary", "MB Config"]);
    expect(namer.choose("MB Summary")).toBe("MB Summary");
    expect(namer.choose("MB Ledger")).toBe("MB Ledger");
    expect(namer.findings).toEqual([]);
  });

  it("never takes a user's sheet bearing a reserved name (in any case) and says where ours went", () => {
    const namer = new SheetNamer(["mb summary", "MB Summary (2)"], []);
    expect(namer.choose("MB Summary")).toBe("MB Summary (3)");
    expect(namer.findings).toEqual([
      expect.objectContaining({ code: "reserved-sheet-name", severity: "warning", sheet: "MB Summary" }),
    ]);
  });

  it("drops an old variant once the reserved name is ours again, and records what it generated", () => {
    const namer = new SheetNamer(
      ["Receipts", "MB Summary (2)", "SD SD-1"],
      ["MB Summary (2)", "SD SD-1", "MB Config"],
    );
    expect(namer.choose("MB Summary")).toBe("MB Summary");
    expect(namer.stale()).toEqual(["MB Summary (2)"]);
    expect(namer.nextGenerated(["MB Summary (2)", "SD SD-1", "MB Config", "MB Gone"])).toEqual([
      "SD SD-1",
      "MB Summary",
      "MB Config",
    ]);
  });

  it("knows our names and makes SD numbers into valid sheet names", () => {
    expect(isReservedName("MB Trace (2)")).toBe(true);
    expect(isReservedName("SD 2025/7")).toBe(true);
    expect(isReservedName("Summary")).toBe(false);
    expect(sdSheetName("SD/2025:0001")).toBe("SD SD-2025-0001");
    expect(sdSheetName("X".repeat(40))).toHaveLength(31);
  });
});

describe("retired sheets", () => {
  it("are deleted unless written again, and only if they are ours", () => {
    const namer = new SheetNamer(["SD D-1", "SD D-2", "SD Mine"], ["SD D-1", "SD D-2"]);
    namer.retire("SD D-1");
    namer.retire("SD D-2");
    namer.retire("SD Mine");
    expect(namer.choose("SD D-2")).toBe("SD D-2");
    expect(namer.stale()).toEqual(["SD D-1"]);
  });
});
