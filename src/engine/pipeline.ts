// The engine's stages, each of one type (style.md: beancount's `(entries, errors)` stages): a
// stage takes its input and the run's one context and returns its value with the findings it
// made. runPipeline, at the end, runs them in order and only threads values and findings; no stage
// decides what another does.
import { bookingStage, type Booked } from "./book/booking";
import type { Fact } from "./book/facts";
import { type Incompleteness, incompleteness } from "./book/incomplete";
import { type Conversions, conversionsStage } from "./conversions";
import { intake } from "./intake";
import { decide } from "./issue/decide";
import { issuedDraws } from "./issue/owed";
import { type Register, registerStage as buildRegister } from "./issue/stage";
import { UnreadRows } from "./issue/unread-row";
import type { Cancellation, IncompleteInput, Ledger, Source } from "./model";
import type { OwnCertificates } from "./own-certificate";
import { type Period, periodsStage } from "./periods";
import type { RuleProfile } from "./profile";
import { incompleteFindings } from "./incomplete-reach";
import type { Books, Receipt } from "./records";
import { sortFindings } from "./findings";
import type { Balance, Declaration, EngineResult, Finding } from "./result";
import { declarationRules, factRules, recordRules, type RuleVerdicts } from "./rules";
import { registerRepeat } from "./rules/duplicate-sd";
import { isIsoDate } from "./schemas";

/** What a stage gives: its value and the findings it made, in the order it made them. */
export interface Staged<T> {
  value: T;
  findings: Finding[];
}

/** One step of the pipeline. Pure but for the findings it is given to note reach on (decide). */
export type Stage<I, O> = (input: I, ctx: Context) => Staged<O>;

/** What every stage may read about the run: the same object from the first stage to the last. */
export interface Context {
  /** the ledger as the host gave it (never changed) */
  ledger: Ledger;
  profile: RuleProfile;
  /** the reporting periods; empty until the periods stage has built them */
  periods: readonly Period[];
  /** the sheets read only in part (domain.md §4, input-incomplete) */
  incomplete: Incompleteness;
  /**
   * what it is built from: the host's Ledger.incomplete, then (from the read stage on) the rows
   * intake left out of kinds that feed balances (intake/left-out.ts)
   */
  incompleteInputs: readonly IncompleteInput[];
  /** the host's findings (reading the workbook): they hold back declarations like the engine's */
  host: readonly Finding[];
  /** YYYY-MM-DD issue date of new declarations, when the host gave a valid one */
  today: string | undefined;
  /** YYYY-MM-DD the day of the run (EngineOptions.runDay), when the host gave a valid one */
  runDay: string | undefined;
  /** produce new declarations (Declare); false: only read the register (Check) */
  declare: boolean;
  /** held-back declarations become drafts instead of blocked */
  draft: boolean;
  /** issued declarations the user withdraws in this run */
  cancel: readonly Cancellation[];
  /** column letters of mapped fields by sheet (Ledger.layout) */
  layout: Record<string, Record<string, string>>;
}

/** Stage 1: every record read into the engine's terms. */
export const readStage: Stage<Ledger, Books> = (ledger, ctx) => intake(ledger, ctx.profile, ctx.runDay);

/** Stage 2: the reporting periods over the books' dates. */
export const periodStage: Stage<Books, { books: Books; periods: Period[] }> = (books, ctx) =>
  periodsStage(books, ctx.profile);

/** Stage 3: each production row's factor and the processes the rows form. */
export const conversionStage: Stage<Books, Conversions> = (books, ctx) =>
  conversionsStage(books, ctx.profile);

/** Stage 4: the rules over the rows; the receipts they reject and the transfers they refuse. */
export const recordRuleStage: Stage<Books, RuleVerdicts> = (books, ctx) => recordRules(books, ctx.profile);

/** Stage 5: every row through the periods; balances, ledger, allocations and the facts observed. */
export const bookStage: Stage<{ books: Books; conversions: Conversions; verdicts: RuleVerdicts }, Booked> = (
  input,
  ctx,
) =>
  bookingStage(
    input.books,
    [...ctx.periods],
    input.conversions,
    input.verdicts,
    ctx.profile,
    ctx.incomplete,
    issuedDraws(input.books, ctx.cancel, registerRepeat),
  );

/**
 * Stage 6: the facts the booking observed, turned into findings by the rules of the registry; the
 * accounts lacking input are the booking's own (`incomplete`: the run's, and the rows it could not book).
 */
export const factRuleStage: Stage<{ facts: readonly Fact[]; incomplete: Incompleteness }, null> = (
  input,
  ctx,
) => factRules(input.facts, { profile: ctx.profile, incomplete: input.incomplete });

/** Stage 7: the register read back and the declarations the books call for now. */
export const registerStage: Stage<{ books: Books; booked: Booked }, Register> = (input, ctx) => {
  const sdColumns = new Set(Object.keys(ctx.layout).filter((sheet) => ctx.layout[sheet]?.sdNumber));
  return buildRegister(input.books, input.booked.allocations, ctx.profile, {
    today: ctx.today,
    declare: ctx.declare,
    cancel: ctx.cancel,
    sdColumns,
    repeat: registerRepeat,
    unread: new UnreadRows(ctx.host, ctx.layout),
    unmet: input.booked.book.issuedDraws.unmet,
  });
};

/** Stage 8: a sheet read in part holds back what it would feed (domain.md §4, input-incomplete). */
export const incompleteStage: Stage<readonly Finding[], null> = (sofar, ctx) => ({
  value: null,
  findings: incompleteFindings(ctx.incompleteInputs, [...sofar]),
});

/** Stage 9: every declaration the books call for through the declaration rules. */
export const declarationRuleStage: Stage<{ register: Register; own: OwnCertificates; books: Books }, null> = (
  input,
  ctx,
) => {
  // the receipts by their row, indexed only when a declaration asks for one made from others
  let receipts: Map<Source, Receipt> | undefined;
  return declarationRules(input.register.candidates, {
    profile: ctx.profile,
    periods: ctx.periods,
    layout: ctx.layout,
    own: input.own,
    shortfalls: new Map(),
    today: ctx.today,
    receiptOf: (source) => (receipts ??= new Map(input.books.receipts.map((r) => [r.source, r]))).get(source),
    sites: input.books.sites,
    certificates: input.books,
  });
};

/** Stage 10: each declaration's status, decided once, when every finding is known (issue/decide.ts). */
export const decideStage: Stage<
  { register: Register; books: Books; findings: Finding[]; balances?: readonly Balance[] },
  Declaration[]
> = (input, ctx) => {
  const decided = decide(input.register, input.findings, ctx.ledger, input.books, ctx.profile, {
    draft: ctx.draft,
    declare: ctx.declare,
    today: ctx.today,
    ...(input.balances ? { balances: input.balances } : {}),
  });
  return { value: decided.declarations, findings: decided.findings };
};

/** The run's context before the periods are known, from the host's ledger and options. */
export function context(
  ledger: Ledger,
  profile: RuleProfile,
  options: {
    today?: unknown;
    runDay?: unknown;
    declare?: unknown;
    draft?: unknown;
    cancel?: unknown;
    findings?: unknown;
  },
): Context {
  const usable = ledger && typeof ledger === "object";
  const inputs = usable && Array.isArray(ledger.incomplete) ? ledger.incomplete : [];
  return {
    ledger,
    profile,
    periods: [],
    incomplete: incompleteness(inputs),
    incompleteInputs: inputs,
    // copies, so what holds back what is noted on them here, not on the host's objects
    host: (Array.isArray(options.findings) ? (options.findings as Finding[]) : []).map((f) => ({ ...f })),
    today:
      typeof options.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(options.today)
        ? options.today
        : undefined,
    runDay: typeof options.runDay === "string" && isIsoDate(options.runDay) ? options.runDay : undefined,
    declare: options.declare !== false,
    draft: options.draft === true,
    cancel: Array.isArray(options.cancel) ? (options.cancel as Cancellation[]) : [],
    layout: usable && ledger.layout ? ledger.layout : {},
  };
}

/** The stages in the order runPipeline runs them, as runPipeline names them to its observer. */
export const STAGE_NAMES = [
  "read",
  "periods",
  "conversions",
  "record rules",
  "booking",
  "fact rules",
  "register",
  "input-incomplete",
  "declaration rules",
  "decide",
] as const;

/** The name of one stage of the pipeline (STAGE_NAMES). */
export type StageName = (typeof STAGE_NAMES)[number];

/**
 * The whole run, stage by stage: threads each stage's value to the next and gathers the findings,
 * the host's first. `observe` is called after each stage with its name, so bench/stages.ts times
 * the very pipeline the engine runs rather than a copy of its order. Throws what a stage throws
 * (runEngine in index.ts turns that into an engine-error finding).
 */
export function runPipeline(
  ledger: Ledger,
  profile: RuleProfile,
  options: Parameters<typeof context>[2],
  observe: (stage: StageName) => void = () => undefined,
): EngineResult {
  const findings: Finding[] = [];
  const keep = <T>(name: StageName, stage: Staged<T>): T => {
    findings.push(...stage.findings);
    observe(name);
    return stage.value;
  };
  const start = context(ledger, profile, options);
  const read = keep("read", readStage(ledger, start));
  const { books, periods } = keep("periods", periodStage(read, start));
  // rows intake left out make the balances they feed incomplete, as rows the host could not read
  const left = books.leftOut ? [...start.incompleteInputs, ...books.leftOut] : start.incompleteInputs;
  const early = { ...start, periods, incomplete: incompleteness(left), incompleteInputs: left };
  const conversions = keep("conversions", conversionStage(books, early));
  const verdicts = keep("record rules", recordRuleStage(books, early));
  // and so do the receipts the rules set aside for a value that could not be read (RuleVerdicts.unknown)
  // and the production rows whose conversion was refused (Conversions.refused)
  const unknown = [...conversions.refused, ...verdicts.unknown];
  const inputs = unknown.length > 0 ? [...left, ...unknown] : left;
  const ctx =
    inputs === left ? early : { ...early, incomplete: incompleteness(inputs), incompleteInputs: inputs };
  const booked = keep("booking", bookStage({ books, conversions, verdicts }, ctx));
  keep("fact rules", factRuleStage({ facts: booked.book.facts, incomplete: booked.book.incomplete }, ctx));
  const register = keep("register", registerStage({ books, booked }, ctx));
  keep("input-incomplete", incompleteStage([...ctx.host, ...findings], ctx));
  keep("declaration rules", declarationRuleStage({ register, own: booked.book.own, books }, ctx));
  const all = [...ctx.host, ...findings];
  const declarations = keep(
    "decide",
    decideStage({ register, books, findings: all, balances: booked.book.balances }, ctx),
  );
  return {
    findings: [...ctx.host, ...sortFindings(findings)],
    balances: booked.book.balances,
    ledger: booked.book.ledger,
    declarations,
    periods: periods.map((p) => ({ start: p.start, end: p.end })),
  };
}
