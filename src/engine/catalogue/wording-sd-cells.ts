// The wording of SD cells refused for what they hold beside one number (workbook/sd-marks.ts,
// p-sdno2): several numbers, a mark of doubt, another document's number. What to type depends on
// whether the cell is a receipt's incoming SD, a delivery's own SD (consequence "not-declared") or
// the incoming SDs a delivery links (a label with "linked").
import type { ReadDetails } from "./details";
import type { DuplicateSdDetails } from "./details-receipts";
import { gluedLetter, yearsTyped } from "../sd-alike";
import { andIncomplete, ofDelivery } from "./wording-sd";

type Whose = "receipt" | "delivery" | "linked";

function whose(d: ReadDetails): Whose {
  if (/linked/i.test(d.label)) return "linked";
  return ofDelivery(d) ? "delivery" : "receipt";
}

/** The end of a message: what the refusal costs, and for a receipt that its balances are incomplete (once). */
function cost(d: ReadDetails, w: Whose, consequence: string): string {
  return w === "receipt" ? `${andIncomplete(d, consequence)}.` : `${consequence}.`;
}

/**
 * invalid-value, reason "sd-several": `value` names the numbers `read` ("; "-joined). One row
 * books one SD (iscc-rules.md §5.1), so none of them is read; a delivery's stay taken.
 */
function severalText(d: ReadDetails, w: Whose, consequence: string): string {
  const numbers = (d.read ?? "").split("; ").join(", ");
  const what = `"${d.value}" in ${d.label} names several SD numbers (${numbers}), but one row books one SD, so none of them is read`;
  if (w === "delivery")
    return `${what} and each stays taken; split the row into one row per SD with the quantity each declares, or keep in the cell the one number issued for this delivery; ${cost(d, w, consequence)}`;
  return `${what}; split the row into one row per SD, each with the quantity its SD states, so that each SD is booked once; ${cost(d, w, consequence)}`;
}

/**
 * invalid-value, reason "sd-in-doubt": `value` has a question mark, "old", "see …" or a footnote
 * beside the number, or (`read` "a certificate number", p-sd6) reads as a certificate's number.
 */
function doubtText(d: ReadDetails, w: Whose, consequence: string): string {
  if (d.read) return certificateText(d, w, consequence);
  const what = `"${d.value}" in ${d.label} has a mark of doubt beside the number (a question mark, a word such as "old", "copy", "see" or "tbc", or a footnote), so it is not read as an SD number`;
  const remark = "put any remark in a column of its own";
  if (w === "linked")
    return `${what}; type only the numbers of the incoming SDs that back this delivery, as they stand on the suppliers' declarations, and ${remark}; ${cost(d, w, consequence)}`;
  if (w === "delivery")
    return `${what} and the number stays taken; type the number of the SD issued for this delivery alone, or leave the cell blank so that the add-in numbers its declaration, and ${remark}; ${cost(d, w, consequence)}`;
  return `${what}; type the number alone as it stands on the supplier's Sustainability Declaration once it is sure, and ${remark}; ${cost(d, w, consequence)}`;
}

// --- p-sd6: a certificate's number in an SD cell
/** invalid-value, reason "sd-in-doubt" with `read` "a certificate number": "Cert 4711" names a certificate, not an SD. */
function certificateText(d: ReadDetails, w: Whose, consequence: string): string {
  const what = `"${d.value}" in ${d.label} looks like ${d.read} (a word naming a certificate stands before it, and none naming an SD), not an SD number, so it is not read`;
  const own = "a supplier's certificate belongs in the Supplier certificate column";
  if (w === "linked")
    return `${what}; type only the numbers of the incoming SDs that back this delivery, as they stand on the suppliers' declarations (${own}); ${cost(d, w, consequence)}`;
  if (w === "delivery")
    return `${what} and it stays taken; type the number of the SD issued for this delivery, or leave the cell blank so that the add-in numbers its declaration; ${cost(d, w, consequence)}`;
  return `${what}; check the supplier's Sustainability Declaration and type its SD/PoS number as it stands there (${own}); ${cost(d, w, consequence)}`;
}
// --- end p-sd6

/**
 * (p-sdcell) invalid-value, reason "sd-date" (`value` the day of a date cell or a date typed) or
 * "sd-tick" (a lone 1): it says when or that an SD came or went, not which one, so it is no
 * number to credit, to list as an input or to count as declared.
 */
function dateOrTickText(d: ReadDetails, w: Whose, consequence: string): string {
  const said =
    d.reason === "sd-date"
      ? `${d.value} in ${d.label} is a date, not an SD number (Excel keeps a date as a count of days, ${d.value} is no SD's number), so it is not read`
      : `"${d.value}" in ${d.label} is a tick or a yes (1), not an SD number: it says that an SD exists but not which, so it is not read`;
  const when = "a date or a yes/no belongs in a column of its own, such as one headed SD received";
  if (w === "linked")
    return `${said}; type the numbers of the incoming SDs that back this delivery as they stand on the suppliers' declarations (${when}); ${cost(d, w, consequence)}`;
  if (w === "delivery")
    return `${said}; type the number of the SD issued for this delivery as it stands on the declaration, or leave the cell blank so that the add-in numbers its declaration (${when}); ${cost(d, w, consequence)}`;
  return `${said}; type the SD number as it stands on the supplier's Sustainability Declaration, or, until it has come, leave the cell blank (${when}); ${cost(d, w, consequence)}`;
}

/** invalid-value, reason "sd-other-document": `value` is `read` ("an invoice number"), not an SD's. */
function otherDocumentText(d: ReadDetails, w: Whose, consequence: string): string {
  const what = `"${d.value}" in ${d.label} is ${d.read ?? "another document's number"}, not an SD number`;
  const apart =
    'keep SD numbers in a column of their own headed "SD number" and invoice, delivery-note or order numbers in another';
  if (w === "linked")
    return `${what}; ${apart}, and type here only the numbers of the incoming SDs that back this delivery; ${cost(d, w, consequence)}`;
  if (w === "delivery")
    return `${what}; ${apart}, and type the number of the SD issued for this delivery, or leave the cell blank so that the add-in numbers its declaration; ${cost(d, w, consequence)}`;
  return `${what}; ${apart}, and type the number of the supplier's Sustainability Declaration${confirmSd(d.value)}; ${cost(d, w, consequence)}`;
}

/**
 * brk8 #19: a supplier may number its SDs with letters an invoice or order number also starts with
 * ("FA-25-01" from Fett AG, "PO-2025-001" from Pyro Oil). Such a number is still refused (which it
 * is cannot be told from the cell), but the user is told how to confirm it: a label naming the SD
 * before it ("SD FA-25-01") is read as that SD's number (workbook/sd-marks.ts otherDocument looks at
 * the start of the cell only). Offered only where the cell is letters then digits, never where a
 * word names the document ("Rechnung 4711"), which stays another document's number with a label too.
 */
function confirmSd(value: unknown): string {
  const v = typeof value === "string" ? value.trim() : "";
  if (!/^\p{L}{1,5}[\s\-_/#:]?\d[\p{L}\d\s\-_./#:]*$/u.test(v) || /\p{L}{6,}/u.test(v)) return "";
  return `; if "${v}" is the number printed on the supplier's SD itself (some suppliers number with such letters), type "SD ${v}" in the cell to confirm it, and it is read as that SD's number`;
}

/**
 * The message of an invalid-value of an SD cell for reasons "sd-several", "sd-in-doubt",
 * "sd-other-document", "sd-merged", "sd-merged-incoming" and "sd-register-cancelled" (details-reasons.ts), or null for any other reason. `consequence` is the
 * worded consequence ("the row gives no sustainable credit").
 */
export function sdCellText(d: ReadDetails, consequence: string): string | null {
  const w = whose(d);
  if (d.reason === "sd-several") return severalText(d, w, consequence);
  if (d.reason === "sd-in-doubt") return doubtText(d, w, consequence);
  if (d.reason === "sd-other-document") return otherDocumentText(d, w, consequence);
  if (d.reason === "sd-date" || d.reason === "sd-tick") return dateOrTickText(d, w, consequence);
  if (d.reason === "sd-merged")
    return `"${d.value}" in ${d.label} stands in a cell merged over several delivery rows (${d.read ?? ""}), so the add-in cannot tell which delivery it declares: read on the first row alone, the other rows would look undeclared and get a second declaration for loads already declared; read on each, one number would name several declarations. ${d.value} stays taken and no new number is issued for these rows; unmerge the cells and write in each row the number that row's declaration was sent with, or leave a row's cell blank only where no declaration was ever sent for it (${consequence}).`;
  if (d.reason === "sd-merged-incoming")
    return `"${d.value}" in ${d.label} stands in a cell merged over several receipt rows (${d.read ?? ""}), so the add-in cannot tell which load the supplier's declaration covers: read on each row, one SD would be booked twice, and an SD may be booked only once; read on the first row alone, it would back only that row's load. If the SD covers all these loads, book them on one row with the quantity the SD declares; if each load came with its own SD, unmerge the cells and write each row's SD number (${consequence}).`;
  if (d.reason === "sd-register-cancelled")
    return `"${d.value}" in the register's ${d.label} marks declaration ${d.read} cancelled, so it is read as cancelled whatever its Status says: ${d.read} stays taken and is never issued again, and its delivery, if it still stands, needs a new declaration. Leave MB Declarations as the add-in writes it; if ${d.read} was not cancelled, ask whoever changed the register.`;
  return null;
}

/**
 * duplicate-sd with `alike` on two deliveries' own SD numbers (p-sd7): `how` they differ, worded
 * by ALIKE_WAYS. A declaration number belongs to one delivery only, so two that may be one may
 * count one credit twice.
 */
function outgoingAlikeText(d: DuplicateSdDetails, how: string): string {
  return `SD number ${d.sd} may be the same as ${d.alike} at ${d.first}: they differ only ${how}; an SD number may be issued for one delivery only, or its credit is counted twice. Check both against the declarations issued: if it is one declaration, give one of the deliveries its own number; if one was mistyped, correct it as the declaration shows it; numbers that differ only so cannot be told apart from a typing slip.`;
}

/** What each way two spellings of one SD may differ says, for duplicateAlikeText (p-sd6). */
const ALIKE_WAYS = {
  zeros: () =>
    "in leading zeros, which Excel drops from a number typed without an apostrophe and which are easily left out",
  // the years as typed (p-sd7): "2024" and "24" for SD-2024-0001 beside SD-24-0001
  year: (d: DuplicateSdDetails) => {
    const years = yearsTyped(String(d.sd), String(d.alike));
    return `in the year, written with four digits in one and two in the other${years ? ` ("${years[0]}" and "${years[1]}")` : ""}`;
  },
  "letter-o": () => "in a letter O typed where the other has a zero",
  "letter-l": () => "in a letter l or I typed where the other has a one",
  // (p-sd8) the letter set aside as a label: "N" for N4711 beside 4711
  label: (d: DuplicateSdDetails) =>
    `in the letter "${gluedLetter(String(d.sd), String(d.alike))}" ${glued(d) ? "glued to" : "before"} the digits of one, which was set aside as a label for "number" though a supplier may number with it`,
} as const;

/** (p-sd9) Whether the letter of alikeBy "label" is glued to the digits ("N4711"), not apart ("N 4711"). */
const glued = (d: DuplicateSdDetails) =>
  /^\s*\p{L}\p{N}/u.test(String(d.sd)) || /^\s*\p{L}\p{N}/u.test(String(d.alike));

/**
 * duplicate-sd with `alike`: the receipt's SD number `sd` and the first booking's `alike` (at
 * `first`) differ only as `alikeBy` says (leading zeros where it is absent: Excel drops them from
 * a number typed without an apostrophe, "012345" and 12345, and they are easily left out,
 * "SD-2025-1"; a year of two digits or four; a letter O for a zero), so they may be one SD; the
 * later row gives no credit (`noCredit`, worded by `noCredit`) until they are told apart.
 */
export function duplicateAlikeText(d: DuplicateSdDetails, noCredit: string): string {
  // (p-sd9) our own outgoing number is a supplier's incoming SD number
  if (d.incoming)
    return `SD number ${d.sd} of this delivery is the number of an incoming SD at ${d.first}; a delivery needs a declaration number of its own, never a supplier's, or an auditor cannot tell the two declarations apart and strikes the credit. Give this delivery its own number (or leave the cell empty for the add-in to number it); its declaration is held back until then.`;
  const from = d.supplier ? ` from ${d.supplier}` : "";
  const by = d.alikeBy ?? ["zeros"];
  const how = by.map((w) => ALIKE_WAYS[w](d)).join(", and ");
  if (d.supplier === null) return outgoingAlikeText(d, how);
  const head = `SD number ${d.sd}${from} may be the same as ${d.alike} at ${d.first}: they differ only ${how}; an SD may be booked only once${d.noCredit ? `, so this row ${noCredit} until they are told apart, and its balance is incomplete (whether it is short is not known)` : ""}.`;
  if (by.length === 1 && by[0] === "zeros")
    return `${head} If it is the same SD, remove the repeat; if it is another, type both numbers as text, with every zero, exactly as the supplier's declarations show them, and ask the supplier to renumber one of them: numbers that differ only in leading zeros cannot be told apart in a workbook, so this row stays without credit.`;
  return `${head} Check both numbers against the supplier's declarations: if it is the same SD, remove the repeat; if one was mistyped, correct it as the declaration shows it; a supplier's numbers that differ only so cannot be told apart from a typing slip, so while both stand this row stays without credit.`;
}
