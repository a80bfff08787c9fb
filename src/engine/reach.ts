// Blocking by reach (domain.md §8): an error holds back the declarations it can affect, not every
// declaration. A finding may say its reach itself (Finding.reach); else it is worked out from where
// the finding points:
//   Settings, no cell, a sheet or row the engine cannot place → every declaration
//   a delivery row → that delivery's declarations; a balance error there, or a delivery row that is
//     not booked as sustainable (its absence changes the credit) → the product at its site
//   a sustainable receipt → its account; any other receipt row → the product at its site
//   production, transfer, stock and factor rows → the products they move, at their sites
//   a certificate row → the accounts of the receipts that carry it; a site row → that site
//   the register (MB Declarations) → nothing beyond what its findings say themselves
// A declaration is reached through everything its credit came through: its own account and
// delivery, and upstream the receipts behind it and the inputs of the conversions on the way
// (an error on a seed receipt holds back the oil pressed from it). Warnings and notes hold nothing back.
import { accountKey, originsOf } from "./book/accounts";
import type { Ledger, Source } from "./model";
import { clean, numberKey, textKey } from "./normalise";
import type { RuleProfile } from "./profile";
import type { Portion } from "./book/book";
import { type Books, type Delivery, type Receipt, siteKey } from "./records";
import type { AccountKey, Finding, Reach } from "./result";

export const EVERYTHING: Reach = { all: true };
const NOTHING: Reach = {};
const BALANCE_CODES = new Set(["negative-balance", "overdraft", "unit-mismatch", "claim-exceeds-input"]);

type Kind =
  | "receipts"
  | "deliveries"
  | "production"
  | "factors"
  | "stockCounts"
  | "certificates"
  | "sites"
  | "transfers"
  | "issued";
const KINDS: Kind[] = [
  "receipts",
  "deliveries",
  "production",
  "factors",
  "stockCounts",
  "certificates",
  "sites",
  "transfers",
  "issued",
];

interface Placed {
  kind: Kind;
  raw: Record<string, unknown>;
}

const text = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/** Where each row of the input is, so a finding's cell tells what it concerns. */
export class Locator {
  private readonly rows = new Map<string, Placed[]>();
  private readonly deliveries = new Map<string, Delivery>();
  private readonly receiptAccounts = new Map<string, AccountKey>();
  private readonly certificateAccounts = new Map<string, Map<string, AccountKey>>();

  constructor(
    ledger: Ledger,
    books: Books,
    private readonly allocated: ReadonlySet<Delivery>,
    private readonly profile: RuleProfile,
  ) {
    const l = (ledger && typeof ledger === "object" ? ledger : {}) as Partial<Ledger>;
    for (const kind of KINDS) {
      const list = l[kind];
      if (!Array.isArray(list)) continue;
      for (const raw of list as unknown[]) {
        if (!raw || typeof raw !== "object") continue;
        const r = raw as Record<string, unknown>;
        const source = r.source as Source | undefined;
        if (!source || typeof source.sheet !== "string" || typeof source.row !== "number") continue;
        const key = `${source.sheet}\u0000${source.row}`;
        const list2 = this.rows.get(key);
        if (list2) list2.push({ kind, raw: r });
        else this.rows.set(key, [{ kind, raw: r }]);
      }
    }
    for (const d of books.deliveries) this.deliveries.set(`${d.source.sheet}\u0000${d.source.row}`, d);
    for (const r of books.receipts) {
      if (!r.sustainable) continue;
      const account: AccountKey = {
        site: r.site,
        scheme: r.scheme,
        product: r.product,
        characteristics: r.characteristics,
      };
      this.receiptAccounts.set(`${r.source.sheet}\u0000${r.source.row}`, account);
      const cert = numberKey(r.supplierCertificate);
      if (!cert) continue;
      const map = this.certificateAccounts.get(cert) ?? new Map<string, AccountKey>();
      map.set(accountKey(r.site, r.scheme, r.product, r.characteristics), account);
      this.certificateAccounts.set(cert, map);
    }
  }

  /** The declarations an error finding can affect. */
  reachOf(f: Finding): Reach {
    if (f.severity !== "error") return NOTHING;
    if (f.reach) return f.reach;
    if (!f.sheet || f.sheet === this.profile.settingsSource.sheet) return EVERYTHING;
    const row = rowOf(f.cell);
    const placed = row === null ? undefined : this.rows.get(`${f.sheet}\u0000${row}`);
    if (!placed || placed.length === 0) return EVERYTHING;
    const reach = merge(placed.map((p) => this.reachOfRow(p, f, row as number)));
    // a period closing negative concerns the withdrawals of that period and the later ones drawing
    // on its debt; a closed earlier period's declarations drew on credit that was there (brk22 §8)
    const from = f.code === "negative-balance" ? f.details.periodStart : undefined;
    return from && !reach.all ? { ...reach, from } : reach;
  }

  private reachOfRow(p: Placed, f: Finding, row: number): Reach {
    const r = p.raw;
    const sheet = f.sheet as string;
    const product = (site: unknown, name: unknown): Reach =>
      text(name).trim() === "" ? EVERYTHING : { products: [{ site: text(site), product: text(name) }] };
    switch (p.kind) {
      case "deliveries": {
        const d = this.deliveries.get(`${sheet}\u0000${row}`);
        const own: Reach = { deliveries: [{ sheet, row }] };
        if (d && this.allocated.has(d) && !BALANCE_CODES.has(f.code)) return own;
        return merge([own, product(r.site, r.product)]);
      }
      case "receipts": {
        const account = this.receiptAccounts.get(`${sheet}\u0000${row}`);
        return account ? { accounts: [account] } : product(r.site, r.product);
      }
      case "production":
        return merge([product(r.site, r.inputProduct), product(r.site, r.outputProduct)]);
      case "transfers":
        return merge([product(r.fromSite, r.product), product(r.toSite, r.product)]);
      case "stockCounts":
        return product(r.site, r.product);
      case "factors":
        return merge([product(r.site, r.inputProduct), product(r.site, r.outputProduct)]);
      case "certificates": {
        const accounts = this.certificateAccounts.get(numberKey(text(r.certificateNumber)));
        return accounts ? { accounts: [...accounts.values()] } : NOTHING;
      }
      case "sites":
        return text(r.site).trim() === "" ? EVERYTHING : { sites: [text(r.site)] };
      case "issued":
        return NOTHING;
    }
  }
}

function rowOf(cell: string | undefined): number | null {
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)$/.exec(cell ?? "");
  return m ? Number(m[1]) : null;
}

function merge(list: Reach[]): Reach {
  if (list.some((r) => r.all)) return EVERYTHING;
  const out: Reach = {};
  for (const r of list) {
    if (r.deliveries) (out.deliveries ??= []).push(...r.deliveries);
    if (r.accounts) (out.accounts ??= []).push(...r.accounts);
    if (r.products) (out.products ??= []).push(...r.products);
    if (r.sites) (out.sites ??= []).push(...r.sites);
  }
  return out;
}

/** What a declaration is, as reaches name it: its delivery, and every account, product and site its credit came through. */
export interface Target {
  delivery: string;
  /** the delivery's date (YYYY-MM-DD): a reach `from` a day covers it on or after that day */
  date: string;
  /** account keys (accounts.ts): its own and those of the receipts behind it */
  accounts: Set<string>;
  /** "site|product" keys: its own, the receipts' behind it, and the inputs of conversions on the way */
  products: Set<string>;
  sites: Set<string>;
}

/**
 * The target of a declaration drawn from `portions`: an error upstream (a receipt of the seed an
 * oil was pressed from, the conversion row) reaches it as surely as one on its own account.
 */
export function targetOf(
  d: Delivery,
  lines: readonly { account: { key: string }; portions: readonly Portion[] }[],
  receipts: ReadonlyMap<Source, Receipt>,
): Target {
  const t: Target = {
    delivery: `${d.source.sheet}\u0000${d.source.row}`,
    date: d.date,
    accounts: new Set(lines.map((l) => l.account.key)),
    products: new Set([`${siteKey(d.site)}|${d.productKey}`]),
    sites: new Set([siteKey(d.site)]),
  };
  const product = (site: unknown, name: unknown) => {
    const key = siteKey(clean(text(site)));
    t.sites.add(key);
    if (text(name) !== "") t.products.add(`${key}|${textKey(text(name))}`);
  };
  for (const line of lines) {
    for (const p of line.portions) {
      for (const o of originsOf(p.batch)) {
        const r = receipts.get(o.source);
        if (!r) continue;
        t.accounts.add(accountKey(r.site, r.scheme, r.product, r.characteristics));
        product(r.site, r.product);
      }
      for (const via of p.batch.via) {
        if (via.inputProduct !== undefined) product(via.site, via.inputProduct);
        if (via.fromSite !== undefined) product(via.fromSite, via.product);
      }
    }
  }
  return t;
}

/**
 * Indexes targets so each error finds the declarations it reaches without a scan of all of them.
 * `T` is whatever the caller holds back (a candidate).
 */
export class ReachIndex<T> {
  private readonly all: T[] = [];
  private readonly byDelivery = new Map<string, T[]>();
  private readonly byAccount = new Map<string, T[]>();
  private readonly byProduct = new Map<string, T[]>();
  private readonly byProductName = new Map<string, T[]>();
  private readonly bySite = new Map<string, T[]>();
  private readonly dates = new Map<T, string>();

  add(item: T, t: Target): void {
    this.all.push(item);
    this.dates.set(item, t.date);
    push(this.byDelivery, t.delivery, item);
    for (const a of t.accounts) push(this.byAccount, a, item);
    const names = new Set<string>();
    for (const p of t.products) {
      push(this.byProduct, p, item);
      names.add(p.slice(p.indexOf("|") + 1));
    }
    for (const n of names) push(this.byProductName, n, item);
    for (const s of t.sites) push(this.bySite, s, item);
  }

  /** Every item the reach covers, each once. */
  covered(reach: Reach): T[] {
    if (reach.all) return this.all;
    const out = new Set<T>();
    for (const d of reach.deliveries ?? [])
      this.byDelivery.get(`${d.sheet}\u0000${d.row}`)?.forEach((x) => out.add(x));
    const from = reach.from;
    const addAll = (list: T[] | undefined) =>
      list?.forEach((x) => {
        if (from === undefined || (this.dates.get(x) ?? "") >= from) out.add(x);
      });
    for (const a of reach.accounts ?? [])
      addAll(this.byAccount.get(accountKey(a.site, a.scheme, a.product, a.characteristics)));
    for (const p of reach.products ?? []) {
      const site = clean(p.site);
      const product = textKey(p.product);
      addAll(
        site === "" ? this.byProductName.get(product) : this.byProduct.get(`${siteKey(site)}|${product}`),
      );
    }
    for (const s of reach.sites ?? []) addAll(this.bySite.get(siteKey(clean(s))));
    return [...out];
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
