// The cases every WorkbookPort adapter must pass (memory, xlsx, officejs over the fake).
// Adapter-agnostic: an adapter's test file supplies `make`, which builds the host from a snapshot.
import type { InspectedCell } from "../../src/workbook/out-value";
import type {
  CellRef,
  OutValue,
  PrintLayout,
  SheetOptions,
  WorkbookPort,
  WorkbookSnapshot,
} from "../../src/workbook/port";

export interface PortUnderTest {
  port: WorkbookPort;
  /** what a later session sees: for file adapters, save and open the file again */
  reopen: () => Promise<WorkbookSnapshot>;
  /** value and look of one cell as stored (after reopening where the host has files) */
  inspect: (ref: CellRef) => Promise<InspectedCell>;
  /** sheet options as stored; adapters that cannot tell leave it out and those cases are skipped */
  sheetOptions?: (name: string) => Promise<SheetOptions>;
}

export type MakePort = (snapshot: WorkbookSnapshot) => Promise<PortUnderTest>;

const DATE_SERIAL = 45658; // 2025-01-01

export function userWorkbook(): WorkbookSnapshot {
  return {
    name: "Books.xlsx",
    sheets: [
      {
        name: "Receipts",
        visibility: "visible",
        values: [
          ["Receipts 2025", null, null, null],
          ["Date", "Supplier", "Quantity (t)", "Checked"],
          [DATE_SERIAL, "Saipol", 1234.5, true],
          [DATE_SERIAL + 1, "Ölmühle Süd", 0.1, false],
          [{ error: "#N/A" }, "=Not a formula", -3, null],
          [null, null, { error: "#REF!" }, "x"],
        ],
        formats: [[], [], ["dd.mm.yyyy"], ["dd.mm.yyyy"]],
        merges: ["A1:D1"],
      },
      { name: "Old", visibility: "hidden", values: [["kept hidden"]] },
      { name: "My Sheet", visibility: "visible", values: [["a", 1]] },
    ],
  };
}

export function runPortContract(name: string, make: MakePort): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    describe("snapshot", () => {
      it("returns every sheet in tab order with visibility", async () => {
        const { port } = await make(userWorkbook());
        const snap = await port.readSnapshot();
        expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
          ["Receipts", "visible"],
          ["Old", "hidden"],
          ["My Sheet", "visible"],
        ]);
      });

      it("returns hidden rows and rows with a struck-through cell, and no others", async () => {
        const book = userWorkbook();
        const receipts = book.sheets[0]!;
        receipts.hiddenRows = [3, 5];
        receipts.struckRows = [2, 5];
        const snap = await (await make(book)).port.readSnapshot();
        const [read, old] = snap.sheets;
        expect(read!.hiddenRows).toEqual([3, 5]);
        expect(read!.struckRows).toEqual([2, 5]);
        expect(old!.hiddenRows ?? []).toEqual([]);
        expect(old!.struckRows ?? []).toEqual([]);
      });

      it("returns hidden columns, and no others", async () => {
        const book = userWorkbook();
        book.sheets[0]!.hiddenColumns = [1, 3];
        const snap = await (await make(book)).port.readSnapshot();
        const [read, old] = snap.sheets;
        expect(read!.hiddenColumns).toEqual([1, 3]);
        expect(old!.hiddenColumns ?? []).toEqual([]);
      });

      it("returns values, date serials, errors and blanks as stored", async () => {
        const { port } = await make(userWorkbook());
        const sheet = (await port.readSnapshot()).sheets[0]!;
        const cell = (r: number, c: number) => sheet.values[r]?.[c] ?? null;
        expect(cell(0, 0)).toBe("Receipts 2025");
        expect(cell(1, 2)).toBe("Quantity (t)");
        expect(cell(2, 0)).toBe(DATE_SERIAL);
        expect(cell(2, 1)).toBe("Saipol");
        expect(cell(2, 2)).toBe(1234.5);
        expect(cell(2, 3)).toBe(true);
        expect(cell(3, 0)).toBe(DATE_SERIAL + 1);
        expect(cell(3, 1)).toBe("Ölmühle Süd");
        expect(cell(3, 2)).toBe(0.1);
        expect(cell(3, 3)).toBe(false);
        expect(cell(4, 0)).toEqual({ error: "#N/A" });
        expect(cell(4, 1)).toBe("=Not a formula");
        expect(cell(4, 2)).toBe(-3);
        expect(cell(4, 3)).toBeNull();
        expect(cell(5, 0)).toBeNull();
        expect(cell(5, 2)).toEqual({ error: "#REF!" });
        expect(cell(0, 1)).toBeNull(); // covered by the merge
      });

      it("gives date-like number format hints and merged ranges", async () => {
        const { port } = await make(userWorkbook());
        const sheet = (await port.readSnapshot()).sheets[0]!;
        expect(sheet.formats?.[2]?.[0]).toMatch(/d.*m.*y/i);
        expect(sheet.merges).toEqual(["A1:D1"]);
      });

      it("is a copy: changing it does not change the workbook", async () => {
        const { port } = await make(userWorkbook());
        const first = await port.readSnapshot();
        first.sheets[0]!.values[2]![1] = "changed";
        const again = await port.readSnapshot();
        expect(again.sheets[0]!.values[2]![1]).toBe("Saipol");
      });

      it("reads only the sheets asked for, still listing every sheet", async () => {
        const { port } = await make(userWorkbook());
        const snap = await port.readSnapshot({ sheets: ["My Sheet"] });
        expect(snap.sheets.map((s) => [s.name, s.visibility, s.values])).toEqual([
          ["Receipts", "visible", []],
          ["Old", "hidden", []],
          ["My Sheet", "visible", [["a", 1]]],
        ]);
      });

      it("stops when the signal is aborted", async () => {
        const { port } = await make(userWorkbook());
        const ac = new AbortController();
        ac.abort();
        await expect(port.readSnapshot({ signal: ac.signal })).rejects.toThrow();
      });
    });

    describe("replaceSheet", () => {
      const rows: OutValue[][] = [
        [
          { value: "Account", bold: true, fill: "#D9E1F2" },
          { value: "Closing", bold: true },
        ],
        ["Rapeseed oil", { value: 12.5, numberFormat: "0.000" }],
        [{ value: "Receipts!C3", link: { sheet: "Receipts", cell: "C3" } }, null, true],
        [
          { value: "go", link: { sheet: "My Sheet", cell: "B1" } },
          { value: DATE_SERIAL, numberFormat: "yyyy-mm-dd" },
        ],
      ];

      it("creates a new sheet after the others with values and formatting", async () => {
        const t = await make(userWorkbook());
        await t.port.applyPatch({ ops: [{ kind: "replaceSheet", name: "MB Summary", rows }] });
        const snap = await t.reopen();
        expect(snap.sheets.map((s) => s.name)).toEqual(["Receipts", "Old", "My Sheet", "MB Summary"]);
        const values = snap.sheets[3]!.values;
        expect(values[0]?.slice(0, 2)).toEqual(["Account", "Closing"]);
        expect(values[1]?.slice(0, 2)).toEqual(["Rapeseed oil", 12.5]);
        expect(values[2]?.[0]).toBe("Receipts!C3");
        expect(values[2]?.[1] ?? null).toBeNull();
        expect(values[2]?.[2]).toBe(true);
        expect(values[3]?.[1]).toBe(DATE_SERIAL);

        const header = await t.inspect({ sheet: "MB Summary", cell: "A1" });
        expect(header).toMatchObject({ value: "Account", bold: true, fill: "#D9E1F2", link: null });
        expect(await t.inspect({ sheet: "MB Summary", cell: "B2" })).toMatchObject({
          value: 12.5,
          numberFormat: "0.000",
          bold: false,
          fill: null,
        });
        expect((await t.inspect({ sheet: "MB Summary", cell: "A3" })).link).toEqual({
          sheet: "Receipts",
          cell: "C3",
        });
        expect((await t.inspect({ sheet: "MB Summary", cell: "A4" })).link).toEqual({
          sheet: "My Sheet",
          cell: "B1",
        });
        expect((await t.inspect({ sheet: "MB Summary", cell: "B4" })).numberFormat).toBe("yyyy-mm-dd");
      });

      it("replaces all of an existing sheet and keeps its place", async () => {
        const t = await make(userWorkbook());
        await t.port.applyPatch({ ops: [{ kind: "replaceSheet", name: "MB Summary", rows }] });
        await t.port.applyPatch({ ops: [{ kind: "replaceSheet", name: "My Sheet", rows: [["only"]] }] });
        await t.port.applyPatch({ ops: [{ kind: "replaceSheet", name: "MB Summary", rows: [["new", 1]] }] });
        const snap = await t.reopen();
        expect(snap.sheets.map((s) => s.name)).toEqual(["Receipts", "Old", "My Sheet", "MB Summary"]);
        const summary = snap.sheets[3]!;
        expect(summary.values.length).toBe(1);
        expect(summary.values[0]).toEqual(["new", 1]);
        expect(snap.sheets[2]!.values).toEqual([["only"]]);
        expect(await t.inspect({ sheet: "MB Summary", cell: "A1" })).toMatchObject({
          bold: false,
          fill: null,
        });
      });

      it("writes text that looks like a formula as literal text", async () => {
        const t = await make(userWorkbook());
        const risky = ["=1+1", "+49 30 123456", "-5 kg", "@x", '=HYPERLINK("http://x")'];
        await t.port.applyPatch({
          ops: [
            {
              kind: "replaceSheet",
              name: "MB Findings",
              rows: risky.map((r) => [r, { value: r, bold: true }]),
            },
          ],
        });
        const snap = await t.reopen();
        const sheet = snap.sheets.find((s) => s.name === "MB Findings")!;
        expect(sheet.values.map((r) => r[0])).toEqual(risky);
        expect(sheet.values.map((r) => r[1])).toEqual(risky);
        expect((await t.inspect({ sheet: "MB Findings", cell: "A1" })).value).toBe("=1+1");
      });

      it("keeps a very hidden config sheet very hidden", async () => {
        const t = await make(userWorkbook());
        await t.port.applyPatch({
          ops: [
            {
              kind: "replaceSheet",
              name: "MB Config",
              rows: [["mapping", "Receipts", "quantity", "C"]],
              options: { visibility: "veryHidden" },
            },
          ],
        });
        const snap = await t.reopen();
        const config = snap.sheets.find((s) => s.name === "MB Config")!;
        expect(config.visibility).toBe("veryHidden");
        expect(config.values[0]).toEqual(["mapping", "Receipts", "quantity", "C"]);
      });

      it("stores sheet options where the host can tell", async () => {
        const t = await make(userWorkbook());
        if (!t.sheetOptions) return;
        await t.port.applyPatch({
          ops: [
            {
              kind: "replaceSheet",
              name: "MB Ledger",
              rows: [["a", "b"]],
              options: { freezeRows: 1, columnWidths: [30, 12], tabColor: "#2F75B5" },
            },
          ],
        });
        const options = await t.sheetOptions("MB Ledger");
        expect(options).toMatchObject({ freezeRows: 1, tabColor: "#2F75B5", visibility: "visible" });
        expect(options.columnWidths?.slice(0, 2)).toEqual([30, 12]);
      });

      it("stores how a sheet prints, filters, freezes and wraps, where the host can tell", async () => {
        const t = await make(userWorkbook());
        if (!t.sheetOptions) return;
        const print: PrintLayout = {
          orientation: "landscape",
          paper: "A4",
          fitTo: { wide: 1, tall: 0 },
          titleRows: { first: 3, last: 3 },
          // an ampersand in a company's name is printed as typed, not read as a code
          header: { left: "Öl & Saaten GmbH", center: "{sheet}", right: "2025-01-01 to 2025-03-31" },
          footer: { left: "Mass Balance for Excel", right: "Page {page} of {pages}" },
        };
        const rows: OutValue[][] = [
          ["Mass balance summary"],
          [],
          ["Site", "Product", { value: "Message to the user", bold: true, wrap: true }],
          [
            "Neuss",
            "Rapeseed oil",
            "A long message that wraps inside its column instead of running off the page.",
          ],
        ];
        await t.port.applyPatch({
          ops: [
            {
              kind: "replaceSheet",
              name: "MB Summary",
              rows,
              options: {
                freezeRows: 3,
                freezeColumns: 2,
                columnWidths: [12, 16, 40],
                wrapColumns: [2],
                autoFilter: "A3:C4",
                print,
              },
            },
            {
              kind: "replaceSheet",
              name: "SD X-1",
              rows: [["Sustainability Declaration"]],
              options: { print: { orientation: "portrait", paper: "A4", fitTo: { wide: 1, tall: 1 } } },
            },
          ],
        });
        const options = await t.sheetOptions("MB Summary");
        expect(options).toMatchObject({
          freezeRows: 3,
          freezeColumns: 2,
          wrapColumns: [2],
          autoFilter: "A3:C4",
        });
        expect(options.print).toEqual(print);
        expect((await t.sheetOptions("SD X-1")).print).toMatchObject({
          orientation: "portrait",
          paper: "A4",
          fitTo: { wide: 1, tall: 1 },
        });
        // the cells keep their values and the wrapped cell its text
        const snap = await t.reopen();
        expect(snap.sheets.find((s) => s.name === "MB Summary")?.values[3]?.[2]).toBe(rows[3]![2]);
        const header = await t.inspect({ sheet: "MB Summary", cell: "C3" });
        expect(header).toMatchObject({ value: "Message to the user", bold: true });
        if (header.wrap !== undefined) expect(header.wrap).toBe(true);
      });
    });

    describe("deleteSheet", () => {
      it("removes the sheet and ignores one that is not there", async () => {
        const t = await make(userWorkbook());
        await t.port.applyPatch({
          ops: [
            { kind: "replaceSheet", name: "MB Trace", rows: [["x"]] },
            { kind: "deleteSheet", name: "Old" },
            { kind: "deleteSheet", name: "No such sheet" },
          ],
        });
        const snap = await t.reopen();
        expect(snap.sheets.map((s) => s.name)).toEqual(["Receipts", "My Sheet", "MB Trace"]);
      });
    });

    describe("fillBlankCells", () => {
      it("writes the text into blank cells, beyond the used range too, and leaves every other cell as it is", async () => {
        const t = await make(userWorkbook());
        const before = (await t.port.readSnapshot()).sheets[0]!;
        await t.port.applyPatch({
          ops: [
            {
              kind: "fillBlankCells",
              cells: [
                { sheet: "Receipts", cell: "D5", text: "ACME-2025-0001" },
                { sheet: "Receipts", cell: "E3", text: "ACME-2025-0002" },
                { sheet: "Receipts", cell: "C3", text: "ACME-2025-0003" },
                { sheet: "Receipts", cell: "D4", text: "ACME-2025-0004" },
                { sheet: "My Sheet", cell: "A1", text: "ACME-2025-0005" },
              ],
            },
          ],
        });
        const snap = await t.reopen();
        const sheet = snap.sheets[0]!;
        expect(sheet.values[4]?.[3]).toBe("ACME-2025-0001");
        expect(sheet.values[2]?.[4]).toBe("ACME-2025-0002");
        // held a number, a boolean, text: untouched
        expect(sheet.values[2]?.[2]).toBe(1234.5);
        expect(sheet.values[3]?.[3]).toBe(false);
        expect(snap.sheets[2]!.values[0]?.[0]).toBe("a");
        // nothing else changed
        for (const [r, row] of before.values.entries())
          for (const [c, v] of row.entries())
            if (!(r === 4 && c === 3)) expect(sheet.values[r]?.[c] ?? null).toEqual(v ?? null);
        expect(await t.inspect({ sheet: "Receipts", cell: "D5" })).toMatchObject({ value: "ACME-2025-0001" });
      });
    });

    describe("writeCells", () => {
      it("writes the text into the cells whatever they hold, and leaves every other cell as it is", async () => {
        const t = await make(userWorkbook());
        const before = (await t.port.readSnapshot()).sheets[0]!;
        await t.port.applyPatch({
          ops: [
            {
              kind: "writeCells",
              cells: [
                { sheet: "Receipts", cell: "C3", text: "CANCELLED: ACME-2025-0001" },
                { sheet: "Receipts", cell: "D5", text: "Cancelled on 2025-04-16" },
              ],
            },
          ],
        });
        const sheet = (await t.reopen()).sheets[0]!;
        expect(sheet.values[2]?.[2]).toBe("CANCELLED: ACME-2025-0001");
        expect(sheet.values[4]?.[3]).toBe("Cancelled on 2025-04-16");
        for (const [r, row] of before.values.entries())
          for (const [c, v] of row.entries())
            if (!(r === 2 && c === 2) && !(r === 4 && c === 3))
              expect(sheet.values[r]?.[c] ?? null).toEqual(v ?? null);
      });
    });

    describe("styleCells and readCellStyles", () => {
      const cells: CellRef[] = [
        { sheet: "Receipts", cell: "C3" },
        { sheet: "My Sheet", cell: "A1" },
        { sheet: "Receipts", cell: "A5" },
      ];

      it("reads no fill and no note on untouched cells, in the order asked", async () => {
        const { port } = await make(userWorkbook());
        expect(await port.readCellStyles(cells)).toEqual(cells.map(() => ({ fill: null, note: null })));
      });

      it("sets fill and note, and restores the original exactly", async () => {
        const t = await make(userWorkbook());
        // the user's own look first
        await t.port.applyPatch({
          ops: [
            { kind: "styleCells", cells: [{ sheet: "Receipts", cell: "C3", fill: "#00B050", note: null }] },
          ],
        });
        const original = await t.port.readCellStyles(cells);
        expect(original[0]).toEqual({ fill: "#00B050", note: null });

        await t.port.applyPatch({
          ops: [
            {
              kind: "styleCells",
              cells: cells.map((c, i) => ({ ...c, fill: "#FFC7CE", note: `MB error: problem ${i}` })),
            },
          ],
        });
        expect(await t.port.readCellStyles(cells)).toEqual(
          cells.map((_, i) => ({ fill: "#FFC7CE", note: `MB error: problem ${i}` })),
        );
        expect(await t.inspect(cells[2]!)).toMatchObject({
          value: { error: "#N/A" },
          fill: "#FFC7CE",
          note: "MB error: problem 2",
        });

        await t.port.applyPatch({
          ops: [{ kind: "styleCells", cells: cells.map((c, i) => ({ ...c, ...original[i]! })) }],
        });
        expect(await t.port.readCellStyles(cells)).toEqual(original);
        expect(await t.inspect(cells[0]!)).toMatchObject({ value: 1234.5, fill: "#00B050", note: null });
        expect(await t.inspect(cells[1]!)).toMatchObject({ value: "a", fill: null, note: null });
        // the values of marked cells never change
        const snap = await t.reopen();
        expect(snap.sheets[0]!.values[2]![2]).toBe(1234.5);
      });

      it("refuses to mark a sheet that does not exist", async () => {
        const { port } = await make(userWorkbook());
        await expect(
          port.applyPatch({
            ops: [{ kind: "styleCells", cells: [{ sheet: "Nope", cell: "A1", fill: "#FFC7CE", note: "x" }] }],
          }),
        ).rejects.toThrow(/Nope/);
      });
    });
  });
}
