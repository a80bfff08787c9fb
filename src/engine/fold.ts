// Text as the engine and the reader compare it: trimmed and collapsed (clean), lower case
// (textKey), without accents (foldedText, words), and with the letters NFD leaves whole read as
// their plain letter (plainLetters). Pure; imports nothing, so every layer can fold the same way.

/** Plain ASCII with single inner spaces and none at the ends: already clean, told without a regex. */
function isPlainClean(text: string): boolean {
  let space = true; // a space at the start is not clean
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c > 32 && c < 127) space = false;
    else return false;
  }
  return !space || text === "";
}

/** Trims and collapses inner whitespace; the form shown to the user. */
export function clean(text: string | undefined): string {
  if (text === undefined) return "";
  if (isPlainClean(text)) return text;
  if (!/\s\s|[\t\n\r\u00a0]/.test(text) && text.trim() === text) return text;
  return text.replace(/\s+/g, " ").trim();
}

/** Zero-width space, non-joiner and joiner, word joiner, byte order mark: nothing to see. */
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * clean, with the text's letters composed (NFC: "o" + U+0308 from a Mac or a PDF is "ö") and the
 * characters that show nothing (INVISIBLE) dropped: two texts that print the same are one text
 * (brk28 N3). Letters that differ stay apart ("Rapsöl" and "Rapsol"). Plain ASCII as clean gives it.
 */
export function visibleText(text: string | undefined): string {
  const c = clean(text);
  for (let i = 0; i < c.length; i++)
    if (c.charCodeAt(i) > 126) return clean(c.replace(INVISIBLE, "").normalize("NFC"));
  return c;
}

/** Case-insensitive key for products, raw materials and other free text (visibleText, lower case). */
export function textKey(text: string | undefined): string {
  return visibleText(text).toLowerCase();
}

/** Lower case, no accents, "ß" as "ss", white space collapsed ("Beantragt ", "Prüfung" → "prufung"): what words() splits. */
export function foldedText(text: string | undefined): string {
  return textKey(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss");
}

/** Lower case, no accents, words split on anything but letters, digits and "+". */
export function words(text: string | undefined): string[] {
  return foldedText(text)
    .split(/[^a-z0-9+✓✔]+/)
    .filter(Boolean);
}

/**
 * Letters NFD and NFKD leave whole (no accent to take off), read as the plain letter they are
 * typed for: Polish "ł"/"Ł" as "l"/"L" ("wysłane" as "wyslane", "Łódź" as "Lodz"). The one fold
 * of them: every word list that reads "ł" as "l" applies this after its own fold. A list that
 * keeps "ł" (transfer-received.ts: "wysłana") says so where it folds.
 */
export function plainLetters(text: string): string {
  return text.replace(/ł/g, "l").replace(/Ł/g, "L");
}
