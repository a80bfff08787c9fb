// Stage 5, declarations (domain.md §8): one per sustainable delivery and characteristic set it
// drew on, with the PoS fields, the incoming SDs behind it, its GHG values (per batch or worst
// value, never averaged) and a fingerprint. Numbers in the workbook are kept; a delivery left short
// at its period's end gets no new declaration, and one dated on a day the own certificate does not
// cover is held back as a draft (own-certificate-invalid).
import type { Account, Origin } from "./book/accounts";
import type { Allocation, Portion } from "./book/book";
import { cellOf, finding } from "./findings";
import { fingerprint } from "./fingerprint";
import { ghgValues, worst } from "./ghg";
import { numberKey } from "./normalise";
import { type OwnCertificates, ownCertificates } from "./own-certificate";
import { Numbering, splitNumbers } from "./numbering";
import type { RuleProfile } from "./profile";
import { type Dec, dec, equal, toText, ZERO } from "./quantity";
import { type Books, type Delivery, type Ghg, type Issued, siteKey } from "./records";
import type { Declaration, DeclarationInput, Finding, GhgValues, Party } from "./result";

export interface DeclareOptions {
  today?: string;
  declare: boolean;
}

interface Line {
  account: Account;
  quantity: Dec;
  portions: Portion[];
}

function linesOf(alloc: Allocation): Line[] {
  const only = alloc.portions.length === 1 ? alloc.portions[0] : undefined;
  if (only) return [{ account: only.account, quantity: only.quantity, portions: alloc.portions }];
  const byAccount = new Map<Account, Line>();
  for (const p of alloc.portions) {
    const line = byAccount.get(p.account);
    if (line) {
      line.quantity = line.quantity.plus(p.quantity);
      line.portions.push(p);
    } else byAccount.set(p.account, { account: p.account, quantity: p.quantity, portions: [p] });
  }
  return [...byAccount.values()];
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

function valuesOf(ghg: Ghg, profile: RuleProfile, quantity: string): GhgValues {
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
  };
}

/** Nothing missing: shared by every line whose batches all have values (it is only read). */
const NONE_MISSING: { missing: Dec; from: readonly Portion[] } = { missing: ZERO, from: [] };

/**
 * The line's quantity text is passed in: most lines draw on one value set of their whole quantity.
 * What lacks values is left in gap[0], not in a fresh result object per line.
 */
function ghgOf(
  line: Line,
  profile: RuleProfile,
  lineText: string,
  gap: { missing: Dec; from: readonly Portion[] }[],
): GhgValues[] {
  const only = line.portions.length === 1 ? line.portions[0]?.batch.ghg : undefined;
  // one batch with values (so with a total, hence its own worst value): no grouping needed
  if (only && only.signature !== "") {
    gap[0] = NONE_MISSING;
    return [valuesOf(only, profile, lineText)];
  }
  const groups = new Map<string, { ghg: Ghg; quantity: Dec }>();
  let missing = ZERO;
  const from: Portion[] = [];
  for (const p of line.portions) {
    const sig = p.batch.ghg?.signature ?? "";
    if (sig === "" || !p.batch.ghg) {
      missing = missing.plus(p.quantity);
      from.push(p);
      continue;
    }
    const g = groups.get(sig);
    if (g) g.quantity = g.quantity.plus(p.quantity);
    else groups.set(sig, { ghg: p.batch.ghg, quantity: p.quantity });
  }
  gap[0] = from.length === 0 ? NONE_MISSING : { missing, from };
  const list = [...groups.values()];
  const text = (q: Dec) => (q === line.quantity ? lineText : toText(q));
  if (profile.ghgPooling === "worst-value") {
    const w = worst(list.map((g) => g.ghg));
    const total =
      list.length === 1 && list[0] ? list[0].quantity : list.reduce((s, g) => s.plus(g.quantity), ZERO);
    return w ? [valuesOf(w, profile, text(total))] : [];
  }
  return list.map((g) => valuesOf(g.ghg, profile, text(g.quantity)));
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
 * The fingerprint hashes every row behind a declaration; hashing them for 100,000 deliveries
 * would take most of the run's budget, so it is computed on first read: an enumerable getter that
 * JSON, spreads and structured clones see as a plain string. One getter function serves every
 * declaration (per-object closures would give each object its own hidden class, ~2 KB apiece);
 * it finds the rows on the declaration (below), references to input rows only, so nothing of the
 * booking stays alive. They are kept packed flat (see `unpack`): two arrays fewer per line of the
 * 171k of the budget run.
 */
const printed = new WeakMap<object, string>();

/**
 * The packed rows wait on the declaration itself under a symbol that is not enumerable, so JSON,
 * spreads, structured clones and deep equality never see it (a WeakMap entry per line cost more).
 */
const ROWS: unique symbol = Symbol("rows behind the fingerprint");
const ROWS_SLOT: PropertyDescriptor = {
  value: undefined,
  writable: true,
  enumerable: false,
  configurable: true,
};

type Pending = { [ROWS]?: unknown[] };

/**
 * The rows behind a line, packed as [delivery fields, quantity, (portion quantity, origin fields,
 * via)…] where a batch of one origin gives its fields object itself (row fields are never arrays).
 */
function pack(d: Delivery, line: Line, fixed: string): unknown[] {
  const packed: unknown[] = [d.fields, fixed];
  for (const p of line.portions) {
    const origins = p.batch.origins;
    packed.push(
      p.quantity === line.quantity ? fixed : p.quantity.toFixed(),
      origins.length === 1 ? origins[0]?.fields : origins.map((o) => o.fields),
      p.batch.via,
    );
  }
  return packed;
}

/** The rows as the fingerprint hashes them: [fields, quantity, [quantity, [origin fields…], via]…]. */
function unpack(packed: unknown[]): unknown[] {
  const rows = [packed[0], packed[1]];
  for (let i = 2; i < packed.length; i += 3) {
    const origins = packed[i + 1];
    rows.push([packed[i], Array.isArray(origins) ? origins : [origins], packed[i + 2]]);
  }
  return rows;
}

function readFingerprint(this: object): string {
  let value = printed.get(this);
  if (value === undefined) {
    const pending = this as Pending;
    value = fingerprint(unpack(pending[ROWS] ?? []));
    printed.set(this, value);
    // Reflect.set: a host may have frozen the declaration, and the rows merely stay then
    Reflect.set(pending, ROWS, undefined);
  }
  return value;
}

const LAZY_FINGERPRINT: PropertyDescriptor = { get: readFingerprint, enumerable: true, configurable: true };

function withLazyFingerprint(d: Omit<Declaration, "fingerprint">, rows: unknown[]): Declaration {
  Object.defineProperty(d, ROWS, ROWS_SLOT);
  (d as Pending)[ROWS] = rows;
  return Object.defineProperty(d, "fingerprint", LAZY_FINGERPRINT) as Declaration;
}

/**
 * Whether the own certificate fails to cover the day the declaration would be issued or the
 * delivery dispatched (domain.md §7, MB-06): then an error at the delivery's date holds it back.
 */
function ownCertificateHolds(
  own: OwnCertificates,
  d: Delivery,
  issueDate: string,
  findings: Finding[],
): boolean {
  let dated = "dispatched";
  let date = d.date;
  let gap = own.gapOn(d.site, date);
  if (!gap && issueDate !== date) {
    dated = "issued";
    date = issueDate;
    gap = own.gapOn(d.site, date);
  }
  if (!gap) return false;
  findings.push(
    finding(
      "own-certificate-invalid",
      "error",
      cellOf(d.source, "date"),
      {
        certificate: gap.certificate,
        reason: gap.reason,
        date,
        dated,
        validFrom: gap.validFrom,
        validUntil: gap.validUntil,
        carry: false,
      },
      [gap.at, gap.entry],
    ),
  );
  return true;
}

/** A delivery not in the register (the common case) shares this read-only empty list. */
const NO_ENTRIES: readonly Issued[] = [];

export function declarationsStage(
  books: Books,
  allocations: Allocation[],
  profile: RuleProfile,
  options: DeclareOptions,
): { value: Declaration[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const declarations: Declaration[] = [];
  const used = new Set(books.usedNumbers);
  for (const d of books.deliveries) if (d.sdNumber) used.add(numberKey(d.sdNumber));
  const numbering = new Numbering(profile.sdPrefix, used);
  const register = new Map<string, Issued[]>();
  for (const e of books.issued) {
    const key = `${e.deliverySheet}|${e.deliveryRow ?? ""}`;
    register.set(key, [...(register.get(key) ?? []), e]);
  }
  const matched = new Set<Issued>();
  const own = ownCertificates(books, profile);
  const ownSites = new Map(books.sites.map((s) => [s.key, s]));
  const suppliers = new Map<string, Party>();
  // by the site as typed first: lower-casing it for every delivery is a string apiece
  const suppliersAsTyped = new Map<string, Party>();
  const supplierFor = (site: string): Party => {
    const typed = suppliersAsTyped.get(site);
    if (typed) return typed;
    const key = siteKey(site);
    let party = suppliers.get(key);
    if (!party) {
      const certificate = ownSites.get(key)?.certificate || profile.ownCertificate;
      party = { name: profile.companyName, address: profile.companyAddress, certificate };
      suppliers.set(key, party);
    }
    suppliersAsTyped.set(site, party);
    return party;
  };

  // one party object per customer as typed, shared by its declarations (they are only read)
  const recipients = new Map<string, Party>();
  const recipientOf = (d: Delivery): Party => {
    const known = recipients.get(d.customer);
    if (known && known.address === d.customerAddress && known.certificate === d.customerCertificate)
      return known;
    const party = { name: d.customer, address: d.customerAddress, certificate: d.customerCertificate };
    if (!known) recipients.set(d.customer, party);
    return party;
  };

  // ghgOf reports what lacks values here rather than in a fresh object per line
  const gap: { missing: Dec; from: readonly Portion[] }[] = [NONE_MISSING];
  for (const alloc of allocations) {
    const d = alloc.delivery;
    const lines = linesOf(alloc);
    if (lines.length === 0) continue;
    const entries = (register.size > 0 && register.get(`${d.source.sheet}|${d.source.row}`)) || NO_ENTRIES;
    const existing =
      entries.length > 0
        ? entries.map((e) => e.number)
        : d.sdNumber
          ? splitNumbers(d.sdNumber, lines.length)
          : null;
    if (!existing && (alloc.failed || !options.declare)) continue;
    const issueDate = options.today ?? profile.issueDate ?? d.date;
    // a new declaration is neither issued nor dispatched on a day the own certificate does not cover
    const heldBack = existing ? false : ownCertificateHolds(own, d, issueDate, findings);
    const numbers = existing ?? numbering.take(issueDate.slice(0, 4), lines.length);
    const supplier = supplierFor(d.site);
    const worstInput = d.ghg?.total
      ? worst(alloc.portions.flatMap((p) => (p.batch.ghg ? [p.batch.ghg] : [])))
      : null;
    if (d.ghg?.total && worstInput?.total && d.ghg.total.lessThan(worstInput.total)) {
      findings.push(
        finding(
          "ghg-value-unsupported",
          "error",
          cellOf(d.source, "ghg.total", "ghgTotal", "total", "quantity"),
          {
            declared: toText(d.ghg.total),
            supported: toText(worstInput.total),
          },
        ),
      );
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      // the quantity's text is worked out once per line; toFixed differs from toText only for -0
      const fixed = line.quantity.toFixed();
      const quantity = fixed === "-0" ? "0" : fixed;
      const values = ghgOf(line, profile, quantity, gap);
      const lack = gap[0] ?? NONE_MISSING;
      // only references to the input rows are kept until the fingerprint is read
      const rows = pack(d, line, fixed);
      if (!lack.missing.isZero() && line.account.id.scheme === "ISCC EU") {
        findings.push(
          finding(
            "ghg-missing",
            "warning",
            cellOf(d.source, "quantity"),
            {
              product: line.account.id.product,
              quantity: toText(lack.missing),
              unit: line.account.unit,
              inputs: [...new Set(lack.from.map((p) => p.batch.origins.map((o) => o.sd).join(", ")))].join(
                "; ",
              ),
            },
            lack.from.map((p) =>
              cellOf(p.batch.source, "ghg.total", "ghgTotal", "sdNumber", "outputQuantity"),
            ),
          ),
        );
      }
      const entry = entries[i];
      if (entry) {
        matched.add(entry);
        if (entry.fingerprint !== "" && entry.fingerprint !== fingerprint(unpack(rows))) {
          findings.push(
            finding(
              "declaration-stale",
              "warning",
              cellOf(d.source, "quantity"),
              { number: entry.number, reason: null },
              [cellOf(entry.source, "fingerprint", "number")],
            ),
          );
        }
      }
      const c = line.account.id.characteristics;
      const scheme = line.account.id.scheme;
      const declaration: Omit<Declaration, "fingerprint"> = {
        number: numbers[i] ?? `${numbers[0] ?? ""}-${i + 1}`,
        status: existing ? "issued" : heldBack ? "draft" : "new",
        issueDate,
        dispatchDate: d.date,
        supplier,
        recipient: recipientOf(d),
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
        plusClaim:
          scheme === "ISCC PLUS" ? `${c.claim || "no claim given"}; mass balance (credit method)` : null,
        installationStartDate: startDateOf(line.portions),
        ghg: values,
        ghgPooling: profile.ghgPooling,
        inputs: inputsOf(line, quantity),
        delivery: d.source,
      };
      declarations.push(withLazyFingerprint(declaration, rows));
    }
  }
  for (const e of books.issued) {
    if (matched.has(e) || e.fingerprint === "") continue;
    findings.push(
      finding("declaration-stale", "warning", cellOf(e.source, "number"), {
        number: e.number,
        reason: "its delivery row is no longer in the books as a sustainable delivery",
      }),
    );
  }
  return { value: declarations, findings };
}
