// The SD number's key and the leading-zeros key of duplicate-sd read nearly every number through
// fast paths (ASCII, no "²", no "º", no certificate before it). Property-tested here against the
// plain statement of each (the replacements and the leading-zeros key as they stood before the
// fast paths, the labels by the general reading of any script), over texts built from
// real spellings: labels in several languages and cases, certificate numbers, "REDcert²", "n.º",
// accented words, separators of every kind, control characters and leading zeros.
import fc from "fast-check";
import { documentKey } from "../../src/engine/normalise";
import { labelsStripped, SD_LABELS, sdKey, sdNumberText, withoutCertificate } from "../../src/engine/sd-key";
import { zerosKey } from "../../src/engine/sd-alike";

/** The leading-zeros key of any text as stated before the fast paths: documentKey without leading zeros. */
const generalZerosKey = (s: string) =>
  documentKey(s.normalize("NFKC").replace(/(^|[^0-9])0+(?=[0-9])/g, "$1"));

const CERTIFICATE_BEFORE = /^(?:EU[-_ ]?)?ISCC[-_ ]?(?:PLUS[-_ ]?)?Cert[-_ ]?[A-Z]{2}\d+[-_ ]\d+\s+(?=\S)/i;
/** A certificate dropped, "REDcert²" and "n.º" read by the three replacements, each always made. */
function plainWithoutCertificate(text: string): string {
  return text
    .replace(CERTIFICATE_BEFORE, "")
    .replace(/redcert²/gi, "REDcert")
    .replace(/(^|\s)n\.?º/gi, "$1n°");
}

/** Labels stripped by the general reading, word by word in any script (no ASCII scan). */
const plainSdNumberText = (text: string): string => labelsStripped(plainWithoutCertificate(text));

/** Labels of two letters or more written together before a digit ("EUISCCPOS2025…"). */
const JOINED = new RegExp(`^(?:${[...SD_LABELS].filter((l) => l.length > 1).join("|")})+(?=[0-9])`, "i");

function plainSdKey(text: string): string {
  if (text === "") return "";
  const c = text.charCodeAt(0);
  const alnum = (s: string) => documentKey(s).replace(/[^\p{L}\p{N}\p{M}]+/gu, "");
  if (c >= 48 && c <= 57) return alnum(text);
  const key = alnum(plainSdNumberText(text));
  const joined = /^[A-Z]+/.exec(key)?.[0] ?? "";
  return joined.length >= 2 && JOINED.exec(joined + key.charAt(joined.length))?.[0] === joined
    ? key.slice(joined.length)
    : key;
}

/** The key built character by character, as duplicate-sd did. */
function plainAlikeKey(text: string): string | null {
  let out = "";
  let prevDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126) return null;
    if (c === 48 && !prevDigit) {
      const next = text.charCodeAt(i + 1);
      if (next >= 48 && next <= 57) continue;
    }
    prevDigit = c >= 48 && c <= 57;
    if (c <= 32 || c === 45 || c === 47 || c === 92 || c === 95 || c === 46) continue;
    out += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : text[i];
  }
  return out;
}

/** Words before a number: the labels in three cases, and words that are none. */
const WORDS = [
  ...[...SD_LABELS].flatMap((l) => [l, l.toUpperCase(), l.charAt(0).toUpperCase() + l.slice(1)]),
  ...["Nr.", "N°", "Nº", "n.º", "nº", "Número", "Numéro", "REDcert²", "redcert²", "Ünal", "ǅ", "ﬁ"],
  ...["IN", "NwN", "TNW", "DE100", "EU-ISCC-Cert-DE100-10001 ", "ISCC-PLUS-Cert-NL200_22 "],
];
/** What stands between words and numbers, ASCII and not. */
const SEPARATORS = [" ", "  ", "\t", "\u00a0", "\u0000", "\u0001", "\u007f", "-", "\u2013", "\u2212"];
SEPARATORS.push(...["/", "\\", "_", ".", ":", "#", "°", "²", "º", ""]);
const NUMBERS = ["0", "00", "007", "2025", "0001", "4711", "１２", "0.5", "1-05", "a00"];

const piece = (list: string[]) => fc.constantFrom(...list);
/** Separators, then words each followed by separators, then numbers with separators between. */
const typed = fc
  .tuple(
    fc.array(piece(SEPARATORS), { maxLength: 2 }),
    fc.array(fc.tuple(piece(WORDS), piece(SEPARATORS)), { maxLength: 3 }),
    fc.array(fc.tuple(piece(NUMBERS), piece(SEPARATORS)), { maxLength: 3 }),
  )
  .map(([lead, words, numbers]) => lead.join("") + words.flat().join("") + numbers.flat().join(""));
const any = fc.oneof(typed, typed, fc.string(), fc.string({ unit: "grapheme-ascii" }));

describe("SD keys by their fast paths", () => {
  it("drop a certificate and read REDcert² and n.º as the plain statement does", () => {
    fc.assert(
      fc.property(any, (s) => expect(withoutCertificate(s)).toBe(plainWithoutCertificate(s))),
      {
        numRuns: 3000,
      },
    );
  });

  it("strip the same labels and give the same key", () => {
    fc.assert(
      fc.property(any, (s) => {
        expect(sdNumberText(s)).toBe(plainSdNumberText(s));
        expect(sdKey(s)).toBe(plainSdKey(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("give the same leading-zeros key as one built character by character", () => {
    fc.assert(
      fc.property(any, (s) => {
        // the ASCII fast path against one built character by character, any other text against
        // the general statement
        expect(zerosKey(s)).toBe(plainAlikeKey(s) ?? generalZerosKey(s));
      }),
      { numRuns: 3000 },
    );
  });

  it("keep the spellings people type apart or together as before", () => {
    const table = [
      "SD 4711",
      "Nr. 4711",
      "N° 4711",
      "n.º 4711",
      "REDcert² 5",
      "SD-2025-0001",
      "sd 2025/1",
      "IN-12",
    ];
    for (const s of table) {
      expect(sdKey(s)).toBe(plainSdKey(s));
      expect(zerosKey(s)).toBe(plainAlikeKey(s) ?? generalZerosKey(s));
    }
    expect(zerosKey("SD-2025-0001")).toBe("SD20251");
    expect(sdKey("Nr. 4711")).toBe("4711");
  });
});
