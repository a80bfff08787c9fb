// Batches written once (issue 13, break-test #17): many production layouts state a batch's input
// on its first row only and list the co-products on the following rows with the same batch id and
// the input quantity left blank. Such a row is read as the same input, which its process consumes
// once (conversions.ts groups the rows); it never adds input of its own. Only where the rule is
// exact: the same site, the same batch id by the exact rule (`batchKey`), the same date and the
// same input product, and the batch's first row states a readable input quantity. Any other blank
// input (no batch id, a first row without input, another date or input product) stays refused at
// its cell (missing-value), as before.
import { clean, textKey } from "./normalise";
import { decimalSign, isDecimalText } from "./quantity";
import { siteKey } from "./records";
import { cellText } from "./schemas";

/**
 * A batch or process id by the exact rule: spaces collapsed and trimmed, compatibility forms
 * folded (NFKC) and case ignored; "B-7" and "b-7 " are one batch, "B-7" and "B7" are two.
 */
export function batchKey(text: string): string {
  return clean(text).normalize("NFKC").toUpperCase();
}

/** The input side of a batch, written on its first row: taken by a following row that leaves it blank. */
const INPUT_FIELDS = [
  "inputQuantity",
  "unit",
  "sustainableInputQuantity",
  "sustainableInputQuantityUnit",
  "inputDensity",
  "inputDensityUnit",
  "inputHeatingValue",
  "inputHeatingValueUnit",
] as const;

type Raw = Record<string, unknown>;

/** A cell's text as the schemas read it (trimmed, numbers as their text), blank as "". */
const text = (v: unknown): string => cellText(v) ?? "";

function unreadable(row: Raw, field: string): boolean {
  return Array.isArray(row.unreadable) && (row.unreadable as unknown[]).includes(field);
}

/** The key a row of a batch is found by, or null when it has no batch id. */
function keyOf(row: Raw): string | null {
  const batch = batchKey(text(row.batchId));
  if (batch === "") return null;
  return [siteKey(clean(text(row.site))), batch, text(row.date), textKey(text(row.inputProduct))].join(
    "\u0000",
  );
}

/**
 * The production rows with every batch's blank follow-up input read as the batch's first row's
 * input (the input fields that row states and the follow-up leaves blank); other rows unchanged
 * (the same objects). `list` is the raw rows as the workbook mapped them; anything else is
 * returned as is.
 */
export function withBatchInputs(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const first = new Map<string, Raw | null>();
  return list.map((raw: unknown) => {
    if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
    const row = raw as Raw;
    const key = keyOf(row);
    if (key === null || text(row.inputProduct) === "") return raw;
    const quantity = text(row.inputQuantity);
    if (!first.has(key)) {
      // the batch's first row: its input is the batch's only when it is a readable quantity
      const readable = isDecimalText(quantity) && decimalSign(quantity) === 1;
      first.set(key, readable && !unreadable(row, "inputQuantity") ? row : null);
      return raw;
    }
    const head = first.get(key);
    if (!head || quantity !== "" || unreadable(row, "inputQuantity")) return raw;
    const filled: Raw = { ...row };
    for (const field of INPUT_FIELDS)
      if (text(row[field]) === "" && text(head[field]) !== "") filled[field] = head[field];
    return filled;
  });
}
