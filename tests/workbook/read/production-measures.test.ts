// (brk21 7) A production column that plainly names a measure of the process (a loss, moisture,
// energy, steam, hours, a tank's level, waste, a GHG saving), in seven languages, is said nothing
// of: before, each got a production-unread warning that each row's whole input counts as
// sustainable. A column that may be the sustainable part still is said (a warning, or an error
// where it names sustainable material).
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** The findings at the heading of a production column headed `heading` (12 on the row), after the output. */
const saidAt = (heading: string) => {
  const { findings } = readWorkbook({
    name: "books.xlsx",
    sheets: [
      sheet("Production", [
        ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)", heading],
        [serial("2025-02-01"), "Rapeseed", 1000, "Rapeseed oil", 420, 12],
      ]),
    ],
  });
  return findings.filter((f) => f.cell === "F1").map((f) => [f.code, f.severity]);
};

describe("a measure of the process is said nothing of", () => {
  it.each([
    ...["Loss (t)", "Moisture (%)", "Energy used (MWh)", "Steam (t)", "Waste (t)", "Water content (%)"],
    ...["Tank level after (t)", "Operating hours", "GHG saving (%)", "Temperature (°C)"],
    ...["Schwund (t)", "Verlust (t)", "Wassergehalt (%)", "Betriebsstunden"],
    ...["Pertes (t)", "Humidité (%)", "Vapeur (t)", "Perdite (t)", "Umidità (%)", "Pérdidas (t)"],
    ...["Humedad (%)", "Verlies (t)", "Vochtgehalte (%)", "Stoom (t)", "Straty (t)", "Wilgotność (%)"],
  ])("%p", (heading) => expect(saidAt(heading)).toEqual([]));
});

describe("a column that may be the sustainable part is still said", () => {
  it.each([
    ["Sonstiges (t)", "warning"],
    ["Menge 2 (t)", "warning"],
    ["ISCC-konforme Ware (t)", "error"],
    ["Verlust nachhaltig (t)", "error"],
  ])("%p: %p", (heading, severity) => expect(saidAt(heading)).toEqual([["mapping-uncertain", severity]]));
});
