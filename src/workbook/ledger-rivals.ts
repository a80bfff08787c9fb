// A combined ledger's quantity columns beside its In and Out (rival-columns.ts): the SD's quantity
// or a net weight recognition read as the Quantity, or the user's own Quantity, each held to the
// row's side (domain.md §2: a ledger row is held to the rule of the sheet of its side).
import { type KindSpec } from "./fields";
import { headerWords } from "./header-words";
import { namesDeclaredQuantity } from "./heading-bars";
import { type ColumnMatch, type Rival } from "./recognition";

/**
 * A combined ledger's SD quantity column as a rival of one row (`values`): of each side the row
 * books (its type's; or its In and Out columns' where it has no type), against that side's
 * quantity (the Quantity column, or In / Out). On an incoming row it is the supplier's SD, the cap
 * of what was received; on an outgoing row the delivery's own SD, which must declare what was
 * delivered (domain.md §2: a ledger row is held to the rule of the sheet of its side).
 */
export function sidedRivals(rival: Rival, values: Readonly<Record<string, string | string[]>>): Rival[] {
  const dir = values.direction;
  const sides =
    dir === "in" || dir === "out"
      ? [dir]
      : (["in", "out"] as const).filter((s) => values[`${s}Quantity`] !== undefined);
  return sides.map((side) => ({
    ...rival,
    field: rival.field === "quantity" ? "quantity" : `${side}Quantity`,
    // a quantity that names no SD (Net weight) is held equal to the side's, neither caps nor declares it
    ...(rival.equal ? {} : side === "in" ? { declared: true } : { outgoing: true }),
  }));
}

/** The quantity unit a heading states ("Menge lt. SD (t)": t), or null. */
export function unitOf(header: string): string | null {
  const words = headerWords(header);
  return words.unitClass === "quantity" ? words.unit : null;
}

/**
 * A combined ledger with In and Out columns whose recognition read another column as its Quantity:
 * a ledger row books its In or Out column and never that one, so its amount was left out with no
 * word. The SD's quantity ("Menge lt. SD (t)", "SD quantity", beside In or Out) caps or declares
 * the row's side (sidedRivals); any other ("Nettogewicht (t)", "Net weight (t)", "Poids net (t)",
 * beside In and Out, p-values) must equal it. Either is removed from `columns` and returned as a
 * rival of the row's own side, for columnRivals; null where nothing was removed. A column the
 * user mapped as Quantity stays, and is a rival too (`mapped`): where a row's In or Out holds
 * another amount, the row is refused rather than booked at one of the two (p-cols).
 */
export function ledgerSdQuantity(spec: KindSpec, columns: Map<string, ColumnMatch>): Rival | null {
  const q = columns.get("quantity");
  if (spec.kind !== "ledger" || !q) return null;
  const sides = ["inQuantity", "outQuantity"].filter((f) => columns.has(f)).length;
  if (sides === 0) return null;
  const rival: Rival = {
    field: "inQuantity",
    col: q.col,
    header: q.header,
    unit: unitOf(q.header),
    sided: true,
  };
  // (p-cols) the user's own Quantity stays theirs, but is held equal to a filled In or Out column
  // of its row: the row never picks one of two amounts silently
  if (q.confidence === "remembered") return { ...rival, equal: true, mapped: true };
  const sd = namesDeclaredQuantity(q.header);
  // (p-values) "Nettogewicht (t)", "Net weight (t)", "Poids net (t)" beside "Eingang (t)" and
  // "Ausgang (t)": the row's side books its In or Out amount, so this one is held equal to it
  if (!sd && sides < 2) return null;
  columns.delete("quantity");
  return sd ? rival : { ...rival, equal: true };
}
