// Intake's context: what is kept while one ledger is read, and the readings every record kind
// shares (names, schemes, units, installation dates, conversion values).
import { cellOf, finding } from "../findings";
import { type IncompleteInput, type SchemeName, type Source } from "../model";
import { clean, normaliseScheme, textKey } from "../normalise";
import { minimumSaving, type RuleProfile } from "../profile";
import { type Amount, type ConversionHints, normaliseUnit, type Per, perValue, toAmount } from "../amount";
import { type Dec, dec, integerKey, parseDecimal, toText } from "../quantity";
import { type Ghg, type Movement } from "../records";
import { type Characteristics, type Finding } from "../result";
import type { ValidRow } from "../record-derived";
import { type RecordKind } from "../schemas";
import { parseUnit, unitRefusal } from "../units";
import { perUnitFinding } from "./unit-finding";
import { type Phase, phaseOfDensity, phaseOfUnit } from "../plausibility";
import { phaseOfProduct } from "../product-phase";
import { conversionCheck } from "./conversion-check";
import { refusedFields, type Row, rowValidator, sourceOf, unreadable } from "../validate";
export { unreadable };
import { Interned } from "./interned";
import { isGhgComponent } from "./ghg-total-unread";
import { leftOutRow, said } from "./left-out";

export type Stage<T> = { value: T; findings: Finding[] };

/**
 * What intake keeps while it reads one ledger: the findings, the rule profile, and the names,
 * characteristic sets and GHG values met so far (shared between rows that typed the same ones).
 */
export class Intake {
  readonly findings: Finding[] = [];
  /** the rows of kinds that feed balances left out, as input the balances lack (left-out.ts) */
  readonly leftOut: IncompleteInput[] = [];
  private readonly names = new Map<string, string>();
  // the same few texts come on most rows, so each is read once per spelling as typed
  private readonly typedNames = new Map<string, { key: string; name: string }>();
  private readonly interned: Interned;
  // the amounts of quantities met so far, per unit (by integerKey): 100,000 rows repeat a few thousand loads
  private readonly amounts = new Map<string, Map<number, Amount>>();
  /** The current row's optional fields validation refused (validate.ts refusedFields); most rows: none. */
  refused: readonly string[] = [];
  /** Where the current row's findings begin in `findings` (left-out.ts said). */
  rowFrom = 0;
  /** The books keep their accounts in energy (MJ or kWh): a row's credit is its energy content. */
  readonly energyAccounting: boolean;
  /** What movement.ts measure() read of the current row, overwritten row by row. */
  readonly measure: Measure = { unit: "", hints: NO_HINTS, scheme: "ISCC EU", quantity: dec(0), amount: {} };
  constructor(private readonly profile: RuleProfile) {
    this.energyAccounting = profile.energyAccounting;
    this.interned = new Interned(this.findings, (text) => this.name(text).name, profile.ghgTotalTolerance);
  }

  /** One shared object per characteristic set (interned.ts). */
  characteristics(row: Row, scheme: SchemeName): Characteristics {
    return this.interned.characteristics(row, scheme);
  }

  /** The row's GHG values, shared between rows that typed the same ones (interned.ts). */
  ghg(row: Row, source: Source): Ghg | null | "unreadable" {
    const componentRefused = this.refused.some(isGhgComponent) || unreadable(row).some(isGhgComponent);
    return this.interned.ghg(row.ghg, source, componentRefused);
  }

  /** First spelling seen for a key, so "UCO" and "uco " show the same way everywhere. */
  name(text: string | undefined): { key: string; name: string } {
    const typed = this.typedNames.get(text ?? "");
    if (typed) return typed;
    const key = textKey(text);
    let name = this.names.get(key);
    if (name === undefined) {
      name = clean(text);
      this.names.set(key, name);
    }
    const found = { key, name };
    this.typedNames.set(text ?? "", found);
    return found;
  }

  /**
   * Each valid row of `list` as `kind`, with what every record of the Books starts with (records.ts
   * Rec): its source and its position; the validated row is the record's `fields`. A row that
   * throws becomes an engine-error finding; one refused, or left out by `each` returning false,
   * joins `leftOut` where its kind feeds balances. Readers name the three in the record literal,
   * never `...base`: a spread before twenty-odd properties leaves every record in V8's slow
   * dictionary form (the budget ledger's intake took ~14 s and +320 MB so; bench/stages.ts).
   */
  rows<K extends RecordKind>(
    kind: K,
    list: unknown,
    each: (row: ValidRow<K>, source: Source, seq: number) => void | false,
  ): void {
    if (!Array.isArray(list)) return;
    const validateRow = rowValidator(kind);
    for (let seq = 0; seq < list.length; seq++) {
      const raw: unknown = list[seq];
      const source = sourceOf(raw);
      try {
        const before = (this.rowFrom = this.findings.length);
        const row = validateRow(raw, source, this.findings);
        this.refused = refusedFields(this.findings, before);
        if (!row || each(row, source, seq) === false) {
          const left = leftOutRow(kind, raw, source, this.findings.slice(before));
          if (left) this.leftOut.push(left);
        }
      } catch (e) {
        this.findings.push(finding("engine-error", "error", cellOf(source), { error: String(e) }));
      }
    }
  }

  /**
   * A validated quantity `value` in `unit` with the row's conversion values as an Amount
   * (amount.ts toAmount). Rows without conversion values whose quantities are the same value in
   * the same unit share one Amount: amounts are never changed after intake, and each one a record
   * keeps (with its Dec) is an object the garbage collector copies twice.
   */
  amount(value: Dec, unit: string, hints: ConversionHints): Amount {
    // found by the value's number, not the text: hashing a number reads no characters
    const key = hints === NO_HINTS ? integerKey(value) : null;
    if (key === null) return toAmount(value, unit, hints);
    let byValue = this.amounts.get(unit);
    if (byValue === undefined) this.amounts.set(unit, (byValue = new Map()));
    let amount = byValue.get(key);
    if (amount === undefined) {
      amount = toAmount(value, unit, hints);
      // a book of all different quantities keeps no more than this many per unit, read once each
      if (byValue.size < SHARED_AMOUNTS) byValue.set(key, amount);
    }
    return amount;
  }

  scheme(text: unknown, source: Source): SchemeName {
    const s = normaliseScheme(text as string | undefined);
    if (s) return s;
    if (s === null) {
      const used = this.profile.scheme;
      this.findings.push(
        finding("unknown-scheme", "warning", cellOf(source, "scheme"), { value: String(text), used }),
      );
    }
    return this.profile.scheme;
  }

  /**
   * The row's quantity unit: its own (unit column, header, or typed after the number), else the
   * default unit the settings state; never assumed. Null, with `invalid-unit` at the cell and the
   * row left out, when it is unknown or nothing states one (domain.md §4).
   */
  unit(text: unknown, source: Source, quantityField = "quantity"): string | null {
    if (text === undefined || (typeof text === "string" && text.trim() === "")) {
      if (this.profile.defaultUnit) return this.profile.defaultUnit;
      this.findings.push(
        finding("invalid-unit", "error", cellOf(source, "unit", quantityField), { value: "", missing: true }),
      );
      return null;
    }
    const unit = normaliseUnit(text as string);
    // p-mult: a unit recognised and refused ("Menge t (x 1.000)" from the heading, "lbs") says why
    const why = unit === null ? unitRefusal(String(text)) : null;
    if (why)
      this.findings.push(
        finding("invalid-unit", "error", cellOf(source, "unit"), {
          label: "Quantity",
          value: String(text),
          reason: "refused-unit",
          read: why,
          dropped: true,
        }),
      );
    else if (unit === null)
      this.findings.push(finding("invalid-unit", "error", cellOf(source, "unit"), { value: String(text) }));
    return unit;
  }

  /**
   * An installation start date, or a year alone where every day of that year gives the same GHG
   * threshold (then kept as the year, with an info finding saying so); a year on which the
   * threshold changes needs the day: `invalid-date` at the cell and no date (domain.md §6).
   * Thresholds step at day ends, so comparing a year as text with them decides correctly.
   */
  installationStart(text: string, source: Source): string | null {
    if (text.length !== 4) return text || null;
    const at = cellOf(source, "installationStartDate");
    const first = minimumSaving(this.profile, `${text}-01-01`);
    const last = minimumSaving(this.profile, `${text}-12-31`);
    if (first === last) {
      this.findings.push(finding("date-is-year", "info", at, { value: text, minimum: pct(first) }));
      return text;
    }
    this.findings.push(
      finding("invalid-date", "error", at, {
        field: "installationStartDate",
        value: text,
        reason: "threshold-changes",
        before: pct(first),
        after: pct(last),
      }),
    );
    return null;
  }

  /**
   * A row's density and heating value, each converted by its own unit (or the settings' default
   * for it). Null when one is not a number (validation refused it), is given without a unit anyone
   * states or with a unit of the wrong kind, or has a value no product of the row's phase can have
   * (780 t/m³; 37,000 MJ/kg; 35 MJ/m³ of UCO or in litres; 37 MJ/L of a gas in Nm³): an error at
   * its cell, and the row is left out, as for a quantity, with its balances incomplete. The phase
   * is the unit's (litres, Nm³), else the product name's (product-phase.ts), else, for the heating
   * value, the density's. A value merely unusual is a warning naming the likely unit.
   */
  hints(
    row: Row,
    source: Source,
    prefix: "" | "input" = "",
    unit: string | null = null,
  ): ConversionHints | null {
    const densityField = prefix ? "inputDensity" : "density";
    const heatingField = prefix ? "inputHeatingValue" : "heatingValue";
    const none = row[densityField] === undefined && row[heatingField] === undefined;
    if (none && this.refused.length === 0) return NO_HINTS;
    // a value validation refused would convert the row: left out, as the reader leaves its row out
    const refused = this.refused.find((f) => f === densityField || f === heatingField);
    if (refused !== undefined) {
      said(this, refused, "row-left-out");
      return null;
    }
    if (none) return NO_HINTS;
    // a production row's output has a product and a unit of its own (blank: the input's unit)
    const own = prefix || row.outputUnit === undefined ? unit : (normaliseUnit(t(row.outputUnit)) ?? unit);
    const product = t(row[prefix ? "inputProduct" : "product"]) || (prefix ? "" : t(row.outputProduct));
    const named = phaseOfUnit(own) ?? phaseOfProduct(product);
    const density = this.per(row, source, densityField, "density", this.profile.densityUnit, {
      phase: named,
      own,
      product,
    });
    if (density === undefined) return null;
    // the unit or the name tells the phase first; else a density per m³ of more than 100 kg tells
    // a liquid or solid, of less than 10 kg (or any per Nm³) a gas (plausibility.ts phaseOfDensity)
    const phase = named ?? phaseOfDensity(density);
    const heatingValue = this.per(row, source, heatingField, "heating", this.profile.heatingValueUnit, {
      phase,
      own,
      product,
      density,
    });
    if (heatingValue === undefined) return null;
    return { density, heatingValue };
  }

  /**
   * One conversion value: null when absent, undefined when it cannot be used (finding given). A
   * heating value of a product the table names (product-heating.ts) is checked against its range,
   * else by `phase`, with the row's `density` (p-cat); a density per m³ on a row in Nm³ (`own`) is
   * said not to be used.
   */
  private per(
    row: Row,
    source: Source,
    field: string,
    kind: "density" | "heating",
    fallback: string | null,
    of: { phase: Phase; own: string | null; product: string; density?: Per | null },
  ) {
    const value = d(row[field]);
    if (!value) return null;
    const unitField = `${field}Unit`;
    const typed = t(row[unitField]);
    const unitText = typed || fallback || "";
    const unit = parseUnit(unitText);
    if (!unit || unit.kind !== kind) {
      const at = cellOf(source, typed ? unitField : field);
      this.findings.push(perUnitFinding(at, field, kind, unitText));
      return undefined;
    }
    const at = { source, field, unitField };
    const check = conversionCheck(unit, t(row[field]), at, of.phase, of.own, of.product, of.density);
    if (check) this.findings.push(check.finding);
    if (check?.refused) return undefined;
    return perValue(value, unit.unit, kind);
  }
}

/** How many quantities each unit keeps shared (Intake.amount). */
const SHARED_AMOUNTS = 50_000;
const pct = (fraction: string): string => toText(dec(fraction).times(100));
export const t = (v: unknown): string => (typeof v === "string" ? v : "");
export const d = (v: unknown): Dec | null => parseDecimal(v);

/** Most rows give neither a density nor a heating value, and share one (read-only) empty hint. */
export const NO_HINTS: ConversionHints = { density: null, heatingValue: null };

/** What measure() read of the current row; one per Intake, overwritten row by row. */
export interface Measure extends Pick<Movement, "unit" | "scheme" | "amount"> {
  hints: ConversionHints;
  /** the validated quantity as typed, in `unit` */
  quantity: Dec;
}
