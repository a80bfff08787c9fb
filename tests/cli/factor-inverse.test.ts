// (h-ghg3 B, brk27 N6/W2) A conversion factor kept as input per output ("Einsatz je t Produkt (t/t)"
// 2.5), through the real massbal command on a real .xlsx built here. Before, the column was left
// unread with a warning about the sustainable input, and the row was refused for want of a factor.
// Now it is read as headed: 1000 t of rapeseed at 2.5 t per t of oil make 400 t of oil. Where the
// reciprocal has no end (3 → 0.333…) the input is divided by it where it is used, rounded once by
// the engine's one rule for quotients (6 decimals, half up): 1000 / 3 = 333.333333 t.
import { day } from "../../src/books";
import { balanceOf, checkFarmBooks, farmReceipts } from "./factor-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);
const folder = freshFolderPerTest();

/** One production row: 1000 t of rapeseed into rapeseed oil, `value` under `heading`. */
const production = (heading: string, value: string | number, more: [string, unknown][] = []) => ({
  Receipts: farmReceipts("Rapeseed"),
  Produktion: [
    ["Datum", "Einsatzprodukt", "Einsatzmenge (t)", "Ausbringung Produkt", heading, ...more.map(([h]) => h)],
    [day("2025-02-01"), "Rapeseed", 1000, "Rapeseed oil", value, ...more.map(([, v]) => v)],
  ],
});

describe("massbal: a factor kept as input per output", () => {
  it.each<[string, string | number, string]>([
    ["Einsatz je t Produkt (t/t)", 2.5, "400"],
    ["input per t output", 2.5, "400"],
    ["t feedstock / t product", 1.25, "800"],
    ["Consommation spécifique (t/t)", 4, "250"],
    ["consumo specifico", 1.6, "625"],
    ["verbruik per ton product", "2,5", "400"],
    ["zużycie na tonę produktu", 2.5, "400"],
    // no exact reciprocal: divided where used, rounded once (6 decimals, half up)
    ["Einsatz je t Produkt (t/t)", 3, "333.333333"],
    ["Einsatz je t Produkt (t/t)", 2.4, "416.666667"],
    // an inverse in kg of input per t of output, scaled exactly to t/t
    ["Einsatz je t Produkt (kg/t)", 2500, "400"],
  ])("%s %p makes %s t of oil, nothing refused", async (heading, value, produced) => {
    const r = await checkFarmBooks(folder.path, production(heading, value));
    expect(balanceOf(r, "Rapeseed oil")?.produced).toBe(produced);
    expect(r.findings.filter((f) => f.sheet === "Produktion").map((f) => f.code)).toEqual([]);
  });

  it("must not change: 'Faktor (t/t)' states no direction and stays output per input (2.5 refused as above 1)", async () => {
    const r = await checkFarmBooks(folder.path, production("Faktor (t/t)", 2.5));
    const f = r.findings.find((x) => x.code === "conversion-impossible");
    expect(f).toMatchObject({ sheet: "Produktion", cell: "E2" });
    expect(f?.message).toContain("conversion factor 2.5");
    expect(balanceOf(r, "Rapeseed oil")?.produced ?? "0").toBe("0");
  });

  it("must not change: 'Faktor (t/t)' 0.4 makes 400 t", async () => {
    const r = await checkFarmBooks(folder.path, production("Faktor (t/t)", 0.4));
    expect(balanceOf(r, "Rapeseed oil")?.produced).toBe("400");
  });

  it("an input per output below 1 contradicts its heading: refused at its cell, said in its own words", async () => {
    const r = await checkFarmBooks(folder.path, production("Einsatz je t Produkt (t/t)", 0.4));
    const f = r.findings.find((x) => x.code === "conversion-impossible");
    expect(f).toMatchObject({ sheet: "Produktion", cell: "E2" });
    expect(f?.message).toContain("the input per output 0.4");
    expect(f?.message).toContain("is below 1");
  });

  it("a factor and an input per output that disagree: refused, neither chosen", async () => {
    const r = await checkFarmBooks(
      folder.path,
      production("Einsatz je t Produkt (t/t)", 2.5, [["Ausbeute", 0.42]]),
    );
    const f = r.findings.find((x) => x.code === "conversion-impossible");
    expect(f?.message).toContain("not each other's reciprocal");
  });

  it("a factor and an input per output that agree: read", async () => {
    const r = await checkFarmBooks(
      folder.path,
      production("Einsatz je t Produkt (t/t)", 2.5, [["Ausbeute", 0.4]]),
    );
    expect(balanceOf(r, "Rapeseed oil")?.produced).toBe("400");
  });

  it("beside an output quantity: the yield is checked against it exactly (333.333333 t at 3: no deviation)", async () => {
    const r = await checkFarmBooks(
      folder.path,
      production("Einsatz je t Produkt (t/t)", 3, [["Ausbringungsmenge (t)", 333.333333]]),
    );
    expect(r.findings.map((f) => f.code)).not.toContain("conversion-factor-deviates");
    expect(balanceOf(r, "Rapeseed oil")?.produced).toBe("333.333333");
  });

  it("a heading of a factor whose direction is not said is warned of as a conversion factor", async () => {
    const r = await checkFarmBooks(folder.path, production("Kennzahl (t/t)", 2.5));
    const f = r.findings.find((x) => x.code === "mapping-uncertain" && x.cell === "E1");
    expect(f?.message).toContain("looks like a conversion factor");
    expect(f?.message).not.toContain("counts as sustainable");
  });
});
