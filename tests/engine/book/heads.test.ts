// The pool's order of oldest credit (src/engine/book/heads.ts) against its definition: after any
// mix of deposits, withdrawals from the oldest credit and draws on batches anywhere in a queue (as
// explicit links and lapses make), the account `oldest` gives, of all accounts or of some, is the
// one with the oldest head batch (date, then row, then the account's place in the pool), and the
// order holds exactly the accounts with credit, sorted.
import fc from "fast-check";
import { type Account, type Batch, headBatch, take } from "../../../src/engine/book/accounts";
import { Book } from "../../../src/engine/book/book";
import { refile } from "../../../src/engine/book/heads";
import type { Claimant } from "../../../src/engine/book/pool";
import { resolveProfile } from "../../../src/engine/profile";
import { dec } from "../../../src/engine/quantity";
import type { Receipt } from "../../../src/engine/records";

const profile = resolveProfile(undefined);
const SETS = ["A", "B", "C", "D"].map((m) => ({
  rawMaterial: m,
  countryOfOrigin: "DE",
  claim: "",
  wasteResidue: "",
  annexIxPart: "",
}));

// few dates and rows, so that ties of date and of date and row are common; a batch pushed behind a
// newer one (a transfer keeps its credit's date) makes a head that is older than the one before
const op = fc.oneof(
  fc.record({
    kind: fc.constant("deposit" as const),
    set: fc.nat(3),
    day: fc.integer({ min: 1, max: 4 }),
    seq: fc.nat(3),
    quantity: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ kind: fc.constant("withdraw" as const), quantity: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant("linked" as const),
    set: fc.nat(3),
    at: fc.nat(5),
    quantity: fc.integer({ min: 1, max: 6 }),
  }),
);

const claimant: Claimant = {
  key: "all",
  serves: () => true,
  fallback: { site: "S", scheme: "ISCC EU", product: "P", characteristics: SETS[0] as (typeof SETS)[0] },
};

describe("the pool's order of oldest credit", () => {
  it("gives the account with the oldest head batch, after any booking", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const book = new Book(profile, false, {
          gapOn: () => null,
          uncheckedFor: () => null,
          unstatedFor: () => null,
          statedFor: () => null,
        });
        book.event = { date: "2025-01-01", reference: "r", source: undefined };
        const pool = book.pool("S", "p", "P");
        const accounts = SETS.map((c) => book.account(pool, "ISCC EU", c));
        for (const o of ops) {
          if (o.kind === "deposit") {
            const q = dec(o.quantity);
            const batch: Batch = {
              seq: o.seq,
              date: `2025-01-0${o.day}`,
              initial: q,
              remaining: q,
              from: {} as Receipt,
              via: [],
              source: { sheet: "Receipts", row: 2, cells: {} },
              ghg: null,
              heat: null,
              installationStartDate: null,
            };
            book.deposit(pool, accounts[o.set] as Account, batch, "receipt");
          } else if (o.kind === "withdraw") {
            book.withdraw(pool.accounts, pool, dec(o.quantity), "delivery", { portion: () => {} }, claimant);
          } else {
            // a draw on a batch anywhere in a queue, as an explicit link or a lapse makes
            const a = accounts[o.set] as Account;
            const batch = a.batches[a.head + o.at];
            if (batch) {
              take(a, batch, dec(o.quantity), { portion: () => {} });
              refile(pool.heads, a);
            }
          }
          // the definition: the accounts with credit by head batch date and row, a stable sort
          // keeping pool order in a tie; the oldest credit is the first's
          const key = (a: Account) => `${(headBatch(a) as Batch).date}|${(headBatch(a) as Batch).seq}`;
          const held = pool.accounts.filter((a) => headBatch(a) !== undefined);
          held.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
          expect(book.oldest(pool, pool.accounts)).toBe(held[0]);
          // and a subset of the accounts, which compares their head batches
          expect(book.oldest(pool, pool.accounts.slice(1))).toBe(held.find((a) => a.place > 0));
          expect(pool.heads.map((a) => a.place)).toEqual(held.map((a) => a.place));
        }
      }),
      { numRuns: 500 },
    );
  });
});
