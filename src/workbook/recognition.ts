// What recognising a sheet finds (recognise.ts): its kind, its header row, which column holds
// which field and how sure the reading is, and which required fields are still missing.
import { type KindSpec } from "./fields";
import { type Confidence, type Learned } from "./matcher";
import type { ColumnMapping, SheetKind } from "./types";

export interface ColumnMatch {
  col: number;
  /** the header text as the user wrote it */
  header: string;
  unit: string | null;
  confidence: Confidence;
  /** why a column was read as this field when its header does not say so ("Date of Dispatch" as the receipt date) */
  note?: string;
}

export interface Recognition {
  kind: SheetKind;
  spec: KindSpec | null;
  /** 0-based row index of the header row, or null */
  headerRow: number | null;
  columns: Map<string, ColumnMatch>;
  /** required fields still without a column (ids); empty when rows can be read */
  missing: string[];
  corrected: boolean;
  /** the sheet's name suggests this kind, though no header for it was found */
  hinted: SheetKind | null;
  /** unmapped columns whose heading names a quantity already read from another column (rival-columns.ts) */
  rivals?: Rival[];
  /**
   * (p-misc) the user's mappings (Sheets tab, kept in MB Config) not applied because the column's
   * heading negates the field ("Nicht nachhaltig" mapped as Sustainable): `col` 0-based, `field` the
   * field id (corrections.ts; negated-headings.ts says so at the heading)
   */
  setAside?: { col: number; field: string }[];
  /**
   * (p-xfer2) a combined ledger's reading of a sheet named for transfers whose rows are the two
   * sides of each move, one at each site ("Werk | Abgang | Zugang"): its rows are paired into
   * transfers, never booked as sales or purchases (transfer-pairs.ts)
   */
  pairs?: boolean;
}

/** What recognise may know besides the sheet: the user's corrections and remembered headers. */
export interface RecogniseOptions {
  /** the user's mappings for this sheet (MB Config) */
  corrections?: ColumnMapping[];
  /** headers the user mapped on any sheet, remembered: header words -> field id */
  learned?: Learned;
  /** the kind the sheet is read as, known from its layout (a block of side-blocks.ts), not the user's correction */
  kind?: SheetKind;
}

/** A column left unmapped whose heading names a field already read from another column (rival-columns.ts). */
export interface Rival {
  /** the field id, e.g. "quantity" */
  field: string;
  col: number;
  header: string;
  /** the unit its heading names (canonical), or null */
  unit: string | null;
  /** p-factor: its heading names the quantity a supplier's SD declares ("Menge lt. SD", heading-bars.ts) */
  declared?: boolean;
  /** p-side: on deliveries, its heading names the quantity the delivery's own SD declares ("Menge SD (t)"): it must be the quantity delivered */
  outgoing?: boolean;
  /** a combined ledger's SD quantity ("Menge lt. SD"): each row is held to the rule of its side (rival-columns.ts sidedRivals); `field` is "quantity", or "inQuantity" standing for In and Out */
  sided?: boolean;
  /** p-values: with `sided`, a quantity that names no SD ("Nettogewicht (t)") beside In and Out: each row's side's amount must equal it */
  equal?: boolean;
  /** p-cols: the user mapped it as Quantity, and it stays so: each row's filled In or Out must equal it (no heading warning) */
  mapped?: boolean;
  /** p-cols: a field other than a quantity ("Datum", "Produkt" twice): its values must be the row's (rival-values.ts) */
  value?: boolean;
  /** p-xfer2: the field's read column is the user's mapping: this one (with `value`, or a quantity that neither caps nor declares it, p-rivals) is not read nor refused, only said at its heading where it differs */
  chosen?: boolean;
  /** brk22: a volume as measured beside the one at 15 °C read (standard-volume.ts): not read, never refused, said at its heading */
  ambient?: boolean;
  /** brk26 S2: on receipts or deliveries, an amount taken away from the quantity ("Rücklieferung (t)"): anything but 0 refuses the row (deduction-columns.ts); "arrived" (brk26 L2): a transfer's loss beside a quantity that says what arrived; "difference" (h-leftovers): a transfer's difference column, its sign unsaid */
  deduct?: boolean | "arrived" | "difference";
  /** p-groups: under a group word ("Rechnung: Menge (t)"), the heading of the column read with its own ("Lieferung: Menge (t)") */
  readHeader?: string;
}
