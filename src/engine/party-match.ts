// Whether two names of a party name one company (brk27 S5, S7): the supplier of a receipt and the
// holder the certificate register gives its certificate, a delivery's customer and the company
// itself. Names are compared as parties are everywhere (normalise.ts partyKey: case, accents,
// punctuation and legal forms at the end aside).
import { foldedText, partyKey } from "./normalise";

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
