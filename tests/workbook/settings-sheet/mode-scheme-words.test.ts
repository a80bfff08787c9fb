// The balance mode and the scheme as staff write them on a settings sheet (brk19 0b): "doorlopend"
// (Dutch: continuous) was read as end of period because it holds the letters "end", and an
// unread mode or scheme ("ciągły", "ISCC+"… or "ISCC", "RED") was a warning while the run went on
// under end of period and ISCC EU. Each spelling listed is read as its mode or scheme; any other
// value is an error at its cell, which holds back every declaration.
import { settingsOf } from "./settings-books";

/** Key, value, the mode read. */
const MODES: [string, string, "continuous" | "end-of-period"][] = [
  ["Balance mode", "continuous", "continuous"],
  ["Balance mode", "Continuous mode", "continuous"],
  ["Balance mode", "end of period", "end-of-period"],
  ["Balance mode", "period end", "end-of-period"],
  ["Bilanzmodus", "kontinuierlich", "continuous"],
  ["Bilanzmodus", "laufend", "continuous"],
  ["Bilanzmodus", "Periodenende", "end-of-period"],
  ["Modus", "am Ende der Periode", "end-of-period"],
  ["Mode de bilan", "continu", "continuous"],
  ["Mode de bilan", "permanent", "continuous"],
  ["Mode de bilan", "fin de période", "end-of-period"],
  ["Modo de balance", "continuo", "continuous"],
  ["Modo de balance", "fin del periodo", "end-of-period"],
  ["Modalità di bilancio", "continuo", "continuous"],
  ["Modalità di bilancio", "fine periodo", "end-of-period"],
  ["Balansmodus", "doorlopend", "continuous"],
  ["Modus", "doorlopend", "continuous"],
  ["Balansmodus", "einde periode", "end-of-period"],
  ["Tryb", "ciągły", "continuous"],
  ["Tryb bilansu", "koniec okresu", "end-of-period"],
];

/** Values of no mode: refused at the cell as an error, never a default mode. */
const NOT_MODES = [
  "weekly",
  "flexibel",
  "normal",
  "standard",
  "ja",
  "x",
  "nicht kontinuierlich",
  "end or continuous",
];

/** Scheme values read, and values of no one scheme. */
const SCHEMES: [string, "ISCC EU" | "ISCC PLUS"][] = [
  ["ISCC EU", "ISCC EU"],
  ["ISCC-EU", "ISCC EU"],
  ["ISCC PLUS", "ISCC PLUS"],
  ["ISCC+", "ISCC PLUS"],
  ["iscc plus", "ISCC PLUS"],
];
const NOT_SCHEMES = ["ISCC", "RED", "REDcert", "ISCC EU/PLUS", "ISCC EU, ISCC PLUS", "not ISCC"];

describe("balance mode on the settings sheet", () => {
  it.each(MODES)("%s | %s is read as %s, without a finding", (key, value, mode) => {
    const { settings, at } = settingsOf([[key, value]]);
    expect(settings.mode).toBe(mode);
    expect(at).toEqual([]);
  });

  it.each(NOT_MODES)("Balance mode | %s is an error at B1 that holds every declaration", (value) => {
    const { settings, at } = settingsOf([["Balance mode", value]]);
    expect(settings.mode).toBeUndefined();
    expect(at.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "invalid-value", "B1"]]);
    expect(at[0]?.message).toMatch(
      /write "end of period" or "continuous".*no Sustainability Declaration is issued/,
    );
  });
});

describe("scheme on the settings sheet", () => {
  it.each(SCHEMES)("Scheme | %s is read as %s", (value, scheme) => {
    const { settings, at } = settingsOf([["Scheme", value]]);
    expect(settings.scheme).toBe(scheme);
    expect(at).toEqual([]);
  });

  it.each(NOT_SCHEMES)("Scheme | %s is an error at B1, never ISCC EU by default", (value) => {
    const { settings, at } = settingsOf([["Scheme", value]]);
    expect(settings.scheme).toBeUndefined();
    expect(at.map((f) => [f.severity, f.code, f.cell])).toEqual([["error", "invalid-value", "B1"]]);
    expect(at[0]?.message).toMatch(/write "ISCC EU" or "ISCC PLUS".*no Sustainability Declaration is issued/);
  });
});
