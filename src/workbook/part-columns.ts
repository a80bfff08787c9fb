// (p-parts) The one rule set for the columns of a row's sustainable part. A sheet may state the
// part in several columns beside its quantity: a yes/no column ("Nachhaltig", "Sustainable"), a
// part quantity ("davon nachhaltig (t)"), a share ("Anteil nachhaltig (%)"), a column headed by
// the material and its unit ("ISCC (t)": unit-part.ts namesSustainableUnit). The reader has two
// fields for them, `sustainablePart` and `sustainable` (a yes/no, quantity or share), read together
// (engine/intake/stated-part.ts: where they disagree the row is refused). Before, two rule sets
// placed a further column (second-part.ts and unit-part.ts), and what neither placed was dropped:
// a second yes/no column ("Sustainable" nein beside "Nachhaltig" ja: 80 t declared) and a bare
// share ("Anteil (%)" 40 beside a sale of 80 t: all 80 t declared). Here, given every part-like
// column of the header row, each is placed in a free field or left unplaced, and what is left
// unplaced is refused at its heading by the reader (unit-part.ts unplacedParts, mapping-uncertain
// `part-unplaced`), the sheet's rows held. A bare share ("Anteil (%)", "Share (%)", "Part (%)",
// "Quota (%)", "Aandeel (%)", "Cuota (%)") is never placed: its heading does not say a share of
// what, so the user is asked at its heading. Pure: headings only.
import { words } from "../engine/normalise";
import { type KindSpec } from "./fields";
import { headerWords } from "./header-words";
import { type HeaderCell, type Learned, lexicalHits, MATCH_THRESHOLD } from "./matcher";
import { type ColumnMatch } from "./recognition";
import { namesSustainableUnit, PART_NOUNS } from "./part-words";
import { unmapOutputPart } from "./production-part";

/** The fields a row's sustainable part is read into, the part column first. */
export const PART_FIELDS = ["sustainablePart", "sustainable"] as const;
/** The quantity columns a part stands beside: a receipt's or delivery's, a ledger's two sides. */
const QUANTITIES = ["quantity", "inQuantity", "outQuantity"];

/**
 * What a heading says of the sustainable part: "part" (a part or share of sustainable material,
 * "davon nachhaltig (t)", "Anteil nachhaltig (%)"), "unit" (the material and its unit, "ISCC (t)"),
 * "flag" (a yes/no heading, "Nachhaltig", "Sustainable"), "bare" (a share of the quantity that
 * does not say of what, "Anteil (%)", "Share (%)").
 */
export type PartKind = "part" | "unit" | "flag" | "bare";

/** The part nouns that name a share (not a quantity: "Menge", "amount" alone are the quantity's). */
const SHARE_NOUNS = new Set(
  Object.values(PART_NOUNS)
    .flat()
    .filter(
      (n) =>
        !/menge|quantit|amount|volum|wolumen|cantidad|hoeveelheid|ilosc|davon|of which|thereof|dont|cual|waarvan|di cui|w tym/.test(
          n,
        ),
    ),
);

/** (brk15 #3) Share nouns that head a share with no unit at all ("Anteil" 50 beside "Nachhaltig" ja: 80 t declared, silent). */
const SHARE_ALONE = new Set(["anteil", "quote", "share", "part", "quota", "cuota", "aandeel"]);

/**
 * Whether a heading is a share and nothing else: a share noun alone over "%" ("Anteil (%)", "Share
 * in %"), or one of SHARE_ALONE with no unit ("Anteil", "Share", "Quota"): a share of the quantity
 * that does not say of what.
 */
export function namesBareShare(heading: string): boolean {
  const unit = headerWords(heading).unitClass;
  if (unit !== "percent" && unit !== null) return false;
  const named = words(heading.replace(/[([{][^)\]}]*[)\]}]/g, " ")).filter(
    (w) => w !== "in" && w !== "en" && w !== "%",
  );
  const noun = named.join(" ");
  return named.length > 0 && (unit === "percent" ? SHARE_NOUNS.has(noun) : SHARE_ALONE.has(noun));
}

/** What `heading` says of the sustainable part on a sheet of `spec`'s kind, or null where nothing. */
export function partKindOf(spec: KindSpec, heading: string, learned?: Learned): PartKind | null {
  if (heading.trim() === "") return null;
  if (namesSustainableUnit(heading)) return "unit";
  if (namesBareShare(heading)) return "bare";
  const best = lexicalHits(spec, heading, learned)[0];
  if (!best || best.score < MATCH_THRESHOLD) return null;
  const id = spec.fields[best.field]?.id;
  return id === PART_FIELDS[0] ? "part" : id === PART_FIELDS[1] ? "flag" : null;
}

/** Why a column was placed in a field it was not recognised as (its note). */
const NOTES: Record<PartKind, string> = {
  part: "a second column of the sustainable part: both are read, and a row where they disagree is refused",
  unit: "a quantity of sustainable material beside the quantity: read as the sustainable part of each row",
  flag: "the yes/no column of the sustainable part, read with the quantity of sustainable material beside it",
  bare: "",
};

/**
 * The part-like columns of a header row (`headers`) that the columns mapped (`columns`) leave out,
 * sorted: `placed` the fields each may be read as (in `columns`' free part fields, not those the
 * user mapped, `userFields`), `unplaced` those no field is left for, and bare shares. Empty where
 * the sheet's kind has no part fields or no quantity is mapped. Columns in `skip` (read another
 * way: a rival of a field) are no candidates; those in `answering`, headed by the certificate
 * with yes/no answers under it (certificate-answers.ts), are yes/no headings.
 */
export function sortParts(
  spec: KindSpec,
  headers: readonly HeaderCell[],
  columns: ReadonlyMap<string, ColumnMatch>,
  userFields: ReadonlySet<string> = new Set(),
  learned?: Learned,
  skip: ReadonlySet<number> = new Set(),
  answering: ReadonlySet<number> = new Set(),
): { placed: [string, ColumnMatch][]; unplaced: HeaderCell[] } {
  const placed: [string, ColumnMatch][] = [];
  const unplaced: HeaderCell[] = [];
  if (!PART_FIELDS.every((f) => spec.fields.some((x) => x.id === f))) return { placed, unplaced };
  if (!QUANTITIES.some((q) => columns.has(q))) return { placed, unplaced };
  const used = new Set([...columns.values()].map((m) => m.col));
  const taken = new Set<string>([...PART_FIELDS.filter((f) => columns.has(f) || userFields.has(f))]);
  for (const h of headers) {
    if (used.has(h.col) || skip.has(h.col)) continue;
    const kind = answering.has(h.col) ? "flag" : partKindOf(spec, h.own, learned);
    // a yes/no heading the recogniser left out beside no yes/no column is unmapped-sustainable.ts's
    if (!kind || (kind === "flag" && !taken.has(PART_FIELDS[1]))) continue;
    // a part is read as the part or beside it; a second yes/no heading, a bare share, never
    const fits = kind === "part" || kind === "unit" ? PART_FIELDS : [];
    const field = fits.find((f) => !taken.has(f));
    if (!field) {
      unplaced.push(h);
      continue;
    }
    taken.add(field);
    const unit = headerWords(h.own).unit;
    placed.push([field, { col: h.col, header: h.own, unit, confidence: "uncertain", note: NOTES[kind] }]);
  }
  return { placed, unplaced };
}

/**
 * Places the sustainable part's further columns once the header's columns are known
 * (recognise.ts): each part-like column left out is read in a free part field (sortParts), in the
 * sheet's order. What it cannot place the reader refuses at its heading (unit-part.ts
 * unplacedParts). `answering`: columns headed by the certificate that answer yes/no
 * (certificate-answers.ts). Changes `columns` in place.
 */
export function placeParts(
  spec: KindSpec,
  headers: readonly HeaderCell[],
  columns: Map<string, ColumnMatch>,
  userFields: ReadonlySet<string>,
  learned?: Learned,
  answering: ReadonlySet<number> = new Set(),
): void {
  // (brk21 2) a production row's part after the output's quantity is the output's: not the input's
  if (spec.kind === "production") return unmapOutputPart(spec, columns, userFields);
  const [part, flag] = PART_FIELDS;
  const flagHead = (h: HeaderCell) => partKindOf(spec, h.own, learned) === "flag";
  // the part field of the sheet's kind free, neither mapped by the user
  const free = spec.fields.some((f) => f.id === part) && !columns.has(part) && !userFields.has(part);
  const unitFlag = free && !userFields.has(flag) ? columns.get(flag) : undefined;
  if (unitFlag && partKindOf(spec, unitFlag.header, learned) === "unit")
    unitBesideFlag(headers, columns, flagHead);
  for (const [field, match] of sortParts(spec, headers, columns, userFields, learned, new Set(), answering)
    .placed)
    columns.set(field, match);
}

/**
 * (p-parts2) "Menge (t) | Nachhaltig (t) | Nachhaltig": the heading with a unit states a quantity
 * (the sustainable part), the one without is the yes/no column. The recogniser takes the first of
 * them for the yes/no field, so the part was read as yes/no and the yes/no column refused at its
 * heading. Where the yes/no field holds a heading of the material and its unit ("Nachhaltig (t)",
 * "Sustainable (t)", "Durable (t)"), the part field is free, neither was mapped by the user and a
 * yes/no heading (`isFlag`) stands free beside it, the unit's column becomes the part and the
 * yes/no heading the yes/no field: both are read together (engine/intake/stated-part.ts). The
 * caller (placeParts) checks the fields; this finds the yes/no heading. Changes `columns`.
 */
function unitBesideFlag(
  headers: readonly HeaderCell[],
  columns: Map<string, ColumnMatch>,
  isFlag: (h: HeaderCell) => boolean,
): void {
  const [part, flag] = PART_FIELDS;
  const unit = columns.get(flag) as ColumnMatch;
  const used = new Set([...columns.values()].map((m) => m.col));
  const free = headers.find((h) => !used.has(h.col) && isFlag(h));
  if (!free) return;
  columns.set(part, { ...unit, note: NOTES.unit });
  columns.set(flag, {
    col: free.col,
    header: free.own,
    unit: null,
    confidence: "uncertain",
    note: NOTES.flag,
  });
}
