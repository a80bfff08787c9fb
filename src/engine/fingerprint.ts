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
const BRACE_OPEN = 0x7b; // {
const BRACE_CLOSE = 0x7d; // }
const COMMA = 0x2c;
const COLON = 0x3a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** A growable byte buffer that UTF-8 encodes text into itself (ASCII without a copy). */
class Bytes {
  data = new Uint8Array(1 << 16);
  length = 0;

  byte(b: number): void {
    this.room(1);
    this.data[this.length++] = b;
  }

  /** `t` UTF-8 encoded. */
  text(t: string): void {
    this.room(t.length);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c >= 0x80) return this.copy(utf8ToBytes(t.slice(i)));
      this.data[this.length++] = c;
    }
  }

  /** `t` as JSON writes a string ({@link quoted}), UTF-8 encoded. */
  quoted(t: string): void {
    const start = this.length;
    this.room(t.length + 2);
    const data = this.data;
    data[this.length++] = QUOTE;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      // an escape, a multi-byte character: JSON.stringify's text, encoded, decides
      if (c < 0x20 || c >= 0x80 || c === QUOTE || c === BACKSLASH) {
        this.length = start;
        return this.copy(utf8ToBytes(JSON.stringify(t)));
      }
      data[this.length++] = c;
    }
    data[this.length++] = QUOTE;
  }

  copy(b: Uint8Array, from = 0, to = b.length): void {
    this.room(to - from);
    this.data.set(from === 0 && to === b.length ? b : b.subarray(from, to), this.length);
    this.length += to - from;
  }

  private room(n: number): void {
    if (this.length + n <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.data.length * 2, this.length + n));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/**
 * Object keys in the order {@link canonical} writes them (sorted), for rows of a few shapes: the
 * sorted order of the last shapes seen is kept, so a run's rows of one kind are not sorted one by one.
 */
class KeyOrder {
  private readonly seen: { keys: string[]; sorted: string[] }[] = [];

  of(obj: object): string[] {
    const keys = Object.keys(obj);
    for (const s of this.seen) if (sameKeys(s.keys, keys)) return s.sorted;
    const sorted = [...keys].sort();
    if (this.seen.length >= 8) this.seen.pop();
    this.seen.unshift({ keys, sorted });
    return sorted;
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Lower-case hex digits of every byte value, as character codes: [high, low] at 2b, 2b + 1. */
const HEX = new Uint8Array(512);
for (let b = 0; b < 256; b++) {
  const digits = b.toString(16).padStart(2, "0");
  HEX[2 * b] = digits.charCodeAt(0);
  HEX[2 * b + 1] = digits.charCodeAt(1);
}

/** A digest as lower-case hex (bytesToHex's text), written as one string, not one per byte. */
function hexOf(digest: Uint8Array, codes: Uint8Array): string {
  for (let i = 0; i < digest.length; i++) {
    const b = digest[i] ?? 0;
    codes[2 * i] = HEX[2 * b] ?? 0;
    codes[2 * i + 1] = HEX[2 * b + 1] ?? 0;
  }
  return String.fromCharCode.apply(null, codes as unknown as number[]);
}

/**
 * Fingerprints for one run, the same values as {@link fingerprint}. Canonical texts are written as
 * UTF-8 bytes directly, never as strings. An input row inside a part (an object with a `source`:
 * a receipt, a production row) backs many declarations, so it is encoded once per run into one
 * arena for all rows. The first part (the delivery row) is encoded and hashed once for all the
 * lines of a delivery ({@link start}): each line's hash goes on from that state with its own bytes
 * ({@link next}). One hasher is reused for every fingerprint (noble's `_cloneInto`, documented for
 * this: no buffers per hash). Rows are never changed within a run; keep one instance per run (it
 * holds the encoded rows until it is dropped).
 */
export class Fingerprinter {
  // row → its index k: its bytes are arena[ends[k - 1] ?? 0 .. ends[k]]
  private readonly rows = new Map<object, number>();
  private readonly ends: number[] = [];
  private readonly arena = new Bytes();
  // the bytes of the part being hashed
  private readonly out = new Bytes();
  private readonly keys = new KeyOrder();
  // SHA-256 before any byte, after the first part (start), and of the fingerprint in hand
  private readonly blank = sha256.create();
  private readonly started = sha256.create();
  private readonly hasher = sha256.create();
  private readonly digest = new Uint8Array(32);
  private readonly hex = new Uint8Array(64);

  /** The fingerprint of `parts`; equal to `fingerprint(parts)`. */
  of(parts: readonly unknown[]): string {
    this.start(parts[0]);
    return this.next(parts.slice(1));
  }

  /** Takes `first` as the first part of the fingerprints {@link next} gives, until the next start. */
  start(first: unknown): void {
    const out = this.out;
    out.length = 0;
    this.encode(first, out);
    this.blank._cloneInto(this.started);
    this.started.update(out.data.subarray(0, out.length));
  }

  /** The fingerprint of [first, ...rest] (first: as given to {@link start}); equal to `fingerprint`. */
  next(rest: readonly unknown[]): string {
    const out = this.out;
    out.length = 0;
    for (const part of rest) {
      out.byte(NEWLINE);
      this.part(part, out);
    }
    const hasher = this.started._cloneInto(this.hasher);
    hasher.update(out.data.subarray(0, out.length));
    hasher.digestInto(this.digest);
    return hexOf(this.digest, this.hex);
  }

  /** A part, or a value inside one: an input row in it is taken from the arena. */
  private part(value: unknown, out: Bytes): void {
    if (!Array.isArray(value)) return this.encode(value, out);
    out.byte(OPEN);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.byte(COMMA);
      const v: unknown = value[i];
      if (v !== null && typeof v === "object" && !Array.isArray(v) && "source" in v) this.row(v, out);
      else this.part(v, out);
    }
    out.byte(CLOSE);
  }

  private row(value: object, out: Bytes): void {
    let k = this.rows.get(value);
    if (k === undefined) {
      this.encode(value, this.arena);
      k = this.ends.push(this.arena.length) - 1;
      this.rows.set(value, k);
    }
    out.copy(this.arena.data, k === 0 ? 0 : (this.ends[k - 1] ?? 0), this.ends[k]);
  }

  /** `value`'s canonical text, UTF-8 encoded into `out`: the bytes of `canonical(value)`. */
  private encode(value: unknown, out: Bytes): void {
    if (value === null || value === undefined) return;
    if (typeof value === "string") return out.quoted(value);
    if (typeof value !== "object") return out.text(canonical(value));
    if (Array.isArray(value)) {
      out.byte(OPEN);
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out.byte(COMMA);
        this.encode(value[i], out);
      }
      return out.byte(CLOSE);
    }
    const obj = value as Record<string, unknown>;
    out.byte(BRACE_OPEN);
    let first = true;
    for (const k of this.keys.of(obj)) {
      const v = obj[k];
      if (k === "source" || v === undefined) continue;
      if (!first) out.byte(COMMA);
      first = false;
      out.quoted(k);
      out.byte(COLON);
      this.encode(v, out);
    }
    out.byte(BRACE_CLOSE);
  }
}
