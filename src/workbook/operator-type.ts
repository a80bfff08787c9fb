// The operator type a settings cell names (moved out of settings-sheet.ts to keep it under 300 lines).
import type { SettingsInput } from "../engine/model";

/**
 * Farms and plantations, and first gathering points, may keep 12-month periods under ISCC EU
 * (iscc-rules.md §1.2); other roles are "other". A collecting point (for wastes) is not a first
 * gathering point. Null when the text names no role we know.
 */
export function operatorType(folded: string): SettingsInput["operatorType"] | null {
  const t = folded.replace(/[^a-z]+/g, " ").trim();
  if (FIRST_GATHERING.test(t)) return "first-gathering-point";
  if (FARM.test(t)) return "farm";
  return OTHER_ROLES.test(t) ? "other" : null;
}

// ISCC's first gathering point as staff write it: Erstaufnahmestelle, Ersterfasser, Erfassungshandel
// of the first stage, premier point de collecte, eerste verzamelpunt, primer punto de recogida
const FIRST_GATHERING =
  /\b(first gathering|fgp|ersterfass|erstaufnahme|erste aufnahme|erfassungsstelle|premier point de collecte|point de premiere collecte|eerste verzamelpunt|eerste inzamelpunt|primer punto de recogida|primer punto de acopio)/;
const FARM =
  /\b(farm|plantation|landwirt|plantage|agricultural producer|erzeugerbetrieb|bauernhof|agrarbetrieb|exploitation agricole|ferme|landbouwbedrijf|boerderij|explotacion agricola|finca)/;
// stems, found inside compounds too ("Ölmühle", "Handelslager")
const OTHER_ROLES =
  /other|trader|trading|storage|processing|processor|mill|refinery|collecting|sonstig|handel|handler|lager|verarbeit|muhle|raffinerie|sammelstelle|none|keine/;
