// Stage 1, intake: validate every record (validate.ts) and normalise what staff type in many ways
// (normalise.ts), producing the Books the later stages read. Never throws: a record that cannot be
// read becomes a finding and is left out.
import { batchKey, withBatchInputs } from "./batch-input";
import { cellOf, finding } from "./findings";
import type { Ledger, SchemeName, Source } from "./model";
import {
  CERTIFICATE_STATUSES,
  clean,
  documentKey,
  normaliseAnnexIx,
  normaliseCertificateStatus,
  normaliseClaim,
  normaliseGhgMethod,
  normaliseScheme,
  normaliseWasteResidue,
  normaliseYesNo,
  numberKey,
  partyKey,
  textKey,
} from "./normalise";
import { signature } from "./ghg";
import { minimumSaving, type RuleProfile } from "./profile";
import { type Dec, dec, parseDecimal, quotient, toText } from "./quantity";
import {
  type Amount,
  type ConversionHints,
  dimensionOf,
  heatingValuePerTonne,
  normaliseUnit,
  perValue,
  toAmount,
} from "./amount";
import { displayUnit, parseGhgUnit, parseUnit, type Phase, phaseOfUnit, plausibility } from "./units";
import { type Books, GHG_COMPONENTS, type Ghg, siteKey } from "./records";
import type { Characteristics, Finding } from "./result";
import type { RecordKind } from "./schemas";
import { type Row, sourceOf, validateRow } from "./validate";
import { otherSideOnly, type Unconverted, unusableHint } from "./unconverted";

type Stage<T> = { value: T; findings: Finding[] };

interface TypedSet {
  scheme: SchemeName;
  country: string;
  claim: string;
  waste: string;
  annex: string;
  set: Characteristics;
}

class Intake {
  readonly findings: Finding[] = [];
  private readonly names = new Map<string, string>();
  // the same few texts come on most rows, so each is read once per spelling as typed
  private readonly typedNames = new Map<string, { key: string; name: string }>();
  /** The sets met so far by raw material as typed, with the other texts they were typed with. */
  private readonly typedSets = new Map<string, TypedSet[]>();
  private readonly manySets = new Map<string, Characteristics>();
  private readonly sets = new Map<string, Characteristics>();
  private readonly ghgs = new Map<string, Ghg | null | typeof UNKNOWN_GHG_UNIT>();
  constructor(private readonly profile: RuleProfile) {}

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

  rows(kind: RecordKind, list: unknown, each: (row: Row, source: Source, seq: number) => void): void {
    if (!Array.isArray(list)) return;
    list.forEach((raw, seq) => {
      const source = sourceOf(raw);
      try {
        const row = validateRow(kind, raw, source, this.findings);
        if (row) each(row, source, seq);
      } catch (e) {
        this.findings.push(finding("engine-error", "error", cellOf(source), { error: String(e) }));
      }
    });
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
    if (unit === null)
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
        reason: `the GHG threshold changes during ${text} (${pct(first)} % before, ${pct(last)} % after); type the day the installation started`,
      }),
    );
    return null;
  }

  /**
   * A row's density and heating value, each converted by its own unit (or the settings' default
   * for it). Null when one is given without a unit anyone states, with a unit of the wrong kind,
   * or with a value no product can have (780 t/m³, 37,000 MJ/kg): an error at its cell, and the
   * row is left out, as for a quantity. A value merely unusual for its unit, or for a liquid or a
   * gas where the row's unit tells which (35 MJ/m³ for litres), is a warning naming the likely unit.
   */
  hints(
    row: Row,
    source: Source,
    prefix: "" | "input" = "",
    unit: string | null = null,
  ): ConversionHints | null {
    const densityField = prefix ? "inputDensity" : "density";
    const heatingField = prefix ? "inputHeatingValue" : "heatingValue";
    if (row[densityField] === undefined && row[heatingField] === undefined) return NO_HINTS;
    const density = this.per(
      row,
      source,
      densityField,
      "density",
      this.profile.densityUnit,
      phaseOfUnit(unit),
    );
    if (density === undefined) return null;
    // a density per m³ of more than 100 kg tells a liquid (or solid), of less than 10 kg a gas
    const phase =
      phaseOfUnit(unit) ??
      (density && density.per === "m3" && unit === "m3"
        ? density.value.greaterThan("0.1")
          ? "liquid"
          : density.value.lessThan("0.01")
            ? "gas"
            : null
        : null);
    const heatingValue = this.per(row, source, heatingField, "heating", this.profile.heatingValueUnit, phase);
    if (heatingValue === undefined) return null;
    return { density, heatingValue };
  }

  /** One conversion value: null when absent, undefined when it cannot be used (finding given). */
  private per(
    row: Row,
    source: Source,
    field: string,
    kind: "density" | "heating",
    fallback: string | null,
    phase: Phase,
  ) {
    const value = d(row[field]);
    if (!value) return null;
    const unitField = `${field}Unit`;
    const typed = t(row[unitField]);
    const unitText = typed || fallback || "";
    const unit = parseUnit(unitText);
    if (!unit || unit.kind !== kind) {
      const at = cellOf(source, typed ? unitField : field);
      this.findings.push(
        finding("invalid-unit", "error", at, {
          value: unitText,
          field,
          missing: unitText === "",
          expected:
            kind === "density"
              ? "kg/m³, t/m³, kg/L, g/cm³, g/ml, kg/dm³, kg/Nm³"
              : "MJ/kg, MJ/t, GJ/t, kJ/kg, kWh/kg, MJ/m³, MJ/L, MJ/Nm³, kWh/Nm³",
        }),
      );
      return undefined;
    }
    const check = plausibility(unit, t(row[field]), phase);
    if (!check.plausible) {
      this.findings.push(
        finding("implausible-value", check.impossible ? "error" : "warning", cellOf(source, field), {
          field,
          value: t(row[field]),
          unit: displayUnit(unit.unit),
          likely: check.likely ? displayUnit(check.likely) : null,
          unitCell: source.cells[unitField] ?? null,
          impossible: check.impossible,
          phase: check.phase,
        }),
      );
      if (check.impossible) return undefined;
    }
    return perValue(value, unit.unit, kind);
  }

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
      rawMaterial: this.name(row.rawMaterial as string | undefined).name,
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
   */
  ghg(v: unknown, source: Source): Ghg | null | "unreadable" {
    if (!v || typeof v !== "object") return null;
    const g = v as Row;
    // keyed by the values present, named: most rows give two or three of the eleven
    let key = "";
    for (const field in g) {
      const x = g[field];
      if (typeof x === "string") key += `${field}\u0000${x}\u0001`;
    }
    let known = this.ghgs.get(key);
    if (known === undefined) {
      known = ghgOf(g);
      this.ghgs.set(key, known);
    }
    if (known === UNKNOWN_GHG_UNIT) {
      this.findings.push(
        finding("invalid-unit", "error", cellOf(source, "ghg.unit", "ghg.total"), {
          value: t(g.unit),
          field: "ghg.unit",
          expected:
            "g CO2eq/MJ, kg CO2eq/GJ, g CO2eq/kWh (per MJ of fuel), or kg CO2eq/t (per tonne of a feedstock)",
        }),
      );
      return "unreadable";
    }
    return known;
  }
}

/** A GHG unit the product does not know: the values cannot be used. */
const UNKNOWN_GHG_UNIT = "unknown-unit" as const;

const pct = (fraction: string): string => toText(dec(fraction).times(100));
const t = (v: unknown): string => (typeof v === "string" ? v : "");
const d = (v: unknown): Dec | null => parseDecimal(v);

function ghgOf(v: unknown): Ghg | null | typeof UNKNOWN_GHG_UNIT {
  if (!v || typeof v !== "object") return null;
  const g = v as Row;
  const unitText = clean(t(g.unit));
  const unit = unitText ? parseGhgUnit(unitText) : null;
  if (unitText && !unit) return UNKNOWN_GHG_UNIT;
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
  const typed = d(g.total);
  const given = typed ? toGPerMj(typed) : null;
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
  return ghg;
}

/** Most rows give neither a density nor a heating value, and share one (read-only) empty hint. */
const NO_HINTS: ConversionHints = { density: null, heatingValue: null };

const OWN_FIELDS = { density: "density", heatingValue: "heatingValue" };
const INPUT_FIELDS = { density: "inputDensity", heatingValue: "inputHeatingValue" };

/** Why a row's given density or heating value cannot convert its quantity (unconverted.ts); null for most rows. */
function unconvertedOf(
  amount: Amount,
  unit: string,
  hints: ConversionHints,
  fields = OWN_FIELDS,
): Unconverted | null {
  if (hints === NO_HINTS) return null;
  return unusableHint(amount, dimensionOf(unit) ?? unit, hints, fields);
}

/** Fields whose unreadable value means a receipt gives no credit (domain.md §4, §7). */
const CREDIT_FIELDS = new Set([
  "sdNumber",
  "supplierCertificate",
  "scheme",
  "claim",
  "rawMaterial",
  "countryOfOrigin",
  "wasteResidue",
  "annexIxPart",
]);

const isGhg = (field: string): boolean => field.startsWith("ghg.");
/**
 * Whether an unreadable `field` of `row` costs the row its credit: a claim or characteristic, the
 * GHG total or unit, or a GHG component where no total is given (the total would be summed from
 * the components that remain). A component beside a readable total costs nothing: the total stands.
 */
function costsCredit(row: Row, field: string): boolean {
  if (CREDIT_FIELDS.has(field)) return true;
  if (!isGhg(field)) return false;
  if (field === "ghg.total" || field === "ghg.unit") return true;
  const g = row.ghg && typeof row.ghg === "object" ? (row.ghg as Row) : null;
  return !d(g?.total);
}
/** The fields of a delivery's sustainable part: one unreadable, and nothing is declared. */
const SUSTAINABLE_FIELDS = new Set(["sustainable", "sustainablePart"]);
const nullIfUnreadable = (g: Ghg | null | "unreadable"): Ghg | null => (g === "unreadable" ? null : g);

function unreadable(row: Row): readonly string[] {
  return Array.isArray(row.unreadable) ? (row.unreadable as string[]) : NONE;
}
const NONE: readonly string[] = [];

/** Stage 1: from the ledger as the workbook mapped it to the engine's Books. */
export function intake(ledger: Ledger, profile: RuleProfile): Stage<Books> {
  const io = new Intake(profile);
  const books: Books = {
    receipts: [],
    deliveries: [],
    production: [],
    factors: [],
    stockCounts: [],
    certificates: [],
    sites: [],
    transfers: [],
    issued: [],
    usedNumbers: new Set(),
  };
  const l = (ledger && typeof ledger === "object" ? ledger : {}) as Partial<Ledger>;

  io.rows("receipt", l.receipts, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return;
    const hints = io.hints(row, source, "", unit);
    if (!hints) return;
    const scheme = io.scheme(row.scheme, source);
    const product = io.name(t(row.product));
    const supplier = clean(t(row.supplier));
    const sd = clean(t(row.sdNumber));
    const ghg = io.ghg(row.ghg, source);
    // an unreadable claim, characteristic or GHG value never becomes a default: the receipt is stock only
    const sustainable =
      sd !== "" && ghg !== "unreadable" && !unreadable(row).some((f) => costsCredit(row, f));
    const amount = toAmount(d(row.quantity) as Dec, unit, hints);
    books.receipts.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      scheme,
      product: product.name,
      productKey: product.key,
      quantityText: t(row.quantity),
      unit,
      amount,
      unconverted: unconvertedOf(amount, unit, hints),
      sustainable,
      sd,
      sdKey: documentKey(sd),
      supplier,
      supplierKey: partyKey(supplier),
      supplierCertificate: clean(t(row.supplierCertificate)),
      characteristics: io.characteristics(row, scheme),
      ghg: ghg === "unreadable" ? null : ghg,
      installationStartDate: io.installationStart(t(row.installationStartDate), source),
      dispatchDate: t(row.dispatchDate) || null,
      heatingValuePerT: heatingValuePerTonne(hints),
      // set aside by the rules stage, so the MB Ledger shows it as a receipt without credit
      creditUnreadable: sd !== "" ? !sustainable : unreadable(row).includes("sdNumber"),
    });
  });

  io.rows("delivery", l.deliveries, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return;
    const hints = io.hints(row, source, "", unit);
    if (!hints) return;
    const scheme = io.scheme(row.scheme, source);
    const quantity = d(row.quantity) as Dec;
    const amount = toAmount(quantity, unit, hints);
    const product = io.name(t(row.product));
    const claimText = clean(t(row.claim));
    const ghg = io.ghg(row.ghg, source);
    const blocked =
      ghg === "unreadable" ||
      unreadable(row).some((f) => SUSTAINABLE_FIELDS.has(f) || (isGhg(f) && costsCredit(row, f)));
    books.deliveries.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      scheme,
      product: product.name,
      productKey: product.key,
      unit,
      amount,
      unconverted: unconvertedOf(amount, unit, hints),
      // an unreadable "sustainable" cell (or GHG value) is never taken as yes: nothing is declared or drawn
      sustainableAmount: blocked
        ? null
        : sustainablePart(row, quantity, unit, hints, amount, source, io.findings),
      customer: clean(t(row.customer)),
      customerAddress: clean(t(row.customerAddress)),
      customerCertificate: clean(t(row.customerCertificate)),
      claim: claimText === "" ? null : normaliseClaim(claimText, scheme),
      sdNumber: clean(t(row.sdNumber)),
      linkedSds: linkedSds(row.linkedSds),
      dispatchAddress: clean(t(row.dispatchAddress)),
      ghg: ghg === "unreadable" ? null : ghg,
      heatingValuePerT: heatingValuePerTonne(hints),
    });
  });

  // a batch's co-product rows that leave its input blank read the input of its first row (#17)
  io.rows("production", withBatchInputs(l.production), (row, source, seq) => {
    const unit = io.unit(row.unit, source, "inputQuantity");
    if (!unit) return;
    const outHints = io.hints(row, source, "", unit);
    const inHints = io.hints(row, source, "input", unit);
    if (!outHints || !inHints) return;
    const input = io.name(t(row.inputProduct));
    const output = io.name(t(row.outputProduct));
    const inputQty = d(row.inputQuantity) as Dec;
    const outputQty = d(row.outputQuantity);
    const outputUnitText = t(row.outputUnit);
    const outputUnit = outputUnitText === "" ? unit : normaliseUnit(outputUnitText);
    if (!outputUnit) {
      io.findings.push(
        finding("invalid-unit", "error", cellOf(source, "outputUnit", "outputQuantity"), {
          value: outputUnitText,
        }),
      );
      return;
    }
    const inputAmount = toAmount(inputQty, unit, inHints);
    const outputAmount = outputQty ? toAmount(outputQty, outputUnit, outHints) : null;
    const ghg = io.ghg(row.ghg, source);
    // what cannot be read of the sustainable input gives no credit: never the whole input
    const sustainableInput = unreadable(row).includes("sustainableInputQuantity")
      ? {}
      : sustainableInputOf(row, inputQty, unit, inHints, inputAmount, source, io.findings);
    books.production.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      scheme: normaliseScheme(t(row.scheme)) ?? null,
      inputProduct: input.name,
      inputKey: input.key,
      outputProduct: output.name,
      outputKey: output.key,
      unit,
      inputAmount,
      inputUnconverted:
        otherSideOnly(inHints, outHints, unit) ?? unconvertedOf(inputAmount, unit, inHints, INPUT_FIELDS),
      outputAmount,
      outputUnconverted: outputAmount ? unconvertedOf(outputAmount, outputUnit, outHints) : null,
      outputUnit,
      outputHints: outHints,
      inputHints: inHints,
      sustainableInput,
      rowFactor: d(row.factor),
      ghg: ghg === "unreadable" ? null : ghg,
      // one batch only by an exact rule (spaces, case); "B-7" and "B7" are told apart (conversions.ts warns)
      batchKey: batchKey(t(row.batchId)),
    });
  });

  io.rows("factor", l.factors, (row, source, seq) => {
    books.factors.push({
      source,
      seq,
      fields: row,
      inputKey: textKey(t(row.inputProduct)),
      outputKey: textKey(t(row.outputProduct)),
      factor: d(row.factor) as Dec,
      validFrom: t(row.validFrom) || null,
      validTo: t(row.validTo) || null,
      siteKey: siteKey(clean(t(row.site))),
    });
  });

  io.rows("stock", l.stockCounts, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return;
    const product = io.name(t(row.product));
    books.stockCounts.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      product: product.name,
      productKey: product.key,
      unit,
      amount: toAmount(d(row.quantity) as Dec, unit),
    });
  });

  io.rows("certificate", l.certificates, (row, source, seq) => {
    const status = normaliseCertificateStatus(t(row.status));
    if (status === "unknown" && textKey(t(row.status)) !== "")
      // a status not understood is refused at its cell: receipts under it give no credit
      io.findings.push(
        finding("invalid-value", "error", cellOf(source, "status"), {
          field: "status",
          value: clean(t(row.status)),
          expected: CERTIFICATE_STATUSES,
        }),
      );
    books.certificates.push({
      source,
      seq,
      fields: row,
      key: documentKey(t(row.certificateNumber)),
      number: clean(t(row.certificateNumber)),
      validFrom: t(row.validFrom),
      validUntil: t(row.validUntil),
      status,
      statusText: clean(t(row.status)),
    });
  });

  io.rows("site", l.sites, (row, source, seq) => {
    const name = clean(t(row.site));
    books.sites.push({
      source,
      seq,
      fields: row,
      key: siteKey(name),
      name,
      companyKey: partyKey(t(row.company)),
      country: clean(t(row.country)),
      certificate: clean(t(row.certificateNumber)),
      bodyKey: partyKey(t(row.certificationBody)),
    });
  });

  io.rows("transfer", l.transfers, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return;
    const scheme = io.scheme(row.scheme, source);
    const product = io.name(t(row.product));
    books.transfers.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      fromSite: clean(t(row.fromSite)),
      toSite: clean(t(row.toSite)),
      scheme,
      product: product.name,
      productKey: product.key,
      unit,
      amount: toAmount(d(row.quantity) as Dec, unit),
      characteristics: io.characteristics(row, scheme),
      ghg: nullIfUnreadable(io.ghg(row.ghg, source)),
    });
  });

  io.rows("issued", l.issued, (row, source, seq) => {
    const number = clean(t(row.number));
    const status = registerStatus(t(row.status));
    const on = t(row.cancelledOn);
    books.issued.push({
      source,
      seq,
      fields: row,
      number,
      numberKey: numberKey(number),
      status,
      record: t(row.record),
      elsewhere: t(row.elsewhere) === "yes",
      correction:
        status === "issued"
          ? null
          : {
              on,
              by: clean(t(row.cancelledBy)),
              reason: clean(t(row.reason)),
              replacedBy: clean(t(row.replacedBy)),
            },
      deliverySheet: clean(t(row.deliverySheet)),
      deliveryRow: typeof row.deliveryRow === "number" ? row.deliveryRow : null,
      fingerprint: clean(t(row.fingerprint)).toLowerCase(),
    });
    books.usedNumbers.add(numberKey(number));
  });

  if (Array.isArray(l.usedSdNumbers)) {
    for (const n of l.usedSdNumbers)
      if (typeof n === "string" && n.trim() !== "") books.usedNumbers.add(numberKey(n));
  }
  return { value: books, findings: io.findings };
}

/** The register's status column: anything but a withdrawal keeps the declaration issued. */
function registerStatus(text: string): "issued" | "cancelled" | "replaced" {
  const key = textKey(text);
  if (key.startsWith("replaced")) return "replaced";
  if (key.startsWith("cancelled") || key.startsWith("withdrawn")) return "cancelled";
  return "issued";
}

/** The incoming SDs a delivery names, as number keys; most name none. */
function linkedSds(list: unknown): string[] {
  if (!Array.isArray(list) || list.length === 0) return [];
  return (list as unknown[])
    .flatMap((x) => t(x).split(/[;,\n]+/))
    .map(numberKey)
    .filter((x) => x !== "");
}

/** A sustainable part that cannot be used: its finding was given. */
const REFUSED = Symbol("refused");
type Part = Amount | null | undefined | typeof REFUSED;

/**
 * The part of a delivery sold as sustainable (domain.md §2, §7). Each of the row's columns that
 * states it (`sustainable`, a yes/no column; `sustainablePart`, a quantity or share column beside
 * it) reads as: "yes" → all of it; "no" → none; a quantity in the row's unit or its own → that
 * much; a percentage (unit "%") → that share. Blank in both: all of it (the reader writes "no"
 * for a blank cell of a sheet that has such a column; only a sheet without one leaves it blank).
 * Both given and not the same amount ("yes" and 60 t of 100 t) is an error at the delivery and
 * nothing is declared; so is a part outside the vocabulary, below zero, above the quantity, or not
 * convertible to the row's unit: what cannot be read is never taken as yes.
 */
function sustainablePart(
  row: Row,
  quantity: Dec,
  unit: string,
  hints: ConversionHints,
  amount: Amount,
  source: Source,
  findings: Finding[],
): Amount | null {
  const flag = partOf(row, "sustainable", quantity, unit, hints, amount, source, findings);
  const part = partOf(row, "sustainablePart", quantity, unit, hints, amount, source, findings);
  if (flag === REFUSED || part === REFUSED) return null;
  if (flag === undefined && part === undefined) return amount;
  if (flag === undefined) return part ?? null;
  if (part === undefined) return flag;
  const dim = dimensionOf(unit);
  const a = flag && dim ? flag[dim] : undefined;
  const b = part && dim ? part[dim] : undefined;
  const same =
    flag === null || part === null ? flag === part || (a ?? b)?.isZero() : !!a && !!b && a.equals(b);
  if (same) return flag;
  findings.push(
    finding(
      "sustainable-conflict",
      "error",
      cellOf(source, "sustainablePart", "sustainable"),
      {
        flag: shown(row, "sustainable"),
        part: shown(row, "sustainablePart"),
        quantity: `${toText(quantity)} ${displayUnit(unit)}`,
      },
      [cellOf(source, "sustainable")],
    ),
  );
  return null;
}

function shown(row: Row, field: string): string {
  const unit = t(row[`${field}Unit`]);
  const text = t(row[field]);
  return unit ? `${text} ${unit === "%" ? "%" : displayUnit(unit)}` : text;
}

/** One column's sustainable part: undefined when blank, null for none, REFUSED with its finding. */
function partOf(
  row: Row,
  field: string,
  quantity: Dec,
  unit: string,
  hints: ConversionHints,
  amount: Amount,
  source: Source,
  findings: Finding[],
): Part {
  const text = t(row[field]);
  if (text === "") return undefined;
  const at = cellOf(source, field);
  const part = parseDecimal(text);
  if (!part) {
    const yes = normaliseYesNo(text, "sustainable");
    if (yes === false) return null;
    if (yes === true) return amount;
    findings.push(finding("invalid-value", "error", at, { field, value: text, declared: false }));
    return REFUSED;
  }
  if (part.isZero()) return null;
  const partUnit = t(row[`${field}Unit`]);
  const share = amountOf(part, partUnit, quantity, unit, hints);
  if (share === null) {
    findings.push(
      finding("invalid-unit", "error", cellOf(source, `${field}Unit`, field), { value: partUnit, field }),
    );
    return REFUSED;
  }
  const dim = dimensionOf(unit);
  const inRowUnit = dim ? share[dim] : undefined;
  const whole = dim ? amount[dim] : undefined;
  if (part.isNegative() || !inRowUnit || !whole || inRowUnit.greaterThan(whole)) {
    const reason = !inRowUnit
      ? `cannot be converted to ${displayUnit(unit)} without a density or heating value on the row; nothing was declared`
      : "must lie between zero and the quantity; nothing was declared, correct the sustainable part";
    findings.push(finding("invalid-quantity", "error", at, { field, value: shown(row, field), reason }));
    return REFUSED;
  }
  return share;
}

/** A part typed as `value` in `partUnit` ("%" of `quantity`, a unit, or blank: the row's `unit`); null for an unknown unit. */
function amountOf(
  value: Dec,
  partUnit: string,
  quantity: Dec,
  unit: string,
  hints: ConversionHints,
): Amount | null {
  if (partUnit === "%") return toAmount(quantity.times(value).dividedBy(100), unit, hints);
  const u = partUnit === "" ? unit : normaliseUnit(partUnit);
  return u ? toAmount(value, u, hints) : null;
}

/**
 * The sustainable part of a production row's input (domain.md §5): blank → the whole input; a
 * quantity in the row's unit or its own ("60000 kg"), or a share of the input ("60 %"). One below
 * zero, above the input, in an unknown unit or not convertible gives no credit (an empty amount)
 * and an error at its cell: never the whole input.
 */
function sustainableInputOf(
  row: Row,
  inputQty: Dec,
  unit: string,
  hints: ConversionHints,
  inputAmount: Amount,
  source: Source,
  findings: Finding[],
): Amount {
  const value = d(row.sustainableInputQuantity);
  if (!value) return inputAmount;
  const at = cellOf(source, "sustainableInputQuantity");
  const partUnit = t(row.sustainableInputQuantityUnit);
  const share = amountOf(value, partUnit, inputQty, unit, hints);
  const dim = dimensionOf(unit);
  const inRowUnit = share && dim ? share[dim] : undefined;
  const whole = dim ? inputAmount[dim] : undefined;
  if (share && inRowUnit && whole && !value.isNegative() && !inRowUnit.greaterThan(whole)) return share;
  const reason = !share
    ? `has a unit the add-in does not know; no sustainable input was counted`
    : !inRowUnit
      ? `cannot be converted to ${displayUnit(unit)} without a density or heating value on the row; no sustainable input was counted`
      : "must lie between zero and the input quantity; no sustainable input was counted, correct it";
  findings.push(
    finding("invalid-quantity", "error", at, {
      field: "sustainableInputQuantity",
      value: shown(row, "sustainableInputQuantity"),
      reason,
    }),
  );
  return {};
}
