// How far two party names agree (engine/party-match.ts): the table of spellings a supplier column
// and a certificate register give one company, and of other companies that must stay apart.
import { namesPlaceOf, ownParty, partyMatch } from "../../src/engine/party-match";

describe("partyMatch", () => {
  it.each([
    // one company however spelled: legal form, case, punctuation, accents
    ["Good AG", "Good AG", "same"],
    ["Good AG", "GOOD Aktiengesellschaft", "same"],
    ["Good AG", "Good", "same"],
    ["Saipol S.A.", "SAIPOL SA", "same"],
    ["Biofuels B.V.", "Biofuels BV", "same"],
    ["Müller GmbH & Co. KG", "Müller", "same"],
    ["Oleje Polska Sp. z o.o.", "Oleje Polska", "same"],
    ["Oléagineux SAS", "oleagineux", "same"],
    // in part: a site, a group company, a trading name, initials: a person must look
    ["Good AG Werk Hamburg", "Good AG", "partial"],
    ["Good AG", "Good Oil Trading GmbH", "partial"],
    ["Bunge Deutschland GmbH", "Bunge Loders Croklaan B.V.", "partial"],
    ["ADM", "Archer Daniels Midland GmbH", "partial"],
    ["Hamburg Good AG", "Good AG", "partial"],
    // other companies
    ["Other Trading GmbH", "Good AG", "different"],
    ["Other Trading GmbH", "Good Trading GmbH", "different"],
    ["Kunde AG", "Acme Bio GmbH", "different"],
    ["AG Processing Inc", "Good AG", "different"],
    // nothing to compare
    ["", "Good AG", "same"],
    ["Good AG", "  ", "same"],
  ])("%s / %s: %s", (a, b, expected) => {
    expect(partyMatch(a, b)).toBe(expected);
    expect(partyMatch(b, a)).toBe(expected);
  });
});

describe("namesPlaceOf", () => {
  it.each([
    ["Acme Bio GmbH Werk Venlo", "Acme Bio GmbH", true],
    ["ACME BIO GMBH - Lager Hamburg", "Acme Bio GmbH", true],
    ["Acme Bio GmbH", "Acme Bio GmbH", false],
    // another company: the name of ours without its legal form, then words of its own
    ["Acme Bio Trading B.V.", "Acme Bio GmbH", false],
    ["Acme Bio Trading B.V.", "Acme Bio", false],
    ["Kunde AG Werk Venlo", "Acme Bio GmbH", false],
  ])("%s of %s: %s", (name, company, expected) => {
    expect(namesPlaceOf(name, company)).toBe(expected);
  });
});

// (h-parties) The company itself or one of its sites as a delivery's customer (delivery-to-self):
// whole words after the company's name, legal forms and site nouns (de, en, fr, it, es, nl, pl)
// aside. Must-not-change rows: another company whose name begins with ours, or holds our words in
// another order, or has a legal form of its own.
describe("ownParty", () => {
  const SITES = [
    { name: "Werk Venlo", code: "VEN" },
    { name: "Usine de Lyon", code: "" },
  ];
  it.each([
    // the company, with or without a legal form, punctuation aside
    ["Acme Bio", "Acme Bio", "name"],
    ["Acme Bio B.V.", "Acme Bio", "name"],
    ["ACME BIO GmbH", "Acme Bio", "name"],
    ["Acme Bio S.p.A.", "Acme Bio", "name"],
    ["Acme Bio Sp. z o.o.", "Acme Bio", "name"],
    ["Acme Bio GmbH & Co. KG", "Acme Bio", "name"],
    ["Acme Bio Aktiengesellschaft", "Acme Bio AG", "name"],
    ["Acme Bio BV", "Acme Bio B.V.", "name"],
    // a plant of it, by a site noun in seven languages
    ["Acme Bio Werk Duisburg", "Acme Bio", "name"],
    ["Acme Bio, Werk Duisburg", "Acme Bio", "name"],
    ["Acme Bio GmbH - Werk Hamburg", "Acme Bio", "name"],
    ["Acme Bio Plant 2", "Acme Bio", "name"],
    ["Acme Bio Usine de Dunkerque", "Acme Bio", "name"],
    ["Acme Bio S.r.l. Stabilimento di Ravenna", "Acme Bio", "name"],
    ["Acme Bio S.L. Planta Huelva", "Acme Bio", "name"],
    ["Acme Bio N.V. Fabriek Gent", "Acme Bio", "name"],
    ["Acme Bio Sp. z o.o. Zakład Gdańsk", "Acme Bio", "name"],
    ["Acme Bio Ltd Site Hull", "Acme Bio Ltd", "name"],
    ["Acme Bio GmbH Werk Venlo", "Acme Bio GmbH", "name"],
    // a site of the sites sheet: its name, code or place, alone or after the company's name
    ["Werk Venlo", "Acme Bio", "site"],
    ["WERK VENLO", "", "site"],
    ["VEN", "Acme Bio", "site"],
    ["Usine de Lyon", "Acme Bio", "site"],
    ["Acme Bio Venlo", "Acme Bio", "site"],
    ["Acme Bio Werk Venlo", "Acme Bio", "site"],
    ["Acme Bio, Werk Venlo", "Acme Bio", "site"],
    ["Acme Bio SAS Lyon", "Acme Bio", "site"],
    // must not change: other companies
    ["Acme Biofuels Ltd", "Acme Bio", null],
    ["Acme Biofuels Ltd", "Acme Bio GmbH", null],
    ["Bio Acme", "Acme Bio", null],
    ["Bio Acme B.V.", "Acme Bio", null],
    ["Acme", "Acme Bio", null],
    ["Acme Bio Trading B.V.", "Acme Bio", null],
    ["Acme Bio Terminal Services GmbH", "Acme Bio", null],
    ["Acme Bio Plant Oils Ltd", "Acme Bio", null],
    ["Acme Bio Rotterdam", "Acme Bio", null],
    ["Acme Bio B.V.", "Acme Bio GmbH", null], // two legal forms: two legal entities of a group
    ["Acme Bio B.V. Werk Venlo Süd", "Acme Bio GmbH", null],
    ["Kunde AG Werk Venlo", "Acme Bio", null],
    ["Venlo Trading B.V.", "Acme Bio", null],
    ["Fuel AG", "", null],
  ])("%s of %s: %s", (customer, company, by) => {
    const own = ownParty(customer, company, SITES);
    expect(own?.by ?? null).toBe(by);
  });

  it("names the site as the sites sheet spells it, and the company as Settings do", () => {
    expect(ownParty("ven", "Acme Bio", SITES)).toEqual({ by: "site", own: "Werk Venlo" });
    // Settings give no legal form: any after the name reads as ours, and the wording says so
    expect(ownParty("Acme Bio B.V.", "Acme Bio", SITES)).toEqual({ by: "name", own: "Acme Bio", bare: true });
    expect(ownParty("Acme Bio GmbH", "Acme Bio GmbH", SITES)).toEqual({ by: "name", own: "Acme Bio GmbH" });
  });
});
