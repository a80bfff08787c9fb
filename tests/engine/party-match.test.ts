// How far two party names agree (engine/party-match.ts): the table of spellings a supplier column
// and a certificate register give one company, and of other companies that must stay apart.
import { namesPlaceOf, partyMatch } from "../../src/engine/party-match";

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
