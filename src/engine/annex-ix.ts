// Annex IX part as staff type it (domain.md §2, §3): "A", "Part A", "IX-A", "Anhang IX Teil B",
// "Partie A", "Parte B", "Deel A"; "none", "-", "n/a", "nicht gelistet" for material not listed.
// RED II Annex IX has Part A and Part B only: anything else is refused, never kept as a part of
// its own, and a point of the Annex typed with its part ("Part A (d)") is refused with the part
// to write, since the account and the declaration carry the part alone (the raw material names
// the point).
import { clean, words } from "./normalise";
import { byText } from "./text-memo";

/** What an Annex IX cell says: its part, or why it is refused. */
export type AnnexIxRead =
  | { part: "A" | "B" | "none"; refused?: undefined }
  | { refused: "annex-point"; part: "A" | "B" }
  | { refused: "annex-part"; part?: undefined };

// words around the part: "Annex IX", "Anhang", "Annexe", "Anexo", "Allegato", "Bijlage"; "Part", "Teil", "Partie", "Parte", "Deel"
const AROUND = new Set([
  "annex",
  "anhang",
  "annexe",
  "anexo",
  "allegato",
  "bijlage",
  "ix",
  "9",
  "part",
  "teil",
  "partie",
  "parte",
  "deel",
  "of",
  "der",
  "de",
  "del",
  "dell",
  "van",
]);
// not listed in Annex IX
const NONE = new Set([
  "none",
  "no",
  "not",
  "n",
  "nein",
  "nicht",
  "kein",
  "keine",
  "keiner",
  "non",
  "niet",
  "geen",
  "aucun",
  "aucune",
  "ninguno",
  "ninguna",
  "nessuno",
  "nessuna",
  "na",
  "nv",
]);
// what a "none" says besides its negation: "not listed", "nicht zutreffend", "not in Annex IX"
const NONE_FILL = new Set(["listed", "gelistet", "applicable", "zutreffend", "in"]);
// a point written after its part: "Part A (d)", "B(a)", "A d)"
const POINT = /(?:\(\s*[a-z]\s*\)|\b[a-z]\))\s*$/i;

/** An Annex IX cell read (AnnexIxRead); undefined when it is blank. */
export const readAnnexIx: (text: string | undefined) => AnnexIxRead | undefined = byText(annexOf);

function annexOf(text: string): AnnexIxRead | undefined {
  if (text.trim() === "") return undefined;
  const all = words(text);
  // "-", "–": nothing listed
  if (all.length === 0) return /^[\s\-–—/]+$/.test(text) ? { part: "none" } : { refused: "annex-part" };
  // "n/a", "N.A.": not applicable
  if (all.length === 2 && all[0] === "n" && all[1] === "a") return { part: "none" };
  // "RED II Annex IX": the directive's name is not a part; "IXA", "IX-B" written as one word
  const w: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const x = all[i] as string;
    if (x === "red" && /^(ii|iii|2|3)$/.test(all[i + 1] ?? "")) i++;
    else if (x === "red") continue;
    else if (/^(ix|9)[ab]$/.test(x)) w.push(x.slice(-1));
    else if (!AROUND.has(x)) w.push(x);
  }
  if (w.some((x) => NONE.has(x)) && w.every((x) => NONE.has(x) || NONE_FILL.has(x))) return { part: "none" };
  const part = w[0] === "a" ? "A" : w[0] === "b" ? "B" : null;
  if (part && w.length === 1) return { part };
  // "Part A (d)", "A.d", "B (a)": a point of the part
  if (part && w.length === 2 && POINT.test(text)) return { refused: "annex-point", part };
  return { refused: "annex-part" };
}

/** Annex IX part as a characteristic: "A", "B", "none", "" when blank; as typed (cleaned) when refused. */
export function normaliseAnnexIx(text: string | undefined): string {
  const read = readAnnexIx(text);
  if (read === undefined) return "";
  return read.refused ? clean(text) : read.part;
}
