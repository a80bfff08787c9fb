// Characteristic sets and GHG values (read by ghg-read.ts), shared between the rows that typed the same ones.
import { cellOf, finding } from "../findings";
import { type SchemeName, type Source } from "../model";
import { normaliseWasteResidue, visibleText } from "../normalise";
import { normaliseAnnexIx } from "../annex-ix";
import { normaliseClaim } from "../claims";
import { type Dec, parseDecimal } from "../quantity";
import { type Ghg, type GhgComponent, GHG_COMPONENTS } from "../records";
import { type Characteristics, type Finding } from "../result";
import { isCo2Only } from "../ghg-units";
import { type Row } from "../validate";
import { isTotalUnread } from "./ghg-total-unread";
import {
  CREDITS,
  GHG_COMPONENT_SLIP,
  GHG_SIGN_UNCLEAR,
  GHG_UNIT_SLIP,
  GHG_TOTAL_ZERO,
  type GhgRead,
  ghgOf,
  UNKNOWN_GHG_UNIT,
} from "./ghg-read";
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
      countryOfOrigin: visibleText(row.countryOfOrigin as string | undefined),
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
    // (brk27 S9) or of 0 that no component explains: 0 typed for "not given"
    if (known === GHG_UNIT_SLIP || known === GHG_TOTAL_ZERO) {
      // (h-ghg3) no total typed: components all 0, said at the first one typed
      const field = t(g.total) === "" ? `ghg.${componentWhere(g, (_, x) => t(x) !== "")}` : "ghg.total";
      this.findings.push(
        finding("invalid-number", "error", cellOf(source, field, "ghg.total"), {
          value: t(g[field.slice(4)]),
          field,
          reason: known === GHG_UNIT_SLIP ? "ghg-unit-slip" : "ghg-total-zero",
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

const t = (v: unknown): string => (typeof v === "string" ? v : "");
const d = (v: unknown): Dec | null => parseDecimal(v);
