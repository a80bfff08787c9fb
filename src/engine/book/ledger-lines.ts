// The ledger of a run's book: the lines each movement of credit makes on its account, with the
// account's period totals and running balance, dated by the event being booked. The Book (book.ts)
// adds the withdrawals and deposits that make them; the pools and accounts are places.ts's.
import type { SchemeName } from "../model";
import { type Dec, toText, ZERO } from "../quantity";
import type { AccountKey, Balance, Characteristics, LedgerEntryKind } from "../result";
import { type Account, accountKey } from "./accounts";
import { LedgerTable } from "./ledger-table";
import { Places } from "./places";
import type { EventContext, Pool } from "./pool";

export class LedgerLines extends Places {
  readonly ledger = new LedgerTable();
  readonly balances: Balance[] = [];
  event: EventContext = { date: "", reference: "", source: undefined };

  /**
   * Records a movement of credit in the ledger and the period totals. `shown` is the kind of the
   * ledger line where it is not the movement's own (a withdrawal sold ahead, backed later).
   */
  readonly moved = (
    account: Account,
    quantity: Dec,
    kind: LedgerEntryKind,
    shown: LedgerEntryKind = kind,
  ): void => {
    const t = account.totals;
    if (kind === "receipt") t.received = t.received.plus(quantity);
    else if (kind === "production-out") t.produced = t.produced.plus(quantity);
    else if (kind === "production-in") t.consumed = t.consumed.plus(quantity);
    else if (kind === "delivery") t.delivered = t.delivered.plus(quantity);
    else if (kind === "transfer-in") t.transferredIn = t.transferredIn.plus(quantity);
    else if (kind === "transfer-out") t.transferredOut = t.transferredOut.plus(quantity);
    const out =
      kind === "production-in" || kind === "delivery" || kind === "transfer-out" || kind === "lapse";
    this.line(account, shown, quantity, out, this.event.date);
  };

  /**
   * A rejected receipt in the ledger: no change of credit, on the account it would have gone to
   * (which may not exist, so the line names the account's parts too).
   */
  notCredited(
    pool: Pool,
    scheme: SchemeName,
    characteristics: Characteristics,
    quantity: Dec,
    reason: string,
  ): void {
    const id: AccountKey = { site: pool.site, scheme, product: pool.product, characteristics };
    const key = accountKey(pool.site, scheme, pool.product, characteristics);
    const { date, reference, source } = this.event;
    const unit = pool.unit ?? "t";
    const why = `${reference || "receipt"}: ${toText(quantity)} ${unit} not credited (${reason})`;
    this.ledger.notCredited(key, unit, id, date, why, source, this.accounts.get(key)?.balance ?? ZERO);
  }

  /** A ledger line of `signed` as it is (a lapse, a carry-forward), dated `date`. */
  entry(account: Account, kind: LedgerEntryKind, signed: Dec, date = this.event.date): void {
    this.line(account, kind, signed, false, date);
  }

  /**
   * The one place a ledger line of an account is made, so the period's first overdraft of an
   * account is, by construction, the date of its first line with a running balance below zero.
   * `quantity` is the movement, shown negated where `out`; the line's running balance is the
   * account's balance now.
   */
  private line(account: Account, kind: LedgerEntryKind, quantity: Dec, out: boolean, date: string): void {
    const balance = account.balance;
    const t = account.totals;
    if (t.firstOverdraft === null && balance.isNegative() && !balance.isZero()) t.firstOverdraft = date;
    // the account keeps its row, so the ledger holds no account
    if (account.row === -1) account.row = this.ledger.accountRow(account);
    this.ledger.add(account.row, kind, quantity, out, balance, date, this.event);
  }
}
