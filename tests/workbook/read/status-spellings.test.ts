// A line the keeper marked as not real is never booked silently (a new user's test): under any
// heading that names a status ("Lieferstatus", "QA-Status", "Freigabe", "Stand", "Situación",
// "Stato consegna"…), and whatever qualifies the status word ("rejected 12.03.", "Entwurf 2",
// "abgelehnt (QA)", "not approved"), on receipts, deliveries, a combined ledger and production.
// Through real .xlsx files built by exceljs; the words themselves by a property
// (src/workbook/status-read.ts, status-headings.ts).
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Finding } from "../../../src/engine/result";
import { readWorkbook } from "../../../src/workbook/read";
import { statusOf } from "../../../src/workbook/status-read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";

type Cell = string | number | Date | null;
const day = (d: number) => new Date(Date.UTC(2025, 0, d));

/** One sheet per kind, its status column last; `status` is that column's heading. */
const KINDS: Record<string, { name: string; header: string[]; row: (i: number) => Cell[] }> = {
  receipts: {
    name: "Receipts",
    header: ["Date", "Product", "Quantity (t)", "Supplier", "SD number"],
    row: (i) => [day(i + 2), "UCO", 10 * (i + 1), `Supplier ${i}`, `SD-25-${i}`],
  },
  deliveries: {
    name: "Sales",
    header: ["Date", "Product", "Quantity (t)", "Customer"],
    row: (i) => [day(i + 2), "UCO", 10 * (i + 1), "Raffinerie Nord AG"],
  },
  ledger: {
    name: "Ledger",
    header: ["Date", "Type", "Counterparty", "Product", "In (t)", "Out (t)"],
    row: (i) => [day(i + 2), "Receipt", "Saipol", "UCO", 10 * (i + 1), null],
  },
  production: {
    name: "Production",
    header: ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
    row: (i) => [day(i + 2), "UCO", 10 * (i + 1), "HVO", 8 * (i + 1)],
  },
};

/** The kind's sheet with a column headed `heading` holding `statuses`, written by exceljs and read. */
async function read(kind: keyof typeof KINDS, heading: string, statuses: (string | null)[]) {
  const k = KINDS[kind]!;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(k.name);
  ws.addRow([...k.header, heading]);
  statuses.forEach((s, i) => ws.addRow([...k.row(i), s]));
  const snapshot = await (
    await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
  ).readSnapshot();
  const { ledger, findings } = readWorkbook(snapshot);
  const booked =
    kind === "receipts"
      ? ledger.receipts.length
      : kind === "deliveries"
        ? ledger.deliveries.length
        : kind === "ledger"
          ? ledger.receipts.length + ledger.deliveries.length
          : ledger.production.length;
  const col = String.fromCharCode(65 + k.header.length);
  return { ledger, booked, findings, col, name: k.name };
}

const marks = (findings: Finding[]) =>
  findings.filter((f) => f.code.startsWith("row-")).map((f) => [f.severity, f.code, `${f.sheet}!${f.cell}`]);

describe("a status column under any heading that names a status", () => {
  const HEADINGS = [
    "Lieferstatus",
    "Status QA",
    "QA-Status",
    "Delivery status",
    "Freigabe",
    "Freigabestatus",
    "Stand",
    "Estatus",
    "Situación",
    "Stato consegna",
    "Stato",
    "Statut livraison",
    "Prüfstatus",
    "Approval",
    "Release status",
    "Zustand",
    "Toestand",
    "Bemerkung QA",
    "State",
  ];
  it.each(HEADINGS)('under "%s", "storniert" is not booked and "rejected" is refused', async (heading) => {
    const { booked, findings, col, name } = await read("receipts", heading, ["ok", "storniert", "rejected"]);
    expect(booked).toBe(1);
    expect(marks(findings)).toEqual([
      ["info", "row-cancelled", `${name}!${col}3`],
      ["error", "row-unconfirmed", `${name}!${col}4`],
    ]);
  });

  // headings that name a place or a paper: their cells are not a line's status
  const OTHERS = [
    "Standort",
    "Invoice status",
    // (p-sdstatus) "SD status" is the proof's status: tests/workbook/proof-status.test.ts
  ];
  it.each(OTHERS)('"%s" is no status column: its cells are booked as they stand', async (heading) => {
    const { booked, findings } = await read("receipts", heading, ["gesperrt", "rejected"]);
    expect(booked).toBe(2);
    expect(marks(findings)).toEqual([]);
  });

  // headings that name a date, a place, a number or the stock: no status column, but a cell there
  // that says its row is blocked or rejected is read as in any column not read (h-lacksum,
  // unread-cancel.ts): refused at its cell, as the column's kind is unknown
  const UNREAD = [
    "Stand-Datum",
    "Ship-to State",
    "State/Province",
    "Estado/Provincia",
    "Release date",
    "Freigabedatum",
    "Status no.",
    "Bestand",
  ];
  it.each(UNREAD)(
    '"%s" is no status column: "gesperrt", "rejected" there refuse their rows',
    async (heading) => {
      const { booked, findings, col, name } = await read("receipts", heading, ["gesperrt", "rejected"]);
      expect(booked).toBe(0);
      expect(
        findings
          .filter((f) => f.code.startsWith("row-"))
          .map((f) => [f.cell, (f.details as { reason?: string }).reason]),
      ).toEqual([
        [`${col}2`, "unconfirmed-unread-column"],
        [`${col}3`, "unconfirmed-unread-column"],
      ]);
      expect(name).toBe("Receipts");
    },
  );
});

// the new user's spellings: a status word qualified by a date, a version, a reason, an agent, or
// denied; the words of production runs
const REFUSED = [
  "abgelehnt (QA)",
  "rejected - returned to supplier",
  "rejected 12.03.",
  "REJ",
  "unbestätigt",
  "unconfirmed",
  "unapproved",
  "not approved",
  "nicht freigegeben",
  "pending approval",
  "TBC",
  "Entwurf 2",
  "draft v2",
  "planned Q2",
  "geplant: KW 12",
  "estimate",
  "geschätzt",
  "gesperrt",
  "blocked",
  "quarantine",
  "Quarantäne",
  "in Prüfung",
  "under review",
  "returned",
  "Retoure",
  "Rücksendung",
  "in transit",
  "unterwegs",
  "on hold",
  "nicht geliefert",
  "no ok",
  "n.i.O.",
  "QA rejected",
  "ok?",
  "delivered, then rejected by QA",
];
const PRODUCTION = [
  "aborted",
  "abgebrochen",
  "scrapped",
  "verschrottet",
  "Fehlcharge",
  "in progress",
  "läuft",
];

describe("a status word, whatever qualifies it, is that status", () => {
  it.each(["receipts", "deliveries", "ledger"] as const)(
    "on %s, each is refused at its cell",
    async (kind) => {
      const { booked, findings, col, name, ledger } = await read(kind, "Status", ["ok", ...REFUSED]);
      expect(booked).toBe(1);
      expect(marks(findings)).toEqual(
        REFUSED.map((_, i) => ["error", "row-unconfirmed", `${name}!${col}${i + 3}`]),
      );
      expect(ledger.incomplete).toBeDefined();
    },
  );

  it("on production, the words of a run not finished are refused too", async () => {
    const { booked, findings, col } = await read("production", "Status", ["erledigt", ...PRODUCTION]);
    expect(booked).toBe(1);
    expect(marks(findings)).toEqual(
      PRODUCTION.map((_, i) => ["error", "row-unconfirmed", `Production!${col}${i + 3}`]),
    );
  });

  it('"storniert/abgelehnt" and a cancellation with its date are cancelled, not merely said', async () => {
    const { booked, findings, col } = await read("receipts", "Status", [
      "storniert/abgelehnt",
      "storniert 12.03.",
      "cancelled (double booking)",
      null,
    ]);
    expect(booked).toBe(1);
    expect(marks(findings)).toEqual([2, 3, 4].map((r) => ["info", "row-cancelled", `Receipts!${col}${r}`]));
  });
});

describe("what stays booked, and what is said", () => {
  const BOOKED = [
    "delivered",
    "ok",
    "geliefert",
    "done",
    "erledigt",
    "bezahlt",
    "released",
    "freigegeben",
    "approved",
    "delivered 12.03.",
    "ok (checked MM)",
    "i.O.",
  ];
  it("a line done, however written, is booked without a word", async () => {
    const { booked, findings } = await read("deliveries", "Lieferstatus", BOOKED);
    expect(booked).toBe(BOOKED.length);
    expect(marks(findings)).toEqual([]);
  });

  // (brk26 S4) "open" on a line is an open order, call-off or invoice: not yet dispatched or
  // received, at best unclear, never done (until brk26 booked as done). Seven languages; the
  // words of a line done beside them must not change.
  const OPEN = [
    "offen",
    "open",
    "noch offen",
    "Offen (Abruf)",
    "still open",
    "ouvert",
    "aperto",
    "abierto",
    "openstaand",
    "otwarte",
  ];
  it.each(["receipts", "deliveries", "ledger"] as const)(
    "on %s, an open line is refused at its cell, a line done beside it booked",
    async (kind) => {
      const DONE = ["geliefert", "delivered", "livré", "consegnato", "entregado", "geleverd", "erledigt"];
      const { booked, findings, col, name } = await read(kind, "Status", [...OPEN, ...DONE]);
      expect(booked).toBe(DONE.length);
      expect(marks(findings)).toEqual(
        OPEN.map((_, i) => ["error", "row-unconfirmed", `${name}!${col}${i + 2}`]),
      );
    },
  );

  // (p-status4) words that only look like a status ("reverse", "shipping", "return"): free text
  // under a remark heading; under a status heading they are no status read (status-unknown.test.ts)
  const FREE = ["Reverse charge", "shipping via Rotterdam", "return trip empty"];
  it("a remark whose words only look like a status is booked without a word", async () => {
    const { booked, findings } = await read("deliveries", "Bemerkung", FREE);
    expect(booked).toBe(FREE.length);
    expect(marks(findings)).toEqual([]);
  });

  // a remark that mentions such a word, or tells a history that ends done: the add-in cannot tell
  // the line was not real, and refusing it would hold back a movement that took place; booking it
  // without a word would hide what the keeper wrote. Said at the cell.
  const REMARKS = [
    "rejected by QA, re-delivered 14.03.",
    "draft contract signed",
    "prévu le 12/01, livré",
    "rejected twice",
    "Lieferung geplant für 12.03., erfolgt",
  ];
  it.each(["receipts", "deliveries", "ledger", "production"] as const)(
    "on %s, a remark that only mentions one is booked and said at its cell",
    async (kind) => {
      const { booked, findings, col, name } = await read(kind, "Bemerkung", REMARKS);
      expect(booked).toBe(REMARKS.length);
      expect(marks(findings)).toEqual(
        REMARKS.map((_, i) => ["warning", "row-unconfirmed", `${name}!${col}${i + 2}`]),
      );
      expect(findings[0]!.message).toContain("cannot tell from this remark");
    },
  );
  // (p-remarks2) another document pending says nothing of the line: booked, nothing said
  it.each(["receipts", "deliveries", "ledger", "production"] as const)(
    'on %s, "invoice pending" in a remark is booked without a word',
    async (kind) => {
      const { booked, findings } = await read(kind, "Bemerkung", ["invoice pending", "Rechnung ausstehend"]);
      expect(booked).toBe(2);
      expect(marks(findings)).toEqual([]);
    },
  );
});

describe("the number of a line cancelled in its Status column", () => {
  it('"SD-1 storniert" in its SD cell stays taken', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Receipts");
    ws.addRow([...KINDS.receipts!.header, "Status"]);
    ws.addRow([day(2), "UCO", 10, "Saipol", "SD-1 storniert", "storniert"]);
    ws.addRow([day(3), "UCO", 20, "Saipol", "SD-2", null]);
    const snapshot = await (
      await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
    ).readSnapshot();
    const { ledger } = readWorkbook(snapshot);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["20"]);
    expect(ledger.usedSdNumbers).toEqual(expect.arrayContaining(["SD-1", "SD-2"]));
  });
});

describe("a status word keeps its meaning whatever follows it", () => {
  const word = fc.constantFrom(
    ["rejected", "unconfirmed"],
    ["abgelehnt", "unconfirmed"],
    ["Entwurf", "unconfirmed"],
    ["draft", "unconfirmed"],
    ["geplant", "unconfirmed"],
    ["in Prüfung", "unconfirmed"],
    ["not approved", "unconfirmed"],
    ["rechazado", "unconfirmed"],
    ["in sospeso", "unconfirmed"],
    ["afgekeurd", "unconfirmed"],
    ["storniert", "cancelled"],
    ["cancelled", "cancelled"],
    ["annulé", "cancelled"],
    ["delivered", null],
    ["geliefert", null],
    ["ok", null],
  );
  const dd = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, "0"));
  const tail = fc.oneof(
    fc.tuple(dd, dd).map(([d, m]) => ` ${d}.${m}.`),
    fc.tuple(dd, dd).map(([d, m]) => ` ${d}/${m}/2025`),
    fc.tuple(dd, dd).map(([d, m]) => ` 2025-${m}-${d}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(
          (v: number) => ` v${v}`,
          (v: number) => ` ${v}`,
          (v: number) => ` Version ${v}`,
          (v: number) => ` KW ${v}`,
          (v: number) => ` Q${(v % 4) + 1}`,
        ),
      )
      .map(([v, f]) => f(v)),
    fc.constantFrom(" (QA)", " - see mail", ": moisture", " (Lab 14.03.)", " – Feuchte zu hoch", "!", "."),
  );
  it("a date, a version, a week or a reason after it", () => {
    fc.assert(
      fc.property(word, tail, fc.boolean(), ([w, says], t, upper) => {
        const text = upper ? (w + t).toUpperCase() : w + t;
        expect(statusOf(text)).toBe(says);
      }),
    );
  });
});

// A new user's test found these booked silently (receipts credited, deliveries declared).
describe("a line booked twice, superseded, withdrawn, KO or crossed out is never booked silently", () => {
  const CANCELLED = [
    "Doppelbuchung",
    "Duplikat",
    "duplicate",
    "ersetzt durch Zeile 5",
    "superseded",
    "revoked",
    "retiré",
    "zurückgezogen",
    "nichtig",
    "obsolete",
  ];
  it.each(["receipts", "deliveries"] as const)(
    "on %s, under Status, each is cancelled at its cell",
    async (kind) => {
      const { booked, findings, col, name } = await read(kind, "Status", CANCELLED);
      expect(booked).toBe(0);
      expect(marks(findings)).toEqual(
        CANCELLED.map((_, i) => ["info", "row-cancelled", `${name}!${col}${i + 2}`]),
      );
    },
  );

  const REFUSED = ["KO", "✗", "❌", "✘", "🚫", "Sperrlager"];
  it.each(["receipts", "deliveries"] as const)(
    "on %s, under Status, each is refused at its cell",
    async (kind) => {
      const { booked, findings, col, name } = await read(kind, "Status", REFUSED);
      expect(booked).toBe(0);
      expect(marks(findings)).toEqual(
        REFUSED.map((_, i) => ["error", "row-unconfirmed", `${name}!${col}${i + 2}`]),
      );
    },
  );

  it('"n.i.O." under "Prüfung" is refused as under "QA-Status"', async () => {
    const { booked, findings, col } = await read("receipts", "Prüfung", ["n.i.O.", "i.O."]);
    expect(booked).toBe(1);
    expect(marks(findings)).toEqual([["error", "row-unconfirmed", `Receipts!${col}2`]]);
  });
});

describe("a yes/no mark under a heading that is a status is read as that status", () => {
  const CASES: [string, (string | null)[], string[]][] = [
    // heading, cells, what each row becomes: booked "", cancelled "c", refused "u"
    ["Storniert", ["x", "ja", "nein", null, "X"], ["c", "c", "", "", "c"]],
    ["Storno", ["X", "", "✓"], ["c", "", "c"]],
    ["Cancelled?", ["yes", "no", "Y"], ["c", "", "c"]],
    ["Gesperrt", ["x", "nein", null], ["u", "", ""]],
    ["Freigabe", ["nein", "ja", "x", "nicht freigegeben"], ["u", "", "", "u"]],
    ["Approved", ["no", "yes", "n"], ["u", "", "u"]],
  ];
  it.each(CASES)('under "%s", %j', async (heading, cells, expected) => {
    const { booked, findings, col } = await read("receipts", heading, cells);
    expect(booked).toBe(expected.filter((e) => e === "").length);
    const want = expected.flatMap((e, i) =>
      e === ""
        ? []
        : [
            [
              e === "c" ? "info" : "error",
              e === "c" ? "row-cancelled" : "row-unconfirmed",
              `Receipts!${col}${i + 2}`,
            ],
          ],
    );
    expect(marks(findings)).toEqual(want);
  });
});

describe("a merged status cell speaks for every row it covers", () => {
  it.each([
    ["storniert", "info", "row-cancelled"],
    ["rejected", "error", "row-unconfirmed"],
  ])('"%s" merged over rows 3 and 4 applies to both', async (status, severity, code) => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Receipts");
    ws.addRow([...KINDS.receipts!.header, "Status"]);
    for (let i = 0; i < 4; i++) ws.addRow([...KINDS.receipts!.row(i), i === 1 ? status : null]);
    ws.mergeCells("F3:F4");
    const snapshot = await (
      await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx")
    ).readSnapshot();
    const { ledger, findings } = readWorkbook(snapshot);
    expect(ledger.receipts.length).toBe(2);
    expect(marks(findings)).toEqual([
      [severity, code, "Receipts!F3"],
      [severity, code, "Receipts!F4"],
    ]);
  });
});
