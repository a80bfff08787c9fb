// The entries one cell of a colour legend states (colour-legend.ts finds the legend's cells):
// a colour word with its meaning — "rot = storniert", "red: cancelled", "hellrot – storniert",
// "rouge clair → annulé", "Storno (rot markiert)", "rote Schrift = storniert" (a font colour), a
// phrase of marking rows ("grau hinterlegte Zeilen prüfen", legend-phrases.ts) — or
// a meaning shown by a fill: a cell filled red that reads "storniert", a filled blank swatch beside
// a cell that reads "storniert" or, on a legend's own line, any short text ("nicht nachhaltig").
// Pure.
import { cellAddress } from "./a1";
import { COLOUR_PHRASE, colourOf, hueOf, meaningOf } from "./colour-words";
import { phrasedEntries } from "./legend-phrases";
import type { Grid } from "./grid";
import { isBlank } from "./grid";
import type { LegendEntry } from "./legend";
import type { SheetSnapshot } from "./port";

/** A word after a colour that makes it the colour of a cell's text, not of its fill ("rote Schrift"). */
const FONT =
  "schrift|schriftfarbe|font|text|texte|letters|police|écriture|fuente|letra|carattere|testo|tekst";

// "rot = storniert", "red: cancelled", "grau – noch nicht bestätigt", "rouge → annulé", "police
// rouge = annulé" (a font colour, its word before or after the colour's); a dash
// only with a space beside it ("Grün-Anteil" is a heading, not a legend)
const PAIR = new RegExp(
  `(?<![\\p{L}])((?:${FONT})\\s+)?(${COLOUR_PHRASE})(\\s+(?:${FONT}))?(?![\\p{L}])(?:\\s*(?:=|:|→|->)\\s*|\\s+[-–—]\\s*|\\s*[-–—]\\s+)([^,;\\n/|=]+)`,
  "giu",
);

// "Storno (rot markiert)", "cancelled (red)", "annulé (en rouge)", "anulado (marcado en rojo)"
const PAREN = new RegExp(
  `([^,;\\n/|()=:]+?)\\s*\\(\\s*(?:(?:in|en|marked|marqué|marquée|marcado|marcada|segnato|gemarkeerd)\\s+)*(${COLOUR_PHRASE})(\\s+(?:${FONT}))?(?:\\s+(?:markiert|hinterlegt|marked|highlighted|filled|marqué|marquée|surligné|marcado|marcada|resaltado|evidenziato|segnato|gemarkeerd))?\\s*\\)`,
  "giu",
);

/** The longest meaning shown by a fill: short, and holding no digit. */
const MAX_MEANING = 60;

/**
 * The entries cell (`r`, `c`) with text `v` states: colour words with their meanings, or else a
 * meaning shown by its own fill or a blank filled swatch beside it. A meaning that is done, and a
 * text that speaks no status beside a swatch, count only on a legend's own line (`line`).
 */
export function entriesAt(grid: Grid, r: number, c: number, v: string, line: boolean): LegendEntry[] {
  const cell = cellAddress(r + 1, c);
  const text = v.trim();
  const out: LegendEntry[] = [];
  const add = (phrase: string, font: string | undefined, said: string) => {
    const colour = hueOf(phrase);
    // a legend's meaning holds no number ("Rot: 5 t" is a quantity, not a legend)
    const meaning = /\d/.test(said) ? null : meaningOf(said);
    if (!colour || !meaning || out.some((e) => e.colour === colour)) return;
    const { says, refuse, done } = meaning;
    out.push({ colour, hex: null, says, refuse, done, cell, text, ...(font ? { font: true } : {}) });
  };
  for (const m of v.matchAll(PAIR)) add(m[2] as string, m[1] ?? m[3], m[4] as string);
  for (const m of v.matchAll(PAREN)) add(m[2] as string, m[3], m[1] as string);
  for (const p of phrasedEntries(v)) add(p.phrase, undefined, p.said);
  if (out.length > 0 || text.length > MAX_MEANING || /\d/.test(text)) return out;
  const meaning = meaningOf(text);
  if (!meaning || (!meaning.refuse && !line)) return out;
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
  if (hex === undefined) return out;
  const { says, refuse, done } = meaning;
  out.push({ colour: colourOf(hex), hex: hex || null, says, refuse, done, cell, text });
  return out;
}

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
