// (p-noise) A company's name as two columns write it: "Saipol" under "Lieferant", "Saipol GmbH"
// under "Lieferant lt. SD". A second column of the supplier or customer is held equal to the one
// read (value-rivals.ts), and these two were refused as two suppliers: a refusal where the book is
// clear, which teaches users to ignore refusals. The same company is the same letters and digits
// in the same order, whatever the case, punctuation and spaces, with or without its legal form at
// the end (GmbH, S.A., Sp. z o.o.…). Nothing else agrees: "Saipol" and "Saipro" are two companies,
// "Müller" and "Muller" two spellings the add-in does not choose between, a legal form anywhere
// but at the end ("AB Volvo") a word of the name. The engine's partyKey (engine/normalise.ts) is
// looser (it drops such words anywhere), and is for finding a party again, not for agreeing.

/**
 * Legal forms as their words (letters and digits, lower case, in order): "GmbH & Co. KG" is
 * gmbh co kg, "S.à r.l." s à r l, "Sp. z o.o." sp z o o. Spelled together or apart ("S.A." and
 * "SA", "BV" and "B.V.") they are the same, as the words are compared joined (legalFormKey).
 */
const LEGAL_FORMS: readonly string[] = [
  // German, Austrian, Swiss
  ...["gmbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "ug haftungsbeschränkt", "ek", "e k", "ev", "se"],
  ...["gmbh co kg", "gmbh co kgaa", "ag co kg", "se co kg", "ug haftungsbeschränkt co kg", "gmbh co ohg"],
  // English, American, Irish, Australian
  ...["ltd", "limited", "llc", "llp", "lp", "inc", "incorporated", "corp", "corporation", "plc"],
  ...["pty ltd", "co ltd", "company limited", "pvt ltd", "private limited"],
  // French, Belgian, Luxembourgish
  ...["sa", "sas", "sasu", "sarl", "s à r l", "eurl", "snc", "sca", "sprl", "srl", "bvba", "scrl"],
  // Italian, Spanish, Portuguese
  ...[
    "spa",
    "s p a",
    "srl",
    "s r l",
    "srls",
    "sapa",
    "snc",
    "sas",
    "sl",
    "slu",
    "sau",
    "sa de cv",
    "lda",
    "ltda",
  ],
  // Dutch, Nordic, Baltic
  ...["bv", "nv", "vof", "cv", "as", "asa", "aps", "ab", "ab publ", "oy", "oyj", "oü", "uab", "sia"],
  // Polish, Czech, Slovak, Hungarian, Slovene, Croatian, Romanian, Greek
  ...["sp z o o", "sp zoo", "spzoo", "sp j", "sp k", "sa", "s r o", "sro", "a s", "kft", "zrt", "nyrt"],
  ...["d o o", "doo", "d d", "dd", "srl", "ae", "epe", "ike"],
];

/** Each legal form's words, longest first, so that "GmbH & Co. KG" is taken whole before "KG". */
const FORMS: readonly string[][] = [...new Set(LEGAL_FORMS)]
  .map((f) => f.split(" "))
  .sort((a, b) => b.join("").length - a.join("").length);

/** The words of a name: its runs of letters and digits, lower case (NFKC: "Ｓａｉｐｏｌ" is saipol). */
function wordsOf(name: string): string[] {
  return (
    name
      .normalize("NFKC")
      .toLocaleLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/**
 * The name a company's `name` compares by: its letters and digits in order, lower case, joined,
 * without one legal form at its end ("Saipol GmbH", "SAIPOL", "Saipol-GmbH" and "Saipol G.m.b.H."
 * are all saipol). A name that is a legal form alone ("AG") keeps it. Diacritics stay: "Müller" is
 * not "Muller".
 */
export function legalFormKey(name: string): string {
  const words = wordsOf(name);
  const joined = words.join("");
  for (const form of FORMS) {
    // the form's letters at the end, however spaced or dotted ("S.A.", "S A", "SA", "Sp.zo.o."),
    // after a whole word of the name: "Disa" is no "Di" S.A.
    const suffix = form.join("");
    const rest = joined.slice(0, joined.length - suffix.length);
    if (joined.endsWith(suffix) && rest !== "" && endsAtWord(words, rest.length)) return rest;
  }
  return joined;
}

/** Whether the first `n` letters of the joined `words` end at the end of a word. */
function endsAtWord(words: readonly string[], n: number): boolean {
  let at = 0;
  for (const w of words) {
    at += w.length;
    if (at === n) return true;
    if (at > n) return false;
  }
  return false;
}

/**
 * Whether two names of a supplier or customer name one company: the same legalFormKey ("Saipol"
 * and "Saipol GmbH", "SAIPOL S.A." and "Saipol SA"). "Saipol" and "Saipro" do not: no near match.
 */
export function sameCompany(a: string, b: string): boolean {
  return legalFormKey(a) === legalFormKey(b);
}
