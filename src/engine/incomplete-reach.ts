// The reach of input the workbook could not read (Ledger.incomplete): which declarations an
// unreadable sheet holds back.
import { finding } from "./findings";
import type { IncompleteInput } from "./model";
import type { Finding, Reach } from "./result";
import { EVERYTHING } from "./reach";

/**
 * The reach of input the workbook could not read (Ledger.incomplete): the products (at the sites)
 * its rows name, else everything. The finding reading made at its header (header-not-found) is
 * given that reach; where there is none, an `input-incomplete` error says it. Returns the findings
 * to add.
 */
export function incompleteFindings(
  inputs: readonly IncompleteInput[] | undefined,
  findings: Finding[],
): Finding[] {
  const added: Finding[] = [];
  // the first error at each cell, found once: a sheet may leave out many rows
  const errors = new Map<string, Finding>();
  for (const f of findings) {
    if (f.severity !== "error" || f.sheet === undefined || f.cell === undefined) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    if (!errors.has(key)) errors.set(key, f);
  }
  for (const input of Array.isArray(inputs) ? inputs : []) {
    if (!input || typeof input !== "object" || !input.source) continue;
    const texts = (list: unknown): string[] | null =>
      Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : null;
    const products = texts(input.products);
    const sites = texts(input.sites);
    const reach: Reach = products
      ? { products: products.flatMap((product) => (sites ?? [""]).map((site) => ({ site, product }))) }
      : sites
        ? { sites }
        : EVERYTHING;
    const at = errors.get(`${input.source.sheet}\u0000${input.source.cell}`);
    if (at) {
      at.reach ??= reach;
      continue;
    }
    const f = finding("input-incomplete", "error", input.source, {
      kinds: (Array.isArray(input.kinds) ? input.kinds : []).join(", "),
    });
    f.reach = reach;
    added.push(f);
  }
  return added;
}
