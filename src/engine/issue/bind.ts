// Which delivery each issued declaration belongs to (domain.md §8): by the SD number on the
// delivery's row, else by what the delivery is (date, customer, product, quantity, site), never by
// the row's position. Inserting, deleting or sorting rows therefore moves no number; a declaration
// whose delivery changed in one of those values still finds it when exactly one delivery fits.
// Where more than one could be meant, nothing is guessed: a finding asks for the number on the row.
import { cellOf, finding } from "../findings";
import { numberKey } from "../normalise";
import { partOf } from "../numbering";
import { parseDecimal, ZERO } from "../quantity";
import type { Delivery } from "../records";
import type { Finding } from "../result";
import { add, atIssuedRow, IdentityIndex, inIssuedOrder, score } from "./identity";
import { type RepeatFinding, retypedRows } from "./retyped";
import type { Frozen, Group } from "./frozen";

export type { Group } from "./frozen";

export interface Binding {
  /** the groups bound to each delivery, active and withdrawn */
  groups: Map<Delivery, Group[]>;
  /** active groups no delivery could be found for */
  orphans: Group[];
  /** active groups that more than one delivery could be (a finding names the candidates) */
  unclear: Set<Group>;
  /** rows that may take no declaration now: their number is another row's, or they may be an unclear group's */
  held: Set<Delivery>;
  /** deliveries whose row names a number the register does not know (issued outside the add-in) */
  outside: Set<Delivery>;
  findings: Finding[];
}

/** The register's entries grouped by the issue they belong to, in register order. */
export function groupEntries(entries: readonly Frozen[]): Group[] {
  const byStem = new Map<string, Group>();
  for (const f of entries) {
    const key = numberKey(f.stem);
    let g = byStem.get(key);
    if (!g) {
      g = {
        stem: f.stem,
        anchor: f.anchor,
        members: [],
        active: false,
        identity: f.identity,
        legacy: f.fields === null,
        onRow: false,
        quantity: ZERO,
        unit: f.declaration.unit,
      };
      byStem.set(key, g);
    }
    g.members.push(f);
    if (f.onRow) g.onRow = true;
    if (f.declaration.status === "issued") g.active = true;
    const q = parseDecimal(f.declaration.quantity);
    g.quantity = q && g.quantity && f.declaration.unit === g.unit ? g.quantity.plus(q) : null;
  }
  return [...byStem.values()];
}

/** The numbers a delivery row names: "SD-1", or several as "SD-1; SD-2". */
export function rowNumbers(d: Delivery): string[] {
  if (d.sdNumber === "") return [];
  return d.sdNumber
    .split(/[;,\n]+/)
    .map(numberKey)
    .filter((k) => k !== "");
}

/** Describes a group for a finding: "SD-2025-0003 (50 t Rapeseed oil to Fuel AG, dispatched 2025-03-01)". */
export function describeGroup(g: Group): string {
  const d = g.members[0]?.declaration;
  const numbers = g.members.map((m) => m.declaration.number).join(", ");
  if (!d) return numbers;
  const qty = g.quantity ? `${g.quantity.toFixed()} ${g.unit} ` : "";
  return `${numbers} (${qty}${d.product} to ${d.recipient.name || "?"}, dispatched ${d.dispatchDate || "?"})`;
}

/**
 * Binds the register's groups to the deliveries. Active groups are bound first; withdrawn ones
 * only to link a replacement. Deliveries are the booked rows, sustainable or not. `repeat` builds
 * the duplicate-sd of a row whose number is the register's in another spelling (retyped.ts).
 */
export function bind(
  groups: readonly Group[],
  deliveries: readonly Delivery[],
  repeat: RepeatFinding,
): Binding {
  const result: Binding = {
    groups: new Map(),
    orphans: [],
    unclear: new Set(),
    held: new Set(),
    outside: new Set(),
    findings: [],
  };
  const bound = new Map<Group, Delivery>();
  const take = (g: Group, d: Delivery) => {
    bound.set(g, d);
    add(result.groups, d, g);
  };

  // 1. by the number on the row: the declaration's own, its base, or the row's earlier number
  const byNumber = new Map<string, Group[]>();
  for (const g of groups) {
    const keys = new Set([numberKey(g.stem), ...g.members.map((m) => numberKey(m.declaration.number))]);
    if (g.anchor) keys.add(numberKey(g.anchor));
    // (p-hold) a typed register's part ("4711-1", "4711/1", "4711 a") is found by its stem on the row
    // too: the row keeps its number, not recorded again as issued outside (numbering.ts partOf)
    if (g.legacy) for (const m of g.members) addStem(keys, m.declaration.number);
    for (const k of keys) add(byNumber, k, g);
  }
  const claims = new Map<Group, Delivery[]>();
  const outsideRows = new Map<string, Delivery[]>();
  // an indexed loop over the rows that carry a number: run once over 100,000 deliveries, mostly
  // before it is optimised (rules/rule.ts perGhgSet)
  for (let i = 0; i < deliveries.length; i++) {
    const d = deliveries[i] as Delivery;
    if (d.sdNumber === "") continue;
    const keys = rowNumbers(d);
    let known = false;
    for (const k of keys) {
      const list = byNumber.get(k);
      if (!list) continue;
      known = true;
      for (const g of list) if (!claims.get(g)?.includes(d)) add(claims, g, d);
    }
    if (!known && keys.length > 0) add(outsideRows, keys.join(";"), d);
  }
  for (const [g, rows] of claims) {
    if (rows.length === 1) {
      take(g, rows[0] as Delivery);
      continue;
    }
    // one number on several rows: the row that is what was issued keeps it, if exactly one is
    const best = Math.max(...rows.map((d) => score(g, d)));
    const winners = rows.filter((d) => score(g, d) === best);
    if (winners.length === 1) take(g, winners[0] as Delivery);
    for (const d of rows) {
      if (winners.length === 1 && d === winners[0]) continue;
      if (!g.active) continue;
      result.held.add(d);
      result.findings.push(duplicateFinding(d, g.stem, rows, winners.length === 1 ? winners[0] : undefined));
    }
    if (winners.length !== 1 && g.active) result.unclear.add(g);
  }
  // (p-hold) a row whose number is the register's in another spelling is not issued outside again
  const single = [...outsideRows.values()].flatMap((rows) => (rows.length === 1 ? rows : []));
  const retyped = retypedRows(
    single.length === 0 ? [] : groups.filter((g) => g.active && !claims.has(g)),
    single,
    repeat,
  );
  const met = new Set<Delivery>();
  for (const [g, d] of retyped.take) {
    take(g, d);
    met.add(d);
  }
  for (const [d, f] of retyped.refused) {
    result.held.add(d);
    result.findings.push(f);
    met.add(d);
  }
  for (const rows of outsideRows.values()) {
    if (rows.length === 1) {
      if (!met.has(rows[0] as Delivery)) result.outside.add(rows[0] as Delivery);
      continue;
    }
    for (const d of rows) {
      result.held.add(d);
      result.findings.push(duplicateFinding(d, d.sdNumber, rows, undefined));
    }
  }

  // a later declaration of a delivery names the number its row had (its anchor): they stay together
  const family = new Map<string, Group[]>();
  for (const g of groups) {
    add(family, numberKey(g.stem), g);
    if (g.anchor) add(family, numberKey(g.anchor), g);
  }
  const kinOf = (g: Group) => [
    ...(family.get(numberKey(g.stem)) ?? []),
    ...(g.anchor ? (family.get(numberKey(g.anchor)) ?? []) : []),
  ];
  /** Binds the kin of the given bound groups to the same delivery, and theirs in turn. */
  const propagate = (from: Group[]) => {
    const queue = [...from];
    for (let g = queue.pop(); g; g = queue.pop()) {
      const d = bound.get(g);
      if (!d) continue;
      for (const k of kinOf(g)) {
        if (bound.has(k) || (claims.has(k) && !result.unclear.has(k))) continue;
        take(k, d);
        queue.push(k);
      }
    }
  };
  propagate([...bound.keys()]);

  // 2. by what the delivery is, for rows without a number and groups no row names. Indexed by the
  // five values, and by each four of them, so 100,000 rows are matched without comparing all pairs.
  const named = new Set(claims.keys());
  // (with no register, no group is left to match: the rows are not indexed)
  const free = groups.length === 0 ? [] : deliveries.filter((d) => d.sdNumber === "" && !result.held.has(d));
  const index = new IdentityIndex(free);
  const taken = new Set<Delivery>();
  for (const active of [true, false]) {
    // a declaration whose number is on its row is that row's: a row without it is another delivery
    const open = groups.filter((g) => g.active === active && !g.onRow && !bound.has(g) && !named.has(g));
    // exactly the same delivery: identical ones are interchangeable, paired in order
    for (const g of open) {
      if (bound.has(g)) continue;
      const d = atIssuedRow(g, index.exact(g), taken);
      if (d) {
        take(g, d);
        taken.add(d);
        propagate([g]);
      }
    }
    // one value changed: only where exactly one delivery and one declaration fit each other
    const left = open.filter((g) => !bound.has(g));
    const candidates = new Map<Group, Delivery[]>();
    const suitors = new Map<Delivery, Group[]>();
    for (const g of left) {
      for (const d of index.near(g)) {
        if (taken.has(d)) continue;
        add(candidates, g, d);
        add(suitors, d, g);
      }
    }
    for (const g of left) {
      const list = candidates.get(g) ?? [];
      const only = list.length === 1 ? list[0] : undefined;
      if (bound.has(g)) continue;
      if (only && !taken.has(only) && (suitors.get(only) ?? []).length === 1) {
        take(g, only);
        taken.add(only);
        propagate([g]);
      } else if (list.length > 0 && active) {
        result.unclear.add(g);
        for (const d of list) {
          result.held.add(d);
          result.findings.push(unclearFinding(d, g));
        }
      }
    }
  }
  // rows that cannot be told apart take the declarations found for them in the order issued
  inIssuedOrder(result.groups, taken);
  for (const g of groups) if (g.active && !bound.has(g) && !result.unclear.has(g)) result.orphans.push(g);
  return result;
}

/** Adds the stem a typed part number reads as (numbering.ts partOf), if it reads as one. */
function addStem(keys: Set<string>, number: string): void {
  const part = partOf(number);
  if (part) keys.add(numberKey(part.stem));
}

function duplicateFinding(
  d: Delivery,
  number: string,
  rows: Delivery[],
  owner: Delivery | undefined,
): Finding {
  const others = rows.filter((x) => x !== d).map((x) => `${x.source.sheet} row ${x.source.row}`);
  return finding(
    "declaration-number-duplicate",
    "error",
    cellOf(d.source, "sdNumber", "quantity"),
    {
      number,
      others: others.join(", "),
      owner: owner ? `${owner.source.sheet} row ${owner.source.row}` : null,
    },
    rows.filter((x) => x !== d).map((x) => cellOf(x.source, "sdNumber", "quantity")),
  );
}

function unclearFinding(d: Delivery, g: Group): Finding {
  const first = g.members[0];
  return finding(
    "declaration-ambiguous",
    "error",
    cellOf(d.source, "quantity"),
    { declaration: describeGroup(g), number: g.stem },
    first ? [cellOf(first.entry.source, "number")] : [],
  );
}
