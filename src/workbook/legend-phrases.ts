// Legend lines that say which rows a colour marks in a phrase rather than "Farbe = Bedeutung"
// (legend-entries.ts reads both; brk10): "grau hinterlegte Zeilen prüfen", "Rot markierte Zeilen
// sind storniert", "Zeilen in Grau: prüfen", "Rote Zeilen = storniert", "grey-shaded rows: check",
// "Rows highlighted in yellow: awaiting SD", "lignes en gris à vérifier", "lignes grises = à
// vérifier", "filas marcadas en rojo = anuladas", "righe evidenziate in giallo: da controllare",
// "grijs gemarkeerde regels controleren", "rijen in het rood: geannuleerd", and the meaning first:
// "Stornierte Buchungen sind rot markiert", "Cancelled rows are highlighted in red". A colour counts
// only beside a word of rows or of marking ("Zeilen", "rows", "hinterlegt", "shaded", "en"), so a
// plain "Rot storniert" or a name ("Rotterdam") is none. Pure.
import { COLOUR_PHRASE } from "./colour-words";

/** Words of marking a row by its fill, in de, en, fr, es, it and nl. */
const MARK = [
  "hinterlegt|hinterlegte|hinterlegten|markiert|markierte|markierten|eingefärbt|eingefärbte|eingefärbten",
  "gefärbt|gefärbte|gefärbten|unterlegt|unterlegte|unterlegten|hervorgehoben|hervorgehobene|hervorgehobenen",
  "shaded|highlighted|marked|filled|coloured|colored|surligné|surlignée|surlignés|surlignées|marqué",
  "marquée|marqués|marquées|coloré|colorée|colorés|colorées|marcado|marcada|marcados|marcadas|resaltado",
  "resaltada|resaltados|resaltadas|sombreado|sombreada|sombreados|sombreadas|evidenziato|evidenziata",
  "evidenziati|evidenziate|segnato|segnata|segnati|segnate|colorato|colorata|colorati|colorate",
  "gemarkeerd|gemarkeerde|gearceerd|gearceerde|gekleurd|gekleurde",
].join("|");

/** Words of the rows a colour marks. */
const ROWS = [
  "zeile|zeilen|position|positionen|eintrag|einträge|buchung|buchungen|zelle|zellen|row|rows|line|lines",
  "entry|entries|cell|cells|ligne|lignes|cellule|cellules|entrée|entrées|fila|filas|línea|líneas|celda",
  "celdas|riga|righe|cella|celle|voce|voci|regel|regels|rij|rijen|cel|cellen",
].join("|");

/** A preposition before a colour ("in Grau", "in yellow", "en gris", "in het rood", "en rojo"). */
const PREP = "in|en|in het|en el";

/** A verb between rows and what they are ("sind", "are", "sont", "son", "sono", "zijn"). */
const COPULA = "sind|ist|werden|are|is|sont|est|son|es|sono|è|zijn";

/** The end of a colour's marking and the start of its meaning: a sign, or only a space. */
const SEP = "\\s*(?:=|:|→|->)\\s*|\\s+[-–—]\\s+|\\s+";

/** Segments of a legend's cell: split at ";", a new line, or a comma not between digits. */
const SEGMENT = /[;\n|]|,(?!\d)/u;

// [rows [marked]] [in] COLOUR [marked] [rows] SEP [copula] MEANING
const COLOUR_FIRST = new RegExp(
  `^(?:((?:${ROWS})(?:\\s+(?:${MARK}))?\\s+(?:(?:${PREP})\\s+)?|(?:${PREP})\\s+))?(${COLOUR_PHRASE})((?:[\\s-]+(?:${MARK}|${ROWS}))*)(?:${SEP})(?:(?:${COPULA})\\s+)?(\\S.*)$`,
  "iu",
);

// MEANING [rows] (copula | sign) [rows | marked | in]… COLOUR [marked]
const MEANING_FIRST = new RegExp(
  `^(\\S.*?)\\s*(?:\\s(?:${COPULA})\\s|=|:)\\s*((?:(?:${MARK}|${ROWS}|${PREP})\\s+)*)(${COLOUR_PHRASE})((?:[\\s-]+(?:${MARK}))*)$`,
  "iu",
);

const ROW_WORDS = new RegExp(`(?<![\\p{L}])(?:${ROWS})(?![\\p{L}])`, "giu");

/** A colour word anywhere in a text. */
const ANY_COLOUR = new RegExp(`(?<![\\p{L}])(?:${COLOUR_PHRASE})(?![\\p{L}])`, "iu");

/** A colour named in a phrase (`phrase`) and the meaning it gives the rows of that colour (`said`). */
export interface Phrased {
  phrase: string;
  said: string;
}

/**
 * The colours that text `v` gives a meaning in a phrase of marking rows ("grau hinterlegte Zeilen
 * prüfen" → grau: "prüfen"), each segment of it read alone; a lead without a colour ("Bemerkung:",
 * "Legende:") is left out. None where a colour stands with no word of rows or of marking.
 */
export function phrasedEntries(v: string): Phrased[] {
  if (!ANY_COLOUR.test(v)) return [];
  const out: Phrased[] = [];
  for (const part of v.split(SEGMENT)) {
    const seg = part.trim();
    const colon = seg.indexOf(":");
    // a lead up to a colon that names no colour ("Bemerkung: grau hinterlegte Zeilen prüfen")
    const lead = colon < 0 || ANY_COLOUR.test(seg.slice(0, colon)) ? null : seg.slice(colon + 1).trim();
    const found = phrased(seg) ?? (lead === null ? null : phrased(lead));
    if (found) out.push(found);
  }
  return out;
}

/** The colour and meaning segment `seg` gives in a phrase of marking rows, or null. */
function phrased(seg: string): Phrased | null {
  const c = COLOUR_FIRST.exec(seg);
  if (c && ((c[1] ?? "") !== "" || (c[3] ?? "").trim() !== ""))
    return { phrase: c[2] as string, said: c[4] as string };
  const m = MEANING_FIRST.exec(seg);
  if (!m || ((m[2] ?? "") === "" && (m[4] ?? "").trim() === "")) return null;
  const said = (m[1] as string).replace(ROW_WORDS, " ").replace(/\s+/g, " ").trim();
  return said === "" ? null : { phrase: m[3] as string, said };
}
