// A receipt's or delivery's "Energy content (MJ)" column beside its quantity and heating value was
// said at its heading and not read, while the SD printed quantity × heating value. It is now read
// (engine/intake/energy-content.ts): agreeing (after exact unit conversion, allowing only the
// rounding of the typed value's own decimals) it says nothing; disagreeing it is said at the energy
// cell, a delivery's declaration held (error), a receipt's energy not passed on, its mass credited
// (warning); without a heating value it is the row's energy, read exactly.
import type { BookCell as Cell } from "../../../src/books";
import { energyBook } from "../energy-book";

const said = (findings: { code: string; severity: string; sheet?: string; cell?: string }[]) =>
  findings.filter((f) => f.code === "energy-content-disagrees").map((f) => [f.severity, f.sheet, f.cell]);

// headings beside a delivery's quantity, its cells, and whether the energy agrees with quantity × heating value
const ROWS: [string, [string, Cell], string[], Cell[], boolean][] = [
  ["MJ, per kg", ["Quantity (t)", 60], ["Heating value (MJ/kg)", "Energy content (MJ)"], [37, 2220000], true],
  ["GJ, per t", ["Quantity (t)", 60], ["Heizwert (GJ/t)", "Energiegehalt (GJ)"], [37, 2220], true],
  ["TJ, per kg", ["Quantity (t)", 60], ["PCI (MJ/kg)", "Contenu énergétique (TJ)"], [37, 2.22], true],
  [
    "kWh rounded to 0 places",
    ["Quantity (t)", 60],
    ["Potere calorifico inferiore (MJ/kg)", "Contenuto energetico (kWh)"],
    [37, 616667],
    true,
  ],
  [
    "kWh to 2 places",
    ["Quantity (t)", 60],
    ["Poder calorífico inferior (MJ/kg)", "Contenido energético (kWh)"],
    [37, 616666.67],
    true,
  ],
  [
    "MWh to 4 places",
    ["Quantity (t)", 60],
    ["Stookwaarde (MJ/kg)", "Energie-inhoud (MWh)"],
    [37, 616.6667],
    true,
  ],
  [
    "MWh to 0 places",
    ["Quantity (t)", 60],
    ["Wartość opałowa (MJ/kg)", "Zawartość energii (MWh)"],
    [37, 617],
    true,
  ],
  [
    "per kg, in kg",
    ["Quantity (kg)", 60000],
    ["Heating value (MJ/kg)", "Energy content (GJ)"],
    [37, 2220],
    true,
  ],
  // brk24: 60 t at 825 kg/m³ and 33 MJ/L is 2,400,000 MJ exactly
  [
    "per L with density",
    ["Quantity (t)", 60],
    ["Density (kg/m³)", "Heating value (MJ/L)", "Energy content (MJ)"],
    [825, 33, 2400000],
    true,
  ],
  [
    "per kg, in m³ with density",
    ["Quantity (m³)", 75],
    ["Density (kg/m³)", "Heating value (MJ/kg)", "Energy content (MJ)"],
    [800, 37, 2220000],
    true,
  ],
  // 60.00001 t × 40 MJ/kg = 2,400,000.4 MJ: typed to 0 decimals, it agrees
  [
    "rounding, 0 places",
    ["Quantity (t)", 60.00001],
    ["Heating value (MJ/kg)", "Energy content (MJ)"],
    [40, 2400000],
    true,
  ],
  [
    "rounding, GJ",
    ["Quantity (t)", 60.00001],
    ["Heating value (MJ/kg)", "Energy content (GJ)"],
    [40, 2400],
    true,
  ],
  // disagreeing: a slip of the energy, a unit slip (MJ for GJ, kWh for MJ), beyond the typed decimals
  [
    "another energy",
    ["Quantity (t)", 60],
    ["Heating value (MJ/kg)", "Energy content (MJ)"],
    [37, 2400000],
    false,
  ],
  [
    "GJ typed as MJ",
    ["Quantity (t)", 60],
    ["Heating value (MJ/kg)", "Energy content (MJ)"],
    [37, 2220],
    false,
  ],
  [
    "MJ typed as kWh",
    ["Quantity (t)", 60],
    ["Heizwert (MJ/kg)", "Energiegehalt (kWh)"],
    [37, 2220000],
    false,
  ],
  [
    "beyond 1 place",
    ["Quantity (t)", 60.00001],
    ["Heating value (MJ/kg)", "Energy content (MJ)"],
    [40, 2400000.1],
    false,
  ],
  [
    "beyond 3 places",
    ["Quantity (t)", 60.00001],
    ["Heating value (MJ/kg)", "Energy content (GJ)"],
    [40, 2400.001],
    false,
  ],
  [
    "MWh to 1 place",
    ["Quantity (t)", 60],
    ["Heating value (MJ/kg)", "Energy content (MWh)"],
    [37, 616.6],
    false,
  ],
  [
    "per L, no density's worth",
    ["Quantity (m³)", 75],
    ["Density (kg/m³)", "Heating value (MJ/kg)", "Energy content (MJ)"],
    [800, 37, 2775000],
    false,
  ],
];

describe("a delivery's energy content beside its quantity and heating value", () => {
  it.each(ROWS)("%s", (_, quantity, head, cells, agrees) => {
    const { findings, result } = energyBook({ head, cells }, undefined, quantity);
    const cell = `${String.fromCharCode(70 + head.length)}2`; // the energy column, after F (Sustainable)
    const [sd] = result.declarations;
    if (agrees) {
      expect(said(findings)).toEqual([]);
      expect(sd?.status).toBe("new");
    } else {
      expect(said(findings)).toEqual([["error", "Deliveries", cell]]);
      expect(sd?.status).toBe("blocked");
    }
    expect(findings.filter((f) => f.code === "energy-content-column")).toEqual([]);
  });

  it("the message names both values and units and what to correct", () => {
    const { findings } = energyBook(
      { head: ["Heating value (MJ/kg)", "Energy content (GJ)"], cells: [37, 2400] },
      undefined,
    );
    const f = findings.find((x) => x.code === "energy-content-disagrees");
    expect(f?.message).toContain("2400 GJ");
    expect(f?.message).toContain("60 t × 37 MJ/kg, is 2220 GJ");
    expect(f?.message).toContain("Correct the quantity, the heating value or the energy content");
    expect(f?.message).toContain("declaration of this delivery is held");
  });

  it("a quantity in MJ beside an energy content: the two must agree", () => {
    const ok = energyBook(
      { head: ["Heating value (MJ/kg)", "Energy content (GJ)"], cells: [37, 2220] },
      undefined,
      ["Quantity (MJ)", 2220000],
    );
    expect(said(ok.findings)).toEqual([]);
    const off = energyBook(
      { head: ["Heating value (MJ/kg)", "Energy content (GJ)"], cells: [37, 2400] },
      undefined,
      ["Quantity (MJ)", 2220000],
    );
    expect(said(off.findings)).toEqual([["error", "Deliveries", "H2"]]);
  });

  it("it holds the delivery's own declaration only", () => {
    const { findings, result } = energyBook(
      { head: ["Heating value (MJ/kg)", "Energy content (MJ)"], cells: [37, 2400000] },
      undefined,
      ["Quantity (t)", 60],
    );
    expect(result.declarations.map((d) => d.status)).toEqual(["blocked"]);
    expect(findings.find((f) => f.code === "energy-content-disagrees")?.holdsBack).toHaveLength(1);
  });
});

describe("an energy content without a heating value is the row's energy, read exactly", () => {
  it.each([
    ["Energy content (MJ)", 2400000, "2400000"],
    ["Energiegehalt (GJ)", 2400, "2400000"],
    ["Contenu énergétique (TJ)", 2.4, "2400000"],
    ["Contenuto energetico (kWh)", 616666.67, "2220000.012"],
    ["Zawartość energii (MWh)", 616.6667, "2220000.12"],
  ])("a delivery's %p %p: the SD states %s MJ", (heading, value, mj) => {
    const { findings, result } = energyBook({ head: [heading], cells: [value] });
    expect(findings).toEqual([]);
    expect(result.declarations.map((d) => [d.status, d.quantity, d.energyContent])).toEqual([
      ["new", "60", mj],
    ]);
  });

  it("a receipt's: a delivery of 60 of its 100 t states 60 % of it", () => {
    const { findings, result } = energyBook(undefined, { head: ["Energy content (GJ)"], cells: [3700] });
    expect(findings).toEqual([]);
    expect(result.declarations[0]?.energyContent).toBe("2220000");
  });
});

describe("a receipt's energy content beside its quantity and heating value", () => {
  const receipt = (energy: Cell) => ({
    head: ["Heating value (MJ/kg)", "Energy content (MJ)"],
    cells: [37, energy] as Cell[],
  });

  it("agreeing: said nothing, its heating value reaches the SD", () => {
    const { findings, result } = energyBook(undefined, receipt(3700000));
    expect(findings).toEqual([]);
    expect(result.declarations[0]?.energyContent).toBe("2220000");
  });

  it("disagreeing: a warning at its cell; the mass is credited, its energy not passed on", () => {
    const { findings, result } = energyBook(undefined, receipt(4000000));
    const cell = `${String.fromCharCode(65 + 13)}2`; // after the 12 columns of the header and the heating value
    expect(said(findings)).toEqual([["warning", "Receipts", cell]]);
    expect(findings.find((f) => f.code === "energy-content-disagrees")?.message).toContain(
      "its energy is not passed on",
    );
    expect(result.declarations.map((d) => [d.status, d.quantity, d.energyContent])).toEqual([
      ["new", "60", null],
    ]);
  });

  it("disagreeing, the delivery stating its own heating value: the delivery's", () => {
    const own = { head: ["Heating value (MJ/kg)"], cells: [37] as Cell[] };
    const { result } = energyBook(own, receipt(4000000));
    expect(result.declarations[0]?.energyContent).toBe("2220000");
  });
});

describe("must not change", () => {
  it("a book with no energy column: the SD's energy from the heating value, or not known", () => {
    expect(energyBook().result.declarations.map((d) => d.energyContent)).toEqual([null]);
    const hv = energyBook({ head: ["Heating value (MJ/kg)"], cells: [37] });
    expect(hv.findings).toEqual([]);
    expect(hv.result.declarations.map((d) => d.energyContent)).toEqual(["2220000"]);
  });
});
