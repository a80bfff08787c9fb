// Rule profiles: every ISCC rule the sources leave uncertain is a setting here with the default of
// domain.md, never a constant buried in a rule (iscc-rules.md §0, §1, §4).
import type { BalanceMode, GhgPooling, OperatorType, SchemeName, SettingsInput, Source } from "./model";
import { normaliseScheme } from "./normalise";
import { type Dec, dec, parseDecimal } from "./quantity";
import { normaliseUnit } from "./amount";
import { parseUnit } from "./units";
import { cellsOf, isCellShape } from "./source-cells";

/** Minimum GHG saving for installations that started operation up to and including `until`. */
export interface ThresholdStep {
  until: string | null;
  minimum: string;
}

export type FuelUse = "transport" | "electricity" | "heat" | "rfnbo";

export interface RuleProfile {
  scheme: SchemeName;
  periodMonths: number;
  /** the longest ordinary period (3 months, iscc-rules.md §1.2) */
  maxPeriodMonths: number;
  /** 12-month periods are allowed too: ISCC EU farms and first gathering points (MB-01) */
  twelveMonthPeriods: boolean;
  operatorType: OperatorType;
  /** first period start, or null: the first day of the quarter of the earliest record */
  periodStart: string | null;
  mode: BalanceMode;
  /** cap carry-forward at the physical stock (ISCC EU: yes; ISCC PLUS: only if set) */
  capCarryForward: Record<SchemeName, boolean>;
  /** where capped and no stock count ends the period, cap at the book physical stock and warn */
  capWithoutCount: boolean;
  stockTolerance: Dec;
  conversionTolerance: Dec;
  ghgPooling: GhgPooling;
  /** |components − total| above this is a mismatch (g CO2eq/MJ) */
  ghgTotalTolerance: Dec;
  /** fossil fuel comparators, g CO2eq/MJ (RED II Annex V C.19) */
  comparators: Record<FuelUse, string>;
  /** minimum savings by installation start date (RED II Art. 29(10), RED Art. 29a) */
  thresholds: Record<FuelUse, ThresholdStep[]>;
  fuelUse: FuelUse;
  sdPrefix: string;
  companyName: string;
  companyAddress: string;
  ownCertificate: string;
  issueDate: string | null;
  /** keep balances in energy, every quantity adjusted by its energy content (RED Art. 30(1)(b), TV-7) */
  energyAccounting: boolean;
  /** the unit of energy balances: MJ, or kWh for biomethane books */
  energyUnit: "MJ" | "kWh";
  /** unit of quantities whose row states none (the settings' "Default unit"), canonical; null: none stated */
  defaultUnit: string | null;
  /** unit of densities / heating values whose row states none, canonical; null: none stated */
  densityUnit: string | null;
  heatingValueUnit: string | null;
  /** where the settings came from, for findings about them */
  settingsSource: Source;
}

const THRESHOLDS: Record<FuelUse, ThresholdStep[]> = {
  transport: [
    { until: "2015-10-05", minimum: "0.5" },
    { until: "2020-12-31", minimum: "0.6" },
    { until: null, minimum: "0.65" },
  ],
  electricity: [
    { until: "2020-12-31", minimum: "0" },
    { until: "2025-12-31", minimum: "0.7" },
    { until: null, minimum: "0.8" },
  ],
  heat: [
    { until: "2020-12-31", minimum: "0" },
    { until: "2025-12-31", minimum: "0.7" },
    { until: null, minimum: "0.8" },
  ],
  rfnbo: [{ until: null, minimum: "0.7" }],
};

const COMPARATORS: Record<FuelUse, string> = { transport: "94", electricity: "183", heat: "80", rfnbo: "94" };

function positiveDecimal(text: string | undefined, fallback: string): Dec {
  const d = parseDecimal(text);
  return d && !d.isNegative() ? d : dec(fallback);
}

/** The profile for a run: the scheme's defaults, then the settings the workbook or host gave. */
export function resolveProfile(settings: SettingsInput | undefined): RuleProfile {
  const s = settings ?? {};
  const scheme = normaliseScheme(typeof s.scheme === "string" ? s.scheme : undefined) ?? "ISCC EU";
  const months = typeof s.periodMonths === "number" && Number.isInteger(s.periodMonths) ? s.periodMonths : 3;
  const text = (v: unknown): string => (typeof v === "string" ? v.trim() : "");
  const operatorType = isOperatorType(s.operatorType) ? s.operatorType : "other";
  return {
    scheme,
    // any whole number of months as stated: one over the scheme's maximum is period-too-long,
    // never replaced by the default (first law)
    periodMonths: months >= 1 ? months : 3,
    maxPeriodMonths: 3,
    twelveMonthPeriods: scheme === "ISCC EU" && operatorType !== "other",
    operatorType,
    periodStart: /^\d{4}-\d{2}-\d{2}$/.test(text(s.periodStart)) ? text(s.periodStart) : null,
    mode: s.mode === "continuous" ? "continuous" : "end-of-period",
    capCarryForward: { "ISCC EU": true, "ISCC PLUS": s.plusCapCarryForward === true },
    capWithoutCount: s.capWithoutCount !== false,
    stockTolerance: positiveDecimal(s.stockTolerance, "0.005"),
    conversionTolerance: positiveDecimal(s.conversionTolerance, "0.02"),
    ghgPooling: s.ghgPooling === "worst-value" ? "worst-value" : "per-batch",
    ghgTotalTolerance: dec("0.05"),
    comparators: COMPARATORS,
    thresholds: THRESHOLDS,
    fuelUse: isFuelUse(s.fuelUse) ? s.fuelUse : "transport",
    sdPrefix: text(s.sdPrefix) || "SD",
    companyName: text(s.companyName),
    companyAddress: text(s.companyAddress),
    ownCertificate: text(s.ownCertificate),
    issueDate: /^\d{4}-\d{2}-\d{2}$/.test(text(s.issueDate)) ? text(s.issueDate) : null,
    energyAccounting: s.energyAccounting === true,
    energyUnit: s.energyUnit === "kWh" ? "kWh" : "MJ",
    defaultUnit: typeof s.defaultUnit === "string" ? normaliseUnit(s.defaultUnit) : null,
    densityUnit: unitOfKind(s.densityUnit, "density"),
    heatingValueUnit: unitOfKind(s.heatingValueUnit, "heating"),
    settingsSource: settingsSource(s.source),
  };
}

function isOperatorType(v: unknown): v is OperatorType {
  return v === "farm" || v === "first-gathering-point" || v === "other";
}

/** A period length the profile allows: 1 to 3 months, or 12 where twelveMonthPeriods (MB-01). */
export function periodAllowed(profile: RuleProfile): boolean {
  const m = profile.periodMonths;
  return m <= profile.maxPeriodMonths || (m === 12 && profile.twelveMonthPeriods);
}

function unitOfKind(text: unknown, kind: "density" | "heating"): string | null {
  const u = typeof text === "string" ? parseUnit(text) : null;
  return u?.kind === kind ? u.unit : null;
}

function isFuelUse(v: unknown): v is FuelUse {
  return v === "transport" || v === "electricity" || v === "heat" || v === "rfnbo";
}

/** Minimum saving for an installation that started on `installationDate` (YYYY-MM-DD). */
export function minimumSaving(
  profile: RuleProfile,
  installationDate: string,
  use: FuelUse = profile.fuelUse,
): string {
  const steps = profile.thresholds[use];
  // indexed: asked once per receipt, mostly before it is optimised (rules/rule.ts perGhgSet)
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as (typeof steps)[number];
    if (step.until === null || installationDate <= step.until) return step.minimum;
  }
  return steps[steps.length - 1]?.minimum ?? "0";
}

/**
 * The highest minimum saving of any installation start date, with the first day it applies from
 * ("" when it applies to all): used where a receipt gives no start date, so no GHG value passes
 * the threshold check unchecked (RED II Art. 29(10); domain.md §6).
 */
export function strictestSaving(
  profile: RuleProfile,
  use: FuelUse = profile.fuelUse,
): { minimum: string; from: string } {
  const steps = profile.thresholds[use];
  let best = { minimum: "0", from: "" };
  let previousUntil = "";
  for (const step of steps) {
    if (Number(step.minimum) > Number(best.minimum)) best = { minimum: step.minimum, from: previousUntil };
    previousUntil = step.until ?? previousUntil;
  }
  return best;
}

function settingsSource(v: unknown): Source {
  if (!v || typeof v !== "object") return { sheet: "", row: 0, cells: {} };
  const src = v as Partial<Source>;
  const cells: Record<string, string> = {};
  const given = isCellShape(src.shape) ? cellsOf(src as Source) : src.cells;
  if (given && typeof given === "object") {
    for (const [k, c] of Object.entries(given)) if (typeof c === "string" && c !== "") cells[k] = c;
  }
  return {
    sheet: typeof src.sheet === "string" ? src.sheet : "",
    row: typeof src.row === "number" ? src.row : 0,
    cells,
  };
}
