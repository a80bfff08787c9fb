// Whether two names of a party name one company (brk27 S5, S7): the supplier of a receipt and the
// holder the certificate register gives its certificate, a delivery's customer and the company
// itself. Names are compared as parties are everywhere (normalise.ts partyKey: case, accents,
// punctuation and legal forms at the end aside).
import { foldedText, LEGAL_FORM_NAMES, partyKey, plainLetters } from "./normalise";
import { SITE_LINKS, SITE_NOUNS } from "./site-town";

/**
 * How far two party names agree:
 * - "same": one company as partyKey reads them ("Good AG", "GOOD Aktiengesellschaft", "Good");
 * - "partial": they may name one company: the words of one all stand in the other ("Good AG" and
 *   "Good AG Werk Hamburg"), they begin with the same word ("Bunge Deutschland" and "Bunge Loders
 *   Croklaan": a group's companies, a trading name), or one is the other's initials ("ADM" and
 *   "Archer Daniels Midland"), so a person must look;
 * - "different": none of that ("Other Trading GmbH" and "Good AG").
 * A blank name is "same": nothing is said to compare.
 */
export type PartyMatch = "same" | "partial" | "different";

/** How far the party names `a` and `b` agree (PartyMatch). */
export function partyMatch(a: string, b: string): PartyMatch {
  const ka = partyKey(a);
  const kb = partyKey(b);
  if (ka === "" || kb === "" || ka === kb) return "same";
  const wa = ka.split(" ");
  const wb = kb.split(" ");
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.every((w) => long.includes(w))) return "partial";
  if (wa[0] === wb[0]) return "partial";
  const initials = long.map((w) => w.charAt(0)).join("");
  if (short.length === 1 && initials.length > 1 && short[0] === initials) return "partial";
  return "different";
}

/**
 * Whether `name` names the company `company` and then a place of it: the company's whole name,
 * legal form included, followed by more words ("Acme Bio GmbH Werk Venlo" of "Acme Bio GmbH").
 * Only where the company's name carries a legal form: "Acme Bio Trading B.V." is not "Acme Bio"'s
 * place but maybe a company of its own. Punctuation and case aside.
 */
export function namesPlaceOf(name: string, company: string): boolean {
  const full = plain(company);
  if (full === "" || full === partyKey(company)) return false;
  return plain(name).startsWith(`${full} `);
}

const plain = (text: string): string =>
  foldedText(text)
    .replace(/[.,&()/'"-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();

// --- our own company or one of our sites (brk27 S7, h-parties) ---

/** A legal form's canonical spelling: the long names as their short form, no spaces ("b v" → bv). */
const FORM_ALIASES: Readonly<Record<string, string>> = {
  aktiengesellschaft: "ag",
  "gesellschaft mit beschrankter haftung": "gmbh",
  kommanditgesellschaft: "kg",
  "societe anonyme": "sa",
  "societe par actions simplifiee": "sas",
  "naamloze vennootschap": "nv",
  "besloten vennootschap": "bv",
  limited: "ltd",
  corporation: "corp",
};

/** The legal forms as their words, longest first, so "sp z o o" is taken whole before "sp". */
const FORM_WORDS: readonly string[][] = [...new Set(LEGAL_FORM_NAMES)]
  .map((f) => f.split(" "))
  .sort((a, b) => b.length - a.length);

/** The words of a party name: folded, "ł" as "l", any run of signs one break ("Acme Bio, Werk Venlo" → acme bio werk venlo). */
const nameWords = (text: string): string[] =>
  foldedText(plainLetters(text))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** The legal forms `ws` begins with, one after another ("gmbh co kg"), as their canonical spellings and the words they take. */
function formsAtStart(ws: readonly string[]): { forms: string[]; taken: number } {
  const forms: string[] = [];
  let at = 0;
  for (;;) {
    const form = FORM_WORDS.find((f) => f.every((w, i) => ws[at + i] === w));
    if (!form) return { forms, taken: at };
    const spelled = form.join(" ");
    forms.push(FORM_ALIASES[spelled] ?? form.join(""));
    at += form.length;
  }
}

/** The canonical legal forms at the end of a name's words ("Acme Bio GmbH & Co. KG" → gmbh co kg), "" where none. */
function formsAtEnd(ws: readonly string[]): string {
  for (let i = Math.max(1, ws.length - 6); i < ws.length; i++) {
    const { forms, taken } = formsAtStart(ws.slice(i));
    if (i + taken === ws.length && forms.length > 0) return forms.join(" ");
  }
  return "";
}

/** A site of ours as party-match compares it: its name as the sites sheet spells it, and its code ("" where none). */
export interface OwnSite {
  name: string;
  code: string;
}

/** Why a customer is the company itself or one of its sites (ownParty): `own` the company's or the site's name as typed. */
export interface OwnParty {
  by: "name" | "site";
  own: string;
  /** "name": the company's name carries no legal form, so any legal form after it read as ours ("Acme Bio B.V." of "Acme Bio") */
  bare?: true;
}

/** The words of a site's name less its site nouns and linking words ("Werk Venlo" → venlo, "Usine de Lyon" → lyon). */
const placeOf = (site: string): string[] =>
  nameWords(site).filter((w) => !SITE_NOUNS.has(w) && !SITE_LINKS.has(w) && !/^\d+$/.test(w));

/** The site of `sites` whose whole name, code or place words are `ws` exactly; undefined where none. */
function siteOf(ws: readonly string[], sites: readonly OwnSite[]): OwnSite | undefined {
  const said = ws.join(" ");
  if (said === "") return undefined;
  return sites.find((s) => {
    const place = placeOf(s.name).join(" ");
    return nameWords(s.name).join(" ") === said || nameWords(s.code).join(" ") === said || place === said;
  });
}

/**
 * Whether the customer `customer` is the company named `company` (the settings' name) or one of
 * its `sites` (the sites sheet's rows), compared by whole words, case, accents and signs aside:
 * - a site's whole name or code, alone ("Werk Venlo", "VEN"): by "site";
 * - the company's name (its legal form at the end aside), then nothing or a legal form: by "name"
 *   ("Acme Bio B.V." of "Acme Bio"); where both names carry a legal form and the forms differ
 *   ("Acme Bio B.V." of "Acme Bio GmbH") they are two legal entities: not ours;
 * - the company's name, maybe its legal form, then a site of the sheet (name, code or place:
 *   "Acme Bio Venlo" with a site "Werk Venlo"): by "site"; or then a site noun (SITE_NOUNS: "Acme
 *   Bio, Werk Venlo", "Acme Bio Plant 2") with no legal form at the end: by "name". A legal form at
 *   the end makes a company of its own ("Acme Bio Terminal Services GmbH");
 * - the company's whole name, legal form included, then more words (namesPlaceOf).
 * Whole words only: "Acme Biofuels Ltd" is not "Acme Bio", nor is "Bio Acme". Null: not ours.
 */
export function ownParty(customer: string, company: string, sites: readonly OwnSite[]): OwnParty | null {
  const cw = nameWords(customer);
  const site = siteOf(cw, sites);
  if (site) return { by: "site", own: site.name };
  const core = partyKey(company)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (core.length === 0 || !core.every((w, i) => cw[i] === w)) return null;
  if (namesPlaceOf(customer, company)) return { by: "name", own: company };
  const { forms, taken } = formsAtStart(cw.slice(core.length));
  const ours = formsAtEnd(nameWords(company));
  if (forms.length > 0 && ours !== "" && forms.join(" ") !== ours) return null;
  const rest = cw.slice(core.length + taken);
  if (rest.length === 0)
    return { by: "name", own: company, ...(forms.length > 0 && ours === "" && { bare: true }) };
  const at = siteOf(rest, sites);
  if (at) return { by: "site", own: at.name };
  if (SITE_NOUNS.has(rest[0] as string) && formsAtEnd(rest) === "") return { by: "name", own: company };
  return null;
}
