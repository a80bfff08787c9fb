// Characteristic sets and GHG values, shared between the rows that typed the same ones.
import { cellOf, finding } from "../findings";
import { signature } from "../ghg";
import { type SchemeName, type Source } from "../model";
import { clean, normaliseGhgMethod, normaliseWasteResidue } from "../normalise";
import { normaliseAnnexIx } from "../annex-ix";
import { normaliseClaim } from "../claims";
import { type Dec, parseDecimal, quotient } from "../quantity";
import { type Ghg, type GhgComponent, GHG_COMPONENTS } from "../records";
import { type Characteristics, type Finding } from "../result";
import { isCo2Only, parseGhgUnit } from "../ghg-units";
import { type Row } from "../validate";
import { type GhgTotalUnread, isTotalUnread, totalUnread } from "./ghg-total-unread";
import { totalUnreadFinding } from "../rules/ghg-total-mismatch";

interface TypedSet {
  scheme: SchemeName;
  country: string;
  claim: string;
  waste: string;
  annex: string;
  set: Characteristics;
}

/** The GHG values met so far, as a tree of the (field, text) pairs rows typed, in their order. */
interface GhgNode {
  next: Map<string, Map<string, GhgNode>>;
  ghg: GhgRead | undefined;
}

/**
 * The texts 100,000 rows repeat, read once: characteristic sets and GHG values are shared
 * objects per run, found by the texts as typed.
 */
export class Interned {
  /** The sets met so far by raw material as typed, with the other texts they were typed with. */
  private readonly typedSets = new Map<string, TypedSet[]>();
  private readonly manySets = new Map<string, Characteristics>();
  private readonly sets = new Map<string, Characteristics>();
  private readonly ghgs: GhgNode = { next: new Map(), ghg: undefined };
  constructor(
    private readonly findings: Finding[],
    private readonly nameOf: (text: string | undefined) => string,
    /** profile.ghgTotalTolerance (g CO2eq/MJ): a total and its components further apart, no method stated, are refused */
    private readonly ghgTolerance: Dec,
  ) {}

  /** One shared object per characteristic set: 100,000 rows carry a handful of sets. */
  characteristics(row: Row, scheme: SchemeName): Characteristics {
    // found by comparing the typed texts, not by a joined key string per row
    const rawMaterial = t(row.rawMaterial);
    const country = t(row.countryOfOrigin);
    const claim = t(row.claim);
    const waste = t(row.wasteResidue);
    const annex = t(row.annexIxPart);
    let known = this.typedSets.get(rawMaterial);
    if (!known) {
      known = [];
      this.typedSets.set(rawMaterial, known);
    }
    for (const k of known) {
      if (
        k.scheme === scheme &&
        k.country === country &&
        k.claim === claim &&
        k.waste === waste &&
        k.annex === annex
      )
        return k.set;
    }
    // a raw material typed with many different texts: the list is no longer scanned
    if (known.length >= 8) {
      const typed = `${scheme}\u0000${rawMaterial}\u0000${country}\u0000${claim}\u0000${waste}\u0000${annex}`;
      let set = this.manySets.get(typed);
      if (!set) {
        set = this.characteristicsOf(row, scheme);
        this.manySets.set(typed, set);
      }
      return set;
    }
    const set = this.characteristicsOf(row, scheme);
    known.push({ scheme, country, claim, waste, annex, set });
    return set;
  }

  private characteristicsOf(row: Row, scheme: SchemeName): Characteristics {
    const c: Characteristics = {
      rawMaterial: this.nameOf(row.rawMaterial as string | undefined),
      countryOfOrigin: clean(row.countryOfOrigin as string | undefined),
      claim: normaliseClaim(row.claim as string | undefined, scheme),
      wasteResidue: normaliseWasteResidue(row.wasteResidue as string | undefined),
      annexIxPart: normaliseAnnexIx(row.annexIxPart as string | undefined),
    };
    const key = `${c.rawMaterial}|${c.countryOfOrigin}|${c.claim}|${c.wasteResidue}|${c.annexIxPart}`;
    const known = this.sets.get(key);
    if (known) return known;
    this.sets.set(key, c);
    return c;
  }

  /**
   * GHG values as typed, shared between rows that typed the same ones, converted to g CO2eq/MJ
   * where their unit is energy-based (kg CO2eq/GJ, g CO2eq/kWh…). A unit the product does not
   * know is an error at its cell and the values are not used: `unreadable` is returned, so the row
   * gives no credit and no saving is ever computed on values it cannot read (domain.md §6).
   * `componentRefused`: the reader refused a component cell of the row (its total stands).
   */
  ghg(v: unknown, source: Source, componentRefused = false): Ghg | null | "unreadable" {
    if (!v || typeof v !== "object") return null;
    const g = v as Row;
    // found by the values present, field by field as typed: most rows give two or three of the eleven
    let node = this.ghgs;
    for (const field in g) {
      const x = g[field];
      if (typeof x !== "string") continue;
      let byValue = node.next.get(field);
      if (!byValue) node.next.set(field, (byValue = new Map()));
      let next = byValue.get(x);
      if (!next) byValue.set(x, (next = { next: new Map(), ghg: undefined }));
      node = next;
    }
    let known = node.ghg;
    if (known === undefined) known = node.ghg = ghgOf(g, this.ghgTolerance);
    if (known === UNKNOWN_GHG_UNIT) {
      this.findings.push(
        finding("invalid-unit", "error", cellOf(source, "ghg.unit", "ghg.total"), {
          value: t(g.unit),
          field: "ghg.unit",
          ...(isCo2Only(t(g.unit)) ? { reason: "co2-only" as const } : {}),
          expected:
            "g CO2eq/MJ, kg CO2eq/GJ, g CO2eq/kWh (per MJ of fuel), kg CO2eq/t (per tonne of a feedstock as delivered), or kg CO2eq/t DM (per dry tonne)",
        }),
      );
      return "unreadable";
    }
    // --- p-ghg: a GHG total below 0.1 g CO2eq/MJ, likely typed in kg CO2eq/MJ ---
    if (known === GHG_UNIT_SLIP) {
      this.findings.push(
        finding("invalid-number", "error", cellOf(source, "ghg.total"), {
          value: t(g.total),
          field: "ghg.total",
          reason: "ghg-unit-slip",
        }),
      );
      return "unreadable";
    }
    // --- end p-ghg
    // --- p-ghg2: components typed in kg CO2eq/MJ, summed to a total below 0.1 g CO2eq/MJ ---
    if (known === GHG_COMPONENT_SLIP) {
      const first = componentWhere(g, (_, x) => t(x) !== "");
      this.findings.push(
        finding("invalid-number", "error", cellOf(source, `ghg.${first}`, "ghg.total"), {
          value: t(g[first]),
          field: `ghg.${first}`,
          reason: "ghg-component-slip",
        }),
      );
      return "unreadable";
    }
    if (known === GHG_SIGN_UNCLEAR) {
      const c = componentWhere(g, (k, x) => k !== "el" && d(x)?.lessThan(0) === true);
      const credit = (CREDITS as readonly string[]).includes(c);
      this.findings.push(
        finding("invalid-number", "error", cellOf(source, `ghg.${c}`), {
          value: t(g[c]),
          field: `ghg.${c}`,
          reason: credit ? "ghg-credit-negative" : "ghg-emission-negative",
        }),
      );
      return "unreadable";
    }
    if (isTotalUnread(known)) {
      if (componentRefused) return known.ghg;
      this.findings.push(totalUnreadFinding(known, t(g.total), source));
      return "unreadable";
    }
    // --- end p-ghg2
    return known;
  }
}

/**
 * The first GHG component of `g` that passes `test` (its refusal's cell), else eec. Each value is
 * handed to `test`, so no closure in `ghg` reads `g`: one did, and V8 made a context object for
 * `g` on every call of `ghg`, ~40 bytes a row (bench/RESULTS.md round 21).
 */
function componentWhere(g: Row, test: (c: GhgComponent, value: unknown) => boolean): GhgComponent {
  for (const c of GHG_COMPONENTS) if (test(c, g[c])) return c;
  return "eec";
}

/** A GHG unit the product does not know: the values cannot be used. */
const UNKNOWN_GHG_UNIT = "unknown-unit" as const;
/**
 * A component other than el written negative: a saving (esca, eccs, eccr) is subtracted from E, so
 * its sign is unclear; an emission (eec, ep, etd, eu) is never negative. Refused (docs/rules.md).
 */
const GHG_SIGN_UNCLEAR = "sign-unclear" as const;
const CREDITS = ["esca", "eccs", "eccr"] as const;

// --- p-ghg ---
/**
 * A positive GHG total below 0.1 g CO2eq/MJ: no fuel's emissions are that low, and it is what a
 * total typed in kg CO2eq/MJ looks like (0.0105 for 10.5 g CO2eq/MJ), a slip of 1,000 that would
 * be declared as it stands; the total is refused at its cell (zero and negative totals, which
 * manure and esca credits give, are read).
 */
const GHG_UNIT_SLIP = "unit-slip" as const;
/** The least positive GHG total read, in g CO2eq/MJ (docs/rules.md, GHG totals). */
const LEAST_GHG_TOTAL = parseDecimal("0.1") as Dec;
// --- end p-ghg

// --- p-ghg2 ---
/**
 * GHG components without a total whose sum is a positive total below 0.1 g CO2eq/MJ, or whose
 * every non-zero value is below 0.1 in size: what components typed in kg CO2eq/MJ look like (eec
 * 0.0052 for 5.2 g CO2eq/MJ). The total summed from them would be declared 1,000 times too low,
 * so they are refused at the first component's cell (docs/rules.md, GHG totals).
 */
const GHG_COMPONENT_SLIP = "component-slip" as const;

/** What a set of GHG values typed reads as: values, none, or a refusal. */
type GhgRead =
  | Ghg
  | null
  | typeof UNKNOWN_GHG_UNIT
  | typeof GHG_UNIT_SLIP
  | typeof GHG_COMPONENT_SLIP
  | typeof GHG_SIGN_UNCLEAR
  | GhgTotalUnread;

/** Whether components per MJ (no total typed) look typed in kg CO2eq/MJ (GHG_COMPONENT_SLIP). */
function componentSlip(components: Ghg["components"], total: Dec): boolean {
  if (total.greaterThan(0) && total.lessThan(LEAST_GHG_TOTAL)) return true;
  let nonZero = false;
  for (const c of GHG_COMPONENTS) {
    const x = components[c];
    if (!x || x.isZero()) continue;
    if (!x.abs().lessThan(LEAST_GHG_TOTAL)) return false;
    nonZero = true;
  }
  return nonZero;
}
// --- end p-ghg2

const t = (v: unknown): string => (typeof v === "string" ? v : "");
const d = (v: unknown): Dec | null => parseDecimal(v);

function ghgOf(v: unknown, tolerance: Dec): GhgRead {
  if (!v || typeof v !== "object") return null;
  const g = v as Row;
  const unitText = clean(t(g.unit));
  const unit = unitText ? parseGhgUnit(unitText) : null;
  if (unitText && !unit) return UNKNOWN_GHG_UNIT;
  // a value per mass (as delivered, or per dry tonne: p-drymass) is kept in its unit as typed
  // values per energy are kept in g CO2eq/MJ, exactly converted (kg CO2eq/GJ is the same number)
  const toGPerMj = (x: Dec): Dec => {
    if (!unit || unit.per !== "energy" || unit.numerator === unit.denominator) return x;
    return quotient(x.times(unit.numerator), unit.denominator);
  };
  const components: Ghg["components"] = {};
  let any = false;
  for (const c of GHG_COMPONENTS) {
    const x = d(g[c]);
    if (x) {
      components[c] = toGPerMj(x);
      any = true;
    }
  }
  if (GHG_COMPONENTS.some((c) => c !== "el" && components[c]?.lessThan(0))) return GHG_SIGN_UNCLEAR;
  const typed = d(g.total);
  const given = typed ? toGPerMj(typed) : null;
  const perMj = !unit || unit.per === "energy";
  if (perMj && given && given.greaterThan(0) && given.lessThan(LEAST_GHG_TOTAL)) return GHG_UNIT_SLIP;
  const methodText = clean(t(g.method));
  if (!given && !any && methodText === "") return null;
  let total = given;
  if (!total && any) {
    total = GHG_COMPONENTS.reduce<Dec>(
      (sum, c) => {
        const x = components[c];
        if (!x) return sum;
        return c === "esca" || c === "eccs" || c === "eccr" ? sum.minus(x) : sum.plus(x);
      },
      parseDecimal("0") as Dec,
    );
    if (perMj && componentSlip(components, total)) return GHG_COMPONENT_SLIP;
  }
  const ghg: Ghg = {
    method: normaliseGhgMethod(methodText) ?? null,
    methodText,
    unit: !unit ? null : unit.per === "energy" ? "g CO2eq/MJ" : unit.unit,
    components,
    total,
    totalGiven: !!given,
    signature: "",
  };
  ghg.signature = signature(ghg);
  return totalUnread(ghg, tolerance) ?? ghg;
}
