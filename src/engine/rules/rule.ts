// A rule: everything that reports one finding code (style.md: beancount's one validation
// registry). It may look at three things, each at its own point of the pipeline: the rows before
// booking (`records`), what the booking observed (`facts`, book/facts.ts), and each declaration the
// books call for before it is issued (`declaration`, or `declarations` for a cause they share). One
// file per code; the registry is index.ts.
import type { Fact, FactKind } from "../book/facts";
import type { CertificateGap } from "../catalogue/details-receipts";
import type { Incompleteness } from "../book/incomplete";
import type { Candidate } from "../issue/stage";
import type { RuleProfile } from "../profile";
import { type Books, GHG_COMPONENTS, type Ghg, type Receipt } from "../records";
import type { AccountKey, Finding, FindingCode } from "../result";
import type { CellRef, Source } from "../model";
import type { OutgoingContext } from "./declaration";

/**
 * Sets a receipt aside as giving no credit (domain.md §4, §7): its material stays physical stock
 * only. `reason` is short ("certificate expired") and shows in the MB Ledger; the rule's own
 * finding says the receipt gives no credit. `unknownAt`, the cell of that finding, where the
 * credit is not known to be none but rests on a value that could not be read (a register status
 * not understood, an installation date not given): the receipt's account is then incomplete.
 */
export type Reject = (receipt: Receipt, reason: string, unknownAt?: CellRef) => void;

/** What a rule reading the booking's facts knows beside the fact. */
export interface FactContext {
  profile: RuleProfile;
  /** accounts fed by input the workbook could not read (domain.md §4): no non-conformity there */
  incomplete: Incompleteness;
}

/** The finding a fact of kind K gives, or null when this rule does not report it. */
export type FactRules = {
  [K in FactKind]?: (fact: Extract<Fact, { kind: K }>, ctx: FactContext) => Finding | null;
};

export interface Rule<C extends FindingCode = FindingCode> {
  /** the one code this rule reports; no other rule reports it (tests/engine/rules/registry.test.ts) */
  code: C;
  /** before booking: the rows; may set a receipt aside as giving no credit */
  records?: (books: Books, profile: RuleProfile, reject: Reject) => Finding[];
  /** after booking: the facts of the kinds it names */
  facts?: FactRules;
  /** before issue: one declaration the books call for (domain.md §8); holds back only its own */
  declaration?: (candidate: Candidate, ctx: OutgoingContext) => Finding[];
  /**
   * before issue: all the declarations the books call for at once, for a cause they share that is
   * said once (its Finding.reach names each declaration it holds back), not once per declaration
   */
  declarations?: (candidates: readonly Candidate[], ctx: OutgoingContext) => Finding[];
}

/**
 * The findings of one judgement of GHG sets, for every record that carries a set (receipts,
 * deliveries, production, transfers, each in row order): `judge` says what is wrong with a set
 * (null: nothing), `report` makes the finding at a row. Rows share their GHG set (intake reads one
 * per distinct set per run), so each set is judged once per call and a row costs one lookup.
 */
export function perGhgSet<T>(
  books: Books,
  judge: (ghg: Ghg) => T | null,
  report: (verdict: T, ghg: Ghg, source: Source) => Finding,
): Finding[] {
  const findings: Finding[] = [];
  const verdicts = new Map<Ghg, T | null>();
  const lists: readonly (readonly { ghg: Ghg | null; source: Source }[])[] = [
    books.receipts,
    books.deliveries,
    books.production,
    books.transfers,
  ];
  // indexed loops: a loop run once over 100,000 rows runs mostly before it is optimised, where
  // `for…of` allocates an iterator result per row (the collector's work; bench/RESULTS.md round 6)
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l] as (typeof lists)[number];
    for (let i = 0; i < list.length; i++) {
      const r = list[i] as (typeof list)[number];
      const ghg = r.ghg;
      if (!ghg) continue;
      let verdict = verdicts.get(ghg);
      if (verdict === undefined) verdicts.set(ghg, (verdict = judge(ghg)));
      if (verdict !== null) findings.push(report(verdict, ghg, r.source));
    }
  }
  return findings;
}

export function ghgCell(source: Source, field: string): string[] {
  const cap = field.charAt(0).toUpperCase() + field.slice(1);
  return [`ghg.${field}`, `ghg${cap}`, field];
}

/**
 * The cells that hold a row's GHG values, best first: the total, else the components (a row that
 * gives only components is pointed at them, never at its date; issue 13 break-test #17).
 */
export const GHG_VALUE_CELLS: readonly string[] = [
  ...ghgCell({ sheet: "", row: 0, cells: {} }, "total"),
  ...GHG_COMPONENTS.map((c) => `ghg.${c}`),
];

/** The register's status text, only where the reason's wording names it ("not valid", "unknown status"). */
export function statusOf(gap: { reason: CertificateGap; statusText: string }): { statusText?: string } {
  return gap.reason === "not valid" || gap.reason === "unknown status" ? { statusText: gap.statusText } : {};
}

/** An account as a finding names it: "Rapeseed oil (ISCC EU, site Hamburg, rapeseed, origin DE, …)". */
export function accountLabel(id: AccountKey): string {
  const c = id.characteristics;
  const bits = [
    id.scheme,
    id.site && `site ${id.site}`,
    c.rawMaterial,
    c.countryOfOrigin && `origin ${c.countryOfOrigin}`,
    c.claim,
  ];
  return `${id.product} (${bits.filter((b) => b).join(", ")})`;
}
