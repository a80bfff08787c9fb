// (p-noise) Two names of one company agree when they differ only by a legal form at the end, case,
// punctuation and spaces ("Saipol" and "Saipol GmbH"); any other difference, a near match above
// all ("Saipol" and "Saipro"), is two companies. Legal forms in every spelling the book's
// languages use, each tried with every base name; random names for the rest.
import fc from "fast-check";
import { legalFormKey, sameCompany } from "../../src/workbook/legal-forms";

/** Legal forms as users write them after a name. */
const FORMS = [
  ...["GmbH", "G.m.b.H.", "AG", "KG", "KGaA", "OHG", "SE", "e.K.", "GmbH & Co. KG", "GmbH & Co KG"],
  ...["AG & Co. KG", "UG (haftungsbeschränkt)", "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "Inc."],
  ...["Inc", "Corp.", "PLC", "Pty Ltd", "Co., Ltd.", "S.A.", "SA", "S.A.S.", "SAS", "SARL", "S.à r.l."],
  ...["EURL", "S.r.l.", "Srl", "S.p.A.", "SpA", "S.L.", "SL", "S.L.U.", "S.A.U.", "Lda", "B.V.", "BV"],
  ...["N.V.", "NV", "A/S", "AS", "ASA", "ApS", "AB", "AB (publ)", "Oy", "Oyj", "Sp. z o.o."],
  ...["Sp. z o. o.", "sp.zo.o.", "SPZOO", "s.r.o.", "a.s.", "Kft.", "Zrt.", "d.o.o.", "UAB", "SIA"],
];

/** Company names as a book holds them. */
const NAMES = ["Saipol", "Fett Handel", "Bio-Oil Nord", "Öl & Fett", "Agro 2000", "L'Huilerie", "Neste"];

describe("a company's name with and without its legal form", () => {
  const pairs = NAMES.flatMap((n) => FORMS.map((f) => [n, f] as const));
  it.each(pairs)('"%s" and "%s %s" name one company', (name, form) => {
    expect(sameCompany(name, `${name} ${form}`)).toBe(true);
    expect(sameCompany(`${name.toUpperCase()} ${form}`, name.toLowerCase())).toBe(true);
    // written with a comma or without a space before the form's dots ("Saipol, S.A.")
    expect(sameCompany(`${name}, ${form}`, name)).toBe(true);
  });

  it.each(pairs)('"%s %s" and another company with the same legal form differ', (name, form) => {
    expect(sameCompany(`${name} ${form}`, `${name}x ${form}`)).toBe(false);
    expect(sameCompany(`${name} ${form}`, `Cargill ${form}`)).toBe(false);
  });

  it.each([
    ["Saipol", "Saipro"],
    ["Saipol GmbH", "Saipro GmbH"],
    ["Müller GmbH", "Muller GmbH"],
    ["Fett Handel", "Fett Handel Nord"],
    ["Fett AG", "Fett Trading AG"],
    // a legal form's letters at the end of a word are none of it
    ["Disa", "Di"],
    ["Saipol Gas", "Saipol G"],
    ["Saipolgmbh", "Saipol"],
    // a legal form before the name is a word of it
    ["AB Volvo", "Volvo"],
    // a name that is a legal form alone keeps it
    ["AG", "SE"],
  ])('"%s" and "%s" are two companies', (a, b) => {
    expect(sameCompany(a, b)).toBe(false);
  });

  it("case, punctuation and spaces alone never change a name", () => {
    const word = fc.stringMatching(/^[A-Za-zäöüÄÖÜéè0-9]{1,8}$/);
    const sep = fc.constantFrom(" ", "  ", "-", ".", ", ", " & ", "/", "'");
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), sep, (words, s) => {
        const a = words.join(" ");
        const b = words.map((w) => w.toUpperCase()).join(s);
        expect(legalFormKey(a)).toBe(legalFormKey(b));
      }),
      { numRuns: 200 },
    );
  });

  it("two names whose letters differ never agree, with or without a legal form", () => {
    const name = fc.stringMatching(/^[a-z]{3,10}$/);
    fc.assert(
      fc.property(name, name, fc.constantFrom("", ...FORMS), (a, b, form) => {
        fc.pre(a !== b);
        // a one-word name is never cut, even where it ends in a legal form's letters ("disa")
        expect(sameCompany(`${a} ${form}`, `${b} ${form}`)).toBe(false);
        expect(sameCompany(a, `${b} ${form}`)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
