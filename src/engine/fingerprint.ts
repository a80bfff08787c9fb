// A SHA-256 of the rows behind a declaration, so a later check can tell the books changed after
// issuance (domain.md §8). Row positions are left out: inserting a row above is not a change.
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** Canonical text of a row's values: keys sorted, the source (positions) left out. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return quoted(value);
  if (typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const obj = value as Record<string, unknown>;
  // one string built in key order: the rows of a run are hashed one by one, ~210k of them
  let text = "";
  for (const k of Object.keys(obj).sort()) {
    const v = obj[k];
    if (k === "source" || v === undefined) continue;
    text += `${text === "" ? "{" : ","}${quoted(k)}:${canonical(v)}`;
  }
  return text === "" ? "{}" : `${text}}`;
}

// what JSON.stringify escapes in a string: quote, backslash, control characters, surrogates
// eslint-disable-next-line no-control-regex
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A string as JSON writes it; most texts of a row need no escape and skip JSON.stringify. */
function quoted(text: string): string {
  return ESCAPED.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/**
 * SHA-256 (hex) of `parts`' canonical texts joined by newlines: the fingerprint of the rows behind
 * a declaration. The definition; {@link Fingerprinter} computes the same value for a whole run.
 */
export function fingerprint(parts: unknown[]): string {
  return bytesToHex(sha256(utf8ToBytes(parts.map(canonical).join("\n"))));
}

const OPEN = 0x5b; // [
const CLOSE = 0x5d; // ]
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** A growable byte buffer that UTF-8 encodes text into itself (ASCII without a copy). */
class Bytes {
  data = new Uint8Array(1 << 16);
  length = 0;

  byte(b: number): void {
    this.room(1);
    this.data[this.length++] = b;
  }

  text(t: string): void {
    this.room(t.length);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x80) return this.copy(utf8ToBytes(t.slice(i)));
      this.data[this.length++] = c;
    }
  }

  copy(b: Uint8Array): void {
    this.room(b.length);
    this.data.set(b, this.length);
    this.length += b.length;
  }

  private room(n: number): void {
    if (this.length + n <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.data.length * 2, this.length + n));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/**
 * Fingerprints for one run, the same values as {@link fingerprint}: an input row (an object with a
 * `source`) backs many declarations (a receipt, every delivery drawn on it), so its canonical text
 * is worked out and UTF-8 encoded once per run, into one arena for all rows (no buffer per row for
 * the collector to track); a declaration's bytes are copied together into one buffer and hashed
 * once, without building the joined text. Rows are never changed within a run; keep one instance
 * per run (it holds the encoded rows until it is dropped).
 */
export class Fingerprinter {
  // row → its index k: its bytes are arena[ends[k - 1] ?? 0 .. ends[k]]
  private readonly rows = new Map<object, number>();
  private readonly ends: number[] = [];
  private readonly arena = new Bytes();
  private readonly out = new Bytes();

  /** The fingerprint of `parts`; equal to `fingerprint(parts)`. */
  of(parts: readonly unknown[]): string {
    this.out.length = 0;
    parts.forEach((part, i) => {
      if (i > 0) this.out.byte(NEWLINE);
      // a part itself (a delivery row) is hashed where it is: only the rows inside are shared
      if (part !== null && typeof part === "object" && !Array.isArray(part)) this.out.text(canonical(part));
      else this.write(part);
    });
    return bytesToHex(sha256(this.out.data.subarray(0, this.out.length)));
  }

  private write(value: unknown): void {
    const out = this.out;
    if (value === null || value === undefined) return;
    if (typeof value !== "object") return out.text(JSON.stringify(value));
    if (Array.isArray(value)) {
      out.byte(OPEN);
      value.forEach((v, i) => {
        if (i > 0) out.byte(COMMA);
        this.write(v);
      });
      return out.byte(CLOSE);
    }
    if (!("source" in value)) return out.text(canonical(value));
    let k = this.rows.get(value);
    if (k === undefined) {
      this.arena.text(canonical(value));
      k = this.ends.push(this.arena.length) - 1;
      this.rows.set(value, k);
    }
    out.copy(this.arena.data.subarray(k === 0 ? 0 : this.ends[k - 1], this.ends[k]));
  }
}
