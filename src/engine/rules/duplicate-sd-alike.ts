// Which receipts duplicate-sd's alike passes compare (SD numbers that differ only in leading
// zeros, a year's width or a letter for a digit: sd-alike.ts). A pass reports a receipt whose key
// an earlier receipt of the same supplier gives under another sdKey. A key shared by receipts of
// one sdKey alone gives no such report, and the key of a number keyedAsTyped is its sdKey: only
// the keys of the other numbers (nearly always none) can bring receipts of two sdKeys together.
import { alikeKey, zerosKey } from "../sd-alike";
import { keyedAsTyped } from "../sd-alike-typed";
import { sdNumberText } from "../sd-key";
import type { Receipt } from "../records";

/**
 * The keys under which SD numbers that may be one SD meet (sd-alike.ts), from the number as typed
 * without its labels: leading zeros alone (zerosKey), then also a year of two digits or four and
 * a letter O for a zero (alikeKey). Null for a receipt without an SD number.
 */
export const alikeKeysOf = [zerosKey, alikeKey].map(
  (key) =>
    (r: Receipt): string | null =>
      // the zeros are told in the number as typed: documentKey joins its runs of digits
      r.sdKey === "" ? null : key(sdNumberText(r.sd)),
);

/**
 * Whether a receipt's SD number has both alike keys equal to its sdKey: typed in ASCII (sdKey is
 * then documentKey of sdNumberText; "4711 REDcert²" reads its "²" otherwise) and keyedAsTyped.
 */
function keyedAsSd(r: Receipt): boolean {
  const sd = r.sd;
  for (let i = 0; i < sd.length; i++) if (sd.charCodeAt(i) > 127) return false;
  return keyedAsTyped(sdNumberText(sd));
}

/** The receipts with an SD number whose alike keys may differ from its sdKey, in row order; read once for both passes. */
export function otherwiseKeyed(rows: readonly Receipt[]): Receipt[] {
  const out: Receipt[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Receipt;
    if (r.sdKey !== "" && !keyedAsSd(r)) out.push(r);
  }
  return out;
}

/**
 * The receipts an alike pass (`keyOf`, one of alikeKeysOf) compares, in row order: every receipt
 * whose key is one that a receipt of `other` (otherwiseKeyed) has other than its own sdKey; so
 * every receipt whose key a receipt of another sdKey gives too. Receipts of keys no such receipt
 * has are left out: each shares its key with receipts of its own sdKey only, which the pass never
 * reports (the exact repeats have their own pass). No key is built for the others.
 */
export function rowsAlike(
  rows: readonly Receipt[],
  other: readonly Receipt[],
  keyOf: (r: Receipt) => string | null,
): Receipt[] {
  if (other.length === 0) return [];
  const own = new Map<Receipt, string>();
  const moved = new Set<string>();
  for (const r of other) {
    const key = keyOf(r) as string;
    own.set(r, key);
    if (key !== r.sdKey) moved.add(key);
  }
  if (moved.size === 0) return [];
  return rows.filter((r) => r.sdKey !== "" && moved.has(own.get(r) ?? r.sdKey));
}
