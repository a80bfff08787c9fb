// Which entry of a colour legend a row's fill matches (colour-legend.ts colourRefusal): its own
// swatch first, then its basic colour; a fill about as near to two colours of different meanings
// lies between them. Where the legend a sheet reads is borrowed from other data sheets (a sheet
// without a legend of its own, legend-borrowed.ts), each sheet's legend is matched on its own, and
// two that give the fill's colour different meanings leave it `apart`: the row is refused, never
// booked on the word of one of them. Pure.
import { coloursNear } from "./colour-words";
import type { Legend, LegendEntry } from "./legend";
import { fold } from "./normalise";

/**
 * What a fill matches in a legend: its `entry` (none: a colour the add-in cannot match to it), the
 * two entries of different meanings it lies `between` (colour-words.ts coloursNear), or (legends of
 * other sheets) the entries of different meanings that sheets give its colour (`apart`, two or more).
 */
export interface Match {
  entry?: LegendEntry | undefined;
  between?: readonly [LegendEntry, LegendEntry];
  apart?: readonly LegendEntry[];
}

/**
 * The match of `fill` ("#RRGGBB", or "" for a colour the host gives as no plain one) in `legend`.
 * Font colours' entries ("rote Schrift = storniert") say nothing of a fill. Where any entry is
 * borrowed from another data sheet (LegendEntry.borrowed), the entries of each sheet are matched
 * apart: one sheet's swatch never outweighs another sheet's words.
 */
export function legendMatch(legend: Legend, fill: string): Match {
  const entries = legend.entries.filter((e) => e.font !== true);
  if (!entries.some((e) => e.borrowed === true)) return matchIn(entries, fill);
  const bySheet = new Map<string, LegendEntry[]>();
  for (const e of entries) bySheet.set(e.sheet ?? "", [...(bySheet.get(e.sheet ?? "") ?? []), e]);
  const found = [...bySheet.values()].map((own) => matchIn(own, fill));
  const between = found.find((m) => m.between);
  if (between) return between;
  const matched = found.flatMap((m) => (m.entry ? [m.entry] : []));
  const [first] = matched;
  if (!first) return {};
  if (matched.some((e) => !alike(first, e))) return { apart: matched };
  return { entry: pick(matched) };
}

/** The match of `fill` among `entries` of one legend (see legendMatch). */
function matchIn(entries: LegendEntry[], fill: string): Match {
  const hex = fill.toUpperCase();
  const exact = entries.filter((e) => e.hex !== null && e.hex.toUpperCase() === hex);
  if (exact.length > 0) return { entry: pick(exact) };
  const [own, ...near] = coloursNear(fill);
  const entry = pick(entries.filter((e) => own !== undefined && e.colour === own));
  for (const colour of near) {
    const other = pick(entries.filter((e) => e.colour === colour));
    if (entry && other && !alike(entry, other)) return { between: [entry, other] };
  }
  return { entry };
}

/**
 * Of entries of one colour, the one that leaves rows out for more than a proof missing (a delivery
 * of a colour "SD fehlt" is read, one also said "storniert" never: p-legend3), else one that leaves
 * rows out, else one not done, else the first.
 */
const pick = (same: LegendEntry[]) =>
  same.find((e) => e.refuse && !e.proof) ??
  same.find((e) => e.refuse) ??
  same.find((e) => !e.done) ??
  same[0];

/** Whether two entries say alike of a row: both done, or in the same words. */
const alike = (a: LegendEntry, b: LegendEntry) =>
  (a.done && b.done) || fold(a.says).trim() === fold(b.says).trim();
