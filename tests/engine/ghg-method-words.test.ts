// (p-ghgmethod) A GHG method cell in seven languages reads as the method it names: a total default
// value (TDV), disaggregated defaults (DDV) or actual values (AV). Only English was read before:
// "Standardwert", "valor real" were refused as no method. A text that names none is still refused.
import { normaliseGhgMethod } from "../../src/engine/normalise";

const READ: [string, string, string][] = [
  ["de", "Tatsächlicher Wert", "AV"],
  ["de", "Ist-Wert", "AV"],
  ["de", "Standardwert", "TDV"],
  ["de", "Disaggregierter Standardwert", "DDV"],
  ["en", "actual", "AV"],
  ["en", "Actual values", "AV"],
  ["en", "default", "TDV"],
  ["en", "Default value", "TDV"],
  ["en", "disaggregated default", "DDV"],
  ["fr", "valeur réelle", "AV"],
  ["fr", "valeur par défaut", "TDV"],
  ["fr", "valeur par défaut désagrégée", "DDV"],
  ["es", "valor real", "AV"],
  ["es", "Valor por defecto", "TDV"],
  ["es", "valor por defecto desagregado", "DDV"],
  ["it", "valore effettivo", "AV"],
  ["it", "valore standard", "TDV"],
  ["it", "valore standard disaggregato", "DDV"],
  ["nl", "werkelijke waarde", "AV"],
  ["nl", "standaardwaarde", "TDV"],
  ["nl", "gedisaggregeerde standaardwaarde", "DDV"],
  ["pl", "wartość rzeczywista", "AV"],
  ["pl", "wartość standardowa", "TDV"],
  ["pl", "zdezagregowana wartość standardowa", "DDV"],
  ["codes", "TDV", "TDV"],
  ["codes", "DDV", "DDV"],
  ["codes", "AV", "AV"],
  ["codes", "DDV+AV", "DDV_AV"],
  // p-ghgunits (brk17 F2): actual values with disaggregated defaults, joined by a sign or an "and"
  ["codes", "AV+DDV", "DDV_AV"],
  ["codes", "AV + DDV", "DDV_AV"],
  ["codes", "DDV / AV", "DDV_AV"],
  ["codes", "AV, DDV", "DDV_AV"],
  ["en", "actual + disaggregated default", "DDV_AV"],
  ["en", "disaggregated default + actual", "DDV_AV"],
  ["en", "disaggregated default and actual values", "DDV_AV"],
  ["de", "tatsächlicher Wert und disaggregierter Standardwert", "DDV_AV"],
  ["de", "Ist-Wert + disaggregierter Standardwert", "DDV_AV"],
  ["fr", "valeur réelle et valeur par défaut désagrégée", "DDV_AV"],
  ["es", "valor real y valor por defecto desagregado", "DDV_AV"],
  ["it", "valore effettivo e valore standard disaggregato", "DDV_AV"],
  ["nl", "werkelijke waarde en gedisaggregeerde standaardwaarde", "DDV_AV"],
  ["pl", "wartość rzeczywista i zdezagregowana wartość standardowa", "DDV_AV"],
  // one method named twice is that method; a single word with a hyphen is no join
  ["en", "actual / actual", "AV"],
  ["de", "Ist-Wert", "AV"],
  ["en", "disaggregated", "DDV"],
];

describe("a GHG method cell in seven languages", () => {
  it.each(READ)("%s: %s is %s", (_, text, method) => {
    expect(normaliseGhgMethod(text)).toBe(method);
  });

  it.each([
    "guess",
    "Schätzung",
    "valor",
    "Wert",
    "standard disaggregated actual",
    "real default",
    // two methods of which one is a total default value, or one names none: never either
    "TDV/AV",
    "default / actual",
    "Standardwert + Ist-Wert",
    "AV / guess",
    // "disaggregated …" is DDV by its first word, except where actual values follow
    "disaggregated default with actual eec",
  ])("%s names no method: refused (null), never guessed", (text) => {
    expect(normaliseGhgMethod(text)).toBeNull();
  });

  it("a blank or a dash states none", () => {
    expect(["", " ", "-"].map(normaliseGhgMethod)).toEqual([undefined, undefined, undefined]);
  });
});
