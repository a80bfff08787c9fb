// The entries one cell of a colour legend states (colour-legend.ts finds the legend's cells):
// a colour word with its meaning — "rot = storniert", "red: cancelled", "hellrot – storniert",
// "rouge clair → annulé", "Storno (rot markiert)", "rote Schrift = storniert" (a font colour), a
// phrase of marking rows ("grau hinterlegte Zeilen prüfen", legend-phrases.ts) — or
// a meaning shown by a fill: a cell filled red that reads "storniert", a filled blank swatch beside
// a cell that reads "storniert" or, on a legend's own line, any short text ("nicht nachhaltig").
// Pure.
import { cellAddress } from "./a1";
import { COLOUR_PHRASE, colourOf, hueOf, type Meaning, meaningOf } from "./colour-words";
import { phrasedEntries } from "./legend-phrases";
import type { Grid } from "./grid";
import { isBlank } from "./grid";
import type { LegendEntry } from "./legend";
import type { SheetSnapshot } from "./port";

/**
 * Words before a colour that make it the colour of a cell's text, not of its fill (brk11): "Schrift
 * rot", "Schriftfarbe rot", "font colour red", "written in red", "texte en rouge", "écrit en
 * rouge", "police rouge", "letra roja", "texto en rojo", "tekst in rood", "testo rosso",
 * "scritto in rosso"; a preposition may stand between ("in", "en", "au").
 */
const FONT_BEFORE = [
  "schrift|schriftfarbe|textfarbe|text|text colou?r|font|font colou?r|written|lettering|letters",
  "texte|police|couleur de (?:la )?police|couleur du texte|écriture|écrit|écrite|écrits|écrites",
  "caractères|fuente|color de (?:la )?(?:fuente|letra)|letra|letras|texto|escrito|escrita",
  "escritos|escritas|carattere|caratteri|colore (?:del )?(?:carattere|testo)|testo|scritto",
  "scritta|scritti|scritte|tekst|letterkleur|tekstkleur|geschreven",
].join("|");

/**
 * Words after a colour that make it the colour of a cell's text (brk11): "rote Schrift", "rot
 * geschrieben", "in Rot geschrieben", "in roter Schrift", "red font", "red text", "rode letters",
 * "rood geschreven", "caratteri rossi"; "in", "mit", "met" may stand before the colour.
 */
const FONT_AFTER = [
  "schrift|schriftfarbe|geschrieben|geschriebene|geschriebenen|gedruckt|font|text|lettering",
  "letters|letter|written|writing|texte|écriture|police|caractères|fuente|letra|letras|texto",
  "escrito|escrita|testo|carattere|caratteri|scritto|scritta|tekst|geschreven|gedrukt",
].join("|");

/** A colour with the font words before or after it (groups: before, colour, after). */
const FONT_COLOUR = `((?:${FONT_BEFORE})(?:\\s+(?:in|en|au|im))?\\s+)?(?:(?:in|en|im|mit|met|with)\\s+)?(${COLOUR_PHRASE})(\\s+(?:${FONT_AFTER}))?`;

// The head of a pair: "rot =", "red:", "grau –", "rouge →", "police rouge =", "texte en rouge =",
// "rot geschrieben =" (a font colour); a dash only with a space beside it ("Grün-Anteil" is a
// heading, not a legend). Its meaning runs to the next head or the end of the line (pairOf).
const HEAD = new RegExp(
  `(?<![\\p{L}])${FONT_COLOUR}(?![\\p{L}])(?:\\s*(?:=|:|→|->)\\s*|\\s+[-–—]\\s*|\\s*[-–—]\\s+)`,
  "giu",
);

/**
 * The pairs of colour and meaning text `v` states ("rot = storniert, gelb = gebucht, SD fehlt
 * noch"): each head (HEAD) with the words after it up to the next head, a comma, ";", "/" or "|"
 * before the next head dropped. A meaning is never cut short at a comma ("gebucht, SD fehlt noch"
 * is one meaning, not done: brk11), nor at a line break that goes on with it (a line ending in a
 * comma or a dash, the next opening with "(" or a small letter); another line is a note of its own.
 */
function pairsOf(v: string): { phrase: string; font: string | undefined; said: string }[] {
  const heads = [...v.matchAll(HEAD)];
  return heads.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    const lines = v.slice(from, heads[i + 1]?.index ?? v.length).split("\n");
    let said = lines[0] as string;
    for (const next of lines.slice(1)) {
      if (!/[,;/&+(–—-]\s*$/u.test(said) && !/^\s*[(\p{Ll}]/u.test(next)) break;
      said = `${said.trimEnd()} ${next.trim()}`;
    }
    return { phrase: m[2] as string, font: m[1] ?? m[3], said: said.replace(/[\s,;/|]+$/u, "") };
  });
}

/**
 * Whether a pair's meaning is a quantity, not a legend's ("Rot: 5 t", "Grün: 12,5 %", "gelb =
 * 20.000 kg"): numbers and units alone. One with words beside a number ("SD fehlt seit 12.03.",
 * "2x gebucht") is a meaning, read whole (brk11: dropping it would drop the legend).
 */
function quantity(said: string): boolean {
  const words = said.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  return /\d/.test(said) && words.every((w) => UNITS.has(w));
}

/** Units a quantity beside a colour may carry. */
const UNITS = new Set([
  "t",
  "to",
  "mt",
  "kg",
  "tonnen",
  "tonnes",
  "tons",
  "toneladas",
  "tonnellate",
  "ton",
  "m3",
  "l",
  "ltr",
  "liter",
  "litres",
  "stk",
  "pcs",
]);

// "Storno (rot markiert)", "cancelled (red)", "annulé (en rouge)", "anulado (marcado en rojo)",
// "storniert (rote Schrift)" (groups: meaning, then as FONT_COLOUR)
const PAREN = new RegExp(
  `([^,;\\n/|()=:]+?)\\s*\\(\\s*(?:(?:marked|marqué|marquée|marcado|marcada|segnato|gemarkeerd)\\s+)*${FONT_COLOUR}(?:\\s+(?:markiert|hinterlegt|marked|highlighted|filled|marqué|marquée|surligné|marcado|marcada|resaltado|evidenziato|segnato|gemarkeerd))?\\s*\\)`,
  "giu",
);

// A colour alone in its cell, as a legend laid out as a table has it ("Farbe | Bedeutung" / "gelb |
// SD fehlt noch", "Colour | Meaning" / "Yellow | PoS missing", "rote Schrift | storniert"): its
// meaning stands in the next cell of the row (groups as FONT_COLOUR).
const BARE = new RegExp(`^${FONT_COLOUR}[\\s:=]*$`, "iu");

/**
 * The colour phrase and font words of a cell that holds a colour alone (BARE), or null. Its
 * meaning is the next cell of its row (brk12: a legend laid out as a table was not read).
 */
export function bareColour(v: unknown): { phrase: string; font: string | undefined } | null {
  if (typeof v !== "string") return null;
  const m = BARE.exec(v.trim());
  return m ? { phrase: m[2] as string, font: m[1] ?? m[3] } : null;
}

/** The longest meaning shown by a fill: short (a digit only beside a status: entriesAt). */
const MAX_MEANING = 60;

/**
 * The entries cell (`r`, `c`) with text `v` states: colour words with their meanings, or else a
 * meaning shown by its own fill or a blank filled swatch beside it. A meaning that is done, and a
 * text that speaks no status beside a swatch, count only on a legend's own line (`line`); above
 * the header (`title`) such a text with a digit is a title, no meaning.
 */
export function entriesAt(
  grid: Grid,
  r: number,
  c: number,
  v: string,
  line: boolean,
  title = false,
): LegendEntry[] {
  const cell = cellAddress(r + 1, c);
  const text = v.trim();
  const out: LegendEntry[] = [];
  const add = (phrase: string, font: string | undefined, said: string) => {
    const colour = hueOf(phrase);
    // a quantity is no legend's meaning ("Rot: 5 t")
    const meaning = quantity(said) ? null : meaningOf(said);
    if (!colour || !meaning || out.some((e) => e.colour === colour)) return;
    const { says, refuse, done } = meaning;
    // a font colour books no row whatever it says ("green font = booked"): no host tells it
    const entry = { colour, hex: null, says, refuse, done: done && !font, ...proofOf(meaning), cell, text };
    out.push(font ? { ...entry, font: true } : entry);
  };
  for (const { phrase, font, said } of pairsOf(v)) add(phrase, font, said);
  // a table's row: the colour alone, its meaning in the next cell ("gelb" | "SD fehlt noch")
  const bare = bareColour(v);
  if (bare) {
    const next = grid.sheet.values[r]?.[c + 1];
    if (typeof next === "string" && !isBlank(next)) add(bare.phrase, bare.font, next);
    // quoted as the row of the table reads: "gelb | SD fehlt noch"
    return out.map((e) => ({ ...e, text: `${text} | ${String(next).trim()}` }));
  }
  for (const m of v.matchAll(PAREN)) add(m[3] as string, m[2] ?? m[4], m[1] as string);
  for (const p of phrasedEntries(v)) add(p.phrase, undefined, p.said);
  if (out.length > 0 || text.length > MAX_MEANING || quantity(text)) return out;
  const meaning = meaningOf(text);
  if (!meaning || (!meaning.refuse && !line)) return out;
  // a digit in a meaning is the meaning's ("storniert am 12.03.", "SD fehlt seit 12.03.": skipping
  // it dropped the legend and booked its rows), but above the header a text of no status with a
  // digit is a title's ("Wareneingang 2025", "Stand 31.03.") beside a banner's fill
  if (title && /\d/.test(text) && !meaning.status) return out;
  const row = grid.sheet.values[r] ?? [];
  const own = cellFill(grid.sheet, r, c);
  const swatch = (d: number) => (isBlank(row[c + d]) ? cellFill(grid.sheet, r, c + d) : undefined);
  const beside = swatch(-1) ?? swatch(1);
  // a text of no status counts beside a swatch of another fill than its own (a filled title spans both)
  const shown = meaning.status
    ? (own ?? beside)
    : beside !== undefined && beside !== own
      ? beside
      : undefined;
  // fills unread: a meaning that leaves rows out alone on a line may be shown by a fill, unseen
  const unseen = grid.sheet.fillsUnread === true && line && meaning.refuse ? "" : undefined;
  const hex = shown ?? unseen;
  const { says, refuse, done } = meaning;
  const proof = proofOf(meaning);
  // (brk12) a status written in a coloured font ("storniert" in red text): a legend of font colours
  const font = grid.sheet.fontColours?.[r]?.[c];
  const inFont = hex === undefined && meaning.status && font !== undefined ? colourOf(font) : null;
  if (inFont)
    out.push({ colour: inFont, hex: null, says, refuse, done: false, ...proof, font: true, cell, text });
  if (hex === undefined) return out;
  out.push({ colour: colourOf(hex), hex: hex || null, says, refuse, done, ...proof, cell, text });
  return out;
}

/** A meaning's proof flag (Meaning.proof) for its entry: `{ proof: true }`, or nothing. */
const proofOf = (m: Meaning) => (m.proof ? { proof: m.proof } : {});

/**
 * The fill of cell (`r`, `c`) (port.ts SheetSnapshot fills, cellFills): "#RRGGBB", "" where the
 * host gives no plain colour (or, Office.js, a row filled differently cell by cell), undefined for
 * none. A row named in cellFills tells its cells apart; one only in fills is filled alike.
 */
export function cellFill(sheet: SheetSnapshot, r: number, c: number): string | undefined {
  if (c < 0) return undefined;
  const cells = sheet.cellFills?.[r];
  return cells ? cells[c] : sheet.fills?.[r];
}
