// The registry of rules, one file per finding code (style.md: beancount's one validation
// registry). Each rule reads what it needs at its point of the pipeline (rule.ts): the rows before
// booking, what the booking observed after it (book/facts.ts), each declaration before it is
// issued. The codes reported elsewhere, and why, are listed in ELSEWHERE; a test holds the
// catalogue's engine codes to exactly one of the two (tests/engine/rules/registry.test.ts).
import type { Fact, FactKind } from "../book/facts";
import type { Candidate } from "../issue/stage";
import type { CellRef, IncompleteInput } from "../model";
import type { RuleProfile } from "../profile";
import type { Books, Receipt } from "../records";
import type { Finding, FindingCode } from "../result";
import { carryOverExceedsStock } from "./carry-over-exceeds-stock";
import { certificateInvalid } from "./certificate-invalid";
import { certificateHolder } from "./certificate-holder-differs";
import { certificateUnknown } from "./certificate-unknown";
import { certificateScheme } from "./certificate-scheme";
import { claimExceedsInput } from "./claim-exceeds-input";
import { conversionSameProduct } from "./conversion-same-product";
import { declarationIncomplete } from "./declaration-incomplete";
import { deliveryToSelf } from "./delivery-to-self";
import { customerCertificateInvalid } from "./customer-certificate-invalid";
import { ghgUnitsMixed } from "./ghg-units-mixed";
import type { OutgoingContext } from "./declaration";
import { duplicateSd } from "./duplicate-sd";
import { ghgMethodInvalid } from "./ghg-method-invalid";
import { ghgSavingBelowThreshold } from "./ghg-saving-below-threshold";
// --- p-cat ---
import { finalFuelGhgPerMass } from "./final-fuel-ghg-per-mass";
// --- end p-cat
import { ghgTotalMismatch } from "./ghg-total-mismatch";
import { incomingSdFields } from "./incoming-sd-fields";
import { issueDateTooEarly } from "./issue-date-too-early";
import { declarationPeriodClosed } from "./declaration-period-closed";
import { linkedSdUnavailable } from "./linked-sd-unavailable";
import { negativeBalance } from "./negative-balance";
import { overdraft } from "./overdraft";
import { ownCertificateInvalid } from "./own-certificate-invalid";
import { certificatesUnsaid, certificateUnstated } from "./certificate-unstated";
import type { FactContext, FactRules, Rule } from "./rule";
import { stockCountMissing } from "./stock-count-missing";
import { stockDeviation } from "./stock-deviation";
import { stockBelowZero } from "./stock-below-zero";
import { stockCountNextDay } from "./stock-count-next-day";
import { stockCountProductAlike } from "./stock-count-product-alike";
import { refusedTransfers, transferNotAllowed, transfersUnsaid } from "./transfer-not-allowed";
import { transitLoss } from "./transit-loss";
import { transferInTransit } from "./transfer-in-transit";
import { unitMismatch } from "./unit-mismatch";

/**
 * Every rule. Within each point of the pipeline the rules run in this order (the records rules:
 * duplicate SD first, so a receipt rejected twice shows the first reason).
 */
export const RULES: readonly Rule[] = [
  duplicateSd,
  certificateScheme,
  certificateUnknown,
  certificateInvalid,
  certificateHolder,
  incomingSdFields,
  ghgMethodInvalid,
  declarationIncomplete,
  ghgUnitsMixed,
  ghgTotalMismatch,
  ghgSavingBelowThreshold,
  finalFuelGhgPerMass, // p-cat
  transferNotAllowed,
  transitLoss,
  transferInTransit,
  ownCertificateInvalid,
  deliveryToSelf,
  customerCertificateInvalid,
  certificateUnstated,
  issueDateTooEarly,
  declarationPeriodClosed,
  unitMismatch,
  overdraft,
  conversionSameProduct,
  linkedSdUnavailable,
  stockCountProductAlike,
  stockCountNextDay,
  stockDeviation,
  claimExceedsInput,
  negativeBalance,
  carryOverExceedsStock,
  stockCountMissing,
  stockBelowZero,
];

/** Where a code no rule reports is made (a file under src/engine), and why it is made there. */
export interface Elsewhere {
  /** the files under src/engine that make it */
  files: readonly string[];
  why: string;
}

const READ =
  "intake/: a record the engine cannot take in is refused where it is read, before any rule sees it";
const PERIODS = "periods.ts: the same decision as the periods the books are cut into";
const CONVERSIONS =
  "conversions.ts (with processes.ts, which groups the batches, and factor-check.ts, which reads a factor's unit, and factor-inverse.ts, which reads a factor kept as input per output): the same decision as the factor the conversions stage sets for the row (no factor, no credit)";
const REGISTER =
  "issue/stage.ts, ghg-gaps.ts, compare.ts: the same decision as reading back the register and building the declaration lines";
const BIND = "issue/bind.ts: the same decision as binding issued declarations to their delivery rows";

/**
 * The engine codes no rule of the registry reports, with the file that does and why: each is
 * the same decision as the value its stage computes, so a rule would repeat that stage's work.
 */
export const ELSEWHERE: Readonly<Partial<Record<FindingCode, Elsewhere>>> = {
  "invalid-quantity": {
    files: ["intake/part-of.ts", "intake/production.ts", "intake/receipt-part.ts"],
    why: READ,
  },
  "implausible-value": { files: ["intake/conversion-check.ts"], why: READ },
  "sustainable-conflict": { files: ["intake/stated-part.ts"], why: READ },
  "date-is-year": { files: ["intake/context.ts"], why: READ },
  "site-not-listed": { files: ["intake/site-register.ts"], why: READ },
  "date-after-run-day": { files: ["intake/run-day.ts"], why: READ },
  // --- p-ghg2 ---
  "transfer-ghg-not-used": {
    files: ["intake/transfers.ts"],
    why: "intake/transfers.ts: the same decision as reading a transfer's GHG values, which the book never uses",
  },
  // --- end p-ghg2
  "arrival-before-dispatch": {
    files: ["intake/transfers.ts"],
    why: "intake/transfers.ts: the same decision as reading a transfer's arrival date, the day its receiving site is credited (brk26 L4)",
  },
  "unknown-scheme": { files: ["intake/context.ts"], why: READ },
  "date-outside-period": { files: ["periods.ts"], why: PERIODS },
  // --- stock-count-conflict (p-certstock) ---
  "stock-count-conflict": {
    files: ["intake/stock.ts"],
    why: "intake/stock.ts: the same decision as reading a day's counts as one count (summed over tanks) or none",
  },
  // --- end stock-count-conflict ---
  "period-too-long": { files: ["periods.ts"], why: PERIODS },
  "conversion-factor-missing": { files: ["conversions.ts"], why: CONVERSIONS },
  "conversion-factor-deviates": { files: ["conversions.ts"], why: CONVERSIONS },
  "co-product-input-differs": { files: ["processes.ts"], why: CONVERSIONS },
  "batch-id-alike": { files: ["processes.ts"], why: CONVERSIONS },
  "production-input-repeated": { files: ["processes.ts"], why: CONVERSIONS },
  "conversion-impossible": {
    files: ["conversions.ts", "factor-check.ts", "factor-inverse.ts"],
    why: CONVERSIONS,
  },
  "ghg-missing": { files: ["issue/ghg-gaps.ts"], why: REGISTER },
  "energy-content-differs": {
    files: ["declaration-energy.ts"],
    why: "declaration-energy.ts: the same decision as stating the declaration line's energy content",
  },
  "energy-content-disagrees": {
    files: ["intake/energy-content.ts"],
    why: "intake/energy-content.ts: read with the row's quantity, heating value and density at intake, where their units are known",
  },
  "heating-value-unused": {
    files: ["intake/heating-unused.ts"],
    why: "intake/heating-unused.ts: read with the row's heating value at intake, where its units are known",
  },
  "ghg-value-unsupported": {
    files: ["issue/ghg-gaps.ts"],
    why: "issue/stage.ts, ghg-gaps.ts: checked for every sustainable delivery the register reaches, issued or not, not only for new declarations",
  },
  "declaration-stale": { files: ["issue/compare.ts"], why: REGISTER },
  "declaration-needs-correction": { files: ["issue/compare.ts"], why: REGISTER },
  "declaration-record-unreadable": { files: ["issue/stage.ts"], why: REGISTER },
  "declaration-ambiguous": { files: ["issue/bind.ts"], why: BIND },
  "declaration-number-duplicate": { files: ["issue/bind.ts"], why: BIND },
  "declaration-issued-outside": {
    files: ["issue/outside.ts"],
    why: "issue/outside.ts: decided with the declarations' status, once every error that may hold the row back is known",
  },
  "declaration-invented": { files: ["issue/invented.ts"], why: REGISTER },
  "input-incomplete": {
    files: ["incomplete-reach.ts"],
    why: "incomplete-reach.ts: it depends on every finding made before it (what the unread sheet would feed)",
  },
  "engine-error": {
    files: ["index.ts", "intake/context.ts"],
    why: "index.ts: anything unforeseen, caught around the whole pipeline (intake/context.ts also wraps a record it cannot read)",
  },
};

export interface RuleVerdicts {
  /** transfers not booked, by seq */
  refusedTransfers: Set<number>;
  /** receipts that give no credit (physical stock only), by seq, with the first reason found */
  rejected: Map<number, string>;
  /**
   * the receipts of those whose credit is unknown rather than none (Reject's `unknownAt`), as input
   * their accounts lack (domain.md §4, input-incomplete); most runs have none
   */
  unknown: IncompleteInput[];
}

/** Before booking: the rules over the rows, the transfers they refuse and the receipts they reject. */
export function recordRules(
  books: Books,
  profile: RuleProfile,
): { value: RuleVerdicts; findings: Finding[] } {
  const findings: Finding[] = [];
  const rejected = new Map<number, string>();
  const unknown: IncompleteInput[] = [];
  const reject = (r: Receipt, reason: string, unknownAt?: CellRef) => {
    if (!rejected.has(r.seq)) rejected.set(r.seq, reason);
    if (unknownAt)
      unknown.push({ kinds: ["receipts"], products: [r.product], sites: [r.site], source: unknownAt });
  };
  // the reader has said at the cell that the row gives no credit; set aside here for the ledger
  const receipts = books.receipts;
  for (let i = 0; i < receipts.length; i++) {
    const r = receipts[i] as Receipt;
    if (r.creditUnreadable) reject(r, "unreadable cell");
  }
  for (const rule of RULES) if (rule.records) findings.push(...rule.records(books, profile, reject));
  // a transfer whose claim or characteristic is refused at its cell moves no credit (intake/transfers.ts)
  const notBooked = new Set(refusedTransfers(books).keys());
  for (const t of books.transfers) if (t.creditRefused) notBooked.add(t.seq);
  // and one refused for what the workbook does not say moves credit unknown, not none
  unknown.push(...transfersUnsaid(books));
  // and the accounts of a site whose certificate the sites sheet does not state (certificate-unstated)
  unknown.push(...certificatesUnsaid(books));
  return { value: { refusedTransfers: notBooked, rejected, unknown }, findings };
}

type FactRule = (fact: Fact, ctx: FactContext) => Finding | null;

/** The rules of each kind of fact, in registry order. */
const BY_FACT = new Map<FactKind, FactRule[]>();
for (const rule of RULES) {
  for (const [kind, check] of Object.entries(rule.facts ?? {}) as [FactKind, FactRules[FactKind]][]) {
    const list = BY_FACT.get(kind) ?? [];
    list.push(check as FactRule);
    BY_FACT.set(kind, list);
  }
}

/** After booking: each fact, in the order the booking observed them, through the rules of its kind. */
export function factRules(facts: readonly Fact[], ctx: FactContext): { value: null; findings: Finding[] } {
  const findings: Finding[] = [];
  for (const fact of facts) {
    for (const check of BY_FACT.get(fact.kind) ?? []) {
      const f = check(fact, ctx);
      if (f) findings.push(f);
    }
  }
  return { value: null, findings };
}

/** Before issue: every declaration the books call for now through the declaration rules. */
export function declarationRules(
  candidates: readonly Candidate[],
  ctx: OutgoingContext,
): { value: null; findings: Finding[] } {
  const findings: Finding[] = [];
  const checks = RULES.filter((r) => r.declaration);
  for (const c of candidates) for (const rule of checks) findings.push(...(rule.declaration?.(c, ctx) ?? []));
  for (const rule of RULES) if (rule.declarations) findings.push(...rule.declarations(candidates, ctx));
  return { value: null, findings };
}
