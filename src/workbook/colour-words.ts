// The words of a colour legend (colour-legend.ts) in de, en, fr, es, it and nl: colour names
// ("rot", "red", "rouge", "rojo", "rosso", "rood"), the headings that open a legend ("Legende:",
// "Key", "Légende", "Leyenda", "Legenda", "Farbcode"), the meanings a legend gives a colour that a
// status column reads otherwise ("offen", "open": a line done in a Status column, a line not yet
// done in a legend), and the basic colour of a fill by its hue. Pure.
import { fold } from "./normalise";
import { meansDone } from "./legend-meanings";
import { speaksStatus, statusOf } from "./status-read";

/** The basic colours a legend names and a fill is matched to. */
export type Colour = "red" | "orange" | "yellow" | "green" | "blue" | "purple" | "grey" | "pink";

/** Colour words in de, en, fr, es, it, nl, by basic colour. */
const COLOUR_WORDS: Readonly<Record<Colour, string>> = {
  red: "rot|rote|roter|roten|red|rouge|rouges|rojo|roja|rojos|rojas|rosso|rossa|rossi|rosse|rood|rode",
  orange: "orange|oranges|naranja|naranjas|arancione|arancioni|arancio|oranje",
  yellow:
    "gelb|gelbe|gelben|yellow|jaune|jaunes|amarillo|amarilla|amarillos|amarillas|giallo|gialla|gialli|gialle|geel|gele",
  green: "grün|grüne|grünen|gruen|green|vert|verte|verts|vertes|verde|verdes|verdi|groen|groene",
  blue: "blau|blaue|blauen|blue|bleu|bleue|bleus|bleues|azul|azules|blu|blauw|blauwe",
  purple: "lila|violett|purple|violet|violette|violets|violettes|morado|morada|viola|paars|paarse",
  grey: "grau|graue|grauen|grey|gray|gris|grise|grises|grigio|grigia|grigi|grigie|grijs|grijze",
  pink: "rosa|pink|rose|roses|roze",
};

/**
 * (brk11) Colour words as a phrase of a font legend inflects them: "in roter Schrift", "caratteri
 * rossi", "letras rojas", "caractères rouges".
 */
const INFLECTED: Readonly<Record<Colour, string>> = {
  red: "roten|rotem|rouges|rojos|rojas|rossi|rosse",
  orange: "orangen|oranger|orangene|naranjas|arancioni",
  yellow: "gelber|gelben|jaunes|amarillos|amarillas|gialli|gialle",
  green: "grüner|grünen|verts|vertes|verdes|verdi",
  blue: "blauer|blauen|bleus|bleues|azules",
  purple: "violetter|violetten|violets|violettes|morados|moradas",
  grey: "grauer|grauen|grises|grigi|grigie",
  pink: "roses|rosas",
};

/** Colour word (lower case) → basic colour. */
export const BY_WORD = new Map<string, Colour>();
for (const table of [COLOUR_WORDS, INFLECTED])
  for (const [colour, words] of Object.entries(table) as [Colour, string][])
    for (const w of words.split("|")) BY_WORD.set(w, colour);

/** Shades that name a colour's hue: "hellrot", "dunkelgrün", "light red", "lichtrood", "rouge clair", "verde oscuro". */
const SHADE_BEFORE = "hell|dunkel|licht|donker|light|dark|pale|bright|deep";
const SHADE_AFTER =
  "clair|claire|claires|clairs|foncé|foncée|fonce|pâle|claro|clara|oscuro|oscura|chiaro|chiara|scuro|scura";

/**
 * A colour as a legend names it, as a regular expression's source (no flags, no groups of its
 * own): a colour word of COLOUR_WORDS, lightened or darkened by a shade before or after it
 * ("hellrot", "light-red", "rouge clair"); hueOf gives its basic colour.
 */
export const COLOUR_PHRASE = `(?:(?:${SHADE_BEFORE})[\\s-]?)?(?:${[...BY_WORD.keys()].join("|")})(?:\\s+(?:${SHADE_AFTER}))?`;

/** The basic colour of a colour as a legend names it ("Hellrot" → red, "verde oscuro" → green), or undefined. */
export function hueOf(phrase: string): Colour | undefined {
  const words = phrase
    .toLowerCase()
    .trim()
    .split(/[\s-]+/u);
  for (const w of words) {
    const bare = BY_WORD.get(w) ?? BY_WORD.get(w.replace(new RegExp(`^(?:${SHADE_BEFORE})`, "u"), ""));
    if (bare) return bare;
  }
  return undefined;
}

/**
 * A cell that opens a legend and says nothing else ("Legende:", "Key", "Code couleur"), or heads
 * a column of a legend laid out as a table ("Farbe", "Bedeutung", "Colour", "Meaning"), folded.
 */
const HEADINGS = new Set(
  [
    "legende|legend|key|colour key|color key|colours|colors|colour code|color code|farben|farblegende",
    "farbcode|farbcodes|farberklarung|farbschlussel|legende des couleurs|code couleur|codes couleur",
    "leyenda|codigo de colores|codigos de colores|legenda|codice colori|legenda colori|kleurcode",
    "kleurcodes|kleuren|legenda kleuren",
    // (brk12) the headings of a legend laid out as a table: "Farbe | Bedeutung", "Colour | Meaning"
    "farbe|colour|color|couleur|colore|kleur|bedeutung|meaning|signification|significado|significato",
    "betekenis|farbe bedeutung|colour meaning|color meaning",
  ]
    .join("|")
    .split("|"),
);

/** Whether `text` is a legend's heading alone ("Legende:", "Legend", "Farbcode:"). */
export function isLegendHeading(text: string): boolean {
  return HEADINGS.has(
    fold(text)
      .replace(/[:：.\s]+$/u, "")
      .trim(),
  );
}

/**
 * Meanings that leave a row out in a legend though a Status column reads them as a line done or
 * read on: "offen" (open, not yet done), "open", "ouvert", "abierto", "aperto", "unklar", "prüfen"
 * (to check), folded. In a legend a colour that marks lines "offen" marks them not done.
 */
const NOT_YET = new Set(
  [
    "offen|noch offen|unklar|prufen|zu prufen|klaren|zu klaren|in klarung|in bearbeitung|open|to check",
    "to be checked|unclear|ouvert|ouverte|a verifier|a controler|abierto|abierta|por revisar",
    "aperto|aperta|da verificare|da controllare|te controleren|te checken|onduidelijk|nog open|check",
    "kontrollieren|controleren|verificar|revisar|verifier|verificare|controllare",
  ]
    .join("|")
    .split("|"),
);

/** What a legend says of the rows of a colour: `refuse`, they are not booked; or read (done, or no status). */
export interface Meaning {
  /** the meaning as written, without a leading "=" or ":" */
  says: string;
  /** a row of this colour is not to be booked (cancelled, unconfirmed, a draft, open…) */
  refuse: boolean;
  /**
   * the meaning says done and nothing else (booked, checked, OK: legend-meanings.ts meansDone):
   * only a row of such a colour is booked; one of a meaning neither this nor `refuse` is refused
   */
  done: boolean;
  /** the meaning is a status word (cancelled, done, a proof come…), not a free text ("Lieferant X") */
  status: boolean;
  /**
   * (p-legend3) the meaning says the row's proof of sustainability is missing or to come and no
   * status of the line ("gelb = SD fehlt": status-read.ts statusOf "proof-missing"): a receipt's
   * row is refused for its proof, a delivery's read (its SD is the one the add-in issues), as a
   * Status cell that says so (row-state.ts); present only where true
   */
  proof?: true;
}

/** The statuses (status-read.ts StatusSays) that leave a row of a legend's colour out. */
const LEAVES_OUT = new Set([
  "cancelled",
  "unconfirmed",
  "partial",
  "part-cancelled",
  "void-unclear",
  "credit",
  "proof-missing",
]);

/**
 * What a legend's meaning `text` ("storniert", "= Cancelled", "noch nicht bestätigt") says of the
 * rows of its colour (status-read.ts statusOf, NOT_YET, legend-meanings.ts meansDone; a proof
 * missing, statusOf "proof-missing" as in a Status cell, leaves the row out), or null
 * for an empty text.
 */
export function meaningOf(text: string): Meaning | null {
  const says = text
    .trim()
    .replace(/^(?:=|:|–|—|-|→|->)\s*/u, "")
    .replace(/[:;,.]+$/u, "")
    .trim();
  if (says === "") return null;
  const status = statusOf(says);
  const folded = fold(says).replace(/\s+/g, " ");
  const refuse = (status !== null && LEAVES_OUT.has(status)) || NOT_YET.has(folded);
  const proof = status === "proof-missing" ? { proof: true as const } : {};
  const done = !refuse && meansDone(says);
  // a meaning that confirms the row is a status too ("SD liegt vor" filled green: a legend)
  return { says, refuse, done, status: refuse || done || speaksStatus(says), ...proof };
}

/** The basic colour of "#RRGGBB" by its hue and lightness; null for white, black or no plain colour. */
export function colourOf(hex: string): Colour | null {
  return coloursNear(hex, 0)[0] ?? null;
}

/**
 * How near (degrees of hue, of 360) a fill may lie to the border of another basic colour to be
 * about as near to it as to its own: at most a third of either colour's range, so no colour is
 * near another all through ("#FFFF00" is yellow alone). "#FF6600" (24°) is orange 9° from red,
 * "#FFC000" (45°) orange 2° from yellow: a legend that gives the two different meanings cannot tell.
 */
export const NEAR_HUE = 10;

/** The basic colours by hue: each from its first degree up to (not including) its last. */
const BANDS: readonly (readonly [Colour, number, number])[] = [
  ["red", -15, 15],
  ["orange", 15, 47],
  ["yellow", 47, 70],
  ["green", 70, 170],
  ["blue", 170, 260],
  ["purple", 260, 320],
  ["pink", 320, 345],
];

/**
 * The basic colours of "#RRGGBB" near its hue: its own colour first (colourOf), then a neighbour
 * whose border lies within `spread` degrees (NEAR_HUE by default; at most a third of either
 * colour's range), as "#FF6600": orange, red. Only "grey" for a grey (little saturation); none for
 * white, black or no plain colour.
 */
export function coloursNear(hex: string, spread = NEAR_HUE): Colour[] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return [];
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x as string, 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const s = max === min ? 0 : (max - min) / (1 - Math.abs(2 * l - 1));
  if (s < 0.15 || max - min < 0.08) return l > 0.95 || l < 0.12 ? [] : ["grey"];
  const h =
    max === r
      ? ((g - b) / (max - min)) % 6
      : max === g
        ? (b - r) / (max - min) + 2
        : (r - g) / (max - min) + 4;
  const deg = (h * 60 + 360) % 360;
  const x = deg >= 345 ? deg - 360 : deg;
  const i = BANDS.findIndex(([, from, to]) => x >= from && x < to);
  const own = BANDS[i] as (typeof BANDS)[number];
  const [prev, next] = [BANDS.at(i - 1), BANDS[(i + 1) % BANDS.length]] as [typeof own, typeof own];
  const third = (band: typeof own) => (band[2] - band[1]) / 3;
  const margin = (other: typeof own) => Math.min(spread, third(own), third(other));
  return [
    own[0],
    ...(x - own[1] < margin(prev) ? [prev[0]] : []),
    ...(own[2] - x < margin(next) ? [next[0]] : []),
  ];
}
