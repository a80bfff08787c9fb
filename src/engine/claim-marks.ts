// Tick boxes and marks beside a claim, as copied from a PoS or an SD form: "☒ ISCC EU konform",
// "ISCC compliant [X]", "EU RED compliant: ✓", "conforme RED UE ☐", "EU RED compliant: -". The
// claim reader (claims.ts) drops every character that is not a letter or a digit, so a box beside
// a claim would otherwise read as the claim itself, ticked or not. A mark is read only when it is
// exact and stands at the start or end of the claim; anything else that is not text is unclear.

/**
 * What a mark beside a claim says: `ticked` (☒ ☑ ✓ ✔ ✅ [x] (x) X: the claim), `unticked` (☐ □
 * [ ] ( ) ✗ ✘ ❌ - – — n/a: not the claim, a denial as "no" is), or none (`mark: null`). `text` is
 * the claim without its mark. `"unclear"`: two marks, a mark inside the claim, or a symbol or
 * bracket that is neither (■, ●, [-], "/" at an end): refused at its cell, never read.
 */
export type ClaimMark = { text: string; mark: "ticked" | "unticked" | null } | "unclear";

const TICK_CHARS = "☒☑✓✔✅";
const UNTICK_CHARS = "☐□✗✘❌";
/** A bracketed mark: "[x]", "(X)", "[✓]" ticked; "[ ]", "(   )", "[]" unticked. */
const BRACKET = /[[(]\s*([xX✓✔]?)\s*[\])]/u;
/** A bracket holding no letter or digit that is none of the above: "[-]", "(/)", "[?]". */
const ODD_BRACKET = /[[(][^\p{L}\p{N}\])]*[\])]/u;
/** Symbols that are not text (boxes, crosses, bullets, emoji); the trademark signs are text. */
const SYMBOL = /[\p{So}\p{Co}]/u;
const TRADEMARK = /[®™©]/gu;
/** "n/a", "N / A": not applicable, so not the claim. */
const NOT_APPLICABLE = /(?:^|(?<=[\s:=]))n\s*\/\s*a(?=$|[\s.:])/iu;
const DASH_END = /(?:^|[\s:=])[-–—]+$/u;
const DASH_START = /^[-–—]+(?=\s)/u;
/** Separators left at an end once the mark is taken: "EU RED compliant: ", "= ". */
const LOOSE_ENDS = /^[\s:=]+|[\s:=]+$/gu;

/** `text` with "n/a" beside a claim written as the unticked box it means, before a list is split on "/". */
export function notApplicableAsBox(text: string): string {
  return text.replace(NOT_APPLICABLE, "☐");
}

/** The mark beside one claim (ClaimMark); the text is trimmed. */
export function claimMark(part: string): ClaimMark {
  let text = notApplicableAsBox(part.trim());
  const found: ("ticked" | "unticked")[] = [];
  const take = (at: "start" | "end"): boolean => {
    const first = at === "start";
    const ch = first ? [...text][0] : [...text].pop();
    if (ch && (TICK_CHARS.includes(ch) || UNTICK_CHARS.includes(ch))) {
      found.push(TICK_CHARS.includes(ch) ? "ticked" : "unticked");
      text = first ? text.slice(ch.length) : text.slice(0, text.length - ch.length);
      return true;
    }
    const bracket = new RegExp(first ? `^${BRACKET.source}` : `${BRACKET.source}$`, "u").exec(text);
    if (bracket) {
      found.push(bracket[1] ? "ticked" : "unticked");
      text = first ? text.slice(bracket[0].length) : text.slice(0, text.length - bracket[0].length);
      return true;
    }
    // "X EU RED compliant", "EU RED compliant: X": a cross as a tick, standing alone
    const cross = first ? /^[xX](?=[\s:=])/u.exec(text) : /(?<=[\s:=])[xX]$/u.exec(text);
    if (cross) {
      found.push("ticked");
      text = first ? text.slice(1) : text.slice(0, -1);
      return true;
    }
    const dash = first ? null : DASH_END.exec(text);
    if (dash) {
      found.push("unticked");
      text = text.slice(0, text.length - dash[0].length);
      return true;
    }
    return false;
  };
  text = text.replace(LOOSE_ENDS, "");
  if (take("start")) text = text.replace(LOOSE_ENDS, "");
  if (take("end")) text = text.replace(LOOSE_ENDS, "");
  // a dash before a claim may be a list's bullet or a "no": not read
  if (found.length > 1 || DASH_START.test(text)) return "unclear";
  // what is left must be text: a second box, a symbol or an odd bracket anywhere is unclear
  const bare = text.replace(TRADEMARK, "");
  if (
    SYMBOL.test(bare) ||
    BRACKET.test(bare) ||
    ODD_BRACKET.test(bare) ||
    /^[/\\|_~–—-]|[/\\|_~–—-]$/u.test(bare)
  )
    return "unclear";
  return { text, mark: found[0] ?? null };
}
