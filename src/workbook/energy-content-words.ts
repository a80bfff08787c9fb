// (brk22 §4) A column of each row's energy content, the energy of the lot ("Energy content (MJ)",
// "Energiegehalt (GJ)", "Contenu énergétique (MWh)", "Contenuto energetico (kWh)", "Contenido
// energético", "Energie-inhoud", "Zawartość energii"): recognised only with a unit of energy in its
// heading (unit-evidence.ts), so that "Energiegehalt (MJ/kg)" stays a heating value. The add-in does
// not read it (no quantity is converted by it, nor checked against it): it is said at its heading
// (energy-content-column), never dropped without a word.
import { syn } from "./field-spec";

export const ENERGY_CONTENT = syn(
  "energy content|energy contents|energiegehalt|energieinhalt|contenu energetique|contenu en energie|" +
    "contenuto energetico|contenuto di energia|contenido energetico|contenido de energia|contenido en energia|" +
    "energie inhoud|energieinhoud|energetische inhoud|zawartosc energii|zawartosc energetyczna|wartosc energetyczna",
);
