// The fake must behave like Excel where the adapter could get it wrong: load/sync, queued
// writes, values that turn into formulas or numbers, payload limits, API sets, null objects.
import { createFakeExcel, PAYLOAD_LIMIT, type FakeRequestContext } from "../../src/demo/fake-excel";
import { jsonBytes } from "../../src/demo/fake-excel/object";

function workbook() {
  return createFakeExcel({
    name: "Books.xlsx",
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: [
          ["Date", "Quantity"],
          [45658, 12.5],
          [{ error: "#N/A" }, "text"],
        ],
        formats: [[], ["dd.mm.yyyy"]],
        notes: { B2: "user note" },
      },
      { name: "Old", visibility: "hidden", values: [] },
    ],
  });
}

describe("load and sync", () => {
  it("throws like Office when a property is read before load and sync", async () => {
    const fake = workbook();
    await fake.run(async (ctx: FakeRequestContext) => {
      const range = ctx.workbook.worksheets.getItem("Receipts").getRange("A1:B3");
      expect(() => range.values).toThrow(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      range.load("values,valueTypes,numberFormat");
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([
        ["Date", "Quantity"],
        [45658, 12.5],
        ["#N/A", "text"],
      ]);
      expect(range.valueTypes).toEqual([
        ["String", "String"],
        ["Integer", "Double"],
        ["Error", "String"],
      ]);
      expect(range.numberFormat[1]).toEqual(["dd.mm.yyyy", "General"]);
    });
  });

  it("applies writes at sync, in order, and run syncs what is left at the end", async () => {
    const fake = workbook();
    let seenBeforeSync: unknown;
    await fake.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("Receipts").getRange("C1").values = [["new"]];
      seenBeforeSync = fake.cell("Receipts", "C1").value;
      await ctx.sync();
      expect(fake.cell("Receipts", "C1").value).toBe("new");
      ctx.workbook.worksheets.getItem("Receipts").getRange("C1").values = [["later"]];
    });
    expect(seenBeforeSync).toBeNull();
    expect(fake.cell("Receipts", "C1").value).toBe("later");
    expect(fake.stats).toMatchObject({ syncs: 2, requests: 2 });
  });

  it("fails the sync at a missing item, and resolves null objects only after sync", async () => {
    const fake = workbook();
    await fake.run(async (ctx: FakeRequestContext) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("old");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
      await expect(ctx.sync()).rejects.toMatchObject({ name: "RichApi.Error", code: "ItemNotFound" });
    });
  });

  it("refuses proxies of a finished run, as Office does without tracked objects", async () => {
    const fake = workbook();
    const sheet = await fake.run(async (ctx: FakeRequestContext) => {
      const s = ctx.workbook.worksheets.getItem("Receipts").load("name");
      await ctx.sync();
      return s;
    });
    expect(sheet.name).toBe("Receipts");
    expect(() => sheet.getRange("A1")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("loads collections and nested properties", async () => {
    const fake = workbook();
    await fake.run(async (ctx: FakeRequestContext) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
      const fill = ctx.workbook.worksheets
        .getItem("Receipts")
        .getRange("B2")
        .load("format/fill/color,address");
      await ctx.sync();
      expect(sheets.items.map((s) => [s.name, s.visibility])).toEqual([
        ["Receipts", "Visible"],
        ["Old", "Hidden"],
      ]);
      expect(fill.address).toBe("Receipts!B2");
      expect(fill.format.fill.color).toBe("#FFFFFF");
    });
  });
});

describe("values as Excel stores them", () => {
  it("turns formula-like text into formulas unless the cell is formatted as text", async () => {
    const fake = workbook();
    await fake.run(async (ctx: FakeRequestContext) => {
      const sheet = ctx.workbook.worksheets.getItem("Receipts");
      sheet.getRange("D1:D5").values = [["=1+1"], ["-5 kg"], ["00123"], ["'=kept"], ["TRUE"]];
      const text = sheet.getRange("E1:E3");
      text.numberFormat = [["@"], ["@"], ["@"]];
      text.values = [["=1+1"], ["-5 kg"], ["00123"]];
    });
    expect(fake.cell("Receipts", "D1")).toMatchObject({ value: 2, formula: "=1+1" });
    expect(fake.cell("Receipts", "D2")).toMatchObject({ value: { error: "#NAME?" }, formula: "=-5 kg" });
    expect(fake.cell("Receipts", "D3").value).toBe(123);
    expect(fake.cell("Receipts", "D4")).toMatchObject({ value: "=kept", formula: null });
    expect(fake.cell("Receipts", "D5").value).toBe(true);
    expect(["E1", "E2", "E3"].map((c) => fake.cell("Receipts", c))).toEqual(
      ["=1+1", "-5 kg", "00123"].map((value) =>
        expect.objectContaining({ value, formula: null, numberFormat: "@" }),
      ),
    );
  });

  it("rejects a values array that does not fit the range", async () => {
    const fake = workbook();
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Receipts").getRange("A1:B1").values = [["one"]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.cell("Receipts", "A1").value).toBe("Date");
  });
});

describe("limits and host versions", () => {
  it("refuses a request above 5 MB and applies none of it", async () => {
    const fake = workbook();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Receipts").getRange("F1").values = [["first"]];
        ctx.workbook.worksheets.getItem("Receipts").getRange("G1:G60000").values = big;
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cell("Receipts", "F1").value).toBeNull();
    expect(JSON.stringify(big).length).toBeGreaterThan(PAYLOAD_LIMIT);
  });

  it("lacks the calls of newer requirement sets", async () => {
    const fake = createFakeExcel(
      { sheets: [{ name: "S", visibility: "visible", values: [["a"]] }] },
      { apiVersion: "1.17" },
    );
    expect(fake.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(fake.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("S").notes.add("A1", "hello");
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  it("turns away address lists longer than Excel takes in getRanges", async () => {
    const fake = workbook();
    const cells = Array.from({ length: 600 }, (_, i) => `A${i * 2 + 1}`).join(",");
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Receipts").getRanges(cells).format.fill.color = "#FFC7CE";
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("counts request and response bytes", async () => {
    const fake = workbook();
    await fake.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("Receipts").getRange("A1:B3").load("values");
      await ctx.sync();
    });
    const [first] = fake.stats.history;
    expect(jsonBytes(["Ö", "€", "😀"])).toBe(new TextEncoder().encode('["Ö","€","😀"]').length);
    expect(first!.receivedBytes).toBeGreaterThan(
      JSON.stringify([
        ["Date", "Quantity"],
        [45658, 12.5],
        ["#N/A", "text"],
      ]).length,
    );
    expect(fake.stats.totalBytes).toBe(first!.sentBytes + first!.receivedBytes);
  });
});

describe("what the demo observes", () => {
  it("tells listeners about changes and shows selection, notes and sheets", async () => {
    const fake = workbook();
    const changes: number[] = [];
    const stop = fake.onChange(() => changes.push(fake.stats.syncs));
    await fake.run(async (ctx: FakeRequestContext) => {
      const sheet = ctx.workbook.worksheets.getItem("Receipts");
      sheet.activate();
      sheet.getRange("B3").select();
      sheet.getRange("B3").format.fill.color = "#ffc7ce";
    });
    stop();
    await fake.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.add("Later");
    });
    expect(changes).toEqual([1]);
    expect(fake.selection()).toEqual({ sheet: "Receipts", address: "B3" });
    expect(fake.activeSheet()).toBe("Receipts");
    expect(fake.cell("Receipts", "B3").fill).toBe("#FFC7CE");
    expect(fake.cell("Receipts", "B2").note).toBe("user note");
    expect(fake.sheetNames()).toEqual(["Receipts", "Old", "Later"]);
    expect(fake.grid("Receipts")).toHaveLength(3);
  });

  it("keeps at least one visible sheet, as Excel does", async () => {
    const fake = workbook();
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Receipts").delete();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(fake.sheetNames()).toContain("Receipts");
  });
});
