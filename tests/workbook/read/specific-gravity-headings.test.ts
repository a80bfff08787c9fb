// A specific gravity or relative density heading with no unit (p-heads, new user's test #4) is a
// density column whose unit is the heading itself, refused by the engine as `sg` (a ratio to
// water, never a density in the settings' unit); a plain density heading has no unit of its own.
import { unitRefusal } from "../../../src/engine/unit-refusals";
import { kindSpec } from "../../../src/workbook/fields";
import { headerWords } from "../../../src/workbook/header-words";
import { lexicalHits } from "../../../src/workbook/matcher";

const fieldOf = (heading: string): string | undefined => {
  const spec = kindSpec("receipts");
  const hit = spec ? lexicalHits(spec, heading)[0] : undefined;
  return hit && spec?.fields[hit.field]?.id;
};

describe("a density heading", () => {
  it.each([
    "Specific gravity",
    "Spec. gravity",
    "Relative density",
    "Spezifisches Gewicht",
    "spez. Gewicht",
    "Relative Dichte",
    "Densité relative",
    "Densidad relativa",
    "Gravedad específica",
    "Densità relativa",
    "Peso specifico",
    "Soortelijk gewicht",
    "Relatieve dichtheid",
  ])("%p is a density whose unit, the heading, is refused as a specific gravity", (heading) => {
    expect(fieldOf(heading)).toBe("density");
    const words = headerWords(heading);
    expect([words.unit, words.unitClass]).toEqual([heading, "density"]);
    expect(unitRefusal(words.unit ?? "")).toBe("sg");
  });

  it.each(["Density", "Dichte", "Densité", "Densidad", "Densità", "Dichtheid"])(
    "%p is a density with no unit of its own",
    (heading) => {
      expect(fieldOf(heading)).toBe("density");
      expect(headerWords(heading).unit).toBeNull();
    },
  );

  it("a specific gravity heading with a unit is read by its unit", () => {
    expect(headerWords("Specific gravity (kg/m³)").unit).toBe("kg/m3");
  });
});
