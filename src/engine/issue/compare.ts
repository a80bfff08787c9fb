// What changed since a declaration was issued (domain.md §8, declaration-stale): the delivery row's
// fields, and what the books now give the same quantity (characteristics, incoming SDs, GHG values,
// parties), named the way the user knows them; and the findings that say so: declaration-stale, and
// declaration-needs-correction where the books now give less than was issued, or nothing.
import type { Allocation } from "../book/book";
import { fieldName } from "../catalogue/wording-engine";
import { splitPortions } from "../declaration-lines";
import { deliveryFields, type LineBuilder } from "../declarations";
import { cellOf, finding } from "../findings";
import { ghgUnitKey } from "../ghg-units";
import { type Dec, toText } from "../quantity";
import type { Delivery } from "../records";
import type { Declaration, Finding, GhgValues, Reach } from "../result";
import { cellAt } from "../source-cells";
import { describeGroup, type Group } from "./bind";

/** Fields of the row that are not the delivery's content, or that the add-in writes itself. */
const NOT_CONTENT = new Set(["sdNumber", "source"]);

/**
 * A declaration's GHG values as compared between then and now: the unit by what it means
 * (ghg-units.ts ghgUnitKey), so that "kg CO2e/t" retyped as "kg CO2eq/t" is no change, while a
 * value per dry tonne is never the same as one per tonne as delivered (p-drymass).
 */
const byMeaning = (g: GhgValues): GhgValues => ({ ...g, unit: ghgUnitKey(g.unit) });

const LINE_PARTS: [string, (d: Declaration) => unknown][] = [
  ["product", (d) => d.product],
  ["characteristics (raw material, origin, claim, waste status, Annex IX)", (d) => d.characteristics],
  ["incoming SDs", (d) => d.inputs.map((i) => [i.sd, i.quantity])],
  ["GHG values", (d) => d.ghg.map(byMeaning)],
  ["installation start date", (d) => d.installationStartDate],
  ["energy content", (d) => d.energyContent],
  ["own company details (name, address, certificate)", (d) => d.supplier],
  ["dispatch address", (d) => d.dispatchAddress],
  ["receiving point", (d) => d.receivingAddress ?? ""],
];

/** The delivery row's fields that differ from those it had when the group was issued. */
export function changedRowFields(g: Group, now: Record<string, unknown>): string[] {
  const then = g.members[0]?.fields;
  if (!then) return [];
  const names: string[] = [];
  const unread = new Set(unreadFields(now));
  for (const key of new Set([...Object.keys(then), ...Object.keys(now)])) {
    if (NOT_CONTENT.has(key) || key === "unreadable" || unread.has(key)) continue;
    if (!same(then[key], now[key])) names.push(key === "ghg" ? "GHG values" : fieldName(key));
  }
  return names;
}

/** The fields of a delivery row whose cells could not be read (model.ts Base.unreadable). */
export const unreadFields = (fields: Record<string, unknown>): string[] =>
  Array.isArray(fields.unreadable) ? fields.unreadable.filter((f): f is string => typeof f === "string") : [];

/** "B5 (customer)" for each field of the row that could not be read ("customer cell" where its cell is not known); "" where none. */
function unreadCells(d: Delivery): string {
  return unreadFields(deliveryFields(d))
    .map((f) => {
      const cell = cellAt(d.source, f);
      return cell ? `${cell} (${fieldName(f)})` : `${fieldName(f)} cell`;
    })
    .join(", ");
}

/**
 * What the books now give the issued quantity, against what was issued: the parts of the lines
 * that differ, and whether the rows behind them changed at all (the fingerprints).
 */
export function changedLines(g: Group, now: Declaration[]): string[] {
  const then = g.members.map((m) => m.declaration);
  // an older register shows only the incoming SDs and the worst GHG total of what it issued
  const parts: typeof LINE_PARTS = g.legacy
    ? [
        ["incoming SDs", (d) => d.inputs.map((i) => [i.sd, i.quantity])],
        ["GHG values", (d) => worstTotal(d)],
      ]
    : LINE_PARTS;
  const names: string[] = [];
  if (then.length !== now.length) names.push("characteristic sets drawn on");
  for (const [name, part] of parts) {
    if (then.length !== now.length && name !== "incoming SDs") continue;
    if (!same(then.map(part), now.map(part))) names.push(name);
  }
  return names;
}

/** Deep equality of plain data, a blank (undefined) field the same as a missing one. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((x, i) => same(x, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (x[k] !== undefined && !same(x[k], y[k])) return false;
  for (const k in y) if (y[k] !== undefined && x[k] === undefined) return false;
  return true;
}

/**
 * The worst GHG total of a declaration, as compared between then and now: the highest total when
 * its values share one unit, else the highest of each unit with its unit (never compared across).
 * Units are told apart by what they mean (ghg-units.ts ghgUnitKey: kg CO2e/t is kg CO2eq/t, per
 * dry tonne is not per tonne as delivered), each named by the first spelling met (blank: per MJ).
 */
function worstTotal(d: Declaration): string {
  const byUnit = new Map<string, { best: number; text: string; unit: string }>();
  for (const v of d.ghg) {
    const n = Number(v.total);
    const key = ghgUnitKey(v.unit);
    const known = byUnit.get(key);
    const unit = known?.unit ?? (key === "MJ" ? "g CO2eq/MJ" : (v.unit as string));
    if (!known || n > known.best) byUnit.set(key, { best: n, text: v.total, unit });
  }
  if (byUnit.size <= 1) return [...byUnit.values()][0]?.text ?? "";
  return [...byUnit.values()]
    .map((w) => `${w.text} ${w.unit}`)
    .sort()
    .join("; ");
}

/** True when the fingerprints of the rows behind the lines differ. */
export function rowsChanged(g: Group, now: Declaration[]): boolean {
  const then = g.members.map((m) => m.declaration.fingerprint);
  if (then.some((f) => f === "")) return false;
  return then.length !== now.length || then.some((f, i) => f !== now[i]?.fingerprint);
}

/** The quantity of a delivery beyond what its issued declarations cover, in the account's unit. */
export interface Extra {
  /** the credit the books give that quantity (less than `quantity` where the allocation failed) */
  portions: Allocation["portions"];
  /** how much more the delivery is than was issued */
  quantity: Dec;
}

/**
 * An issued delivery against what it was: stale fields, a correction when less is delivered now,
 * and any extra quantity with the portions behind it, which a declaration of its own must cover.
 */
export function compareIssued(
  d: Delivery,
  alloc: Allocation,
  groups: Group[],
  builder: LineBuilder,
  issueDate: string,
  findings: Finding[],
): Extra | null {
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
    if (names.size > 0 || unreadCells(d)) findings.push(stale(d, groups, numbers, [...names], null));
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
  if (names.size > 0 || unreadCells(d)) {
    const extra = cmp > 0 ? { extra: toText(alloc.quantity.minus(issued)), unit: alloc.unit } : null;
    findings.push(stale(d, groups, numbers, [...names], extra));
  }
  return cmp > 0 ? { portions: tail, quantity: alloc.quantity.minus(issued) } : null;
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
      ...(extra ?? { extra: null }),
      unread: unreadCells(d) || null,
    },
    groups.flatMap((g) => g.members.map((m) => cellOf(m.entry.source, "fingerprint", "number"))),
  );
}

export function correction(
  g: Group,
  d: Delivery | undefined,
  why: "less" | "gone" | "unreadable" | "other" | "inputs",
  q: { now: string; issued: string } | null,
  unread?: { cells: string; row?: string; sure: boolean; named?: boolean },
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
      ...unread,
    },
    d && first ? [cellOf(first.entry.source, "number")] : [],
  );
  f.reach = reachOf(g, d);
  return f;
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
