// Rows a colour legend marks as not really there (issue 15 break-test #9; docs/rules.md "Rows and
// sheets marked as not really there"): a line above the table (or below it, or beside it) such as "Legende: rot = storniert,
// grau = noch nicht bestätigt" ("Legend: red = cancelled", "rouge = annulé", "rojo = anulado",
// "rosso = annullato", "rood = geannuleerd") gives fill colours a status. A row filled in a colour
// the legend says is cancelled, unconfirmed or a draft is refused at its first cell (row-unconfirmed,
// reason colour-legend, naming the legend): a colour is weaker evidence than a status word, so the
// row is not booked and the balances it would feed are incomplete. A filled row whose colour the
// add-in cannot match to a word of the legend (a theme colour, a colour it does not name) is
// refused likewise; a colour the legend says is done ("grün = bestätigt") is read. Pure.
import { cellAddress } from "./a1";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Finding } from "../engine/result";
import { statusOf } from "./status-read";

/** The basic colours a legend names and a fill is matched to. */
type Colour = "red" | "orange" | "yellow" | "green" | "blue" | "purple" | "grey" | "pink";

/** Colour words in de, en, fr, es, it, nl, by basic colour. */
const COLOUR_WORDS: Readonly<Record<Colour, string>> = {
  red: "rot|rote|roter|red|rouge|rojo|roja|rosso|rossa|rood|rode",
  orange: "orange|naranja|arancione|arancio|oranje",
  yellow: "gelb|gelbe|yellow|jaune|amarillo|amarilla|giallo|gialla|geel|gele",
  green: "grün|grüne|gruen|green|vert|verte|verde|groen|groene",
  blue: "blau|blaue|blue|bleu|bleue|azul|blu|blauw|blauwe",
  purple: "lila|violett|purple|violet|violette|morado|morada|viola|paars|paarse",
  grey: "grau|graue|grey|gray|gris|grise|grigio|grigia|grijs|grijze",
  pink: "rosa|pink|rose|roze",
};
const BY_WORD = new Map<string, Colour>();
for (const [colour, words] of Object.entries(COLOUR_WORDS) as [Colour, string][])
  for (const w of words.split("|")) BY_WORD.set(w, colour);

// "rot = storniert", "red: cancelled", "grau – noch nicht bestätigt", "rouge → annulé"
const PAIR = new RegExp(
  `(?<![\\p{L}])(${[...BY_WORD.keys()].join("|")})(?![\\p{L}])\\s*(?:=|:|–|—|-|→|->)\\s*([^,;\\n/|]+)`,
  "giu",
);

/** What a legend's meaning says that leaves a row out (status-read.ts StatusSays). */
const LEAVES_OUT = new Set(["cancelled", "unconfirmed", "partial", "part-cancelled", "credit"]);

/** A sheet's colour legend: its cell, its text, and what each colour it names says of a row. */
export interface Legend {
  cell: string;
  text: string;
  /** by colour: whether a row of that colour is not to be booked (cancelled, unconfirmed, draft…) */
  colours: Map<Colour, { refuse: boolean; says: string }>;
}

/**
 * The colour legend of a table whose header is row `headerRow` (0-based): the first text cell that
 * gives a colour a status that leaves a row out (statusOf: cancelled, unconfirmed, a draft…) above
 * the header, else (p-misc) below or beside the table — right of the header's last heading, or
 * alone on its row (a note line under the data) — or null. A cell of the table itself (a remark on
 * a booking's row) is no legend.
 */
export function legendOf(grid: Grid, headerRow: number): Legend | null {
  const values = grid.sheet.values;
  for (let r = 0; r < headerRow; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const legend = legendAt(row[c], r, c);
      if (legend) return legend;
    }
  }
  const header = values[headerRow] ?? [];
  let last = header.length - 1;
  while (last >= 0 && (header[last] === null || header[last] === undefined || header[last] === "")) last--;
  for (let r = headerRow + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    let filled = 0;
    for (let c = 0; c < row.length && filled < 2; c++) if (row[c] !== null && row[c] !== "") filled++;
    for (let c = 0; c < row.length; c++) {
      if (filled > 1 && c <= last) continue;
      const legend = legendAt(row[c], r, c);
      if (legend) return legend;
    }
  }
  return null;
}

/** The legend a cell's value states, at row `r` and column `c` (0-based), or null. */
function legendAt(v: unknown, r: number, c: number): Legend | null {
  if (typeof v !== "string" || v.length > 500) return null;
  const colours = new Map<Colour, { refuse: boolean; says: string }>();
  for (const m of v.matchAll(PAIR)) {
    const colour = BY_WORD.get((m[1] as string).toLowerCase());
    const says = (m[2] as string).trim();
    if (!colour || colours.has(colour)) continue;
    const status = statusOf(says);
    colours.set(colour, { refuse: status !== null && LEAVES_OUT.has(status), says });
  }
  return [...colours.values()].some((x) => x.refuse)
    ? { cell: cellAddress(r + 1, c), text: v, colours }
    : null;
}

/**
 * The refusal of row `r` (0-based) at `cell` where the sheet has a `legend` and the row is filled
 * (SheetSnapshot.fills) in a colour the legend says leaves a row out, or in one the add-in cannot
 * match to its words; null where there is no legend or fill, or the legend says the colour is done.
 */
export function colourRefusal(legend: Legend | null, grid: Grid, r: number, cell: string): Finding | null {
  const fill = legend ? grid.sheet.fills?.[r] : undefined;
  if (!legend || fill === undefined) return null;
  const colour = colourOf(fill);
  const entry = colour ? legend.colours.get(colour) : undefined;
  if (entry && !entry.refuse) return null;
  return readFinding("row-unconfirmed", "error", grid.sheet.name, cell, {
    label: `${legend.cell} ("${legend.text.trim()}")`,
    value: entry ? `${colour} = ${entry.says}` : fill || "a colour not shown as such",
    read: String(r + 1),
    reason: entry ? "colour-legend" : "colour-unmatched",
    dropped: true,
  });
}

/** The basic colour of "#RRGGBB" by its hue and lightness; null for white, black or no plain colour. */
export function colourOf(hex: string): Colour | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x as string, 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
  if (s < 0.15 || max - min < 0.08) return l > 0.95 ? null : l < 0.12 ? null : "grey";
  let h =
    max === r
      ? ((g - b) / (max - min)) % 6
      : max === g
        ? (b - r) / (max - min) + 2
        : (r - g) / (max - min) + 4;
  h = (h * 60 + 360) % 360;
  if (h < 15 || h >= 345) return "red";
  if (h < 47) return "orange";
  if (h < 70) return "yellow";
  if (h < 170) return "green";
  if (h < 260) return "blue";
  if (h < 320) return "purple";
  return "pink";
}
