// (brk25 §7) One column's heading naming two quantity units: "Menge (t)" over a unit row's "(kg)"
// (read as "Menge (t) (kg)"), "Menge (kg) in t" (brk15). Before, the engine said the heading was a
// unit it does not know; now it says the heading names two units and that it does not choose
// between them. A heading naming one unit, however often, is no such heading.
import { unitRefusal } from "../../../src/engine/units";

it.each([
  "Menge (t) (kg)",
  "Quantity (t) (kg)",
  "Quantité (kg) (t)",
  "Quantità (t) [kg]",
  "Cantidad (t) (kg)",
  "Hoeveelheid (kg) in t",
  "Ilość (t) (kg)",
  "Menge (kg) in t",
  "Menge (L) (t)",
])('"%s" names two units', (text) => {
  expect(unitRefusal(text)).toBe("two-units");
});

it.each(["Menge (t) (t)", "t", "kg", "Menge (t)", "L @ 15 °C", "m³ (15 °C)", "kg netto", "in t"])(
  '"%s" does not',
  (text) => {
    expect(unitRefusal(text)).not.toBe("two-units");
  },
);
