// (brk25 4) Which site of the sites sheet the settings' company address plainly belongs to, where
// that sheet gives no site an address of its own: the one site whose name, less the words a site
// name carries beside its place ("Werk", "Tanklager", "Site", "Usine", "Stabilimento", "Planta",
// "Vestiging", "Zakład") and its numbers ("Werk 2"), is a run of whole words of the address:
// "Hafenstraße 1, 20457 Hamburg" and "Werk Hamburg", "1 Rue X, 69001 Lyon" and "Usine de Lyon",
// "ul. Portowa 1, 80-001 Gdańsk" and "Zakład Gdańsk". Whole words only: "Essener Str. 4, 20457
// Hamburg" names no site "Essen", "Hamburger Str. 2" no site "Hamburg". An address that names two
// sites of the sheet ("22765 Hamburg-Altona" for "Hamburg" and "Altona") belongs to neither: no
// guess between them. Case, accents and Polish "ł" aside.
import { plainLetters, words } from "./fold";
import type { Site } from "./records";

/**
 * A site's nouns in de, en, fr, es, it, nl, pl (and pt): what a site name carries beside its
 * place ("Werk Hamburg", "Usine de Lyon", "Zakład Gdańsk"), and what stands beside a transfer's end
 * or where a block's movement comes from or goes to in a heading ("Abgebendes Werk", "Von
 * Standort", "Naar locatie": workbook/transfer-words.ts, side-words.ts). Folded, "ł" read as "l".
 * A tank is storage within one site, none of these.
 */
// prettier-ignore
export const SITE_NOUNS: ReadonlySet<string> = new Set([
  "standort", "werk", "zweigwerk", "lager", "tanklager", "betrieb", "niederlassung", "anlage",
  "site", "plant", "location", "facility", "factory", "warehouse", "depot", "terminal",
  "usine", "entrepot", "etablissement", "lieu",
  "sitio", "planta", "fabrica", "almacen", "ubicacion", "centro",
  "sito", "stabilimento", "magazzino", "impianto", "sede", "deposito",
  "locatie", "vestiging", "fabriek", "magazijn", "opslag",
  "zaklad", "oddzial", "magazyn",
  "local", "instalacao", "armazem", "filial",
]);

/** Linking words between a site's noun and its place ("Usine de Lyon", "Stabilimento di Ravenna", "Zakład w Łodzi"). */
export const SITE_LINKS: ReadonlySet<string> = new Set(["de", "du", "des", "la", "le", "di", "del", "della", "el", "van", "het", "w"]); // prettier-ignore

/** The words of `text` as compared here: words() with Polish "ł" read as "l". */
const wordsOf = (text: string): string[] => words(plainLetters(text));

/** The site's name as the place it names: its words less site words and numbers ("Werk 2 Hamburg" → hamburg). */
function placeWords(site: string): string[] {
  return wordsOf(site).filter((w) => !SITE_NOUNS.has(w) && !SITE_LINKS.has(w) && !/^\d+$/.test(w));
}

/**
 * Whether `name` is a run of whole words of `address`; a name of no word of three letters or more
 * ("Site A", "Werk 2") names no place.
 */
function isRunOf(name: readonly string[], address: readonly string[]): boolean {
  if (!name.some((w) => /[a-z].*[a-z].*[a-z]/.test(w))) return false;
  return address.some((_, i) => name.every((w, j) => address[i + j] === w));
}

/**
 * The one site of `sites` the address names (see the head of this file); undefined where it names
 * none, or more than one. `address` is the settings' company address as stated ("" names none).
 */
export function siteNamedBy(address: string, sites: readonly Site[]): Site | undefined {
  if (address.trim() === "") return undefined;
  const a = wordsOf(address);
  const named = sites.filter((s) => isRunOf(placeWords(s.name), a));
  const keys = new Set(named.map((s) => s.key));
  return keys.size === 1 ? named[0] : undefined;
}
