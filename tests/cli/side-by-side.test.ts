// Receipts and deliveries kept side by side on one sheet (brk8 #7), through the real massbal on real
// .xlsx files: the receipts give credit and the deliveries draw on it, the issued numbers go into
// the deliveries' SD column only; a sheet whose sides cannot be told apart is refused at its header.
import path from "node:path";
import ExcelJS from "exceljs";
import { type BookCell, ISSUING_RECEIPT_HEADER, issuingReceipt } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { checkJson, freshFolderPerTest, writeBook } from "./run-massbal";
import { declareBook, deliveryHeader, sale } from "./sd-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const blank = (n: number): BookCell[] => Array.from({ length: n }, () => null);
const IN = ISSUING_RECEIPT_HEADER.length;
const OUT = deliveryHeader().length;

it("check: Eingang / Ausgang over the blocks, more receipts than deliveries: credit in, sales out, nothing to agree", async () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const file = await writeBook(folder.path, "uco.xlsx", {
    Einstellungen: [
      ["Einstellung", "Wert"],
      ["Firmenname", "X"],
      ["Schema", "ISCC EU"],
    ],
    UCO: [
      ["UCO 2025 Q1"],
      ["Eingang", null, null, null, null, null, null, null, "Ausgang"],
      [
        "Datum",
        "Lieferant",
        "Zertifikat",
        "SD-Nr.",
        "Produkt",
        "Menge (t)",
        "Claim",
        null,
        "Datum",
        "Kunde",
        "Produkt",
        "Menge (t)",
        "Nachhaltig",
      ],
      [
        d("2025-01-05"),
        "Fett AG",
        "EU-ISCC-Cert-DE100-10001",
        "SD-A-1",
        "UCO",
        20,
        "EU RED compliant",
        null,
        d("2025-01-20"),
        "Raff X",
        "UCO",
        15,
        "ja",
      ],
      [
        d("2025-02-05"),
        "Fett AG",
        "EU-ISCC-Cert-DE100-10001",
        "SD-A-2",
        "UCO",
        10,
        "EU RED compliant",
        null,
        d("2025-02-20"),
        "Raff X",
        "UCO",
        25,
        "ja",
      ],
      [d("2025-03-05"), "Fett AG", "EU-ISCC-Cert-DE100-10001", "SD-A-3", "UCO", 10, "EU RED compliant"],
    ],
  });
  const report = checkJson<JsonReport>(folder.path, file);
  expect(report.sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.block, s.rows])).toEqual([
    ["receipts", "A:G", 3],
    ["deliveries", "I:M", 2],
  ]);
  const codes = report.findings.map((f) => f.code);
  expect(codes).not.toContain("quantity-columns-disagree");
  expect(codes).not.toContain("second-quantity-column");
  expect(codes).not.toContain("negative-balance");
  expect(report.balances).toEqual([
    expect.objectContaining({ product: "UCO", received: "40", delivered: "40", closing: "0" }),
  ]);
});

it("declare: two sets of columns with a blank between: declarations draw on the receipts, numbers go into the deliveries' SD column", async () => {
  const rows: BookCell[][] = [
    [...ISSUING_RECEIPT_HEADER, null, ...deliveryHeader("SD number")],
    [...issuingReceipt("2025-01-05", "AS-1", 60, 30), null, ...sale("2025-02-01", 50, null)],
    [...blank(IN), null, ...sale("2025-02-10", 40, null)],
    [...issuingReceipt("2025-01-07", "AS-2", 40, 30), null, ...blank(OUT)],
  ];
  const report = await declareBook(folder.path, { Handel: rows });
  expect(report.sheets.filter((s) => s.name === "Handel").map((s) => [s.kind, s.block])).toEqual([
    ["receipts", "A:L"],
    ["deliveries", "N:T"],
  ]);
  expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(report.declarations.map((x) => [x.status, x.quantity, x.inputs])).toEqual([
    ["new", "50", [{ sd: "AS-1", quantity: "50" }]],
    [
      "new",
      "40",
      [
        { sd: "AS-1", quantity: "10" },
        { sd: "AS-2", quantity: "30" },
      ],
    ],
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "books.audited.xlsx"));
  const sheet = wb.getWorksheet("Handel") as ExcelJS.Worksheet;
  // the receipts' SD column as typed (row 3 has no receipt: its SD cell stays blank)
  expect([2, 3, 4].map((r) => sheet.getCell(`D${r}`).value)).toEqual(["AS-1", null, "AS-2"]);
  expect([2, 3].map((r) => sheet.getCell(`T${r}`).value)).toEqual(report.declarations.map((x) => x.number));
});

it("check: a sheet of both sides whose blocks cannot be told apart is refused at its header, not read as deliveries", async () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const file = await writeBook(folder.path, "both.xlsx", {
    Settings: [
      ["Setting", "Value"],
      ["Company name", "X"],
      ["Scheme", "ISCC EU"],
    ],
    Book: [
      ["Supplier", "Date", "Quantity (t)", "Product", "Date", "Customer", "Quantity (t)"],
      ["Fett AG", d("2025-01-05"), 20, "UCO", d("2025-01-20"), "Raff X", 15],
    ],
  });
  const report = checkJson<JsonReport>(folder.path, file);
  expect(report.findings.filter((f) => f.sheet === "Book").map((f) => [f.severity, f.code, f.cell])).toEqual([
    ["error", "header-not-found", "A1"],
  ]);
  expect(report.balances.every((b) => b.delivered === "0" || !b.complete)).toBe(true);
});

describe("no group row: each block's quantity headed by its side's word (brk9 t13)", () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const settingsSheet = [
    ["Einstellung", "Wert"],
    ["Firmenname", "X"],
    ["Schema", "ISCC EU"],
  ];
  const outs = [
    ["Datum", "Kunde", "Produkt", "Ausgang (t)"],
    [d("2025-05-20"), "Raff X", "UCO", 15],
    [d("2025-05-21"), "Raff X", "UCO", 15],
  ];
  const beside = (ins: BookCell[][]) =>
    ins.map((row, i) => [...row, ...blank(7 - row.length), null, ...(outs[i] ?? [])]);

  it("check: 'Eingang (t)' beside 'Ausgang (t)', a date in each block: deliveries keep their own dates and draw on the receipts", async () => {
    const file = await writeBook(folder.path, "flows.xlsx", {
      Einstellungen: settingsSheet,
      UCO: [
        ["UCO 2025"],
        ...beside([
          ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Eingang (t)", "Claim"],
          [d("2025-01-05"), "Fett AG", "SD-1", "UCO", 20, "EU RED compliant"],
          [d("2025-01-06"), "Fett AG", "SD-2", "UCO", 20, "EU RED compliant"],
        ]),
      ],
    });
    const report = checkJson<JsonReport>(folder.path, file);
    expect(report.sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.block, s.rows])).toEqual([
      ["receipts", "A:F", 2],
      ["deliveries", "I:L", 2],
    ]);
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain("duplicate-sd");
    expect(codes).not.toContain("overdraft");
    expect(codes).not.toContain("negative-balance");
    // receipts in January give 40 t; the deliveries in May draw 30 t of it
    expect(
      report.balances.map((b) => [b.periodStart, b.received, b.delivered, b.closing, b.complete]),
    ).toEqual([
      ["2025-01-01", "40", "0", "40", true],
      ["2025-04-01", "0", "30", "10", true],
    ]);
  });

  const flows = () =>
    beside([
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Eingang (t)", "Claim"],
      [d("2025-01-05"), "Fett AG", "SD-1", "UCO", 20, "EU RED compliant"],
      [d("2025-01-06"), "Fett AG", "SD-2", "UCO", 20, "EU RED compliant"],
    ]);
  const chosen = (kind: string) => [["MB Config"], ["mapping", "UCO", "sheetKind", "", kind]];
  /** The receipts (A:F, 40 t in January) and the deliveries (I:L, 30 t in May) each read as its own block. */
  const expectBothBlocksRead = (read: JsonReport) => {
    expect(read.sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.block])).toEqual([
      ["receipts", "A:F"],
      ["deliveries", "I:L"],
    ]);
    expect(read.balances.map((b) => [b.received, b.delivered, b.closing])).toEqual([
      ["40", "0", "40"],
      ["0", "30", "10"],
    ]);
  };

  it("check: a kind chosen in the Sheets tab (MB Config) on such a sheet: Receipts is the receipts' block's kind, a combined ledger is refused at the header", async () => {
    const asReceipts = await writeBook(folder.path, "chosen-receipts.xlsx", {
      Einstellungen: settingsSheet,
      UCO: [["UCO 2025"], ...flows()],
      "MB Config": chosen("receipts"),
    });
    const read = checkJson<JsonReport>(folder.path, asReceipts);
    expectBothBlocksRead(read);
    const asLedger = await writeBook(folder.path, "chosen-ledger.xlsx", {
      Einstellungen: settingsSheet,
      UCO: [["UCO 2025"], ...flows()],
      "MB Config": chosen("ledger"),
    });
    const refused = checkJson<JsonReport>(folder.path, asLedger);
    expect(
      refused.findings.filter((f) => f.sheet === "UCO").map((f) => [f.severity, f.code, f.cell]),
    ).toEqual([["error", "header-not-found", "A2"]]);
    expect(refused.findings.find((f) => f.sheet === "UCO")?.message).toContain(
      'the kind chosen for it in the add-in\'s Sheets tab ("Combined ledger") would read the two as one table',
    );
    expect(refused.balances.every((b) => !b.complete)).toBe(true);
  });

  it("check (p-blocks): Deliveries chosen for the receipts' block (MB Config, with its column) is refused at the header; chosen for the deliveries' block, read", async () => {
    const withChoice = (name: string, column: string) =>
      writeBook(folder.path, name, {
        Einstellungen: settingsSheet,
        UCO: [["UCO 2025"], ...flows()],
        "MB Config": [["MB Config"], ["mapping", "UCO", "sheetKind", column, "deliveries"]],
      });
    const refused = checkJson<JsonReport>(folder.path, await withChoice("block-astray.xlsx", "A"));
    const said = refused.findings.filter((f) => f.sheet === "UCO");
    expect(said.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "header-not-found", "A2"]]);
    expect(said[0]?.message).toContain(
      'the kind chosen in the add-in\'s Sheets tab for its columns A:F ("Deliveries") is not what their headings say (receipts)',
    );
    expect(refused.balances.every((b) => !b.complete)).toBe(true);
    const read = checkJson<JsonReport>(folder.path, await withChoice("block-fits.xlsx", "I"));
    expectBothBlocksRead(read);
  });

  it("check: receipts with a claim and no SD column are said at the header, never a false negative balance from deliveries read with their dates", async () => {
    const file = await writeBook(folder.path, "flows-nosd.xlsx", {
      Einstellungen: settingsSheet,
      UCO: [
        ["UCO 2025"],
        ...beside([
          ["Datum", "Lieferant", "Produkt", "Eingang (t)", "Claim"],
          [d("2025-01-05"), "Fett AG", "UCO", 20, "EU RED compliant"],
          [d("2025-01-06"), "Fett AG", "UCO", 20, "EU RED compliant"],
        ]),
      ],
    });
    const report = checkJson<JsonReport>(folder.path, file);
    expect(report.sheets.filter((s) => s.name === "UCO").map((s) => s.kind)).toEqual([
      "receipts",
      "deliveries",
    ]);
    expect(report.findings.filter((f) => f.sheet === "UCO").map((f) => [f.code, f.cell])).toEqual([
      ["mapping-uncertain", "A2"],
    ]);
    expect(report.balances.every((b) => !b.complete)).toBe(true);
  });
});

describe("p-blocks: transfers and quantities cut short, through massbal", () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const settingsSheet = [
    ["Einstellung", "Wert"],
    ["Firmenname", "X"],
    ["Schema", "ISCC EU"],
  ];

  it("check: 'Datum | Von | Abgang (t) | Datum | Nach | Zugang (t)' is refused at its header as transfers, no receipt or delivery booked", async () => {
    const file = await writeBook(folder.path, "transfer.xlsx", {
      Einstellungen: settingsSheet,
      Umbuchung: [
        ["Datum", "Von", "Produkt", "Abgang (t)", "Datum", "Nach", "Produkt", "Zugang (t)"],
        [d("2025-01-05"), "Werk A", "UCO", 20, d("2025-01-07"), "Werk B", "UCO", 20],
      ],
    });
    const report = checkJson<JsonReport>(folder.path, file);
    const said = report.findings.filter((f) => f.sheet === "Umbuchung");
    expect(said.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "header-not-found", "A1"]]);
    expect(said[0]?.message).toContain("it may record transfers between sites");
    expect(report.sheets.filter((s) => s.name === "Umbuchung").map((s) => s.kind)).toEqual(["ledger"]);
    expect(report.balances.every((b) => b.received === "0" && b.delivered === "0")).toBe(true);
  });

  // brk10: plain quantities and no blank column: read as one Transfers table, the arrival's date,
  // product and quantity were dropped without a word
  it.each([
    ["Umbuchungen", ["Datum", "Von", "Produkt", "Menge (t)", "Datum", "Nach", "Produkt", "Menge (t)"]],
    ["Transfers", ["Date", "From", "Product", "Quantity (t)", "Date", "To", "Product", "Quantity (t)"]],
    ["Transferts", ["Date", "De", "Produit", "Quantité (t)", "Date", "Vers", "Produit", "Quantité (t)"]],
  ])(
    "check: a transfer sheet %p of two blocks with no blank column is refused at its header",
    async (name, head) => {
      const file = await writeBook(folder.path, "transfer-nogap.xlsx", {
        Einstellungen: [...settingsSheet.slice(0, 2), ["Schema", "ISCC PLUS"]],
        [name]: [head, [d("2025-01-05"), "Werk A", "UCO", 20, d("2025-01-07"), "Werk B", "UCO", 20]],
      });
      const report = checkJson<JsonReport>(folder.path, file);
      const said = report.findings.filter((f) => f.sheet === name);
      expect(said.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "header-not-found", "A1"]]);
      expect(said[0]?.message).toContain("it may record transfers between sites");
      expect(report.sheets.filter((s) => s.name === name).map((s) => [s.kind, s.rows])).toEqual([
        ["ledger", 0],
      ]);
    },
  );

  it.each([
    [
      "Herkunft / Ziel",
      null,
      ["Datum", "Herkunft", "Produkt", "Abgang (t)", null, "Datum", "Ziel", "Produkt", "Zugang (t)"],
    ],
    [
      "Origin / Destination",
      null,
      ["Date", "Origin", "Product", "Out (t)", null, "Date", "Destination", "Product", "In (t)"],
    ],
    [
      "group row Umlagerung Ausgang / Eingang over Werk",
      ["Umlagerung Ausgang", null, null, null, null, "Umlagerung Eingang"],
      ["Datum", "Werk", "Produkt", "Menge (t)", null, "Datum", "Werk", "Produkt", "Menge (t)"],
    ],
  ])(
    "check (brk11 t1): %s is refused at its header as transfers, nothing delivered or received",
    async (_, group, header) => {
      const body = [d("2025-01-10"), "Werk Nord", "UCO", 20, null, d("2025-01-12"), "Werk Süd", "UCO", 20];
      const file = await writeBook(folder.path, "transfer-ends.xlsx", {
        Einstellungen: settingsSheet,
        Umlagerung: [...(group ? [group] : []), header, body],
      });
      const report = checkJson<JsonReport>(folder.path, file);
      const said = report.findings.filter((f) => f.sheet === "Umlagerung");
      expect(said.map((f) => [f.severity, f.code, f.cell])).toEqual([
        ["error", "header-not-found", group ? "A2" : "A1"],
      ]);
      expect(said[0]?.message).toContain("it may record transfers between sites");
      expect(report.balances.every((b) => b.received === "0" && b.delivered === "0")).toBe(true);
      expect(report.declarations).toEqual([]);
    },
  );

  it("check: 'Eing. (t)' / 'Ausg. (t)' read as the two blocks; 'Ent. (t)' / 'Sal. (t)' refused at the header", async () => {
    const rows = (a: string, b: string) => [
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", a, "Claim", null, "Datum", "Kunde", "Produkt", b],
      [
        d("2025-01-05"),
        "Fett AG",
        "SD-1",
        "UCO",
        20,
        "EU RED compliant",
        null,
        d("2025-05-20"),
        "Raff X",
        "UCO",
        15,
      ],
    ];
    const read = checkJson<JsonReport>(
      folder.path,
      await writeBook(folder.path, "cut.xlsx", {
        Einstellungen: settingsSheet,
        UCO: rows("Eing. (t)", "Ausg. (t)"),
      }),
    );
    expect(read.sheets.filter((s) => s.name === "UCO").map((s) => [s.kind, s.block, s.rows])).toEqual([
      ["receipts", "A:F", 1],
      ["deliveries", "H:K", 1],
    ]);
    expect(read.balances.map((b) => [b.periodStart, b.received, b.delivered, b.closing])).toEqual([
      ["2025-01-01", "20", "0", "20"],
      ["2025-04-01", "0", "15", "5"],
    ]);
    const refused = checkJson<JsonReport>(
      folder.path,
      await writeBook(folder.path, "cut-unclear.xlsx", {
        Einstellungen: settingsSheet,
        UCO: rows("Ent. (t)", "Sal. (t)"),
      }),
    );
    expect(refused.findings.filter((f) => f.sheet === "UCO").map((f) => [f.code, f.cell])).toEqual([
      ["header-not-found", "A1"],
    ]);
  });

  it("check: 'Eingang (kg)' over a plain 'Menge' reads the receipts in kg; over 'Menge (t)' the block is refused at the heading", async () => {
    const rows = (qa: string) => [
      ["Eingang (kg)", null, null, null, null, null, "Ausgang (kg)"],
      ["Datum", "Lieferant", "SD-Nr.", "Produkt", qa, "Claim", "Datum", "Kunde", "Produkt", "Menge"],
      [
        d("2025-01-05"),
        "Fett AG",
        "SD-1",
        "UCO",
        20000,
        "EU RED compliant",
        d("2025-05-20"),
        "Raff X",
        "UCO",
        15000,
      ],
    ];
    const read = checkJson<JsonReport>(
      folder.path,
      await writeBook(folder.path, "group-kg.xlsx", { Einstellungen: settingsSheet, UCO: rows("Menge") }),
    );
    expect(read.findings.filter((f) => f.sheet === "UCO" && f.severity === "error")).toEqual([]);
    expect(read.balances.map((b) => [b.unit, b.received, b.delivered, b.closing])).toEqual([
      ["t", "20", "0", "20"],
      ["t", "0", "15", "5"],
    ]);
    const refused = checkJson<JsonReport>(
      folder.path,
      await writeBook(folder.path, "group-t.xlsx", { Einstellungen: settingsSheet, UCO: rows("Menge (t)") }),
    );
    expect(refused.findings.filter((f) => f.sheet === "UCO").map((f) => [f.code, f.cell])).toEqual([
      ["header-not-found", "E2"],
    ]);
    expect(refused.balances.every((b) => b.received === "0" && !b.complete)).toBe(true);
  });
});
