// What a kind of sheet needs and how its name hints at it (recognise.ts): the fields missing from
// the closest set of a kind's needs, and whether a sheet's name holds one of its hints. Moved out
// of recognise.ts whole (issue 15: files under 300 lines).
import type { KindSpec } from "./fields";
import { fold } from "./normalise";

export function missingFields(spec: KindSpec, columns: Map<string, unknown>): string[] {
  let best: string[] | null = null;
  for (const need of spec.needs) {
    const missing = need.filter((id) => !columns.has(id));
    if (!best || missing.length < best.length) best = missing;
  }
  return best ?? [];
}

/** The fields a sheet of this kind cannot be read without, given what is mapped (the closest set of `needs`). */
export function requiredFields(spec: KindSpec, columns: Map<string, unknown>): readonly string[] {
  let best: readonly string[] = spec.needs[0] ?? [];
  let fewest = Infinity;
  for (const need of spec.needs) {
    const missing = need.filter((id) => !columns.has(id)).length;
    if (missing < fewest) {
      fewest = missing;
      best = need;
    }
  }
  return best;
}

export function nameHints(sheetName: string, hints: readonly string[]): boolean {
  const name = ` ${fold(sheetName).replace(/[^a-z0-9]+/g, " ")} `;
  return hints.some((h) => name.includes(h) || name.replace(/ /g, "").includes(h.replace(/ /g, "")));
}
