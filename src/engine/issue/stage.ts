// Stage 5, declarations (domain.md §8): the register read back, each issued declaration bound to its
// delivery by content, what changed since it was issued, and the declarations the books call for
// now (candidates): a delivery not yet declared, or the extra quantity of one declared before.
// Candidates take neither a status nor a number here; decide.ts does that once every error is known.
import type { Allocation } from "../book/book";
import { type BuiltLine, deliveryFields, LineBuilder, splitPortions } from "../declarations";
import { cellOf, finding } from "../findings";
import { worst } from "../ghg";
import type { Cancellation } from "../model";
import { numberKey } from "../normalise";
import { splitNumbers } from "../numbering";
import type { RuleProfile } from "../profile";
import { type Dec, toText } from "../quantity";
import type { Books, Delivery } from "../records";
import type { Declaration, Finding, Reach } from "../result";
import { bind, describeGroup, type Group, groupEntries } from "./bind";
import { changedLines, changedRowFields, rowsChanged } from "./compare";
import { type Frozen, readEntry } from "./record";
import { setMeta } from "./meta";

export interface StageOptions {
  /** YYYY-MM-DD issue date of new declarations; else the settings' issue date, else the delivery date */
  today?: string;
  /** produce candidates for new declarations (Declare); Check only reads the register */
  declare: boolean;
  /** withdrawals the user asked for in this run */
  cancel: readonly Cancellation[];
  /** sheets with an SD number column (the add-in writes a new number into a blank cell of it) */
  sdColumns: ReadonlySet<string>;
}

/** Declarations the books call for now, before a status or number is given to them. */
export interface Candidate {
  alloc: Allocation;
  lines: BuiltLine[];
  /** the number the row carries already (a top-up, or a replacement), else "" */
  anchor: string;
  /** the row will carry a number that finds it: the one it has, or the new one written in */
  onRow: boolean;
  /** withdrawn declarations of this delivery that this one replaces once issued */
  replaces: Group[];
  issueDate: string;
}

export interface Register {
  /** the register's declarations (issued, cancelled, replaced) in its order, plus first-seen outside numbers */
  entries: Declaration[];
  candidates: Candidate[];
}

/** The accounts an issued declaration drew on, as a reach. */
function reachOf(g: Group, d: Delivery | undefined): Reach {
  const accounts = g.members.map((m) => {
    const x = m.declaration;
    return { site: x.site, scheme: x.scheme, product: x.product, characteristics: x.characteristics };
  });
  const reach: Reach = { accounts };
  if (d) reach.deliveries = [{ sheet: d.source.sheet, row: d.source.row }];
  return reach;
}

function withdraw(frozen: Frozen[], cancel: readonly Cancellation[]): void {
  for (const c of cancel) {
    const key = numberKey(c.number);
    const stems = new Set(
      frozen
        .filter((f) => numberKey(f.declaration.number) === key || numberKey(f.stem) === key)
        .map((f) => numberKey(f.stem)),
    );
    for (const f of frozen) {
      if (!stems.has(numberKey(f.stem)) || f.declaration.status !== "issued") continue;
      f.declaration.status = "cancelled";
      f.declaration.correction = { on: c.on, by: c.by, reason: c.reason, replacedBy: "" };
      f.entry.status = "cancelled";
      f.entry.correction = f.declaration.correction;
    }
  }
}

export function registerStage(
  books: Books,
  allocations: Allocation[],
  profile: RuleProfile,
  options: StageOptions,
): { value: Register; findings: Finding[] } {
  const findings: Finding[] = [];
  const frozen = books.issued.map(readEntry);
  withdraw(frozen, options.cancel);
  for (const f of frozen) {
    setMeta(f.declaration, {
      fields: f.fields,
      stem: f.stem,
      anchor: f.anchor,
      onRow: f.onRow,
      identity: f.identity,
      record: f.record,
    });
    if (f.unreadable) {
      findings.push(
        finding("declaration-record-unreadable", "warning", cellOf(f.entry.source, "record", "number"), {
          number: f.entry.number,
          reason: f.unreadable,
        }),
      );
    }
  }
  const groups = groupEntries(frozen);
  const binding = bind(groups, books.deliveries);
  findings.push(...binding.findings);
  const builder = new LineBuilder(books, profile);
  const allocated = new Map(allocations.map((a) => [a.delivery, a]));
  const entries: Declaration[] = frozen.map((f) => f.declaration);
  const candidates: Candidate[] = [];

  // a position is not what was issued: only a declaration whose delivery is found points at a row
  for (const f of frozen) f.declaration.delivery = { sheet: f.declaration.delivery.sheet, row: 0, cells: {} };
  for (const [d, list] of binding.groups) {
    for (const g of list) for (const m of g.members) m.declaration.delivery = d.source;
    if (allocated.has(d)) continue;
    // bound, but no longer a sustainable delivery in the books
    for (const g of list.filter((x) => x.active)) findings.push(correction(g, d, "gone", null));
  }
  for (const g of binding.orphans) findings.push(correction(g, undefined, "gone", null));

  for (const alloc of allocations) {
    const d = alloc.delivery;
    if (binding.held.has(d)) continue;
    const issueDate = options.today ?? profile.issueDate ?? d.date;
    const bound = binding.groups.get(d) ?? [];
    const active = bound.filter((g) => g.active);
    unsupported(d, alloc, findings);
    if (active.length > 0) {
      const extra = compareIssued(d, alloc, active, builder, issueDate, findings);
      if (extra && options.declare && !alloc.failed) {
        const lines = builder.build(alloc, extra, issueDate, d.sdNumber || active[0]?.stem || "");
        ghgGaps(lines, d, findings);
        if (lines.length > 0) {
          const anchor = lines[0]?.declaration.rowSd ?? "";
          candidates.push({ alloc, lines, anchor, onRow: d.sdNumber !== "", replaces: [], issueDate });
        }
      }
      continue;
    }
    if (binding.outside.has(d)) {
      entries.push(...firstSight(d, alloc, builder, issueDate, findings));
      continue;
    }
    if (alloc.failed || !options.declare) continue;
    const lines = builder.build(alloc, alloc.portions, issueDate, d.sdNumber);
    if (lines.length === 0) continue;
    ghgGaps(lines, d, findings);
    const replaces = bound.filter(
      (g) => !g.active && g.members.every((m) => !m.declaration.correction?.replacedBy),
    );
    const onRow = d.sdNumber !== "" || options.sdColumns.has(d.source.sheet);
    candidates.push({ alloc, lines, anchor: d.sdNumber, onRow, replaces, issueDate });
  }
  return { value: { entries, candidates }, findings };
}

/** ghg-value-unsupported: the delivery's own GHG value is lower than the worst of what backs it. */
function unsupported(d: Delivery, alloc: Allocation, findings: Finding[]): void {
  if (!d.ghg?.total) return;
  const worstInput = worst(alloc.portions.map((p) => p.batch.ghg));
  if (!worstInput?.total || !d.ghg.total.lessThan(worstInput.total)) return;
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

/**
 * An issued delivery against what it was: stale fields, a correction when less is delivered now,
 * and the portions of any extra quantity, which a declaration of its own must cover.
 */
function compareIssued(
  d: Delivery,
  alloc: Allocation,
  groups: Group[],
  builder: LineBuilder,
  issueDate: string,
  findings: Finding[],
): Allocation["portions"] | null {
  const units = new Set(groups.map((g) => g.unit));
  let issued: Dec | null = null;
  for (const g of groups)
    issued = issued === null ? g.quantity : g.quantity ? (issued?.plus(g.quantity) ?? null) : null;
  const comparable = issued !== null && units.size === 1 && units.has(alloc.unit);
  const numbers = groups.flatMap((g) => g.members.map((m) => m.declaration.number)).join(", ");
  // the row as it was when its latest declaration was issued (a top-up saw the raised quantity)
  const latest = groups[groups.length - 1];
  const rowFields = latest ? changedRowFields(latest, deliveryFields(d)) : [];
  if (!comparable || issued === null) {
    // an older register without a quantity, or units that no longer compare: name what can be named
    const names = new Set(rowFields);
    if (issued !== null && !(units.size === 1 && units.has(alloc.unit))) names.add("unit");
    const legacy = groups.flatMap((g) => (g.legacy ? g.members.map((m) => m.declaration.fingerprint) : []));
    const lines = builder.build(alloc, alloc.portions, issueDate, "");
    if (
      legacy.some((f, i) => f !== "" && f !== (lines[i] ? builder.legacyFingerprint(d, lines[i].line) : ""))
    )
      names.add("the rows behind it");
    if (names.size > 0) findings.push(stale(d, groups, numbers, [...names], null));
    return null;
  }
  const [head, tail] = splitPortions(alloc.portions, issued);
  // what the books now give the issued quantity, group by group in the order they were issued
  const names = new Set(rowFields);
  let rest = head;
  for (const g of groups) {
    const [mine, after] = g.quantity ? splitPortions(rest, g.quantity) : [rest, []];
    rest = after;
    // the delivery row as it was for this declaration, so the fingerprints tell the rows behind apart
    const then = g.members[0]?.fields ?? undefined;
    const now = builder.build(alloc, mine, issueDate, "", then).map((b) => b.declaration);
    for (const n of changedLines(g, now)) names.add(n);
    if (names.size === 0 && g.legacy) {
      // an older register's fingerprint still included the row's SD number
      const legacy = g.members.map((m) => m.declaration.fingerprint);
      const lines = builder.build(alloc, mine, issueDate, "");
      const same = lines.every(
        (b, i) => legacy[i] === builder.legacyFingerprint(d, b.line) || legacy[i] === "",
      );
      if (!same) names.add("the rows behind it");
    } else if (names.size === 0 && rowsChanged(g, now)) names.add("the incoming rows behind it");
  }
  const cmp = alloc.quantity.comparedTo(issued);
  if (cmp < 0) {
    for (const g of groups)
      findings.push(correction(g, d, "less", { now: toText(alloc.quantity), issued: toText(issued) }));
    return null;
  }
  if (cmp > 0) names.add("quantity");
  if (names.size > 0) {
    const extra = cmp > 0 ? { extra: toText(alloc.quantity.minus(issued)), unit: alloc.unit } : null;
    findings.push(stale(d, groups, numbers, [...names], extra));
  }
  return cmp > 0 ? tail : null;
}

function stale(
  d: Delivery,
  groups: Group[],
  numbers: string,
  fields: string[],
  extra: { extra: string; unit: string } | null,
): Finding {
  return finding(
    "declaration-stale",
    "warning",
    cellOf(d.source, "quantity"),
    {
      number: numbers,
      fields: fields.join(", "),
      extra: extra ? `${extra.extra} ${extra.unit}` : null,
      reason: null,
    },
    groups.flatMap((g) => g.members.map((m) => cellOf(m.entry.source, "fingerprint", "number"))),
  );
}

function correction(
  g: Group,
  d: Delivery | undefined,
  why: "less" | "gone",
  q: { now: string; issued: string } | null,
): Finding {
  const first = g.members[0];
  const at = d ? cellOf(d.source, "quantity") : first ? cellOf(first.entry.source, "number") : undefined;
  const f = finding(
    "declaration-needs-correction",
    "error",
    at,
    {
      number: g.members.map((m) => m.declaration.number).join(", "),
      cancel: g.stem,
      declaration: describeGroup(g),
      why,
      now: q?.now ?? null,
      issued: q?.issued ?? null,
      unit: g.unit,
    },
    d && first ? [cellOf(first.entry.source, "number")] : [],
  );
  f.reach = reachOf(g, d);
  return f;
}

/** A number typed on the row that the register does not hold: issued outside, recorded as the books show it now. */
function firstSight(
  d: Delivery,
  alloc: Allocation,
  builder: LineBuilder,
  issueDate: string,
  findings: Finding[],
): Declaration[] {
  const lines = builder.build(alloc, alloc.portions, issueDate, d.sdNumber);
  const numbers = splitNumbers(d.sdNumber, lines.length);
  ghgGaps(lines, d, findings);
  return lines.map((b, i) => {
    const x = b.declaration;
    x.number = numbers[i] ?? `${d.sdNumber}-${i + 1}`;
    x.status = "issued";
    setMeta(x, { fields: deliveryFields(d), stem: d.sdNumber, anchor: "", onRow: true, record: "" });
    return x;
  });
}

/** ghg-missing: an ISCC EU line without GHG values for part of its quantity (a warning at the inputs). */
function ghgGaps(lines: BuiltLine[], d: Delivery, findings: Finding[]): void {
  for (const { line, gap } of lines) {
    if (gap.missing.isZero() || line.account.id.scheme !== "ISCC EU") continue;
    findings.push(
      finding(
        "ghg-missing",
        "warning",
        cellOf(d.source, "quantity"),
        {
          product: line.account.id.product,
          quantity: toText(gap.missing),
          unit: line.account.unit,
          inputs: [...new Set(gap.from.map((p) => p.batch.origins.map((o) => o.sd).join(", ")))].join("; "),
        },
        gap.from.map((p) => cellOf(p.batch.source, "ghg.total", "ghgTotal", "sdNumber", "outputQuantity")),
      ),
    );
  }
}
