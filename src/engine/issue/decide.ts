// The one place a declaration's status is decided (domain.md §8): once every finding is known, the
// host's and the engine's, each error holds back the declarations in its reach (reach.ts); the rest
// are issued and only they take a number. Held-back declarations are blocked, or drafts when the
// user asked for drafts: neither takes a number, so printing drafts again and again uses none up.
// A number typed outside the add-in that repeats an earlier delivery's is held back too (outside.ts).
import type { CellRef, Ledger } from "../model";
import { numberKey } from "../normalise";
import { Numbering } from "../numbering";
import type { RuleProfile } from "../profile";
import { Locator, ReachIndex, targetOf } from "../reach";
import type { Books, Delivery } from "../records";
import type { Balance, Declaration, Finding, FindingRef } from "../result";
import { cellOf } from "../findings";
import { deliveryFields } from "../declarations";
import { setMeta } from "./meta";
import { settleOutside } from "./outside";
import { type Unbacked, unbackedOf } from "./unbacked";
import type { Candidate, Register } from "./stage";
import { linkReplacements } from "./replaces";
import { RefusedDeliveries } from "./refused-reach";

export interface DecideOptions {
  /** write held-back declarations as drafts */
  draft: boolean;
  /** a Declare run: the deliveries whose credit falls short are listed held back (unbacked.ts) */
  declare?: boolean;
  /** the run's issue date of new declarations, where the host gave one (StageOptions.today) */
  today?: string;
  /** every account's balance per period: tells what an undeclared delivery's error holds back (refused-reach.ts) */
  balances?: readonly Balance[];
}

function refOf(f: Finding): FindingRef {
  const ref: FindingRef = { code: f.code, message: f.message };
  if (f.sheet) ref.sheet = f.sheet;
  if (f.cell) ref.cell = f.cell;
  return ref;
}

/**
 * Gives each candidate its status (new, blocked or draft), numbers the new ones in the order the
 * books list them, links the withdrawn declarations they replace, and notes on every error which
 * declarations it holds back. Returns the register after this run, and the findings deciding
 * adds (declaration-issued-outside, outside.ts).
 */
export function decide(
  register: Register,
  findings: Finding[],
  ledger: Ledger,
  books: Books,
  profile: RuleProfile,
  options: DecideOptions,
): { declarations: Declaration[]; findings: Finding[] } {
  const unbacked = options.declare ? unbackedOf(register, books, profile, options.today) : [];
  const candidates = unbacked.length === 0 ? register.candidates : inOrder(register, unbacked);
  const lacking = new Map(unbacked.map((u) => [u.candidate, u.declaration]));
  const heldBy = new Map<Candidate, Finding[]>();
  const errors = findings.filter((f) => f.severity === "error");
  if (candidates.length > 0 && errors.length > 0) {
    // what each declaration is reached through, indexed: only worked out when an error exists
    const index = new ReachIndex<Candidate>();
    const receipts = new Map(books.receipts.map((r) => [r.source, r]));
    for (const c of candidates) {
      const lines = c.lines.map((b) => b.line);
      index.add(c, targetOf(c.alloc.delivery, lines, receipts));
    }
    // every delivery booked as sustainable, not only those with a candidate: an error at one whose
    // declaration is held elsewhere (outside.ts) or already issued is about that delivery alone,
    // not the product at its site (which held back every other delivery of it, p-hold)
    const booked = new Set<Delivery>();
    for (let i = 0; i < register.allocations.length; i++) booked.add(register.allocations.at(i).delivery);
    const locator = new Locator(ledger, books, booked, profile);
    const refused = new RefusedDeliveries(books, booked, options.balances ?? []);
    for (const f of errors) {
      const held = index.covered(refused.narrow(f, locator.reachOf(f)));
      if (held.length === 0) continue;
      f.holdsBack = held
        .map((c) => cellOf(c.alloc.delivery.source, "quantity"))
        .filter((x): x is CellRef => !!x);
      for (const c of held) {
        const list = heldBy.get(c);
        if (list) list.push(f);
        else heldBy.set(c, [f]);
      }
    }
  }

  // a number no register holds is issued outside: nothing listed for it, unless an error holds it back
  const settled = settleOutside(register.outside, errors, options.draft ? "draft" : "blocked", refOf);

  const used = new Set(books.usedNumbers);
  const deliveries = books.deliveries;
  for (let i = 0; i < deliveries.length; i++) {
    const sd = (deliveries[i] as Delivery).sdNumber;
    if (sd) used.add(numberKey(sd));
  }
  const numbering = new Numbering(profile.sdPrefix, used);
  const out = register.entries.filter((x) => !settled.unlisted.has(x));
  for (const c of candidates) {
    const held = heldBy.get(c);
    const short = lacking.get(c);
    if (short) {
      // never issued nor printed as a draft: which credit will back it is not known yet
      short.heldBy = (held ?? []).map(refOf);
      out.push(short);
      continue;
    }
    const fields = deliveryFields(c.alloc.delivery);
    if (held) {
      const status = options.draft ? "draft" : "blocked";
      const refs = held.map(refOf);
      for (const b of c.lines) {
        const x = b.declaration;
        x.status = status;
        x.number = "";
        x.rowSd = c.anchor;
        x.heldBy = refs;
        out.push(x);
      }
      continue;
    }
    const numbers = numbering.take(c.issueDate.slice(0, 4), c.lines.length);
    const stem = c.lines.length > 1 ? baseOf(numbers[0] ?? "") : (numbers[0] ?? "");
    c.lines.forEach((b, i) => {
      const x = b.declaration;
      x.status = "new";
      x.number = numbers[i] ?? `${stem}-${i + 1}`;
      x.rowSd = c.anchor || stem;
      setMeta(x, { fields, stem, anchor: c.anchor, onRow: c.onRow, record: "" });
      out.push(x);
    });
    const replacement = numbers.join("; ");
    for (const g of c.replaces) {
      for (const m of g.members) {
        const x = m.declaration;
        if (!x.correction) continue;
        x.correction = { ...x.correction, replacedBy: replacement };
        x.status = "replaced";
      }
    }
  }
  linkReplacements(out);
  return { declarations: out, findings: settled.findings };
}

/** The base of the numbers of a split: splitNumbers adds `-1`, `-2` to it. */
function baseOf(first: string): string {
  return first.endsWith("-1") ? first.slice(0, -2) : first;
}

/** The candidates and the deliveries with too little credit, in the order of the allocations. */
function inOrder(register: Register, unbacked: readonly Unbacked[]): Candidate[] {
  const all = [...register.candidates, ...unbacked.map((u) => u.candidate)];
  // stable: the candidates of one allocation keep their order (its index: views of one are alike)
  return all.sort((a, b) => a.alloc.index - b.alloc.index);
}
