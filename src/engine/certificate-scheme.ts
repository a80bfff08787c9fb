// The scheme a certificate belongs to, where its number or the certificate register says so exactly
// (brk20 A6). Credit of one scheme never backs a declaration of another (domain.md §3: one account
// per scheme): an ISCC PLUS or ISCC CORSIA certificate holder's SD is no ISCC EU declaration, and
// an SD issued on such a certificate would say "ISCC EU" and "EU RED compliant" of material that
// is neither. ISCC prints the scheme in the number itself: "EU-ISCC-Cert-DE100-12345678" (ISCC
// EU), "ISCC-PLUS-Cert-DE100-12345678", "ISCC-CORSIA-Cert-US201-1234"; only those shapes are read
// (case and separators aside). Any other number ("DE-B-REDcert-123-4567", "2BS010001",
// "KZR-INiG/…", "SURE-…": schemes ISCC EU accepts as EU RED compliant material) says no scheme
// here, nor does a register's scheme cell outside the words normalise.ts reads ("REDcert-EU").
import type { SchemeName } from "./model";
import { normaliseScheme, words } from "./normalise";

/** A certificate's scheme: one the books keep, or ISCC's aviation scheme, whose credit they cannot hold. */
export type CertificateScheme = SchemeName | "ISCC CORSIA" | "ISCC CORSIA PLUS";

/**
 * Whether credit certified under `stated` may back a row kept under `scheme`. ISCC EU takes ISCC EU
 * certificates (and the schemes recognised under RED II, whose numbers name no scheme here), never
 * ISCC PLUS or ISCC CORSIA: neither is recognised under RED II. ISCC PLUS takes ISCC certificates
 * ("Only ISCC": ISCC's acceptance of other schemes), so none is refused on its rows here.
 */
export function feeds(stated: CertificateScheme, scheme: SchemeName): boolean {
  return scheme !== "ISCC EU" || stated === "ISCC EU";
}

/** The words a number begins with, folded, and the scheme they name. */
const PREFIXES: readonly (readonly [readonly string[], CertificateScheme])[] = [
  [["eu", "iscc", "cert"], "ISCC EU"],
  [["iscc", "plus", "cert"], "ISCC PLUS"],
  [["iscc", "corsia", "cert"], "ISCC CORSIA"],
  [["iscc", "corsia", "plus", "cert"], "ISCC CORSIA PLUS"],
];

/** A text's words, folded: letters and digits, lower case (full-width forms as their own, NFKC). */
const tokens = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The ISCC certificate numbers a text holds, each with its scheme, in the order typed. */
export function isccNumbers(text: string): { scheme: CertificateScheme; number: string }[] {
  const w = tokens(text);
  const starts: { at: number; scheme: CertificateScheme; length: number }[] = [];
  for (let i = 0; i < w.length; i++) {
    for (const [prefix, scheme] of PREFIXES)
      if (prefix.every((p, j) => w[i + j] === p)) starts.push({ at: i, scheme, length: prefix.length });
  }
  const out: { scheme: CertificateScheme; number: string }[] = [];
  for (const [k, s] of starts.entries()) {
    const end = starts[k + 1]?.at ?? w.length;
    const rest = w.slice(s.at + s.length, end);
    // the number proper carries a digit (the office and serial: "de100 12345678")
    if (rest.some((x) => /\d/.test(x))) out.push({ scheme: s.scheme, number: w.slice(s.at, end).join("-") });
  }
  return out;
}

/** The scheme a certificate number's own prefix names (isccNumbers), or undefined for any other shape. */
export function numberScheme(text: string): CertificateScheme | undefined {
  return isccNumbers(text)[0]?.scheme;
}

/**
 * The scheme a certificate register's scheme cell names: ISCC EU or ISCC PLUS as normalise.ts reads
 * them ("ISCC EU", "ISCC-EU (RED II)", "ISCC+"), ISCC CORSIA ("ISCC CORSIA", "ISCC CORSIA PLUS");
 * undefined for a blank, a scheme not ISCC's, or two schemes ("ISCC EU / PLUS"): nothing is said.
 */
export function registerScheme(text: string): CertificateScheme | undefined {
  const s = normaliseScheme(text);
  if (s) return s;
  const w = words(text);
  if (!w.includes("corsia") || !w.includes("iscc") || w.includes("eu")) return undefined;
  return w.length === 2
    ? "ISCC CORSIA"
    : w.length === 3 && w.includes("plus")
      ? "ISCC CORSIA PLUS"
      : undefined;
}
