// The closed vocabularies and units as the break test of issue 10 typed them (report 4, 17, 20 and
// the usability list): each spelling is read to its one meaning, or refused (null), never guessed.
import { normaliseScheme, normaliseYesNo } from "../../../src/engine/normalise";
import { readClaim } from "../../../src/engine/claims";
import { UNIT_REFUSALS } from "../../../src/engine/catalogue/wording-units";
import { parseUnit, unitRefusal } from "../../../src/engine/units";

describe("claims are read on their whole words", () => {
  it.each([
    ["ISCC compliant", "ISCC compliant"],
    ["ISCC-konform", "ISCC compliant"],
    ["ISCC compliant; EU RED compliant", "ISCC compliant"],
    ["ISCC compliant / EU RED compliant", "ISCC compliant"],
    ["EU RED compliant", "EU RED compliant"],
    // a denial is read as one, whatever it denies: no credit (claims.ts)
    ["Not ISCC compliant", "not compliant"],
    ["nicht ISCC-konform", "not compliant"],
    ["EU RED compliant, not ISCC compliant", "EU RED compliant"],
    ["Non-ISCC material", "not compliant"],
    ["kein ISCC", "not compliant"],
    ["no ISCC", "not compliant"],
    ["not compliant", "not compliant"],
    ["ISCC PLUS bio-circular", "bio-circular"],
    // brk24 §5: the scheme's name before "circular" may name its circular economy as a whole
    ["ISCC+ circular", null],
    ["ISCC+ bio-circular", "bio-circular"],
    ["ISCC PLUS compliant", null],
    ["ISCC EU compliant", null],
    ["ISCC compliant?", null],
    ["yes?", null],
    ["ISCC compliant no no", null],
    ["ISCC compliant (pending)", null],
    ["", undefined],
  ])("%p is %p", (text, claim) => {
    expect(readClaim(text)).toBe(claim);
  });
});

describe("a row names one scheme", () => {
  it.each([
    ["ISCC EU", "ISCC EU"],
    ["ISCC EU (RED II)", "ISCC EU"],
    ["ISCC EU RED III", "ISCC EU"],
    ["ISCC PLUS", "ISCC PLUS"],
    ["ISCC EU/PLUS", null],
    ["ISCC EU, ISCC PLUS", null],
    ["ISCC EU & ISCC PLUS", null],
    ["ISCC PLUS EU", null],
    ["nicht ISCC PLUS", null],
    ["ISCC", null],
  ])("%p is %p", (text, scheme) => {
    expect(normaliseScheme(text)).toBe(scheme);
  });
});

describe("yes/no against closed lists", () => {
  it.each([
    ["yes", undefined, true],
    // the languages whose headings the reader recognises answer in their own words
    ["Sí", undefined, true],
    ["sì", undefined, true],
    ["Sim", undefined, true],
    ["tak", undefined, true],
    ["Nee", undefined, false],
    ["não", undefined, false],
    ["nie", undefined, false],
    ["nej", undefined, false],
    ["nei", undefined, false],
    ["sí no", undefined, null],
    ["1,0", undefined, true],
    ["0,0", undefined, false],
    ["0.00", undefined, false],
    ["1.000", undefined, null],
    ["n.n.", undefined, null],
    ["N/N", undefined, null],
    ["no no", undefined, null],
    ["nein, nein", undefined, null],
    ["yes?", undefined, null],
    ["Abfall", "waste", true],
    ["kein Abfall", "waste", false],
    ["waste or residue", "waste", true],
    ["waste: no", "waste", false],
    ["nachhaltig", "sustainable", true],
    ["nicht nachhaltig", "sustainable", false],
    ["non-sustainable", "sustainable", false],
    ["nachhaltig", undefined, null],
    ["Abfall", "sustainable", null],
  ] as const)("%p (about %p) is %p", (text, subject, yes) => {
    expect(normaliseYesNo(text, subject)).toBe(yes);
  });
});

describe("units: metric tonnes only, and the units a book writes", () => {
  it.each([
    ["t", "t"],
    ["MT", "t"],
    ["mt", "t"],
    ["kt", "kt"],
    ["dt", "dt"],
    ["Doppelzentner", "dt"],
    ["m³ i.N.", "Nm3"],
    ["kWh Hi", "kWh"],
    ["g/ml", "g/mL"],
    ["kg/dm³", "kg/dm3"],
    ["kJ/kg", "kJ/kg"],
    // p-numbers2: "Mt" is the SI megatonne (10^6 t, as kt is 10^3 t) as much as a register's
    // metric tonne, and "tn" the US short ton as much as a metric "tn": both refused, never read
    ["Mt", null],
    ["Mt.", null],
    ["tn", null],
    ["tn.", null],
    ["tons", null],
    ["short tons", null],
    ["kWh Hs", null],
    ["lbs", null],
  ])("%p is %p", (text, unit) => {
    expect(parseUnit(text)?.unit ?? null).toBe(unit);
  });

  it.each([
    ["tons", "tons", "short tons (0.907 t)"],
    ["ton", "tons", "long tons (1.016 t)"],
    ["short tons", "short", "0.90718474 t"],
    ["US tons", "short", "0.90718474 t"],
    ["long tons", "long", "1.0160469088 t"],
    ["kWh Hs", "gross", "gross calorific value"],
    ["MMBtu", "imperial", "not a metric unit"],
    ["lb/gal", "gallon", "per US gallon (1 lb/US gal = 119.826 kg/m³) or per imperial gallon"],
    ["tn", "tons", "write t"],
    ["Tn.", "tons", "write t"],
    ["Mt", "megatonne", "head the column with t, or MT for metric tonnes"],
    ["Mt.", "megatonne", "a million tonnes"],
  ] as const)("says why %p is refused: %s", (text, code, why) => {
    expect(unitRefusal(text)).toBe(code);
    expect(UNIT_REFUSALS[code]).toContain(why);
  });

  it("has no refusal for units it reads or does not know", () => {
    expect(unitRefusal("kg")).toBeNull();
    expect(unitRefusal("bags")).toBeNull();
    expect(unitRefusal("MT")).toBeNull();
    expect(unitRefusal("mt")).toBeNull();
  });
});
