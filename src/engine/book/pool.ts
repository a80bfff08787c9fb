// What the book and its shorts (shorts.ts) share: a pool of one product at one site, the
// withdrawals waiting in it for credit, and the context of the event being booked. Types only, so
// the book and the shorts depend on this module and not on each other.
import type { CellRef, SchemeName, Source } from "../model";
import type { Dec } from "../quantity";
import type { AccountKey, Characteristics, LedgerEntryKind } from "../result";
import type { Account, Batch, PortionSink } from "./accounts";
import type { Heads } from "./heads";

/** All material of one product at one site: its accounts (every scheme and set) and its stock. */
export interface Pool {
  site: string;
  product: string;
  unit: string | null;
  accounts: Account[];
  /** the accounts holding credit, oldest credit first (heads.ts) */
  heads: Heads;
  /** incoming SD (normalised) → the batches it created, for explicit links */
  bySd: Map<string, { account: Account; batch: Batch }[]>;
  /** book stock from the period's opening, ignoring counts inside the period */
  book: Dec;
  /** stock after the latest count (count + movements since), the physical stock at period end */
  actual: Dec;
  counted: boolean;
  countSource: CellRef | undefined;
  /** what moved since the period's latest count (stock-below-zero names it); undefined with no count */
  since: SinceCount | undefined;
  /** accounts that may serve a kind of row, kept while no account is added */
  eligible: Map<string, Account[]>;
  /** withdrawals still missing credit, by kind of withdrawal; debts of closed periods included */
  shorts: Map<string, ShortQueue>;
  /** kinds of withdrawal (claimant keys) overdrawn this period with no account to carry them */
  overdrawn: Set<string>;
  /** per account a waiting withdrawal falls to at the close: the ledger line of what waits with no account */
  waiting: Map<string, Account>;
  /** one claimant per kind of delivery, shared by every delivery of that kind */
  claimants: Map<string, Map<string | null, Claimant>>;
  /** scheme and characteristics as typed → account, so repeated rows build no account key */
  typedAccounts: Map<string, Account>;
  /** the account last found for a characteristics object, and the scheme it was found for */
  accountOf: Map<Characteristics, { scheme: SchemeName; account: Account }>;
}

/** A period's latest count and the stock that moved after it. */
export interface SinceCount {
  /** the count's own date and quantity cell */
  date: string;
  at: CellRef | undefined;
  counted: Dec;
  in: Dec;
  out: Dec;
  /** the rows that took stock out after it: deliveries, and others (production inputs) */
  deliveries: Source[];
  others: Source[];
}

/** The row being booked: the date, reference and cell of every ledger line it writes. */
export interface EventContext {
  date: string;
  reference: string;
  source: CellRef | undefined;
}

/** Who may fill a withdrawal's short, and where it lands at the close if nothing can. */
export interface Claimant {
  /** the same for every withdrawal with the same eligible accounts */
  key: string;
  serves: (a: Account) => boolean;
  /** the account booked at the close when no account of the pool serves the withdrawal */
  fallback: AccountKey;
}

export interface Short {
  seq: number;
  /** the withdrawal's own date */
  date: string;
  remaining: Dec;
  /** null once the period closed: a debt that later credit repays without backing anything */
  onFill: PortionSink | null;
  source: CellRef | undefined;
  reference: string;
  kind: LedgerEntryKind;
  /** the account whose balance carries it, or null while it waits at pool level */
  holder: Account | null;
  /** while it waits at pool level: the ledger line that shows it (Book.waitingFor) */
  waiting: Account | null;
  /** the account that served it last */
  servedBy: Account | null;
  claimant: Claimant;
}

export interface ShortQueue {
  serves: (a: Account) => boolean;
  list: Short[];
  head: number;
}
