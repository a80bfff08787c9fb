// (brk23 §1) The task pane's Declare over the fake Excel, in a workbook whose register (MB
// Declarations) was deleted or cut while its printed "SD <number>" sheets stay. Before, a declare
// there gave the deliveries of those SDs a second declaration under new numbers (their rows' SD
// cells cleared) or, the rows keeping their numbers, read massbal's own numbers as "issued outside
// massbal". Now it is refused, the sheets named, nothing written, until the register is put back.
// A workbook as massbal left it (first declare, again, drafts, a cancelled SD) declares as before.
import { checkWorkbook, declareWorkbook, UnlistedPrintedError } from "../../../../src/app/index";
import { printedNumber, unlistedPrinted } from "../../../../src/app/printed-sds";
import type { CellValue, WorkbookSnapshot } from "../../../../src/workbook/port";
import { sheet } from "../../../app/books";
import {
  ISSUING_RECEIPT_HEADER as RECEIPT_HEADER,
  ISSUING_SETTINGS as SETTINGS,
  issuingReceipt as receipt,
} from "../../../../src/books";
import { type FakePort, makeFakePort } from "../fake-port";

const TODAY = { today: "2025-04-02" };
const serial = (iso: string) =>
  Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);

type Sale = [date: string, customer: string, quantity: number, sd?: string];
const SALES: Sale[] = [
  ["2025-02-01", "Fuel AG", 50],
  ["2025-02-05", "Blend BV", 30],
  ["2025-02-09", "Nordic Oy", 20],
];

function deliveryRows(sales: Sale[]): CellValue[][] {
  return [
    ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "SD number"],
    ...sales.map(([date, customer, q, sd]) => [
      serial(date),
      customer,
      `${customer} Str. 1`,
      "Rapeseed oil",
      q,
      sd ?? null,
    ]),
  ];
}

function books(sales: Sale[]): WorkbookSnapshot {
  return {
    name: "Books.xlsx",
    sheets: [
      sheet("Receipts", [RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 1000, 30)]),
      {
        name: "Deliveries",
        visibility: "visible",
        values: deliveryRows(sales),
        formats: [[], ...sales.map(() => ["yyyy-mm-dd"])],
      },
      sheet("Settings", SETTINGS),
    ],
  };
}

type Edit = (s: WorkbookSnapshot) => WorkbookSnapshot;
const sheets =
  (f: (x: WorkbookSnapshot["sheets"]) => WorkbookSnapshot["sheets"]): Edit =>
  (s) => ({
    ...s,
    sheets: f(s.sheets),
  });
const without = (name: string) => sheets((xs) => xs.filter((x) => x.name !== name));
const inSheet = (name: string, values: (v: CellValue[][]) => CellValue[][]) =>
  sheets((xs) => xs.map((x) => (x.name === name ? { ...x, values: values(x.values) } : x)));
/** the Deliveries' SD number cells cleared (pasted again from the ERP, say) */
const clearedNumbers = inSheet("Deliveries", (v) =>
  v.map((r, i) => (i === 0 ? r : [...r.slice(0, 5), null])),
);
/** a sale of 10 t to Other GmbH added */
const added = sheets((xs) =>
  xs.map((x) =>
    x.name === "Deliveries"
      ? {
          ...x,
          values: [...x.values, deliveryRows([["2025-03-01", "Other GmbH", 10]])[1]!],
          formats: [...(x.formats ?? []), ["yyyy-mm-dd"]],
        }
      : x,
  ),
);
const then =
  (...edits: Edit[]): Edit =>
  (s) =>
    edits.reduce((acc, e) => e(acc), s);
const renamed = (from: string, to: string) =>
  sheets((xs) => xs.map((x) => (x.name === from ? { ...x, name: to } : x)));

/** Declared once as massbal does, then edited by the user as `edit` says, reopened. */
async function declaredThenEdited(edit: Edit): Promise<FakePort> {
  const t = makeFakePort(books(SALES));
  await declareWorkbook(t.port, TODAY);
  return makeFakePort(edit(t.fake.snapshot()));
}

const summary = (o: Awaited<ReturnType<typeof declareWorkbook>>) =>
  o.declarations.map((d) => [d.number, d.status, d.recipient.name]);

describe("a workbook whose register does not list its printed SDs is not declared into", () => {
  const cases: [string, Edit, string[]][] = [
    ["the register deleted", without("MB Declarations"), ["0001", "0002", "0003"]],
    ["the register deleted, a sale added", then(without("MB Declarations"), added), ["0001", "0002", "0003"]],
    [
      "the register deleted and the rows' SD numbers cleared",
      then(without("MB Declarations"), clearedNumbers),
      ["0001", "0002", "0003"],
    ],
    [
      "the register and MB Config deleted, the rows' SD numbers cleared",
      then(without("MB Declarations"), without("MB Config"), clearedNumbers),
      ["0001", "0002", "0003"],
    ],
    ["the register renamed", renamed("MB Declarations", "Register SD"), ["0001", "0002", "0003"]],
    [
      "a line of the register deleted",
      inSheet("MB Declarations", (v) => v.filter((_, i) => i !== 2)),
      ["0002"],
    ],
  ];
  it.each(cases)("%s: refused, the sheets named, the workbook unchanged", async (_, edit, unlisted) => {
    const t = await declaredThenEdited(edit);
    const before = t.fake.snapshot();
    const run = declareWorkbook(t.port, TODAY);
    await expect(run).rejects.toThrow(UnlistedPrintedError);
    const message = await run.catch((e: Error) => e.message);
    for (const n of unlisted) expect(message).toContain(`"SD ON-2025-${n}"`);
    if (unlisted.length === 1) expect(message).not.toContain("SD ON-2025-0001");
    expect(message).toMatch(/Nothing was declared or written\. Put MB Declarations back/);
    expect(message).toMatch(
      unlisted.length === 1 ? /does not list it: a line of it was deleted/ : /holds no register/,
    );
    expect(t.fake.snapshot()).toEqual(before);
  });

  it("a printed SD renamed by Excel ('SD ON-2025-0002 (2)') is named with the number it prints", async () => {
    const t = await declaredThenEdited(
      then(
        inSheet("MB Declarations", (v) => v.filter((_, i) => i !== 2)),
        renamed("SD ON-2025-0002", "SD ON-2025-0002 (2)"),
      ),
    );
    await expect(declareWorkbook(t.port, TODAY)).rejects.toThrow(
      /"SD ON-2025-0002 \(2\)" \(ON-2025-0002\), but the register/,
    );
  });
});

// Check said nothing of it: the user learnt only at Declare. Now an error at each printed number
describe("Check says so at each printed SD the register does not list", () => {
  const said = (o: Awaited<ReturnType<typeof checkWorkbook>>) =>
    o.findings
      .filter((f) => f.code === "declaration-printed-unlisted")
      .map((f) => [f.severity, f.sheet, f.cell, /holds no register/.test(f.message)]);
  it("the register deleted: each printed SD, its number cell", async () => {
    const t = await declaredThenEdited(without("MB Declarations"));
    expect(said(await checkWorkbook(t.port, TODAY))).toEqual(
      ["0001", "0002", "0003"].map((n) => ["error", `SD ON-2025-${n}`, "B2", true]),
    );
  });
  it("a line of the register deleted: that SD alone", async () => {
    const t = await declaredThenEdited(inSheet("MB Declarations", (v) => v.filter((_, i) => i !== 2)));
    expect(said(await checkWorkbook(t.port, TODAY))).toEqual([["error", "SD ON-2025-0002", "B2", false]]);
  });
  it("a workbook as massbal left it: nothing said", async () => {
    const t = await declaredThenEdited((s) => s);
    expect(said(await checkWorkbook(t.port, TODAY))).toEqual([]);
  });
});

describe("the register and the SD sheets deleted, the rows keep their numbers", () => {
  it("each number stays with its row, none is issued again; the new sale takes the next number", async () => {
    const t = await declaredThenEdited(
      then(
        sheets((xs) => xs.filter((x) => x.name !== "MB Declarations" && !x.name.startsWith("SD "))),
        added,
      ),
    );
    const o = await declareWorkbook(t.port, TODAY);
    expect(summary(o)).toEqual([["ON-2025-0004", "new", "Other GmbH"]]);
    const at = o.findings.filter((f) => f.code === "declaration-issued-outside").map((f) => f.cell);
    expect(at).toEqual(["F2", "F3", "F4"]);
    expect(t.fake.grid("Deliveries").map((r) => r[5]?.value)).toEqual([
      "SD number",
      "ON-2025-0001",
      "ON-2025-0002",
      "ON-2025-0003",
      "ON-2025-0004",
    ]);
  });
});

describe("a workbook as massbal left it declares as before", () => {
  it("first declare, again, a new sale, a cancelled SD and its replacement", async () => {
    let t = makeFakePort(books(SALES));
    expect(summary(await declareWorkbook(t.port, TODAY)).map((r) => r[0])).toEqual([
      "ON-2025-0001",
      "ON-2025-0002",
      "ON-2025-0003",
    ]);
    expect(summary(await declareWorkbook(t.port, TODAY)).map((r) => r[1])).toEqual([
      "issued",
      "issued",
      "issued",
    ]);
    t = makeFakePort(added(t.fake.snapshot()));
    expect(summary(await declareWorkbook(t.port, TODAY)).at(-1)).toEqual([
      "ON-2025-0004",
      "new",
      "Other GmbH",
    ]);
    const cancelled = await declareWorkbook(t.port, {
      ...TODAY,
      cancel: [{ number: "ON-2025-0002", by: "Anna Weber", reason: "wrong address" }],
    });
    expect(summary(cancelled).map((r) => r.slice(0, 2))).toContainEqual(["ON-2025-0002", "replaced"]);
    expect(String(t.fake.grid("SD ON-2025-0002")[0]?.[0]?.value)).toMatch(/^CANCELLED: /);
    const again = await declareWorkbook(t.port, TODAY);
    expect(again.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("drafts print no number and are no evidence of one", async () => {
    const t = makeFakePort(books([...SALES, ["2025-02-10", "Big GmbH", 5000]]));
    await declareWorkbook(t.port, { ...TODAY, draft: true });
    expect(t.fake.sheetNames().filter((n) => n.startsWith("SD "))).toContain("SD draft 1");
    const again = await declareWorkbook(t.port, { ...TODAY, draft: true });
    expect(again.declarations.some((d) => d.status === "draft")).toBe(true);
  });
});

type Cells = (string | number | null)[][];

describe("what reads as a printed SD", () => {
  const printed = (rows: Cells) => [
    ["Sustainability Declaration (Proof of Sustainability)", "ISCC EU"],
    ...rows,
    ["Date of issuance", 45749],
  ];
  const cases: [string, Cells, string | null][] = [
    ["SD ON-2025-0002", printed([["Unique number", "ON-2025-0002"]]), "ON-2025-0002"],
    ["SD ON-2025-0002 (2)", printed([["Unique number", "ON-2025-0002"]]), "ON-2025-0002"],
    ["sd on-2025-0002", printed([["unique number ", " ON-2025-0002 "]]), "ON-2025-0002"],
    ["SD 4711", printed([["Unique number", "4711"]]), "4711"],
    [
      "SD ON-2025-0003",
      [
        ["CANCELLED: Sustainability Declaration (Proof of Sustainability)"],
        ["Unique number", "ON-2025-0003"],
      ],
      "ON-2025-0003",
    ],
    ["SD draft 1", printed([["Unique number", "None yet: a draft takes no number"]]), null],
    ["SD draft 1 (2)", printed([["Unique number", "None yet: a draft takes no number"]]), null],
    [
      "SD ON-2025-0004",
      printed([
        ["DRAFT: not issued, errors hold it back (see MB Findings)"],
        ["Unique number", "ON-2025-0004"],
      ]),
      null,
    ],
    [
      "SD Versand",
      [
        ["Kunde", "versendet am"],
        ["Fuel AG", "03.04."],
      ],
      null,
    ],
    ["SD ON-2025-0005", printed([["Unique number", null]]), null],
    ["Receipts", printed([["Unique number", "ON-2025-0002"]]), null],
    ["SDON-2025-0002", printed([["Unique number", "ON-2025-0002"]]), null],
  ];
  it.each(cases)("%s", (name, rows, number) => {
    expect(printedNumber(sheet(name, rows))).toBe(number);
  });

  it("a printed SD the register lists, under its name or renamed, is listed", () => {
    const book: WorkbookSnapshot = {
      name: "b.xlsx",
      sheets: [
        sheet("SD ON-2025-0001", printed([["Unique number", "ON-2025-0001"]])),
        sheet("SD ON-2025-0001 (2)", printed([["Unique number", "ON-2025-0001"]])),
        sheet("SD ON-2025-0002", printed([["Unique number", "ON-2025-0002"]])),
      ],
    };
    expect(
      unlistedPrinted(book, [{ number: "on-2025-0001", source: { sheet: "MB Declarations", row: 2 } }]),
    ).toEqual([{ sheet: "SD ON-2025-0002", number: "ON-2025-0002" }]);
  });
});

// (brk26 S8) The register, the printed SD sheets and the rows' SD numbers all gone: MB Trace (a row
// per issued line) and the hidden MB Config (the SD sheets massbal printed) still record the numbers
// issued. Before, Declare gave ON-2025-0001 to another sale; now it is refused, the place named.
describe("numbers MB Trace or MB Config records as issued, everything else deleted", () => {
  const gone = then(
    sheets((xs) => xs.filter((x) => x.name !== "MB Declarations" && !x.name.startsWith("SD "))),
    clearedNumbers,
    added,
  );
  const traceStatus = (status: CellValue) =>
    inSheet("MB Trace", (v) => v.map((r, i) => (i === 0 ? r : [r[0] ?? null, status, ...r.slice(2)])));
  const cases: [string, Edit, string][] = [
    ["MB Trace kept", gone, "ON-2025-0001 (MB Trace!A2), ON-2025-0002 (MB Trace!A3)"],
    [
      "MB Trace deleted too",
      then(gone, without("MB Trace")),
      'ON-2025-0001 (the hidden MB Config, which lists its printed sheet "SD ON-2025-0001")',
    ],
    ["MB Trace's status typed over", then(gone, traceStatus("storniert")), "ON-2025-0001 (MB Trace!A2)"],
    ["MB Trace's status cleared", then(gone, traceStatus(null)), "ON-2025-0001 (MB Trace!A2)"],
  ];
  it.each(cases)("%s: refused, the place named, the workbook unchanged", async (_, edit, named) => {
    const t = await declaredThenEdited(edit);
    const before = t.fake.snapshot();
    const run = declareWorkbook(t.port, TODAY);
    await expect(run).rejects.toThrow(UnlistedPrintedError);
    const message = await run.catch((e: Error) => e.message);
    expect(message).toContain(`This workbook records the SD numbers ${named}`);
    expect(message).toMatch(/Nothing was declared or written\. Put MB Declarations back/);
    expect(t.fake.snapshot()).toEqual(before);
  });

  it("a replaced SD's number counts too: never given to another sale", async () => {
    const t = makeFakePort(books(SALES));
    await declareWorkbook(t.port, TODAY);
    await declareWorkbook(t.port, {
      ...TODAY,
      cancel: [{ number: "ON-2025-0002", by: "Anna Weber", reason: "wrong address" }],
    });
    const edited = makeFakePort(
      then(
        gone,
        without("MB Config"),
        inSheet("MB Trace", (v) => v.filter((r, i) => i === 0 || r[0] === "ON-2025-0002")),
      )(t.fake.snapshot()),
    );
    await expect(declareWorkbook(edited.port, TODAY)).rejects.toThrow(
      /records the SD number ON-2025-0002 \(MB Trace!A2\) as issued/,
    );
  });

  // no record of a number is left in the workbook: numbered from 0001 (a copy beside still stops it)
  it("must not change: a draft's or a held-back line is no evidence of a number", async () => {
    const t = await declaredThenEdited(
      then(
        gone,
        without("MB Config"),
        inSheet("MB Trace", (v) => [v[0]!, ["DRAFT 1", "Draft"], ["", "Held back"]]),
      ),
    );
    expect(summary(await declareWorkbook(t.port, TODAY)).map((r) => r[0])).toEqual([
      "ON-2025-0001",
      "ON-2025-0002",
      "ON-2025-0003",
      "ON-2025-0004",
    ]);
  });
});

// (brk26 S8) Check rewrote MB Trace and MB Config from what it read (no register: no lines), so the
// last record went, and the next Declare gave ON-2025-0001 again. Now it says so and keeps them.
describe("Check where MB Trace or MB Config alone records the numbers", () => {
  const gone = then(
    sheets((xs) => xs.filter((x) => x.name !== "MB Declarations" && !x.name.startsWith("SD "))),
    clearedNumbers,
  );
  const said = (o: Awaited<ReturnType<typeof checkWorkbook>>) =>
    o.findings
      .filter((f) => f.code === "declaration-recorded-unlisted")
      .map((f) => [f.severity, f.sheet, f.cell ?? null]);
  it("MB Trace kept: an error at each line, MB Trace left as it is, Declare still refused", async () => {
    const t = await declaredThenEdited(gone);
    const trace = t.fake.grid("MB Trace").map((r) => r.map((c) => c?.value));
    expect(said(await checkWorkbook(t.port, TODAY))).toEqual(
      ["A2", "A3", "A4"].map((cell) => ["error", "MB Trace", cell]),
    );
    expect(t.fake.grid("MB Trace").map((r) => r.map((c) => c?.value))).toEqual(trace);
    await expect(declareWorkbook(t.port, TODAY)).rejects.toThrow(/ON-2025-0001 \(MB Trace!A2\)/);
  });
  it("MB Trace deleted: an error on MB Config, which goes on listing the sheets", async () => {
    const t = await declaredThenEdited(then(gone, without("MB Trace")));
    expect(said(await checkWorkbook(t.port, TODAY))).toEqual(
      ["0001", "0002", "0003"].map(() => ["error", "MB Config", null]),
    );
    await expect(declareWorkbook(t.port, TODAY)).rejects.toThrow(
      /ON-2025-0001 \(the hidden MB Config, which lists its printed sheet "SD ON-2025-0001"\)/,
    );
  });
  it("must not change: a workbook as massbal left it, checked, says nothing of it", async () => {
    const t = await declaredThenEdited((s) => s);
    expect(said(await checkWorkbook(t.port, TODAY))).toEqual([]);
  });
});
