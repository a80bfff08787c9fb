// What else a sheet's name may say of a site (sheet-sites.ts), brk25 §1, §2:
// - a sites sheet's column of short codes ("Standort | Kürzel | Adresse" = Hamburg | HH) names a
//   site as its name does: sheets "WE HH", "WA VL" were read as one account, Venlo's sale declared
//   from Hamburg's receipt with Hamburg's dispatch address (first law);
// - with no such column, two short capital tokens ("WE HH", "WE VL") may tell two sites apart as
//   place words do (the twins rule);
// - a site named after a word of direction in a deliveries sheet's name ("Lieferungen nach
//   Venlo", "Sales to Venlo") is where the goods went, not the site they left: refused, never read
//   as that site's ("von Venlo", "from Venlo" is the dispatching site, read).
import { type Grid, isBlank } from "./grid";
import type { Recognition } from "./recognition";
import { nameWords, NOT_PLACE_WORDS } from "./sheet-site-words";
import { wordsAs } from "./side-word-table";

/** A site of the sites sheet as typed, with the words of its name and of its codes. */
export interface ListedSite {
  name: string;
  keys: string[][];
}

// headings of a site's code column (de, en, fr, es, it, nl, pl), folded words
// prettier-ignore
const CODE_WORDS = new Set(("kurzel|kurzzeichen|kurzname|kurzbezeichnung|abkurzung|werkskurzel|standortkurzel|werkscode|standortcode|code|kurz" +
  "|abbreviation|abbr|abbrev|shortname|short|sitecode|sigle|sigla|codigo|abreviatura|codice|afkorting|skrot|kod").split("|"));
/** A code column's heading never holds these: a post code, a country's or a certificate's code. */
// prettier-ignore
const NOT_CODE_WORDS = new Set(("post|postal|postale|zip|plz|pocztowy|country|land|pays|pais|paese|kraj|iso|iscc|certificate|zertifikat|certificat|certificado|certificato|certificaat|certyfikat|tax|vat|ust|eori|customer|supplier|product").split("|"));

/** The column of a sites sheet headed as a site's code ("Kürzel", "Site code", "Code site"), else null. */
export function codeColumn(grid: Grid, rec: Recognition): number | null {
  const r = rec.headerRow;
  if (r === null) return null;
  const taken = new Set([...rec.columns.values()].map((m) => m.col));
  for (let c = 0; c < grid.width(r, r + 1); c++) {
    if (taken.has(c)) continue;
    const ws = nameWords(grid.headerText(r, c));
    if (ws.some((w) => CODE_WORDS.has(w)) && !ws.some((w) => NOT_CODE_WORDS.has(w))) return c;
  }
  return null;
}

/** The sites of a sites sheet, each once by its name's words, with their codes' words where a code column gives them. */
export function listedSites(grid: Grid, rec: Recognition, into: Map<string, ListedSite>): void {
  const siteCol = rec.columns.get("site")?.col;
  if (siteCol === undefined || rec.headerRow === null) return;
  const codeCol = codeColumn(grid, rec);
  for (let r = rec.headerRow + 1; r < grid.rowCount; r++) {
    const v = grid.value(r, siteCol);
    if (isBlank(v) || (typeof v !== "string" && typeof v !== "number")) continue;
    const name = String(v).trim();
    const key = nameWords(name).join(" ");
    const site = into.get(key) ?? { name, keys: [nameWords(name)] };
    into.set(key, site);
    const code = codeCol === null ? null : grid.value(r, codeCol);
    const words = typeof code === "string" || typeof code === "number" ? nameWords(String(code)) : [];
    // a code that is a word of no place ("EU", "2025") names no site
    if (words.length > 0 && words.some((w) => !NOT_PLACE_WORDS.has(w) && !/^\d+$/.test(w)))
      site.keys.push(words);
  }
}

/**
 * Words that say where goods went, before a place (de, en, fr, es, it, nl, pl): the words of where a
 * block's movement goes to (side-word-table.ts: nach, an, to, vers, hacia, a, verso, naar), and
 * these, read only before a place in a sheet's name ("zu" is the receipts' side in a heading,
 * "Zu (t)"; "do" is Polish, which the side table does not hold).
 */
const TOWARDS = new Set([...wordsAs("block-end", "in"), ..."zu|towards|into|au|aux|do".split("|")]);

/** The word of direction right before index `at` of `ws` ("nach" in "lieferungen nach venlo"), else null. */
export function towards(ws: readonly string[], at: number): string | null {
  const w = ws[at - 1];
  return w !== undefined && TOWARDS.has(w) ? w : null;
}

/** The folded words of a name's short capital tokens ("WE HH": we, hh), which may be a site's code. */
export function codeLike(name: string): Set<string> {
  const out = new Set<string>();
  for (const t of name.split(/[^\p{L}\p{N}]+/u))
    if (/^\p{Lu}{2,4}$/u.test(t)) for (const w of nameWords(t)) out.add(w);
  return out;
}
