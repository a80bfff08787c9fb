// Stage 1, intake: validate every record (validate.ts) and normalise what staff type in many ways
// (normalise.ts), producing the Books the later stages read. Never throws: a record that cannot be
// read becomes a finding and is left out.
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
import {
  type Amount,
  type ConversionHints,
  type Dec,
  dec,
  dimensionOf,
  heatingValuePerTonne,
  normaliseUnit,
  parseDecimal,
  perValue,
  toAmount,
  toText,
} from "./quantity";
import { displayUnit, parseUnit, plausibility } from "./units";
import { type Books, GHG_COMPONENTS, type Ghg, siteKey } from "./records";
import type { Characteristics, Finding } from "./result";
import type { RecordKind } from "./schemas";
import { type Row, sourceOf, validateRow } from "./validate";

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
  private readonly ghgs = new Map<string, Ghg | null>();
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
   * for it). Null when one is given without a unit anyone states, or with a unit of the wrong
   * kind: `invalid-unit` at its cell, and the row is left out, as for a quantity. A value outside
   * the plausible range for its unit is a warning naming the likely unit.
   */
  hints(row: Row, source: Source, prefix: "" | "input" = ""): ConversionHints | null {
    const densityField = prefix ? "inputDensity" : "density";
    const heatingField = prefix ? "inputHeatingValue" : "heatingValue";
    if (row[densityField] === undefined && row[heatingField] === undefined) return NO_HINTS;
    const density = this.per(row, source, densityField, "density", this.profile.densityUnit);
    const heatingValue = this.per(row, source, heatingField, "heating", this.profile.heatingValueUnit);
    if (density === undefined || heatingValue === undefined) return null;
    return { density, heatingValue };
  }

  /** One conversion value: null when absent, undefined when it cannot be used (finding given). */
  private per(row: Row, source: Source, field: string, kind: "density" | "heating", fallback: string | null) {
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
            kind === "density" ? "kg/m³, t/m³, kg/L, g/cm³" : "MJ/kg, MJ/t, GJ/t, MJ/m³, MJ/L, kWh/Nm³",
        }),
      );
      return undefined;
    }
    const check = plausibility(unit, t(row[field]));
    if (!check.plausible) {
      this.findings.push(
        finding("implausible-value", "warning", cellOf(source, field), {
          field,
          value: t(row[field]),
          unit: displayUnit(unit.unit),
          likely: check.likely ? displayUnit(check.likely) : null,
          unitCell: source.cells[unitField] ?? null,
        }),
      );
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

  /** GHG values as typed, shared between rows that typed the same ones. */
  ghg(v: unknown): Ghg | null {
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
    return known;
  }
}

const pct = (fraction: string): string => toText(dec(fraction).times(100));
const t = (v: unknown): string => (typeof v === "string" ? v : "");
const d = (v: unknown): Dec | null => parseDecimal(v);

function ghgOf(v: unknown): Ghg | null {
  if (!v || typeof v !== "object") return null;
  const g = v as Row;
  const components: Ghg["components"] = {};
  let any = false;
  for (const c of GHG_COMPONENTS) {
    const x = d(g[c]);
    if (x) {
      components[c] = x;
      any = true;
    }
  }
  const given = d(g.total);
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
    unit: clean(t(g.unit)) || null,
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
    const hints = io.hints(row, source);
    if (!hints) return;
    const scheme = io.scheme(row.scheme, source);
    const product = io.name(t(row.product));
    const supplier = clean(t(row.supplier));
    const sd = clean(t(row.sdNumber));
    const sustainable = sd !== "" && !unreadable(row).some((f) => CREDIT_FIELDS.has(f));
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
      amount: toAmount(d(row.quantity) as Dec, unit, hints),
      // an unreadable claim or characteristic never becomes a default: the receipt is stock only
      sustainable,
      sd,
      sdKey: documentKey(sd),
      supplier,
      supplierKey: partyKey(supplier),
      supplierCertificate: clean(t(row.supplierCertificate)),
      characteristics: io.characteristics(row, scheme),
      ghg: io.ghg(row.ghg),
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
    const hints = io.hints(row, source);
    if (!hints) return;
    const scheme = io.scheme(row.scheme, source);
    const quantity = d(row.quantity) as Dec;
    const amount = toAmount(quantity, unit, hints);
    const product = io.name(t(row.product));
    const claimText = clean(t(row.claim));
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
      // an unreadable "sustainable" cell is never taken as yes: nothing is declared or drawn
      sustainableAmount: unreadable(row).includes("sustainable")
        ? null
        : sustainablePart(row, quantity, unit, hints, amount, source, io.findings),
      customer: clean(t(row.customer)),
      customerAddress: clean(t(row.customerAddress)),
      customerCertificate: clean(t(row.customerCertificate)),
      claim: claimText === "" ? null : normaliseClaim(claimText, scheme),
      sdNumber: clean(t(row.sdNumber)),
      linkedSds: linkedSds(row.linkedSds),
      dispatchAddress: clean(t(row.dispatchAddress)),
      ghg: io.ghg(row.ghg),
      heatingValuePerT: heatingValuePerTonne(hints),
    });
  });

  io.rows("production", l.production, (row, source, seq) => {
    const unit = io.unit(row.unit, source, "inputQuantity");
    if (!unit) return;
    const outHints = io.hints(row, source);
    const inHints = io.hints(row, source, "input");
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
    let sustainable = d(row.sustainableInputQuantity) ?? inputQty;
    if (sustainable.isNegative() || sustainable.greaterThan(inputQty)) {
      // more sustainable input than input, or less than none, cannot be right: use the input
      const at = cellOf(source, "sustainableInputQuantity");
      const value = t(row.sustainableInputQuantity);
      const reason =
        "must lie between zero and the input quantity; the whole input was counted as sustainable";
      io.findings.push(
        finding("invalid-quantity", "error", at, { field: "sustainableInputQuantity", value, reason }),
      );
      sustainable = inputQty;
    }
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
      inputAmount: toAmount(inputQty, unit, inHints),
      outputAmount: outputQty ? toAmount(outputQty, outputUnit, outHints) : null,
      outputUnit,
      outputHints: outHints,
      sustainableInput: toAmount(sustainable, unit, inHints),
      rowFactor: d(row.factor),
      ghg: io.ghg(row.ghg),
      batchKey: documentKey(t(row.batchId)),
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
      ghg: io.ghg(row.ghg),
    });
  });

  io.rows("issued", l.issued, (row, source, seq) => {
    const number = clean(t(row.number));
    books.issued.push({
      source,
      seq,
      fields: row,
      number,
      numberKey: numberKey(number),
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

/** The incoming SDs a delivery names, as number keys; most name none. */
function linkedSds(list: unknown): string[] {
  if (!Array.isArray(list) || list.length === 0) return [];
  return (list as unknown[])
    .flatMap((x) => t(x).split(/[;,\n]+/))
    .map(numberKey)
    .filter((x) => x !== "");
}

/**
 * The part of a delivery sold as sustainable: "yes" or blank → all of it; "no" → none; a quantity
 * in the row's unit or its own (`sustainableUnit`) → that much; a percentage (`sustainableUnit`
 * "%") → that share of the quantity. A value outside the yes/no vocabulary, a part below zero or
 * above the quantity, or one that cannot be converted to the row's unit is a finding at the cell
 * and nothing is declared: what cannot be read is never taken as yes (domain.md §7).
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
  const text = t(row.sustainable);
  const at = cellOf(source, "sustainable");
  const part = parseDecimal(text);
  if (!part) {
    const yes = normaliseYesNo(text);
    if (yes === false) return null;
    if (yes !== null) return amount;
    findings.push(
      finding("invalid-value", "error", at, { field: "sustainable", value: text, declared: false }),
    );
    return null;
  }
  if (part.isZero()) return null;
  const partUnit = t(row.sustainableUnit);
  const dim = dimensionOf(unit);
  let share: Amount;
  if (partUnit === "%") {
    share = toAmount(quantity.times(part).dividedBy(100), unit, hints);
  } else {
    const u = partUnit === "" ? unit : normaliseUnit(partUnit);
    if (!u) {
      findings.push(
        finding("invalid-unit", "error", cellOf(source, "sustainableUnit", "sustainable"), {
          value: partUnit,
        }),
      );
      return null;
    }
    share = toAmount(part, u, hints);
  }
  const inRowUnit = dim ? share[dim] : undefined;
  const whole = dim ? amount[dim] : undefined;
  if (part.isNegative() || !inRowUnit || !whole || inRowUnit.greaterThan(whole)) {
    const shown = partUnit ? `${text} ${partUnit}` : text;
    const reason = !inRowUnit
      ? `cannot be converted to ${unit} without a density or heating value on the row; nothing was declared`
      : "must lie between zero and the quantity; nothing was declared, correct the sustainable part";
    findings.push(finding("invalid-quantity", "error", at, { field: "sustainable", value: shown, reason }));
    return null;
  }
  return share;
}
