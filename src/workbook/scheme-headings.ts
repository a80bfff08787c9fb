// A heading that is only a certification scheme's name, with or without a yes/no marker: "ISCC",
// "ISCC EU", "ISCC PLUS", "REDcert", "RSB", "ISCC (Y/N)", "ISCC (ja/nein)", "ISCC j/n", "ISCC?"
// (brk11). A scheme's name is no claim and says not what a "no" under it denies (iscc-rules.md §2:
// the claim is the PoS's, and a delivery is sustainable by its own SD): certified under the
// scheme, sold as sustainable, compliant? Such a column is never recognised as Sustainable, the
// Claim, a GHG value or an identifier (heading-bar-table.ts); where its values say "no" for some delivery, the
// sheet's deliveries are held until the user maps it (unmapped-sustainable.ts), whatever the
// marker. A heading with a yes/no marker heads no identifier either (asksYesNo). Pure: words only.
import { words } from "../engine/normalise";

/** The schemes' names as accent-folded words: ISCC (EU, PLUS, +), REDcert, 2BSvs, RSB, KZR INiG, SURE, RSPO, RTRS, Bonsucro, SBP. */
const SCHEME_NAMES = new Set([
  "iscc",
  "iscc+",
  "redcert",
  "redcert2",
  "redcerteu",
  "2bsvs",
  "rsb",
  "kzr",
  "inig",
  "sure",
  "rspo",
  "rtrs",
  "bonsucro",
  "sbp",
]);
/** Words that qualify a scheme's name: "ISCC EU", "ISCC PLUS", "REDcert²", "KZR INiG", and the joined marker "yesno". */
const QUALIFIERS = new Set(["eu", "plus", "2", "cert", "yesno"]);

/** The yes and no of a marker as written side by side: "Y/N", "ja/nein", "j/n", "oui/non", "sí/no", "ja/nee", "sim/não". */
const MARKER_PAIRS = new Set([
  "y n",
  "yes no",
  "ja nein",
  "j n",
  "oui non",
  "o n",
  "si no",
  "s n",
  "ja nee",
  "sim nao",
]);

/** Whether word i of `w` is one of a yes/no marker's pair. */
const inMarker = (w: readonly string[], i: number) =>
  MARKER_PAIRS.has(`${w[i]} ${w[i + 1] ?? ""}`) || MARKER_PAIRS.has(`${w[i - 1] ?? ""} ${w[i]}`);

/**
 * Whether a heading asks a yes/no question by a marker ("SD ausgestellt (ja/nein)", "Zertifikat
 * (Y/N)", "Certificate j/n", "DD émise (oui/non)"): its column answers, and heads no identifier
 * (a certificate or SD number, a partner; heading-bar-table.ts, brk11).
 */
export function asksYesNo(heading: string): boolean {
  const w = words(heading);
  return w.some((_, i) => inMarker(w, i));
}

/**
 * Whether a heading is a scheme's name and nothing else but a qualifier or a yes/no marker
 * ("ISCC", "ISCC EU (Y/N)", "REDcert ja/nein", "RSB?"); "ISCC compliant", "ISCC certified",
 * "ISCC No." ("No" alone is a number's sign) and "Nachhaltig (ISCC)" name more than the scheme.
 */
export function namesOnlyScheme(heading: string): boolean {
  const w = words(heading);
  const rest = w.filter((_, i) => !inMarker(w, i));
  return rest.some((x) => SCHEME_NAMES.has(x)) && rest.every((x) => SCHEME_NAMES.has(x) || QUALIFIERS.has(x));
}
