// Stage 5, declarations (domain.md §8): the register read back, each issued declaration bound to its
// delivery by content, what changed since it was issued, and the declarations the books call for now
// (candidates: a delivery not yet declared, or the extra quantity of one declared before), numbered by decide.ts.
import type { Allocation } from "../book/book";
import type { AllocationTable } from "../book/allocation";
import type { IssuedDraws, Unmet } from "../book/held";
import { type BuiltLine, LineBuilder } from "../declarations";
import { cellOf, finding } from "../findings";
import type { Cancellation } from "../model";
import { numberKey } from "../normalise";
import type { RuleProfile } from "../profile";
import { toText } from "../quantity";
import type { Books, Delivery } from "../records";
import type { Declaration, Finding } from "../result";
import { bind, type Group, groupEntries } from "./bind";
import { compareIssued, correction, type Extra } from "./compare";
import { Elsewhere } from "./elsewhere";
import { type Frozen, readEntry } from "./record";
import { setMeta } from "./meta";
import { goneOrUnread, type UnreadRows } from "./unread-row";
import { outsideIssue, type OutsideIssue } from "./outside";
import { inventedFindings, isInvented } from "./invented";
import { ghgGaps, unsupported } from "./ghg-gaps";
import type { RepeatFinding } from "./retyped";

export interface StageOptions {
  /** YYYY-MM-DD issue date of new declarations; else the settings' issue date, else the delivery date */
  today?: string;
  /** produce candidates for new declarations (Declare); Check only reads the register */
  declare: boolean;
  /** withdrawals the user asked for in this run */
  cancel: readonly Cancellation[];
  /** sheets with an SD number column (the add-in writes a new number into a blank cell of it) */
  sdColumns: ReadonlySet<string>;
  /** builds duplicate-sd for a number retyped in another spelling (retyped.ts; rules/duplicate-sd.ts) */
  repeat: RepeatFinding;
  /** the cells the host refused, by row: what tells a row with a refused cell from one gone */
  unread?: UnreadRows;
  /** the deliveries whose issued declarations cite credit the books no longer give them (book/held.ts) */
  unmet?: IssuedDraws["unmet"];
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
  /** the register's declarations (issued, cancelled, replaced) in its order, plus what outside numbers' rows would be declared as (listed only where held back, outside.ts) */
  entries: Declaration[];
  candidates: Candidate[];
  /**
   * the rows whose number no register holds: each is read as issued outside massbal (nothing of it
   * listed or recorded), unless decide.ts holds it back for a repeated number (duplicate-sd, SD-01)
   */
  outside: OutsideIssue[];
  /** every delivery booked as sustainable (decide.ts: an error at one of them holds back its own) */
  allocations: AllocationTable;
  /**
   * (Declare) the extra quantity of issued deliveries whose credit falls short (Allocation.failed):
   * no candidate, but listed held back as a new delivery without credit is (unbacked.ts)
   */
  shortTopUps: ShortTopUp[];
}

/** A top-up (the quantity beyond what was issued) of a delivery whose credit falls short. */
export interface ShortTopUp {
  alloc: Allocation;
  extra: Extra;
  /** the number the row carries, else the issued declaration's */
  anchor: string;
  issueDate: string;
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
  allocations: AllocationTable,
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
          ...f.unreadable,
        }),
      );
    }
  }
  const groups = groupEntries(frozen);
  const binding = bind(groups, books.deliveries, options.repeat);
  findings.push(...binding.findings, ...inventedFindings(groups));
  const builder = new LineBuilder(books, profile);
  const elsewhere = new Elsewhere(books.deliveries);
  // the deliveries still allocated, asked for only of deliveries the register binds
  const allocated = new Set<Delivery>();
  if (binding.groups.size > 0)
    for (let i = 0; i < allocations.length; i++) allocated.add(allocations.at(i).delivery);
  const entries: Declaration[] = frozen.map((f) => f.declaration);
  const candidates: Candidate[] = [];
  const outside: OutsideIssue[] = [];
  const shortTopUps: ShortTopUp[] = [];

  // a position is not what was issued: only a declaration whose delivery is found points at a row
  const issuedRow = new Map(frozen.map((f) => [f.declaration, f.declaration.delivery.row]));
  for (const f of frozen) f.declaration.delivery = { sheet: f.declaration.delivery.sheet, row: 0, cells: {} };
  for (const [d, list] of binding.groups) {
    for (const g of list) for (const m of g.members) m.declaration.delivery = d.source;
    if (allocated.has(d)) continue;
    // bound, but no longer a sustainable delivery in the books
    for (const g of list.filter((x) => x.active)) findings.push(goneOrUnread(g, d, options.unread));
  }
  for (const g of binding.orphans) findings.push(goneOrUnread(g, undefined, options.unread, issuedRow));

  // an indexed loop, no lists made for a delivery the register does not know (rules/rule.ts perGhgSet)
  for (let i = 0; i < allocations.length; i++) {
    const alloc = allocations.at(i);
    const d = alloc.delivery;
    const issueDate = options.today ?? profile.issueDate ?? d.date;
    const bound = binding.groups.get(d) ?? NO_GROUPS;
    if (binding.held.has(d)) {
      // a number on several rows that no declaration of the register binds: each row is listed,
      // held back by the finding at its SD cell, rather than left out of the declarations
      if (d.sdNumber === "" || bound.length > 0) continue;
      const issue = outsideIssue(d, alloc, builder, issueDate, true);
      entries.push(...issue.declarations);
      outside.push(issue);
      continue;
    }
    const active = bound.length === 0 ? NO_GROUPS : bound.filter((g) => g.active);
    unsupported(d, alloc, findings);
    if (active.length > 0) {
      const moved = elsewhere.check(d, active, findings); // issued for another delivery (elsewhere.ts)
      const extra = moved ? null : compareIssued(d, alloc, active, builder, issueDate, findings);
      const unmet = options.unmet?.get(d);
      if (unmet && !moved && active[0]) findings.push(unmetFinding(active[0], d, unmet.list, alloc.unit));
      const anchor = d.sdNumber || active[0]?.stem || "";
      if (extra && options.declare && alloc.failed) shortTopUps.push({ alloc, extra, anchor, issueDate });
      else if (extra && options.declare) {
        const lines = builder.build(alloc, extra.portions, issueDate, anchor);
        ghgGaps(lines, d, findings, books.layout);
        if (lines.length > 0)
          candidates.push({ alloc, lines, anchor, onRow: d.sdNumber !== "", replaces: [], issueDate });
      }
      continue;
    }
    // (p-folder) an invented line withdrawn leaves the typed number what it is: issued outside
    if (binding.outside.has(d) || (d.sdNumber !== "" && bound.length > 0 && bound.every(isInvented))) {
      // a number no register holds: issued outside massbal, nothing of it recorded (outside.ts)
      const issue = outsideIssue(d, alloc, builder, issueDate, false);
      entries.push(...issue.declarations);
      outside.push(issue);
      continue;
    }
    if (alloc.failed || !options.declare) continue;
    const lines = builder.build(alloc, alloc.portions, issueDate, d.sdNumber);
    if (lines.length === 0) continue;
    ghgGaps(lines, d, findings, books.layout);
    const replaces = bound.filter(
      (g) => !g.active && g.members.every((m) => !m.declaration.correction?.replacedBy),
    );
    const onRow = d.sdNumber !== "" || options.sdColumns.has(d.source.sheet);
    candidates.push({ alloc, lines, anchor: d.sdNumber, onRow, replaces, issueDate });
  }
  return { value: { entries, candidates, outside, allocations, shortTopUps }, findings };
}

/** What a delivery the register does not know is bound to: one shared, frozen empty list. */
const NO_GROUPS = Object.freeze([]) as unknown as Group[];

/** declaration-needs-correction (why inputs): what an issued declaration cites that the books no longer give it. */
function unmetFinding(g: Group, d: Delivery, list: readonly Unmet[], unit: string): Finding {
  const cells = list.map(
    (u) => `${u.sd}: ${toText(u.cited)} ${unit} cited, ${toText(u.drawn)} ${unit} there`,
  );
  return correction(g, d, "inputs", null, { cells: cells.join("; "), sure: true });
}
