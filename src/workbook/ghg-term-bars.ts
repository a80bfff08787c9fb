// The heading bars of the GHG formula's terms (heading-bar-table.ts, ghg-term-words.ts): a heading
// that names one component is never the total E nor another component ("Émissions de culture" is
// eec, "Emissions from processing" ep: before, both were read as E); one that names a saving
// ("GHG saving (%)", "THG-Einsparung", "Risparmio di emissioni") or RED I's eee ("Économie
// d'émissions électricité excédentaire") is no GHG value at all, whoever maps it. Pure: words only.
import { COMPONENTS, GHG_VALUE_FIELDS as VALUES, type GhgTerm, ghgTermOf } from "./ghg-term-words";

const names = (term: GhgTerm) => (heading: string) => ghgTermOf(heading) === term;

/** One bar per component (never E nor another component), the refusals of a saving and of eee (rows of heading-bar-table.ts). */
export const GHG_TERM_BARS = [
  ...COMPONENTS.map((c) => ({
    bar: "ghg-term" as const,
    meaning: `GHG ${c}`,
    flip: "written" as const,
    names: names(c),
    fields: VALUES.filter((f) => f !== `ghg.${c}`),
    does: "unrecognised" as const,
  })),
  ...(["saving", "eee"] as const).map((t) => ({
    bar: "ghg-term" as const,
    meaning: t === "eee" ? "GHG eee" : "a GHG saving",
    flip: "written" as const,
    names: names(t),
    fields: VALUES,
    does: "refuse" as const,
  })),
];
