// (brk27 S3) The same delivery note on two delivery rows ("Lieferschein-Nr." LS 4711 twice, a row
// pasted twice): before, each got its own SD, with no word. One delivery note is one dispatch: the
// second row of a note number already given for the same customer (a receipt: supplier) and
// product is refused at its note cell, not booked, the balances of its product incomplete. One
// note may list two products: rows of one note and different products are each read. Rows the
// same in every cell read, with no note or SD number to tell them apart, are booked as they
// stand (two trucks are possible) with a warning at the second.
//
// (h-transfer3) Transfers and production rows alike, where their sheet has a note column: the
// second transfer of one note between the same two sites of the same product, and the second
// production row of one note at the same site from the same input to the same output, are refused
// so (one note may list two products, or a crushing's oil and meal on two rows).
//
// The note column is read by its heading (NOTE_HEADINGS), beside the table's fields: no record
// field, so the rows' fingerprints (engine/fingerprint.ts) and the SDs already issued stay as they were.
import type {
  DeliveryInput,
  IncompleteInput,
  Ledger,
  ProductionInput,
  ReceiptInput,
  Source,
  TransferInput,
} from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAt, firstCell } from "../engine/source-cells";
import { canonical } from "../engine/fingerprint";
import { cellAddress, columnLetter } from "./a1";
import type { Grid } from "./grid";
import { fold, foldedWords } from "./normalise";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";

/** The words of a number beside a document's name ("Nr.", "No", "Nummer", "número", "numer", "#"). */
const NUMBER_WORDS = new Set(
  "nr|no|nos|n|nb|num|number|nummer|numero|numer|nro|ref|reference|referenz|id|zahl".split("|"),
);

/** The words between a number's word and what it numbers ("Numéro de …", "Number of …", "Nummer van …"). */
const OF = new Set("de|di|del|du|des|d|of|van|der|des".split("|"));

/**
 * (folded words, number words left out) Headings of a delivery note's number in seven languages:
 * de Lieferschein(-Nr.), en delivery/dispatch note, fr bon de livraison / BL, it bolla / DDT
 * (documento di trasporto), es albarán, nl pakbon / afleverbon, pl WZ (wydanie zewnętrzne).
 */
const NOTE_HEADINGS = new Set(
  [
    "lieferschein|lieferscheinnr|lieferscheinnummer|ls|ls nummer|lieferschein ref",
    "delivery note|dispatch note|despatch note|delivery note ref|dn|delivery docket|delivery slip|packing slip",
    "bon de livraison|bl|bon livraison|numero bl",
    "bolla|bolla di consegna|ddt|documento di trasporto|bolla ddt",
    "albaran|albaran de entrega|nota de entrega|guia de despacho",
    "pakbon|pakbonnummer|pakbonnr|afleverbon|leverbon",
    "wz|dokument wz|wydanie zewnetrzne|dowod dostawy",
  ]
    .join("|")
    .split("|"),
);

/** Whether a column's heading names a delivery note's number ("Lieferschein-Nr.", "N° BL", "Nr WZ"). */
export function isNoteHeading(heading: string): boolean {
  const words = foldedWords(heading.replace(/n[°º]/gi, " nr "))
    .split(" ")
    .filter((w) => w !== "" && !NUMBER_WORDS.has(w));
  while (words.length > 1 && OF.has(words[0] as string)) words.shift(); // "Numéro de bon…": "bon…"
  return words.length > 0 && NOTE_HEADINGS.has(words.join(" "));
}

interface Note {
  text: string;
  cell: string;
  heading: string;
}

/** The kinds of table whose rows' delivery notes are kept: what is bought, sold, moved or made. */
const NOTED: ReadonlySet<string> = new Set(["receipts", "deliveries", "ledger", "transfers", "production"]);

/** The delivery note cells of the receipts', deliveries', transfers' and production rows read, by sheet and row. */
export class NoteCells {
  private readonly notes = new Map<string, Note>();
  /** the grid of each sheet with deliveries, to compare two rows' every cell where their values read alike */
  private readonly grids = new Map<string, Grid>();
  /** the table of the rows read last, and its note column: rows come table by table */
  private table: Recognition | null = null;
  private col: number | null = null;

  /** Keeps the note of the row at `source` of table `rec` on `grid`, where a column not read as a field is headed as one. */
  read(grid: Grid, rec: Recognition, source: Source): void {
    if (!NOTED.has(rec.kind)) return;
    if (rec !== this.table) {
      this.table = rec;
      this.col = noteColumn(grid, rec);
      if (rec.kind === "deliveries" || rec.kind === "ledger") this.grids.set(source.sheet, grid);
    }
    const col = this.col;
    if (col === null || rec.headerRow === null) return;
    const v = grid.value(source.row - 1, col);
    const text = typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
    if (text === "") return;
    const cell = `${columnLetter(col)}${source.row}`;
    this.notes.set(`${source.sheet}\u0001${source.row}`, {
      text,
      cell,
      heading: grid.headerText(rec.headerRow, col),
    });
  }

  /**
   * Whether the delivery rows at `a` and `b` hold the same in every cell of their sheets, columns
   * no field reads among them (a proof status, a remark): rows that differ anywhere are not the
   * same row. Read from the sheets' grids only here, where two rows' values already read alike.
   */
  sameCells(a: Source, b: Source): boolean {
    const [ga, gb] = [this.grids.get(a.sheet), this.grids.get(b.sheet)];
    if (!ga || !gb) return false;
    const width = Math.max(ga.width(a.row - 1, a.row), gb.width(b.row - 1, b.row));
    for (let c = 0; c < width; c++) if (cellKey(ga, a.row - 1, c) !== cellKey(gb, b.row - 1, c)) return false;
    return true;
  }

  /** The note of the row at `source`, if one was kept. */
  of(source: Source): Note | undefined {
    return this.notes.get(`${source.sheet}\u0001${source.row}`);
  }
}

/** A cell's value to compare: a formula or error (an object) by what it holds. */
function cellKey(grid: Grid, r: number, c: number): unknown {
  const v = grid.value(r, c);
  return v !== null && typeof v === "object" ? JSON.stringify(v) : v;
}

function noteColumn(grid: Grid, rec: Recognition): number | null {
  const r = rec.headerRow as number;
  const taken = new Set([...rec.columns.values()].map((m) => m.col));
  for (let c = 0; c < grid.width(r, r + 1); c++)
    if (!taken.has(c) && isNoteHeading(grid.headerText(r, c))) return c;
  return null;
}

const key = (...parts: (string | undefined)[]) =>
  parts.map((p) => fold(p ?? "").replace(/\s+/g, "")).join("\u0001");

/** A row's every value (not its place), as the fingerprint reads it. */
const whole = (r: ReceiptInput | DeliveryInput): string =>
  canonical({ ...r, source: undefined, unreadable: undefined });

/** A delivery without note or SD number, and its every value once a row like it came (whole). */
interface Alike {
  row: ReceiptInput | DeliveryInput;
  whole?: string;
}

const rowOf = (first: Source, at: Source) =>
  first.sheet === at.sheet ? String(first.row) : `${first.row} of sheet "${first.sheet}"`;

type Noted = ReceiptInput | DeliveryInput | TransferInput | ProductionInput;
type List = "receipts" | "deliveries" | "transfers" | "production";

/** A row's text fields by name (a party, a site, a product); others undefined. */
const texts = (r: Noted): Partial<Record<string, string>> =>
  Object.fromEntries(Object.entries(r).filter(([, v]) => typeof v === "string"));

/**
 * What one note may give once in list `list`, beside the note: a receipt's supplier and product, a
 * delivery's customer and product, a transfer's two sites and product, a production row's site,
 * input and output (h-transfer3).
 */
function sameOf(list: List, r: Noted): (string | undefined)[] {
  const x = texts(r);
  if (list === "transfers") return [x.fromSite, x.toSite, x.product];
  if (list === "production") return [x.site, x.inputProduct, x.outputProduct];
  return [list === "deliveries" ? x.customer : x.supplier, x.product];
}

/**
 * Refuses each receipt, delivery, transfer and production row of `ledger` whose delivery note
 * (`notes`) an earlier row of its list gives for the same party and product (sameOf;
 * duplicate-row, reason same-note, an error at its note cell: taken out of the ledger, its
 * product's balances incomplete), and warns at each delivery the same in every value as an
 * earlier one without a note or SD number (same-row).
 */
export function refuseRepeatedNotes(ledger: Ledger, notes: NoteCells, findings: Finding[]): void {
  for (const list of ["receipts", "deliveries", "transfers", "production"] as const) {
    const rows: Noted[] = ledger[list];
    const seen = new Map<string, Source>();
    const alike = new Map<string, Alike[]>();
    const dropped = new Set<unknown>();
    for (const r of rows) {
      const note = notes.of(r.source);
      if (note) {
        const k = key(note.text, ...sameOf(list, r));
        const first = seen.get(k);
        if (!first) seen.set(k, r.source);
        else {
          dropped.add(r);
          sayNote(ledger, findings, list, r, note, rowOf(first, r.source));
        }
        continue;
      }
      if (list !== "deliveries" || !("customer" in r) || (r.sdNumber ?? "") !== "") continue;
      // by date, customer, product and quantity first: the whole row is compared only where those meet
      const cheap = key(r.date, r.customer, r.product, r.quantity);
      const earlier = alike.get(cheap);
      if (!earlier) alike.set(cheap, [{ row: r }]);
      else {
        const w = whole(r);
        const same = earlier.find(
          (e) => (e.whole ??= whole(e.row)) === w && notes.sameCells(e.row.source, r.source),
        );
        if (same) findings.push(sameRow(r.source, rowOf(same.row.source, r.source)));
        else earlier.push({ row: r, whole: w });
      }
    }
    if (dropped.size > 0) (ledger[list] as unknown[]) = rows.filter((r) => !dropped.has(r));
  }
}

function sayNote(ledger: Ledger, findings: Finding[], list: List, r: Noted, note: Note, first: string): void {
  const sheet = r.source.sheet;
  findings.push(
    readFinding("duplicate-row", "error", sheet, note.cell, {
      label: note.heading,
      value: note.text,
      read: first,
      reason: "same-note",
      dropped: true,
    }),
  );
  const x = texts(r);
  // a transfer's balances at both its sites, a production row's of its input and its output
  const products = list === "production" ? [x.inputProduct, x.outputProduct] : [x.product];
  const sites = list === "transfers" ? [x.fromSite, x.toSite] : [x.site];
  const input: IncompleteInput = {
    kinds: [list],
    ...(products.every((p) => p) ? { products: products as string[] } : {}),
    sites: sites.map((s) => s ?? ""),
    source: { sheet, cell: note.cell },
  };
  (ledger.incomplete ??= []).push(input);
}

function sameRow(at: Source, first: string): Finding {
  const cell = cellAt(at, "date") ?? firstCell(at) ?? cellAddress(at.row, 0);
  return readFinding("duplicate-row", "warning", at.sheet, cell, {
    label: "Deliveries",
    read: first,
    reason: "same-row",
  });
}
