// A SHA-256 of the rows behind a declaration, so a later check can tell the books changed after
// issuance (domain.md §8). Row positions are left out: inserting a row above is not a change.
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/**
 * Rows as read (they carry their `source`) are never changed within a run and back many
 * declarations each (one receipt, many deliveries): their text is worked out once.
 */
const rowTexts = new WeakMap<object, string>();

/** Canonical text of a row's values: keys sorted, the source (positions) left out. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const row = "source" in obj;
  const known = row ? rowTexts.get(obj) : undefined;
  if (known !== undefined) return known;
  const keys = Object.keys(obj)
    .filter((k) => k !== "source" && obj[k] !== undefined)
    .sort();
  const text = `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(",")}}`;
  if (row) rowTexts.set(obj, text);
  return text;
}

export function fingerprint(parts: unknown[]): string {
  return bytesToHex(sha256(utf8ToBytes(parts.map(canonical).join("\n"))));
}
