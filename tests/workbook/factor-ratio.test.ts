// (brk24 §4) Factors written as a ratio or per mille: read exactly where the heading states the
// order, refused at the cell where it does not; plain factors unchanged.
import { ratioHeadingOf, readFactorNotation, saysPerMille } from "../../src/workbook/factor-ratio";
import type { FieldRead } from "../../src/workbook/cell-read";

const num = (x: string | number): FieldRead => {
  const t = String(x).replace(",", ".");
  return /^\d+(\.\d+)?$/.test(t)
    ? { kind: "ok", value: t }
    : { kind: "bad", code: "invalid-number", text: String(x) };
};
const read = (heading: string, v: string | number) =>
  readFactorNotation(v, ratioHeadingOf(heading), saysPerMille(heading), num);

describe("a factor as a ratio, by its heading", () => {
  it.each([
    ["Ausbeute", "1:0,42", "0.42"],
    ["Conversion factor", "1:0.42", "0.42"],
    ["Yield", "1 : 0.5", "0.5"],
    ["Verhältnis Input:Output", "2:1", "0.5"],
    ["Verhältnis Output:Input", "0.42:1", "0.42"],
    ["Ratio input:output", "1:1.25", "1.25"],
    ["Rendement", "1:0,42", "0.42"],
    ["Taux de conversion", "1:0,8", "0.8"],
    ["Rapport entrée:sortie", "4:1", "0.25"],
    ["Resa", "1:0,42", "0.42"],
    ["Rendimiento", "1:0,42", "0.42"],
    ["Opbrengst", "1:0,42", "0.42"],
    ["Wydajność", "1:0,42", "0.42"],
    ["Stosunek wsad:uzysk", "8:1", "0.125"],
  ])("%s %s reads %s", (h, v, out) => expect(read(h, v)).toEqual({ kind: "ok", value: out }));

  it.each([
    ["Umrechnungsverhältnis", "1:1.25", "ratio-direction"],
    ["Conversion ratio", "1:0.42", "ratio-direction"],
    ["Rapporto di conversione", "1:0,42", "ratio-direction"],
    ["Relación de conversión", "1:0,42", "ratio-direction"],
    ["Omrekeningsverhouding", "1:0,42", "ratio-direction"],
    ["Stosunek przeliczeniowy", "1:0,42", "ratio-direction"],
    ["Verhältnis Input:Output", "2.38:1", "ratio-inexact"],
    // (brk25 §7) 1 / 0.42 looked exact at 20 digits (times 0.42 it rounded back to 1): read as 2.3809523809523809524
    ["Ausbeute", "0,42:1", "ratio-inexact"],
    ["Verhältnis Input:Output", "0.42:1", "ratio-inexact"],
    ["Rendement", "0,3:1", "ratio-inexact"],
    ["Ausbeute", "3:1", "ratio-inexact"],
    ["Verhältnis Input:Output", 2.38, "ratio-number"],
    ["Umrechnungsverhältnis", 0.42, "ratio-number"],
    ["Ausbeute (‰)", 0.42, "per-mille-fraction"],
  ])("%s %s is refused (%s)", (h, v, reason) =>
    expect(read(h, v)).toMatchObject({ kind: "bad", code: "invalid-number", reason }),
  );

  it("names the rounded quotient of a ratio without end", () =>
    expect(read("Ausbeute", "2.38:1")).toMatchObject({ detail: "0.4202" }));

  it('quotes "0,42:1" as typed and its quotient rounded, never the 20 digits once read', () =>
    expect(read("Ausbeute", "0,42:1")).toMatchObject({ text: "0,42:1", detail: "2.381" }));

  it.each([
    ["Ausbeute (‰)", 420, "0.42"],
    ["Ausbeute in Promille", 420, "0.42"],
    ["Resa (per mille)", 805, "0.805"],
    ["Ausbeute", "420 ‰", "0.42"],
  ])("per mille: %s %s reads %s", (h, v, out) => expect(read(h, v)).toEqual({ kind: "ok", value: out }));

  it.each([
    ["Ausbeute", 0.42],
    ["Conversion factor", "0,42"],
    ["Rendement (%)", 42],
    ["Wydajność", 0.42],
  ])("a plain factor under %s (%s) reads as before", (h, v) => expect(read(h, v)).toBeNull());
});
