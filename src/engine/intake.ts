// Stage 1, intake: validate every record (validate.ts) and normalise what staff type in many ways
// (normalise.ts), producing the Books the later stages read. Never throws: a record that cannot be
// read becomes a finding and is left out.
import { cellOf, finding } from "./findings";
import type { Ledger, SchemeName, Source } from "./model";
import {
  clean,
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
import type { RuleProfile } from "./profile";
import {
  type Amount,
  type Dec,
  dimensionOf,
  heatingValuePerTonne,
  normaliseUnit,
  parseDecimal,
  toAmount,
} from "./quantity";
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

  unit(text: unknown, source: Source): string | null {
    const unit = normaliseUnit(text as string | undefined);
    if (unit === null)
      this.findings.push(finding("invalid-unit", "error", cellOf(source, "unit"), { value: String(text) }));
    return unit;
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

const NO_HINTS: { density: Dec | null; heatingValuePerT: Dec | null } = {
  density: null,
  heatingValuePerT: null,
};

/** Most rows give neither a density nor a heating value, and share one (read-only) empty hint. */
function hintsOf(row: Row) {
  if (row.density === undefined && row.heatingValue === undefined) return NO_HINTS;
  const heatingValuePerT = heatingValuePerTonne(d(row.heatingValue), t(row.heatingValueUnit));
  return { density: d(row.density), heatingValuePerT };
}

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
    const scheme = io.scheme(row.scheme, source);
    const hints = hintsOf(row);
    const product = io.name(t(row.product));
    const supplier = clean(t(row.supplier));
    const sd = clean(t(row.sdNumber));
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
      sustainable: sd !== "",
      sd,
      sdKey: numberKey(sd),
      supplier,
      supplierKey: partyKey(supplier),
      supplierCertificate: clean(t(row.supplierCertificate)),
      characteristics: io.characteristics(row, scheme),
      ghg: io.ghg(row.ghg),
      installationStartDate: t(row.installationStartDate) || null,
      dispatchDate: t(row.dispatchDate) || null,
      heatingValuePerT: hints.heatingValuePerT,
      unreadable: unreadableOf(row),
    });
  });

  io.rows("delivery", l.deliveries, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return;
    const scheme = io.scheme(row.scheme, source);
    const hints = hintsOf(row);
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
      sustainableAmount: sustainablePart(
        // an unreadable flag is never a yes (domain.md §7): the delivery is not declared
        unreadableOf(row).includes("sustainable") ? "no" : t(row.sustainable),
        quantity,
        unit,
        hints,
        amount,
        source,
        io.findings,
      ),
      customer: clean(t(row.customer)),
      customerAddress: clean(t(row.customerAddress)),
      customerCertificate: clean(t(row.customerCertificate)),
      claim: claimText === "" ? null : normaliseClaim(claimText, scheme),
      sdNumber: clean(t(row.sdNumber)),
      linkedSds: linkedSds(row.linkedSds),
      dispatchAddress: clean(t(row.dispatchAddress)),
      ghg: io.ghg(row.ghg),
      heatingValuePerT: hints.heatingValuePerT,
    });
  });

  io.rows("production", l.production, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return;
    const input = io.name(t(row.inputProduct));
    const output = io.name(t(row.outputProduct));
    const inputQty = d(row.inputQuantity) as Dec;
    const outputQty = d(row.outputQuantity);
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
      inputAmount: toAmount(inputQty, unit),
      outputAmount: outputQty ? toAmount(outputQty, unit) : null,
      sustainableInput: toAmount(sustainable, unit),
      rowFactor: d(row.factor),
      ghg: io.ghg(row.ghg),
      batchKey: numberKey(t(row.batchId)),
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
    books.certificates.push({
      source,
      seq,
      fields: row,
      key: numberKey(t(row.certificateNumber)),
      number: clean(t(row.certificateNumber)),
      validFrom: t(row.validFrom),
      validUntil: t(row.validUntil),
      status: normaliseCertificateStatus(t(row.status)),
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

const NOTHING_UNREADABLE: readonly string[] = [];

/** The fields the reader could not read; most rows share one empty list. */
function unreadableOf(row: Row): readonly string[] {
  const list = row.unreadable;
  return Array.isArray(list) && list.length > 0
    ? list.filter((x): x is string => typeof x === "string")
    : NOTHING_UNREADABLE;
}

/** The incoming SDs a delivery names, as number keys; most name none. */
function linkedSds(list: unknown): string[] {
  if (!Array.isArray(list) || list.length === 0) return [];
  return (list as unknown[])
    .flatMap((x) => t(x).split(/[;,\n]+/))
    .map(numberKey)
    .filter((x) => x !== "");
}

/** "yes"/blank → all of it; "no" → none; a number → that much (never more than the quantity). */
function sustainablePart(
  text: string,
  quantity: Dec,
  unit: string,
  hints: ReturnType<typeof hintsOf>,
  amount: Amount,
  source: Source,
  findings: Finding[],
): Amount | null {
  const part = parseDecimal(text);
  if (!part) return normaliseYesNo(text) === false ? null : amount;
  if (part.isZero()) return null;
  if (part.isNegative() || part.greaterThan(quantity)) {
    findings.push(
      finding("invalid-quantity", "error", cellOf(source, "sustainable"), {
        field: "sustainable",
        value: text,
        reason: "must lie between zero and the quantity; correct the sustainable part",
      }),
    );
    return part.isNegative() ? null : amount;
  }
  return dimensionOf(unit) ? toAmount(part, unit, hints) : amount;
}
