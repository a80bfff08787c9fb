// A sign-off in an approval column (docs/rules.md "Rows and sheets marked as not really there"):
// under "Freigabe", "Geprüft", "Checked by", "Visa", keepers approve a line with their initials
// ("MM", "J.K.", "MM 12.01.") or the day of the approval (a date cell, "12.01.2025"), not only with
// "x" or "ja". Such a cell is an approval; a blank where other rows are signed is none
// (status-marks.ts cellSays, row-state.ts "approval-blank"). Pure.

/** Initials: two to four capitals, dotted or not ("MM", "J.K.", "ABC"), or one capital dotted. */
const INITIALS = /^(?:\p{Lu}\.?\s?){2,4}$|^\p{Lu}\.$/u;

/** A day written as text: "12.01.2025", "12.01.", "2025-01-12", "12/01/25". */
const DAY = /^(?:\d{1,2}[./-]\d{1,2}[./-]?(?:\d{2}|\d{4})?|\d{4}-\d{1,2}-\d{1,2})$/;

/**
 * Whether cell `v` of an approval column is a sign-off: a date (a Date, or a number the sheet
 * shows as a date: `dated`), initials, a day as text, or initials and a day ("MM 12.01.",
 * "12.01.2025 JK").
 */
export function signedOff(v: unknown, dated: boolean): boolean {
  if (v instanceof Date) return true;
  if (typeof v === "number") return dated;
  if (typeof v !== "string") return false;
  const parts = v.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts.length > 3) return false;
  return (
    parts.every((p) => INITIALS.test(p) || DAY.test(p)) && parts.some((p) => !/^\d/.test(p) || DAY.test(p))
  );
}
