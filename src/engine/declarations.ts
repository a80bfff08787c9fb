// Declaration lines (domain.md §8): the lines of one delivery, one per characteristic set it drew on,
// with the PoS fields, the incoming SDs behind each, its GHG values (per batch with the quantity each
// covers, or the worst value of the pool, never averaged) and a fingerprint of the rows behind it.
// Numbers, the register and the decision to issue are the issue stage's (issue/stage.ts).
import type { Account, Origin } from "./book/accounts";
import type { Allocation, Portion } from "./book/book";
import { cellOf } from "./findings";
import { Fingerprinter } from "./fingerprint";
import { ghgValues } from "./ghg";
import type { RuleProfile } from "./profile";
import { type Dec, dec, equal, toText, ZERO } from "./quantity";
import { type Books, type Delivery, type Ghg, siteKey } from "./records";
import type { Declaration, DeclarationInput, GhgValues, Party } from "./result";

/** The credit one declaration line carries: one account (characteristic set) of one delivery. */
export interface Line {
  account: Account;
  quantity: Dec;
  portions: Portion[];
}

/** Portions grouped by account, in the order the delivery drew on them. */
export function linesOf(portions: readonly Portion[]): Line[] {
  const only = portions.length === 1 ? portions[0] : undefined;
  if (only) return [{ account: only.account, quantity: only.quantity, portions: [only] }];
  const byAccount = new Map<Account, Line>();
  for (const p of portions) {
    const line = byAccount.get(p.account);
    if (line) {
      line.quantity = line.quantity.plus(p.quantity);
      line.portions.push(p);
    } else byAccount.set(p.account, { account: p.account, quantity: p.quantity, portions: [p] });
  }
  return [...byAccount.values()];
}

/**
 * The portions split after `first` of quantity, in drawing order: what an earlier declaration of
 * the delivery covers, and the rest (a top-up). A portion that straddles the cut is split.
 */
export function splitPortions(portions: readonly Portion[], first: Dec): [Portion[], Portion[]] {
  const head: Portion[] = [];
  const tail: Portion[] = [];
  let left = first;
  for (const p of portions) {
    if (left.isZero() || left.isNegative()) tail.push(p);
    else if (!p.quantity.greaterThan(left)) {
      head.push(p);
      left = left.minus(p.quantity);
    } else {
      head.push({ ...p, quantity: left });
      tail.push({ ...p, quantity: p.quantity.minus(left) });
      left = ZERO;
    }
  }
  return [head, tail];
}

const originCells = new WeakMap<object, { sheet: string; cell: string }>();

function originCell(o: Origin): { sheet: string; cell: string } {
  let at = originCells.get(o.source);
  if (!at) {
    const c = cellOf(o.source, "sdNumber", "quantity");
    at = { sheet: c?.sheet ?? o.source.sheet, cell: c?.cell ?? "" };
    originCells.set(o.source, at);
  }
  return at;
}

function inputsOf(line: Line, quantityText: string): DeclarationInput[] {
  const only = line.portions.length === 1 ? line.portions[0] : undefined;
  const origin = only?.batch.origins.length === 1 ? only.batch.origins[0] : undefined;
  if (only && origin && equal(origin.quantity, only.batch.initial)) {
    return [{ sd: origin.sd, quantity: quantityText, source: originCell(origin) }];
  }
  const merged = new Map<string, { sd: string; quantity: Dec; source: { sheet: string; cell: string } }>();
  for (const p of line.portions) {
    const whole = equal(p.quantity, p.batch.initial);
    const first = p.batch.origins.length === 1 ? p.batch.origins[0] : undefined;
    const direct = first !== undefined && equal(first.quantity, p.batch.initial);
    const ratio = whole || direct ? null : p.quantity.dividedBy(p.batch.initial);
    for (const o of p.batch.origins) {
      const q = whole ? o.quantity : direct ? p.quantity : o.quantity.times(ratio ?? 1);
      const source = originCell(o);
      const key = `${o.sd}|${source.sheet}|${source.cell}`;
      const m = merged.get(key);
      if (m) m.quantity = m.quantity.plus(q);
      else merged.set(key, { sd: o.sd, quantity: q, source });
    }
  }
  return [...merged.values()].map((m) => ({
    sd: m.sd,
    quantity: toText(m.quantity.decimalPlaces() > 6 ? m.quantity.toDecimalPlaces(6) : m.quantity),
    source: m.source,
  }));
}

/** The printable values of one GHG set are worked out once (a saving is a division). */
const printable = new WeakMap<Ghg, GhgValues>();

function valuesOf(ghg: Ghg, profile: RuleProfile, quantity: string, start: string | null): GhgValues {
  let values = printable.get(ghg);
  if (!values) {
    values = ghgValues(ghg, profile);
    printable.set(ghg, values);
  }
  // written out: a spread in a literal takes V8's slow path, and this runs per declaration line
  const v = values;
  return {
    method: v.method,
    unit: v.unit,
    eec: v.eec,
    el: v.el,
    ep: v.ep,
    etd: v.etd,
    eu: v.eu,
    esca: v.esca,
    eccs: v.eccs,
    eccr: v.eccr,
    total: v.total,
    saving: v.saving,
    comparator: v.comparator,
    quantity,
    installationStartDate: start,
  };
}

/** What of a line has no GHG values: how much, and the portions it came from. */
export interface GhgGap {
  missing: Dec;
  from: readonly Portion[];
}

/** Nothing missing: shared by every line whose batches all have values (it is only read). */
export const NO_GAP: GhgGap = { missing: ZERO, from: [] };

/**
 * The GHG values of a line, each with the quantity it covers and the installation start date of
 * the batches behind it: one per distinct value and start date (per batch), or the worst value of
 * the pool (worst-value pooling, TV-8) with the latest start date (the strictest threshold).
 * What lacks values is left in gap[0], not in a fresh result object per line.
 */
function ghgOf(
  line: Line,
  profile: RuleProfile,
  lineText: string,
  gap: GhgGap[],
  pool: Map<Account, Ghg | null> | undefined,
): GhgValues[] {
  const only = line.portions.length === 1 ? line.portions[0]?.batch : undefined;
  // one batch with values (so with a total, hence its own worst value): no grouping needed
  if (only?.ghg && only.ghg.signature !== "" && !pool) {
    gap[0] = NO_GAP;
    return [valuesOf(only.ghg, profile, lineText, only.installationStartDate)];
  }
  const groups = new Map<string, { ghg: Ghg; quantity: Dec; start: string | null }>();
  let missing = ZERO;
  const from: Portion[] = [];
  let latest: string | null = null;
  let undated = false;
  for (const p of line.portions) {
    const ghg = p.batch.ghg;
    if (!ghg || ghg.signature === "") {
      missing = missing.plus(p.quantity);
      from.push(p);
      continue;
    }
    const start = p.batch.installationStartDate;
    if (start === null) undated = true;
    else if (latest === null || start > latest) latest = start;
    const key = `${ghg.signature}|${start ?? ""}`;
    const g = groups.get(key);
    if (g) g.quantity = g.quantity.plus(p.quantity);
    else groups.set(key, { ghg, quantity: p.quantity, start });
  }
  gap[0] = from.length === 0 ? NO_GAP : { missing, from };
  const list = [...groups.values()];
  const text = (q: Dec) => (q === line.quantity ? lineText : toText(q));
  if (profile.ghgPooling === "worst-value") {
    const w = worstOf([pool?.get(line.account) ?? null, ...list.map((g) => g.ghg)]);
    const total =
      list.length === 1 && list[0] ? list[0].quantity : list.reduce((s, g) => s.plus(g.quantity), ZERO);
    return w ? [valuesOf(w, profile, text(total), undated ? null : latest)] : [];
  }
  return list.map((g) => valuesOf(g.ghg, profile, text(g.quantity), g.start));
}

function worstOf(list: (Ghg | null)[]): Ghg | null {
  let best: Ghg | null = null;
  for (const g of list) if (g?.total && (!best?.total || g.total.greaterThan(best.total))) best = g;
  return best;
}

function energyOf(line: Line, lineText: string): string | null {
  if (line.account.unit === "MJ") return lineText;
  if (line.account.unit === "kWh") return toText(dec(lineText).times("3.6"));
  if (line.account.unit !== "t") return null;
  let total = ZERO;
  for (const p of line.portions) {
    if (!p.batch.heatingValuePerT) return null;
    total = total.plus(p.quantity.times(p.batch.heatingValuePerT));
  }
  return toText(total);
}

/** The installation start date all batches behind the line share, or null when none or several. */
function startDateOf(portions: Portion[]): string | null {
  let found: string | null = null;
  for (const p of portions) {
    const v = p.batch.installationStartDate;
    if (v === null) continue;
    if (found !== null && v !== found) return null;
    found = v;
  }
  return found;
}

/**
 * The delivery row as the fingerprint and the register's record see it: its fields without the SD
 * number, which the add-in itself writes into the row once the declaration is issued.
 */
export function deliveryFields(d: Delivery): Record<string, unknown> {
  const f = d.fields;
  if (f.sdNumber === undefined) return f;
  const { sdNumber: _, ...rest } = f;
  return rest;
}

/**
 * The rows a line's fingerprint hashes: [delivery fields, quantity, [portion quantity, [origin
 * fields…], via]…], quantities as `toFixed` gives them (`fixed`: the line's).
 */
function rowsBehind(fields: Record<string, unknown>, line: Line, fixed: string): unknown[] {
  const rows: unknown[] = [fields, fixed];
  for (const p of line.portions)
    rows.push([
      p.quantity === line.quantity ? fixed : p.quantity.toFixed(),
      p.batch.origins.map((o) => o.fields),
      p.batch.via,
    ]);
  return rows;
}

/** One built line: its declaration (unnumbered), and what backs it. */
export interface BuiltLine {
  declaration: Declaration;
  line: Line;
  gap: GhgGap;
}

/** Builds the declarations of a delivery's lines; one per run, it shares parties between them. */
export class LineBuilder {
  private readonly ownSites: Map<string, Books["sites"][number]>;
  private readonly suppliers = new Map<string, Party>();
  // by the site as typed first: lower-casing it for every delivery is a string apiece
  private readonly suppliersAsTyped = new Map<string, Party>();
  // one party object per customer as typed, shared by its declarations (they are only read)
  private readonly recipients = new Map<string, Party>();
  // ghgOf reports what lacks values here rather than in a fresh object per line
  private readonly gap: GhgGap[] = [NO_GAP];
  // the run's input rows, each encoded once for the fingerprints of the declarations they back
  private readonly prints = new Fingerprinter();

  constructor(
    books: Books,
    private readonly profile: RuleProfile,
  ) {
    this.ownSites = new Map(books.sites.map((s) => [s.key, s]));
  }

  /** The own company as the supplier of a site's declarations (the site's certificate first). */
  supplierFor(site: string): Party {
    const typed = this.suppliersAsTyped.get(site);
    if (typed) return typed;
    const key = siteKey(site);
    let party = this.suppliers.get(key);
    if (!party) {
      const certificate = this.ownSites.get(key)?.certificate || this.profile.ownCertificate;
      party = { name: this.profile.companyName, address: this.profile.companyAddress, certificate };
      this.suppliers.set(key, party);
    }
    this.suppliersAsTyped.set(site, party);
    return party;
  }

  /**
   * The fingerprint registers written before the SD number was left out of it would show: the same
   * rows with the delivery's SD number in (only for reading such registers, issue/stage.ts).
   */
  legacyFingerprint(d: Delivery, line: Line): string {
    return this.prints.of(rowsBehind(d.fields, line, line.quantity.toFixed()));
  }

  private recipientOf(d: Delivery): Party {
    const known = this.recipients.get(d.customer);
    if (known && known.address === d.customerAddress && known.certificate === d.customerCertificate)
      return known;
    const party = { name: d.customer, address: d.customerAddress, certificate: d.customerCertificate };
    if (!known) this.recipients.set(d.customer, party);
    return party;
  }

  /**
   * The lines of `portions` of a delivery as declarations with status "new", no number yet,
   * dated `issueDate`; `rowSd` is the number the row carries (else filled in when numbered).
   * `fields` lets a comparison hash the rows behind against the delivery row as it was issued.
   */
  build(
    alloc: Allocation,
    portions: readonly Portion[],
    issueDate: string,
    rowSd: string,
    /** the delivery row's fields the fingerprint hashes; default: as they are now */
    fields: Record<string, unknown> = deliveryFields(alloc.delivery),
  ): BuiltLine[] {
    const d = alloc.delivery;
    const profile = this.profile;
    const lines = linesOf(portions);
    const supplier = this.supplierFor(d.site);
    const out: BuiltLine[] = [];
    for (const line of lines) {
      // the quantity's text is worked out once per line; toFixed differs from toText only for -0
      const fixed = line.quantity.toFixed();
      const quantity = fixed === "-0" ? "0" : fixed;
      const values = ghgOf(line, profile, quantity, this.gap, alloc.poolWorst);
      const gap = this.gap[0] ?? NO_GAP;
      const c = line.account.id.characteristics;
      const scheme = line.account.id.scheme;
      const declaration: Declaration = {
        number: "",
        status: "new",
        issueDate,
        dispatchDate: d.date,
        supplier,
        recipient: this.recipientOf(d),
        dispatchAddress: d.dispatchAddress || profile.companyAddress,
        site: d.site,
        scheme,
        product: line.account.id.product,
        characteristics: c,
        quantity,
        unit: line.account.unit,
        energyContent: energyOf(line, quantity),
        euRedCompliant: scheme === "ISCC EU",
        isccCompliant: scheme === "ISCC PLUS" || c.claim === "ISCC compliant",
        chainOfCustody: "Mass balance",
        // no claim, no claim category: never a made-up one (declaration-incomplete says so)
        plusClaim: scheme === "ISCC PLUS" && c.claim ? `${c.claim}; mass balance (credit method)` : null,
        installationStartDate: startDateOf(line.portions),
        ghg: values,
        ghgPooling: profile.ghgPooling,
        inputs: inputsOf(line, quantity),
        delivery: d.source,
        rowSd,
        // hashed here, for every line built: the register records it, a comparison reads it
        fingerprint: this.prints.of(rowsBehind(fields, line, fixed)),
      };
      out.push({ declaration, line, gap });
    }
    return out;
  }
}
