// (brk21 7) Headings of a production sheet that plainly name a measure of the process, not a part
// of its input: a loss or shrinkage, a moisture or water content, energy, electricity, steam or
// gas used, hours run, a tank's level, waste, a temperature, a GHG saving, an ash or oil content,
// in de, en, fr, es, it, nl and pl ("Loss (t)", "Schwund (t)", "Pertes (t)", "Moisture (%)",
// "Wassergehalt (%)", "Energy used (MWh)", "Steam (t)", "Operating hours", "Tank level after (t)",
// "Waste (t)", "GHG saving (%)"). production-unread.ts warned at each that each row's whole input
// counts as sustainable, on every ordinary book, so the warning that matters (a column that may be
// the sustainable part) was lost among them. Such a column is said nothing of now, unless its
// heading names sustainable or certified material too ("Verlust nachhaltig (t)": still an error).
// Pure.
import { words } from "../engine/normalise";

/** Words (folded) of a measure of the process, by language; a word of five letters or more counts inside a compound too ("Energieverbrauch", "Betriebsstunden"). */
const MEASURES: Readonly<Record<string, readonly string[]>> = {
  de: [
    ...["verlust", "verluste", "schwund", "feuchte", "feuchtigkeit", "wasser", "energie", "strom"],
    ...["dampf", "erdgas", "stunden", "laufzeit", "tankstand", "fullstand", "abfall", "abfalle"],
    ...["temperatur", "einsparung", "asche", "olgehalt", "druck"],
  ],
  en: [
    ...["loss", "losses", "shrinkage", "moisture", "water", "energy", "electricity", "power", "steam"],
    ...["gas", "hours", "runtime", "tank", "waste", "temperature", "saving", "savings", "ash"],
    ...["pressure", "humidity"],
  ],
  fr: [
    ...["perte", "pertes", "freinte", "humidite", "eau", "energie", "electricite", "vapeur", "gaz"],
    ...["heures", "cuve", "dechets", "temperature", "cendres", "pression"],
  ],
  es: [
    ...["perdida", "perdidas", "merma", "humedad", "agua", "energia", "electricidad", "vapor", "gas"],
    ...["horas", "tanque", "residuos", "desechos", "temperatura", "ahorro", "cenizas", "presion"],
  ],
  it: [
    ...["perdita", "perdite", "calo", "umidita", "acqua", "energia", "elettricita", "vapore", "gas"],
    ...["ore", "serbatoio", "rifiuti", "scarti", "temperatura", "risparmio", "ceneri", "pressione"],
  ],
  nl: [
    ...["verlies", "verliezen", "krimp", "vocht", "vochtgehalte", "water", "energie", "elektriciteit"],
    ...["stroom", "stoom", "gas", "uren", "draaiuren", "tank", "afval", "temperatuur", "besparing"],
  ],
  pl: [
    ...["strata", "straty", "ubytek", "wilgotnosc", "woda", "energia", "prad", "gaz", "godziny"],
    ...["zbiornik", "odpady", "temperatura", "oszczednosc", "cisnienie", "popiol"],
  ],
};

const ALL = [...new Set(Object.values(MEASURES).flat())];

/** Whether a heading names a measure of the process (see the file comment) by one of its words. */
export function namesProcessMeasure(heading: string): boolean {
  return words(heading).some((w) => ALL.some((m) => w === m || (m.length >= 5 && w.includes(m))));
}
