// (p-sdstatus) A column of the proof's status (workbook/proof-status.ts), over headings and cells
// in de, en, fr, it, es, nl and pl, on receipts and on deliveries, each sheet a real .xlsx read
// back. Before, a receipt "SD Status: abgelehnt" (or "fehlt", "pending", "cancelled") was credited
// in full without a word (the column dropped), "Status Nachweis: storniert" left the line out as
// cancelled and "Status Nachweis: fehlt" was a status the add-in does not read; a sale "SD
// Status: storniert" was declared anew.
import ExcelJS from "exceljs";
import fc from "fast-check";
import type { Finding } from "../../src/engine/result";
import { readWorkbook } from "../../src/workbook/read";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx-workbook";
import { proofHeading, proofState, type ProofState } from "../../src/workbook/proof-status";
import { serial, sheet } from "./fixtures";

/** Headings of a proof's status, by language. */
const STATUS_HEADINGS = [
  "SD Status",
  "Status SD",
  "SD-Status",
  "Nachweisstatus",
  "Status Nachweis",
  "Status NB",
  "PoS Status",
  "PoS status",
  "Statut DD",
  "Statut PdD",
  "Stato PoS",
  "Stato SD",
  "Estado PoS",
  "Estado DdS",
  "Status DV",
  "Status SD (PoS)",
  "SD Status / Nr.",
  "Stan SD",
];

/** Headings of a proof having come, by language. */
const CAME_HEADINGS = [
  "SD erhalten",
  "SD erhalten?",
  "SD vorhanden",
  "SD liegt vor",
  "Nachweis eingegangen",
  "PoS available",
  "DD reçue",
  "PoS ricevuto",
  "PoS recibido",
  "SD ontvangen",
  "SD otrzymano",
];

/** Headings that are no proof status: a line's status, a day, a number, a certificate, a proof alone. */
const OTHER_HEADINGS = [
  "Status",
  "Lieferstatus",
  "SD-Nr.",
  "SD number",
  "Status no.",
  "SD Status Datum",
  "SD erhalten am",
  "Zertifikat Status",
  "Certificate status",
  "Invoice status",
  "Bemerkung",
  "SD Bemerkung / Status",
  "Remarks PoS status",
  "Erhalten",
];

/** Cells by what they say of the proof, by language. */
const CELLS: Record<Exclude<ProofState, "blank">, string[]> = {
  there: [
    "erhalten",
    "liegt vor",
    "ja",
    "Ja",
    "vorhanden",
    "erhalten am 12.03.2025",
    "received",
    "Received 05/01",
    "yes",
    "ok",
    "reçu",
    "reçue",
    "ricevuto",
    "recibido",
    "ontvangen",
    "otrzymano",
  ],
  missing: [
    "offen",
    "fehlt",
    "fehlt noch",
    "angefordert",
    "ausstehend",
    "nein",
    "nicht erhalten",
    "pending",
    "missing",
    "requested",
    "not received",
    "en attente",
    "manquante",
    "mancante",
    "in attesa",
    "pendiente",
    "falta",
    "ontbreekt",
    "aangevraagd",
    "brak",
    "oczekuje",
  ],
  void: [
    "abgelehnt",
    "storniert",
    "ungültig",
    "zurückgezogen",
    "ersetzt durch SD-123",
    "rejected",
    "cancelled",
    "void",
    "invalid",
    "replaced by SD-9",
    "annulée",
    "refusée",
    "remplacée par DD-7",
    "respinta",
    "annullata",
    "rechazada",
    "anulado",
    "afgewezen",
    "vervangen door SD-4",
    "odrzucono",
    "anulowano",
  ],
  unread: ["xyz", "Lieferant", "SD-5 ersetzt SD-4", "ersetzt", "12", "Lieferschein"],
};

const ALL: [Exclude<ProofState, "blank">, string][] = Object.entries(CELLS).flatMap(([state, cells]) =>
  cells.map((c) => [state as Exclude<ProofState, "blank">, c] as [Exclude<ProofState, "blank">, string]),
);

describe("which headings head a column of the proof's status", () => {
  it.each(STATUS_HEADINGS)("%j: the proof's status", (h) => expect(proofHeading(h)).toBe("status"));
  it.each(CAME_HEADINGS)("%j: whether the proof has come", (h) => expect(proofHeading(h)).toBe("came"));
  it.each(OTHER_HEADINGS)("%j: none", (h) => expect(proofHeading(h)).toBeNull());
});

describe("what a cell says of the proof, read with the remarks' one table", () => {
  it.each(ALL)("%s: %j", (state, cell) => {
    expect(proofState(cell, "status")).toBe(state);
    expect(proofState(cell.toUpperCase(), "came")).toBe(
      state === "unread" && cell === "12" ? "unread" : state,
    );
  });
  it.each([null, "", "  ", "-", "—"])("%j is blank", (v) => expect(proofState(v, "status")).toBe("blank"));
  it("a yes/no or a date says there or missing under a heading of having come only", () => {
    expect([true, "x", 1, new Date(Date.UTC(2025, 0, 3))].map((v) => proofState(v, "came"))).toEqual([
      "there",
      "there",
      "there",
      "there",
    ]);
    expect([false, "n", 0].map((v) => proofState(v, "came"))).toEqual(["missing", "missing", "missing"]);
    expect([true, 1, 45000, new Date(Date.UTC(2025, 0, 3))].map((v) => proofState(v, "status"))).toEqual([
      "unread",
      "unread",
      "unread",
      "unread",
    ]);
  });
  it("a day beside a word (a date, 'am', 'on') and the case change nothing", () =>
    fc.assert(
      fc.property(
        // ("nein 05/01/2025" is no answer the table reads: refused, unread)
        fc.constantFrom(...ALL.filter(([s, c]) => s !== "unread" && c !== "nein")),
        fc.constantFrom("", " am 12.03.", " 05/01/2025", " (12.03.)", " on 5.1."),
        fc.boolean(),
        ([state, cell], day, upper) =>
          proofState(`${upper ? cell.toUpperCase() : cell}${day}`, "status") === state,
      ),
      { numRuns: 200 },
    ));
});

type Cell = string | boolean | Date | null;

/**
 * The read of a sheet of `side` whose column G, headed `heading`, holds `cells` from row 2; each
 * receipt with its SD number, each delivery marked "ja" sustainable; row i of 10 × i t.
 */
async function readSide(side: "Receipts" | "Deliveries", heading: string, cells: Cell[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(side);
  const party = side === "Receipts" ? "Supplier" : "Customer";
  const sixth = side === "Receipts" ? "SD number" : "Sustainable";
  ws.addRow(["Date", "Product", "Quantity (t)", party, "Country", sixth, heading]);
  cells.forEach((v, i) =>
    ws.addRow([
      new Date(Date.UTC(2025, 0, i + 2)),
      "UCO",
      10 * (i + 1),
      `${party} ${i}`,
      "DE",
      side === "Receipts" ? `SD-25-${i}` : "ja",
      v,
    ]),
  );
  const book = await XlsxWorkbook.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "Books.xlsx");
  return readWorkbook(await book.readSnapshot());
}

/** Row-level findings as "severity cell reason". */
const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => `${f.severity} ${f.cell} ${f.details && "reason" in f.details ? f.details.reason : f.code}`);

const RECEIPT_REASON: Record<Exclude<ProofState, "blank">, string | null> = {
  there: null,
  missing: "proof-missing",
  void: "proof-void",
  unread: "proof-status-unread",
};

// (p-sdstatus2) was: there null (a new SD issued beside the one that exists), unread
// proof-status-unread (whose advice "erhalten" now says an SD exists)
const DELIVERY_REASON: Record<Exclude<ProofState, "blank">, string | null> = {
  there: "sold-sd-issued",
  missing: null,
  void: "sold-sd-void",
  unread: "sold-sd-status-unread",
};

/** "ja", "yes", "ok" under "SD Status": there on a receipt, but on a sale issued or wanted, unclear. */
const BARE = new Set(["ja", "Ja", "yes", "ok"]);

/** The expected marks of ALL's cells, then a blank, in column G from row 2. */
const expected = (reasons: Record<string, string | null>, blank: string | null) =>
  [
    ...ALL.map(
      ([state, c]) =>
        (reasons === DELIVERY_REASON && BARE.has(c) ? "sold-sd-status-unread" : reasons[state]) ?? null,
    ),
    blank,
  ]
    .map((reason, i) => (reason ? `error G${i + 2} ${reason}` : null))
    .filter((m): m is string => m !== null);

describe.each([...STATUS_HEADINGS, ...CAME_HEADINGS])('a column headed "%s"', (heading) => {
  it("on receipts: there credited, missing and void refused at the cell, unread and blank refused", async () => {
    const cells = [...ALL.map(([, c]) => c), null];
    const { ledger, findings } = await readSide("Receipts", heading, cells);
    expect(marks(findings)).toEqual(expected(RECEIPT_REASON, "proof-status-unread"));
    // only the rows whose SD has come are booked
    const credited = ALL.flatMap(([state], i) => (state === "there" ? [String(10 * (i + 1))] : []));
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(credited);
  });
});

// (on a sales sheet with no SD number column, "SD erhalten" is still read as its SD number: left
// alone, its words refused there as invalid-value)
describe.each(STATUS_HEADINGS)('a sales column headed "%s"', (heading) => {
  it("on deliveries: an SD issued, cancelled or replaced refused, missing or blank declared by the add-in", async () => {
    const cells = [...ALL.map(([, c]) => c), null];
    const { ledger, findings } = await readSide("Deliveries", heading, cells);
    expect(marks(findings)).toEqual(expected(DELIVERY_REASON, null));
    const read = [...ALL.map(([state]) => DELIVERY_REASON[state] === null), true];
    expect(ledger.deliveries.map((d) => d.quantity)).toEqual(
      read.flatMap((ok, i) => (ok ? [String(10 * (i + 1))] : [])),
    );
  });
});

describe("a column of the proof's status left blank", () => {
  it("throughout says nothing: every receipt is credited", async () => {
    const { ledger, findings } = await readSide("Receipts", "SD Status", [null, null, "-"]);
    expect(marks(findings)).toEqual([]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10", "20", "30"]);
  });
  it("beside stated rows refuses a receipt with an SD number, as a blank approval beside ticked ones is", async () => {
    const { findings } = await readSide("Receipts", "SD erhalten", ["ja", null, "ja"]);
    expect(marks(findings)).toEqual(["error G3 proof-status-unread"]);
  });
});

// (p-saleremark) a sale marked sustainable whose proof status says it goes without an SD ("nicht
// erforderlich", "kein SD", "nicht ausstellen", "entfällt", "not required", "non requise") was
// declared; now refused as a remark saying so is (sold-without-sd); "folgt", "offen" are the SD to issue
describe("a sale's proof status saying it goes without an SD", () => {
  const WITHOUT = [
    "nicht erforderlich",
    "kein SD",
    "nicht ausstellen",
    "entfällt",
    "not required",
    "non requise",
  ];
  const TO_ISSUE = ["folgt", "offen", "pending", "to follow"];
  it("is refused where the row is read as sustainable, the SD to come is declared", () => {
    const day = serial("2025-02-01");
    const r = readWorkbook({
      name: "Sales.xlsx",
      sheets: [
        sheet("Verkauf", [
          ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig", "SD Status"],
          ...[...WITHOUT, ...TO_ISSUE].map((v) => [day, "Fuel AG", "UCO", 5, "ja", v]),
          [day, "Fuel AG", "UCO", 5, "nein", "kein SD"],
        ]),
      ],
    });
    expect(
      r.findings.map((f) => [f.code, f.cell, (f.details as { reason?: string } | undefined)?.reason]),
    ).toEqual(WITHOUT.map((_, i) => ["row-unconfirmed", `F${i + 2}`, "sold-without-sd"]));
    expect(r.ledger.deliveries).toHaveLength(TO_ISSUE.length + 1);
  });
});
