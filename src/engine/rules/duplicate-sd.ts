// An incoming SD may be booked once per supplier (iscc-rules.md §5.4 IN-9): a repeat gives no
// credit. The supplier is told by its certificate number where the row gives one (a blank or
// differently spelled supplier name with the same certificate is the same supplier), else by its
// name; the SD number by sdKey (case, spaces, dashes, slashes, underscores, dots and the labels
// before the number, "Nr.", "SD", "PoS", "ISCC-", do not count: "Nr. 4711" and "4711" are one SD
// written two ways, its number the same, so the later books it again and gets no credit). An
// outgoing SD number belongs to one delivery only (SD-01): otherwise credit is counted twice; it is
// keyed by the same sdKey, so "SD 4711" and "4711" on two deliveries are one number issued twice.
// Numbers that differ only in leading zeros ("012345" as text, 12345 as a number, "SD-2025-1" and
// "SD-2025-0001"), in a year of two digits or four ("SD-25-0001") or in a letter O for a zero
// ("SD-2025-OOO1") may be one SD (sd-alike.ts): the later is refused as a repeat that says so, its
// credit unknown rather than none, so its account is incomplete.
import { cellPlace } from "../catalogue/location";
import { cellOf, finding } from "../findings";
import { documentKey } from "../normalise";
import { alikeBy, alikeKey, gluedLetter, zerosKey } from "../sd-alike";
import { sdKey, sdNumberText } from "../sd-key";
import type { DuplicateSdDetails } from "../catalogue/details-receipts";
import type { CellRef, Source } from "../model";
import type { Delivery, Receipt } from "../records";
import type { Finding } from "../result";
import { alikeKeysOf, otherwiseKeyed, rowsAlike } from "./duplicate-sd-alike";
import { holderFirst, ownIsIncoming } from "./duplicate-sd-own";
import type { Reject, Rule } from "./rule";

/**
 * Reports every later row that repeats an earlier one, pointing back at the first. `firstOf`
 * returns the earlier row it repeats (or undefined) and remembers the row for later ones.
 */
function repeats<T extends { source: Source }>(
  rows: T[],
  firstOf: (row: T) => T | undefined,
  details: (row: T, first: T) => Omit<DuplicateSdDetails, "first">,
  repeated: (row: T, first: T) => void = () => {},
): Finding[] {
  const findings: Finding[] = [];
  for (const row of rows) {
    const first = firstOf(row);
    if (!first) continue;
    repeated(row, first);
    const at = cellOf(first.source, "sdNumber");
    const where = at ? cellPlace(at.sheet, at.cell) : "";
    findings.push(
      finding(
        "duplicate-sd",
        "error",
        cellOf(row.source, "sdNumber"),
        { ...details(row, first), first: where },
        [at],
      ),
    );
  }
  return findings;
}

/**
 * The rows whose key another row gives too, in row order; a row with no key (null) repeats
 * nothing. Sorted keys put repeats side by side: nearly every SD number is given once, and a sort
 * of the keys costs a fraction of a Map entry per row (100,000 receipts: about a fifth).
 */
function rowsSharingKey<T>(rows: readonly T[], keyOf: (row: T) => string | null): T[] {
  const keys: string[] = [];
  // an indexed loop: run once, mostly before it is optimised (rule.ts perGhgSet)
  for (let i = 0; i < rows.length; i++) {
    const key = keyOf(rows[i] as T);
    if (key !== null) keys.push(key);
  }
  keys.sort();
  const shared = new Set<string>();
  for (let i = 1; i < keys.length; i++) if (keys[i] === keys[i - 1]) shared.add(keys[i] as string);
  if (shared.size === 0) return [];
  return rows.filter((row) => {
    const key = keyOf(row);
    return key !== null && shared.has(key);
  });
}

/** The first row seen under a key; a row with no key (null) repeats nothing. */
function byKey<T>(keyOf: (row: T) => string | null): (row: T) => T | undefined {
  const seen = new Map<string, T>();
  return (row) => {
    const key = keyOf(row);
    if (key === null) return undefined;
    const first = seen.get(key);
    if (!first) seen.set(key, row);
    return first;
  };
}

/**
 * The first receipt booking the same incoming SD from the same supplier: the same SD number
 * (sdKey) and the same supplier certificate where both rows give one, else the same supplier
 * name (partyKey) where at least one row gives no certificate. Rows are kept by SD number alone,
 * and the certificates are compared only between the rows of an SD number booked again. It is
 * given only rows whose SD number another row gives too (rowsSharingKey).
 */
function sameIncomingSd(keyOf: (r: Receipt) => string = (r) => r.sdKey): (r: Receipt) => Receipt | undefined {
  const first = new Map<string, Receipt>();
  /** the receipts after the first of an SD number, in row order; only for SD numbers booked again */
  const later = new Map<string, Receipt[]>();
  return (r) => {
    const key = keyOf(r);
    const head = first.get(key);
    if (!head) {
      first.set(key, r);
      return undefined;
    }
    const more = later.get(key);
    const earlier = more ? [head, ...more] : [head];
    if (more) more.push(r);
    else later.set(key, [r]);
    const certificate = documentKey(r.supplierCertificate);
    if (certificate === "") return earlier.find((x) => x.supplierKey === r.supplierKey);
    return (
      earlier.find((x) => documentKey(x.supplierCertificate) === certificate) ??
      earlier.find((x) => x.supplierKey === r.supplierKey && x.supplierCertificate === "")
    );
  };
}

const sdKeyOf = (r: Receipt): string | null => (r.sdKey === "" ? null : r.sdKey);

/**
 * The key of a delivery's own SD number: sdKey, the key of incoming SDs (labels, case, spaces and
 * separators aside), so "SD 4711" and "4711" on two deliveries are one number issued twice.
 */
const deliveryKeyOf = (d: Delivery): string | null => (d.sdNumber === "" ? null : sdKey(d.sdNumber));

/**
 * The receipts whose SD number another row of the same supplier gives with other leading zeros,
 * another year's width or a letter O for a zero (`keyOf`, one of alikeKeysOf); each row found is
 * added to `repeated`.
 */
function alikeRepeats(
  rows: Receipt[],
  reject: Reject,
  keyOf: (r: Receipt) => string | null,
  repeated: Set<Receipt>,
): Finding[] {
  const firstOf = sameIncomingSd((r) => keyOf(r) as string);
  const findings: Finding[] = [];
  for (const row of rows) {
    const first = firstOf(row);
    if (!first || first.sdKey === row.sdKey) continue;
    // "may be the same SD": the credit is unknown, not none, so the account stays incomplete
    // (no shortfall is reported on it) until the numbers are told apart; an exact repeat gives none
    const here = cellOf(row.source, "sdNumber");
    reject(row, "SD booked before?", here);
    repeated.add(row);
    const at = cellOf(first.source, "sdNumber");
    const where = at ? cellPlace(at.sheet, at.cell) : "";
    const by = alikeBy(sdNumberText(row.sd), sdNumberText(first.sd));
    const details = {
      sd: row.sd,
      supplier: row.supplier,
      first: where,
      noCredit: true,
      alike: first.sd,
      alikeBy: by,
    };
    findings.push(finding("duplicate-sd", "error", here, details, [at]));
  }
  return findings;
}

/**
 * The keys under which deliveries' own SD numbers that may be one meet (p-sd7): alikeKeysOf's,
 * from the number without its labels.
 */
const deliveryAlikeKeysOf = [zerosKey, alikeKey].map(
  (key) =>
    (d: Delivery): string | null =>
      d.sdNumber === "" ? null : key(sdNumberText(d.sdNumber)),
);

/**
 * The deliveries whose own SD number an earlier delivery gives with other leading zeros, another
 * year's width or a letter for a digit (`keyOf`, one of deliveryAlikeKeysOf): one declaration
 * number issued twice counts its credit twice (SD-01), so they are flagged as incoming ones are.
 * Each row found is added to `repeated`.
 */
function deliveryAlikeRepeats(
  rows: Delivery[],
  keyOf: (d: Delivery) => string | null,
  repeated: Set<Delivery>,
): Finding[] {
  const firstOf = byKey(keyOf);
  const findings: Finding[] = [];
  for (const row of rows) {
    const first = firstOf(row);
    if (!first || sdKey(first.sdNumber) === sdKey(row.sdNumber)) continue;
    repeated.add(row);
    const at = cellOf(first.source, "sdNumber");
    const details = {
      sd: row.sdNumber,
      supplier: null,
      first: at ? cellPlace(at.sheet, at.cell) : "",
      alike: first.sdNumber,
      alikeBy: alikeBy(sdNumberText(row.sdNumber), sdNumberText(first.sdNumber)),
    };
    findings.push(finding("duplicate-sd", "error", cellOf(row.source, "sdNumber"), details, [at]));
  }
  return findings;
}

/**
 * (p-hold) duplicate-sd at a delivery's SD cell (else its quantity cell) whose number the register
 * holds in another spelling at `at` (issue/retyped.ts): made here, the one file that makes the code.
 */
export function registerRepeat(d: Delivery, details: DuplicateSdDetails, at: CellRef | undefined): Finding {
  return finding("duplicate-sd", "error", cellOf(d.source, "sdNumber", "quantity"), details, [at]);
}

export const duplicateSd: Rule = {
  code: "duplicate-sd",
  records(books, _profile, reject) {
    const repeated = new Set<Receipt>();
    const issued = new Set<Delivery>();
    const other = otherwiseKeyed(books.receipts);
    // most books give deliveries no number of their own (the register numbers them): the passes
    // over the deliveries' own numbers read only the deliveries that give one, in row order
    const numbered = books.deliveries.filter((d) => d.sdNumber !== "");
    // a row whose SD number no other row gives repeats nothing: only the others are compared
    return [
      // the first booking of an incoming SD keeps its credit; a repeat gives none, even where the
      // first gives none for another reason (its claim unreadable, say)
      ...repeats(
        rowsSharingKey(books.receipts, sdKeyOf),
        sameIncomingSd(),
        (r, first) =>
          // (p-sd8) a letter glued to the digits of one ("N4711" beside "4711"), set aside as a
          // label, may be the supplier's own: they may be two SDs, the credit unknown, not none
          gluedLetter(r.sd, first.sd)
            ? { sd: r.sd, supplier: r.supplier, noCredit: true, alike: first.sd, alikeBy: ["label"] }
            : { sd: r.sd, supplier: r.supplier, noCredit: true },
        (r, first) => {
          repeated.add(r);
          if (gluedLetter(r.sd, first.sd)) reject(r, "SD booked before?", cellOf(r.source, "sdNumber"));
          else reject(r, "SD booked before");
        },
      ),
      // a spelling that differs only in leading zeros, a year's width or a letter O for a zero may
      // be the same SD: never credited twice silently, so the later row is refused as a repeat
      // that says so (after the exact repeats, which it does not report again)
      ...alikeKeysOf.flatMap((keyOf) =>
        alikeRepeats(
          rowsAlike(books.receipts, other, keyOf).filter((r) => !repeated.has(r)),
          reject,
          keyOf,
          repeated,
        ),
      ),
      ...repeats(
        holderFirst(rowsSharingKey(numbered, deliveryKeyOf), books.issued),
        byKey(deliveryKeyOf),
        // (p-sd9) a letter before the digits of one ("N4711" beside "4711") may be our own
        // numbering: worded as two deliveries' numbers that may be one, as other look-alikes are
        (d, first) =>
          gluedLetter(d.sdNumber, first.sdNumber)
            ? { sd: d.sdNumber, supplier: null, alike: first.sdNumber, alikeBy: ["label"] }
            : { sd: d.sdNumber, supplier: null },
        (d) => issued.add(d),
      ),
      // an outgoing number typed two ways may be one declaration issued twice (p-sd7)
      ...deliveryAlikeKeysOf.flatMap((keyOf) =>
        deliveryAlikeRepeats(
          holderFirst(
            rowsSharingKey(numbered, keyOf).filter((d) => !issued.has(d)),
            books.issued,
          ),
          keyOf,
          issued,
        ),
      ),
      ...ownIsIncoming(books.receipts, books.deliveries).map(([d, r]) => {
        const at = cellOf(r.source, "sdNumber");
        const details = {
          sd: d.sdNumber,
          supplier: null,
          first: at ? cellPlace(at.sheet, at.cell) : "",
          incoming: true,
        };
        return finding("duplicate-sd", "error", cellOf(d.source, "sdNumber"), details);
      }),
    ];
  },
};
