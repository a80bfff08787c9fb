// The sustainable deliveries whose credit falls short (Allocation.failed: a negative balance at the
// period end, linked SDs that cannot back them) need a declaration as much as any other; none can
// be issued, so each is listed held back, with the errors that reach it (decide.ts), rather than
// left out of the declarations: a user or script counting the declarations misses no delivery
// that still needs an SD (docs/massbal.md, declarations[].status "blocked").
import type { Allocation } from "../book/book";
import { LineBuilder } from "../declarations";
import type { RuleProfile } from "../profile";
import type { Books, Delivery } from "../records";
import type { Declaration } from "../result";
import type { Candidate, Register } from "./stage";

/** A delivery with too little credit: the candidate the reach index places, and its one declaration. */
export interface Unbacked {
  candidate: Candidate;
  declaration: Declaration;
}

/**
 * Every failed allocation that no issued declaration of the register stands for (an issued one is
 * listed as issued, and compare.ts says what changed), and the extra quantity of every issued one
 * that grew (Register.shortTopUps: it needs a declaration of its own as a new delivery does), in
 * the order of the allocations. `today` is the run's issue date (else the settings', else the
 * dispatch date), as for the candidates.
 */
export function unbackedOf(
  register: Register,
  books: Books,
  profile: RuleProfile,
  today: string | undefined,
): Unbacked[] {
  const failed: Allocation[] = [];
  for (let i = 0; i < register.allocations.length; i++) {
    const a = register.allocations.at(i);
    if (a.failed) failed.push(a);
  }
  if (failed.length === 0) return [];
  const topUps = new Map(register.shortTopUps.map((t) => [t.alloc.index, t]));
  // bound to an issued declaration, or to a number typed outside (listed as such, outside.ts)
  const standing = new Set(register.entries.filter((x) => x.status === "issued").map((x) => x.delivery));
  for (const o of register.outside) standing.add(o.delivery.source);
  const builder = new LineBuilder(books, profile);
  const out: Unbacked[] = [];
  for (const alloc of failed) {
    const d: Delivery = alloc.delivery;
    const topUp = topUps.get(alloc.index);
    if (topUp) {
      const { extra, anchor, issueDate } = topUp;
      const lines = builder.build(alloc, extra.portions, issueDate, anchor);
      out.push({
        candidate: { alloc, lines, anchor, onRow: false, replaces: [], issueDate },
        declaration: builder.unbacked(alloc, lines, issueDate, anchor, extra.quantity),
      });
      continue;
    }
    if (standing.has(d.source)) continue;
    const issueDate = today ?? profile.issueDate ?? d.date;
    const lines = builder.build(alloc, alloc.portions, issueDate, d.sdNumber);
    out.push({
      candidate: { alloc, lines, anchor: d.sdNumber, onRow: false, replaces: [], issueDate },
      declaration: builder.unbacked(alloc, lines, issueDate, d.sdNumber),
    });
  }
  return out;
}
