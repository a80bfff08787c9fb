// Property tests (fast-check): for random valid ledgers the books balance and declarations never
// exceed the credit behind them; for any input at all, the engine returns instead of throwing;
// the same input always gives the same output.
import fc from "fast-check";
import { type Ledger, runEngine } from "../../../src/engine";
import { dec } from "../../../src/engine/quantity";
import { biodieselFrom, ledger, sale, uco } from "../build";

const qty = fc
  .integer({ min: 1, max: 500_000 })
  .map((n) => `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, "0")}`);
const date = fc
  .integer({ min: 0, max: 364 })
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const product = fc.constantFrom("UCO", "uco ", "POME", "Biodiesel");
const site = fc.constantFrom("", "Hamburg");
const scheme = fc.constantFrom("ISCC EU", "iscc-eu", "ISCC PLUS", undefined);
const claim = fc.constantFrom("ISCC compliant", "EU RED compliant", "bio-circular", undefined);

const receipt = fc.record({
  date,
  product,
  quantity: qty,
  unit: fc.constantFrom("t", "kg", "mt"),
  sdNumber: fc.option(
    fc.integer({ min: 1, max: 60 }).map((n) => `IN-${n}`),
    { nil: undefined },
  ),
  supplier: fc.constantFrom("Saipol", "SAIPOL", "Cargill"),
  site,
  scheme,
  claim,
  rawMaterial: fc.constantFrom("UCO", "Tallow"),
  countryOfOrigin: fc.constantFrom("DE", "NL"),
  ghg: fc.option(fc.record({ total: fc.integer({ min: 1, max: 60 }).map(String) }), { nil: undefined }),
});

const delivery = fc.record({
  date,
  product,
  quantity: qty,
  unit: fc.constantFrom("t", "kg"),
  customer: fc.constantFrom("Fuel AG", "Blend BV"),
  sustainable: fc.constantFrom("yes", "no", "ja", undefined, "0.5"),
  site,
  scheme,
  claim,
  sdNumber: fc.option(fc.constantFrom("SD-2025-0001", "SD-2025-0007"), { nil: undefined }),
});

const production = fc.record({
  date,
  inputProduct: product,
  inputQuantity: qty,
  outputProduct: fc.constantFrom("Biodiesel", "HVO"),
  factor: fc.option(fc.constantFrom("0.9", "0.4", "1"), { nil: undefined }),
  site,
});

const stockCount = fc.record({ date, product, quantity: qty, site });

const settings = fc.record({
  mode: fc.constantFrom("end-of-period" as const, "continuous" as const),
  ghgPooling: fc.constantFrom("per-batch" as const, "worst-value" as const),
  periodMonths: fc.constantFrom(1, 2, 3),
});

const validLedger = fc
  .record({
    receipts: fc.array(receipt, { maxLength: 30 }),
    deliveries: fc.array(delivery, { maxLength: 30 }),
    production: fc.array(production, { maxLength: 6 }),
    stockCounts: fc.array(stockCount, { maxLength: 4 }),
    settings,
  })
  .map((parts) => ledger(parts));

// Multi-site books under ISCC PLUS: transfers between certified sites of one company (TV-11),
// some refused (a site outside the register), with receipts and deliveries at each site.
const plusSite = fc.constantFrom("Hamburg", "Venlo", "Madrid");
const transfer = fc.record({
  date,
  fromSite: plusSite,
  toSite: plusSite,
  product,
  quantity: qty,
  unit: fc.constantFrom("t", "kg"),
  scheme: fc.constantFrom("ISCC PLUS", "ISCC EU"),
  claim: fc.constantFrom("bio-circular", undefined),
  rawMaterial: fc.constantFrom("UCO", "Tallow", undefined),
  countryOfOrigin: fc.constantFrom("DE", "NL", undefined),
});
const transferLedger = fc
  .record({
    receipts: fc.array(
      receipt.map((r) => ({ ...r, scheme: "ISCC PLUS", site: r.site || "Hamburg" })),
      { maxLength: 20 },
    ),
    deliveries: fc.array(
      delivery.map((d) => ({ ...d, scheme: "ISCC PLUS" })),
      { maxLength: 20 },
    ),
    transfers: fc.array(transfer, { maxLength: 8 }),
    stockCounts: fc.array(stockCount, { maxLength: 3 }),
    settings: settings.map((s) => ({ ...s, scheme: "ISCC PLUS" as const, plusCapCarryForward: true })),
  })
  .map((parts) =>
    ledger({
      ...parts,
      sites: [
        {
          site: "Hamburg",
          company: "Acme",
          country: "DE",
          certificateNumber: "P-1",
          certificationBody: "CB",
        },
        { site: "Venlo", company: "Acme", country: "NL", certificateNumber: "P-2", certificationBody: "CB" },
      ],
    }),
  );

// Books as they vary in the sheets people keep, smaller and denser than the ones above: one site,
// periods of one or two months with rows on their first and last days and on the same day,
// deliveries before the receipts that back them, partial shares, conversions chained (UCO →
// Biodiesel → HVO), a count at a period end, several characteristic sets of a product, and a
// product left incomplete by rows the reader could not read (whose shortfalls are no findings).
const day = fc
  .oneof(fc.integer({ min: 0, max: 89 }), fc.constantFrom(0, 15, 30, 31, 58, 59, 89))
  .map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const smallQty = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map(String),
  fc.integer({ min: 1, max: 12_000 }).map((n) => String(n / 1000)),
);
const wideClaim = fc.constantFrom("ISCC compliant", "EU RED compliant", undefined);
const wideLedger = fc
  .record({
    site: fc.constantFrom("", "Hamburg"),
    receipts: fc.array(
      fc.record({
        date: day,
        product: fc.constantFrom("UCO", "UCO", "Biodiesel"),
        quantity: fc.oneof(smallQty, fc.integer({ min: 5, max: 30 }).map(String)),
        unit: fc.constantFrom("t", "t", "kg"),
        sdNumber: fc.integer({ min: 1, max: 40 }).map((n) => `IN-${n}`),
        supplier: fc.constantFrom("Saipol", "Cargill"),
        supplierCertificate: fc.constant("EU-ISCC-Cert-DE100-1"),
        scheme: fc.constant("ISCC EU"),
        claim: wideClaim,
        rawMaterial: fc.constantFrom("UCO", "Tallow"),
        countryOfOrigin: fc.constantFrom("DE", "NL"),
        wasteResidue: fc.constant("yes"),
        ghg: fc.option(
          fc.record({ total: fc.integer({ min: 5, max: 30 }).map(String), method: fc.constant("AV") }),
          {
            nil: undefined,
            freq: 5,
          },
        ),
        installationStartDate: fc.constant("2012-05-01"),
      }),
      { maxLength: 12 },
    ),
    deliveries: fc.array(
      fc.record({
        date: day,
        product: fc.constantFrom("UCO", "UCO", "UCO", "Biodiesel", "HVO"),
        quantity: smallQty,
        unit: fc.constantFrom("t", "kg"),
        customer: fc.constant("Fuel AG"),
        customerAddress: fc.constant("Kai 2, 24103 Kiel"),
        sustainable: fc.constantFrom("yes", "yes", "yes", "yes", "no", "0.5"),
        claim: wideClaim,
        sdNumber: fc.option(fc.constantFrom("SD-2025-0001", "SD-2025-0007"), { nil: undefined, freq: 3 }),
      }),
      { maxLength: 8 },
    ),
    production: fc.array(
      fc.record({
        date: day,
        inputProduct: fc.constantFrom("UCO", "Biodiesel"),
        inputQuantity: smallQty,
        outputProduct: fc.constantFrom("Biodiesel", "HVO"),
        factor: fc.constantFrom("0.9", "1", "0.5"),
      }),
      { maxLength: 3 },
    ),
    stockCounts: fc.array(
      fc.record({
        date: fc.constantFrom("2025-01-31", "2025-02-15", "2025-02-28", "2025-03-31"),
        product: fc.constantFrom("UCO", "Biodiesel"),
        quantity: smallQty,
      }),
      { maxLength: 1 },
    ),
    settings: fc.record({
      mode: fc.constantFrom("end-of-period" as const, "continuous" as const),
      ghgPooling: fc.constantFrom("per-batch" as const, "worst-value" as const),
      periodMonths: fc.constantFrom(1, 1, 2),
    }),
    incomplete: fc.boolean(),
  })
  .map(({ site, incomplete, ...parts }): Ledger => {
    const at = <T>(rows: T[]) => rows.map((r) => ({ ...r, site }));
    const books = ledger({
      receipts: at(parts.receipts),
      deliveries: at(parts.deliveries),
      production: at(parts.production),
      stockCounts: at(parts.stockCounts),
      settings: parts.settings,
    });
    if (!incomplete) return books;
    return { ...books, incomplete: [{ kinds: ["receipts"], source: { sheet: "Receipts", cell: "A1" } }] };
  });

const BALANCE_FIELDS = ["received", "produced", "transferredIn", "closing", "carriedForward"] as const;
type ProductSums = Record<(typeof BALANCE_FIELDS)[number], ReturnType<typeof dec>>;

/** Each balance field summed over the accounts of a site's product in a period. */
function productTotals(r: ReturnType<typeof runEngine>): Map<string, ProductSums> {
  const sums = new Map<string, ProductSums>();
  for (const b of r.balances) {
    const key = `${b.site.toLowerCase()}|${b.product.toLowerCase()}|${b.periodStart}`;
    const sum = sums.get(key) ?? (Object.fromEntries(BALANCE_FIELDS.map((f) => [f, dec(0)])) as ProductSums);
    for (const f of BALANCE_FIELDS) sum[f] = sum[f].plus(b[f]);
    sums.set(key, sum);
  }
  return sums;
}

/**
 * What rejecting receipts may not increase, given the books before: every balance field and what is
 * declared where they never went below zero and nothing lapsed; else only the credit taken in
 * from receipts. Where credit above the physical stock lapsed, the cap was shared among the
 * product's accounts: a rejected receipt's credit no longer takes its share, so another account
 * may rightly carry (and later declare) more, within the same physical stock. Where the books went
 * below zero, a rejection can move the shortfall: a debt a period closes with stays on the account
 * that carries it (shorts.ts, closeShorts), so where the rejected receipt's account no longer
 * exists the debt falls on another, and the next period's credit, which repaid it before, now
 * feeds a production row (rejection-moves-debt.test.ts; whatever that credit reaches is held back
 * by the product's negative balance). Whether the books went below zero is read from their own
 * running balances, never from the findings: a product fed by input the reader could not read has
 * no negative-balance or overdraft (its shortfall may be no real one), yet its debts move all the
 * same; reading the findings let such books through to the full comparison (CI, once in ~34,000).
 */
function comparable(before: ReturnType<typeof runEngine>): {
  fields: readonly (typeof BALANCE_FIELDS)[number][];
  all: boolean;
} {
  const lapsed = before.balances.some((b) => !dec(b.lapsed).isZero());
  const below = before.ledger.entries().some((e) => dec(e.running).isNegative() && !dec(e.running).isZero());
  return lapsed || below ? { fields: ["received"], all: false } : { fields: BALANCE_FIELDS, all: true };
}

/**
 * The quantity of the declarations not yet issued, held back or not. Not only those the run would
 * issue: rejecting a receipt rightly lets a declaration it held back be issued, its quantity the
 * same (IN-1 5 t without GHG values, IN-2 5 t with them, 3 t sold: the sale draws on IN-1 and is
 * held back by ghg-missing; IN-1 rejected, it draws on IN-2 and is issued).
 */
function declared(r: ReturnType<typeof runEngine>) {
  return r.declarations.filter((d) => d.status !== "issued").reduce((s, d) => s.plus(d.quantity), dec(0));
}

describe("for random valid ledgers", () => {
  it("every balance row reconciles on its own: opening + received + produced + transferredIn − consumed − delivered − transferredOut = closing, carriedForward = closing − lapsed, and the next period opens with what was carried", () => {
    fc.assert(
      fc.property(fc.oneof(validLedger, transferLedger), (input) => {
        const result = runEngine(input, { today: "2026-01-10" });
        const last = new Map<string, string>();
        for (const b of result.balances) {
          const expected = dec(b.opening)
            .plus(b.received)
            .plus(b.produced)
            .plus(b.transferredIn)
            .minus(b.consumed)
            .minus(b.delivered)
            .minus(b.transferredOut);
          expect(dec(b.closing).equals(expected)).toBe(true);
          expect(dec(b.carriedForward).equals(dec(b.closing).minus(b.lapsed))).toBe(true);
          expect(dec(b.transferred).equals(dec(b.transferredIn).minus(b.transferredOut))).toBe(true);
          for (const v of [b.transferredIn, b.transferredOut, b.lapsed])
            expect(dec(v).isNegative()).toBe(false);
          const previous = last.get(b.account);
          if (previous !== undefined) expect(b.opening).toBe(previous);
          last.set(b.account, b.carriedForward);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("transfers deliver exactly the credit they take: what arrives left another site, what leaves arrives", () => {
    fc.assert(
      fc.property(transferLedger, (input) => {
        const result = runEngine(input, { today: "2026-01-10" });
        // per product, period and unit, summed over the sites: credit is conserved by transfers;
        // a transfer of credit the site does not hold moves nothing (issue 13 break-test #15)
        const net = new Map<string, ReturnType<typeof dec>>();
        for (const b of result.balances) {
          const key = `${b.product.toLowerCase()}|${b.periodStart}|${b.unit}`;
          net.set(key, (net.get(key) ?? dec(0)).plus(b.transferredIn).minus(b.transferredOut));
        }
        for (const [key, v] of net) expect([key, v.toFixed()]).toEqual([key, "0"]);
        // and no transfer sold ahead: nothing leaves a site that it did not hold
        const out = result.ledger.entries().filter((e) => e.kind === "transfer-out");
        for (const e of out) expect(dec(e.running).isNegative() && !dec(e.running).isZero()).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  // Which account a withdrawal or a lapse falls on is oldest-first (and the cap at physical stock
  // is shared by the schemes of one tank), so taking one receipt's credit away can move a later
  // withdrawal or lapse onto another account of the same product at the same site; the promise is
  // about the credit of a site's product, summed over its accounts. Receipts already rejected
  // stay rejected: from any set of rejections, rejecting more never gives more.
  it("rejecting receipts never increases any balance of a site's product, nor what is declared", () => {
    const withRejections = fc
      .tuple(
        fc.oneof(validLedger, transferLedger, wideLedger),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.constantFrom<Record<string, unknown>>(
          { unreadable: ["claim"] },
          { unreadable: ["rawMaterial"] },
          { ghg: { total: "60", unit: "g CO2eq/MJ" }, installationStartDate: "2022-01-01" },
        ),
      )
      .map(([input, already, more, why]) => {
        const rejecting = (flags: (i: number) => boolean | undefined): Ledger => ({
          ...input,
          receipts: input.receipts.map((r, i) => (flags(i) ? { ...r, ...why } : r)),
        });
        return {
          input: rejecting((i) => already[i]),
          rejected: rejecting((i) => already[i] || more[i]),
        };
      });
    fc.assert(
      fc.property(withRejections, ({ input, rejected }) => {
        const before = runEngine(input, { today: "2026-01-10" });
        const after = runEngine(rejected, { today: "2026-01-10" });
        const { fields, all } = comparable(before);
        const was = productTotals(before);
        for (const [key, now] of productTotals(after)) {
          const old = was.get(key);
          for (const f of fields)
            expect([key, f, now[f].lessThanOrEqualTo(old ? old[f] : dec(0))]).toEqual([key, f, true]);
        }
        if (all) expect(declared(after).lessThanOrEqualTo(declared(before))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  // Every small book of one product, exhaustively: three receipts (1, 2 and 4 t, so no two sets
  // of them give the same credit) on 10 and 31 January and 1 February, the first ISCC compliant,
  // each of the others ISCC compliant or EU RED compliant; one sale of 3 t, of any claim or ISCC
  // compliant only, dated before every receipt or on the day of one at either side of the month's
  // end; with or without a press of 2 t into Biodiesel on 1 February. For every set of rejected receipts and every larger set,
  // rejecting more never gives more (as above).
  it("rejecting receipts never increases what is declared, for every small book and every pair of nested rejections", () => {
    const RECEIPT_DAYS = ["2025-01-10", "2025-01-31", "2025-02-01"];
    const CLAIMS = ["ISCC compliant", "EU RED compliant"];
    let compared = 0;
    for (let claims = 0; claims < 8; claims += 2)
      for (const saleDay of ["2025-01-05", "2025-01-31", "2025-02-01"])
        for (const saleClaim of [undefined, "ISCC compliant"])
          for (const press of [false, true]) {
            const run = (rejected: number) =>
              runEngine(
                ledger({
                  receipts: RECEIPT_DAYS.map((date, i) =>
                    uco(date, String(2 ** i), `IN-${i + 1}`, {
                      claim: CLAIMS[(claims >> i) & 1],
                      ...(rejected & (1 << i) ? { unreadable: ["claim"] } : {}),
                    }),
                  ),
                  deliveries: [sale(saleDay, "3", { claim: saleClaim })],
                  production: press ? [biodieselFrom("2025-02-01", "2")] : [],
                  settings: { periodMonths: 1 },
                }),
                { today: "2026-01-10" },
              );
            const runs = [0, 1, 2, 3, 4, 5, 6, 7].map(run);
            for (let s = 0; s < 8; s++)
              for (let t = 0; t < 8; t++) {
                if ((s & t) !== s || s === t) continue;
                const [before, after] = [runs[s], runs[t]] as [
                  ReturnType<typeof runEngine>,
                  ReturnType<typeof runEngine>,
                ];
                const { fields, all } = comparable(before);
                const was = productTotals(before);
                const book = { claims, saleDay, saleClaim, press, s, t };
                for (const [key, now] of productTotals(after)) {
                  const old = was.get(key);
                  for (const f of fields)
                    expect([book, key, f, now[f].lessThanOrEqualTo(old ? old[f] : dec(0))]).toEqual([
                      book,
                      key,
                      f,
                      true,
                    ]);
                }
                if (all)
                  expect([book, declared(after).lessThanOrEqualTo(declared(before))]).toEqual([book, true]);
                compared++;
              }
          }
    expect(compared).toBe(4 * 3 * 2 * 2 * 19);
  });

  it("the ledger reads as one truth: running balances add up, lines are dated by the row they link, and each balance's first overdraft is its first line below zero", () => {
    const MOVEMENTS = new Set([
      "receipt",
      "delivery",
      "production-in",
      "production-out",
      "transfer-in",
      "transfer-out",
    ]);
    fc.assert(
      fc.property(validLedger, (input) => {
        const result = runEngine(input, { today: "2026-01-10" });
        const rowDate = new Map<string, string>();
        for (const list of [
          input.receipts,
          input.deliveries,
          input.production,
          input.transfers,
          input.stockCounts,
        ])
          for (const r of list) rowDate.set(`${r.source.sheet}!${r.source.row}`, r.date as string);
        const running = new Map<string, ReturnType<typeof dec>>();
        let lastDate = "";
        for (const e of result.ledger) {
          expect(e.date >= lastDate).toBe(true);
          lastDate = e.date;
          const before = running.get(e.account) ?? dec(0);
          // a carry-forward line restates the balance the period opens with
          if (e.kind !== "carry-forward") expect(dec(e.running).equals(before.plus(e.quantity))).toBe(true);
          running.set(e.account, dec(e.running));
          if (MOVEMENTS.has(e.kind) && e.source) {
            expect([e.kind, e.date]).toEqual([
              e.kind,
              rowDate.get(`${e.source.sheet}!${e.source.cell.replace(/^[A-Z]+/, "")}`),
            ]);
          }
        }
        for (const b of result.balances) {
          const lines = result.ledger
            .entries()
            .filter((e) => e.account === b.account && e.date >= b.periodStart && e.date <= b.periodEnd);
          const below = lines.find((e) => dec(e.running).isNegative() && !dec(e.running).isZero());
          // a withdrawal booked on the account at the close after waiting with no account to draw
          // on overdraws it from its own day: the date its row waited since (break-test #16)
          const waited = (line: (typeof lines)[number]) =>
            result.ledger
              .entries()
              .find(
                (e) =>
                  e.awaiting &&
                  e.date >= b.periodStart &&
                  e.source?.sheet === line.source?.sheet &&
                  e.source?.cell === line.source?.cell,
              )?.date;
          const carried = lines.filter(
            (e) => e.kind === "unbacked" && dec(e.running).isNegative() && !dec(e.running).isZero(),
          );
          const days = [below?.date, ...carried.map(waited)].filter((x): x is string => !!x).sort();
          expect([b.account, b.periodStart, b.firstOverdraft]).toEqual([
            b.account,
            b.periodStart,
            days[0] ?? null,
          ]);
          const last = lines[lines.length - 1];
          if (last) expect(dec(last.running).equals(b.carriedForward)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("declared quantities never exceed the credit an account received", () => {
    fc.assert(
      fc.property(validLedger, (input) => {
        const result = runEngine(input, { today: "2026-01-10" });
        const credit = new Map<string, ReturnType<typeof dec>>();
        for (const b of result.balances) {
          const key = `${b.site}|${b.scheme}|${b.product}|${JSON.stringify(b.characteristics)}`;
          credit.set(key, (credit.get(key) ?? dec(0)).plus(b.received).plus(b.produced));
        }
        const declared = new Map<string, ReturnType<typeof dec>>();
        for (const d of result.declarations) {
          // issued ones were checked when issued; one without enough credit is listed, never issued
          if (d.status === "issued" || d.unbacked) continue;
          const key = `${d.site}|${d.scheme}|${d.product}|${JSON.stringify(d.characteristics)}`;
          declared.set(key, (declared.get(key) ?? dec(0)).plus(d.quantity));
          expect(dec(d.quantity).greaterThan(0)).toBe(true);
        }
        for (const [key, total] of declared)
          expect(total.lessThanOrEqualTo(credit.get(key) ?? dec(0))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("a declaration's inputs add up to its quantity when no conversion is involved", () => {
    fc.assert(
      fc.property(validLedger, (input) => {
        const result = runEngine({ ...input, production: [] }, { today: "2026-01-10" });
        for (const d of result.declarations) {
          // one without enough credit: its inputs and the part no credit backs (p-issue)
          const sum = d.inputs.reduce((s, i) => s.plus(i.quantity), dec(d.unbacked ?? 0));
          expect(sum.equals(d.quantity)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("never issues a number twice, and never one already in the workbook", () => {
    fc.assert(
      fc.property(validLedger, (input) => {
        const used = ["SD-2025-0002", "SD-2025-0003"];
        const result = runEngine({ ...input, usedSdNumbers: used }, { today: "2025-06-30" });
        const fresh = result.declarations.filter((d) => d.status === "new").map((d) => d.number);
        for (const d of result.declarations) if (d.status === "blocked") expect(d.number).toBe("");
        expect(new Set(fresh).size).toBe(fresh.length);
        for (const n of fresh) expect(used.some((u) => n === u || n.startsWith(`${u}-`))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(validLedger, (input) => {
        const a = JSON.stringify(runEngine(input, { today: "2026-01-10" }));
        const b = JSON.stringify(runEngine(structuredClone(input), { today: "2026-01-10" }));
        expect(a).toBe(b);
      }),
      { numRuns: 50 },
    );
  });
});

describe("for any input at all", () => {
  const anyRecord = fc.oneof(
    fc.anything(),
    fc.dictionary(
      fc.constantFrom(
        "date",
        "product",
        "quantity",
        "unit",
        "sdNumber",
        "site",
        "scheme",
        "ghg",
        "source",
        "linkedSds",
        "sustainable",
        "inputProduct",
        "outputProduct",
        "inputQuantity",
        "factor",
        "certificateNumber",
        "validFrom",
        "validUntil",
        "fromSite",
        "toSite",
        "number",
        "deliveryRow",
      ),
      fc.oneof(fc.anything(), fc.string(), date, qty, fc.constant("-1"), fc.constant(""), fc.double()),
    ),
  );
  const garbageLedger = fc.record({
    receipts: fc.oneof(fc.array(anyRecord, { maxLength: 8 }), fc.anything()),
    deliveries: fc.oneof(fc.array(anyRecord, { maxLength: 8 }), fc.anything()),
    production: fc.array(anyRecord, { maxLength: 4 }),
    factors: fc.array(anyRecord, { maxLength: 3 }),
    stockCounts: fc.array(anyRecord, { maxLength: 3 }),
    certificates: fc.array(anyRecord, { maxLength: 3 }),
    sites: fc.array(anyRecord, { maxLength: 3 }),
    transfers: fc.array(anyRecord, { maxLength: 3 }),
    issued: fc.array(anyRecord, { maxLength: 3 }),
    settings: fc.oneof(fc.anything(), settings, fc.dictionary(fc.string(), fc.anything())),
    usedSdNumbers: fc.anything(),
  });

  it("returns a result instead of throwing", () => {
    fc.assert(
      fc.property(fc.oneof(garbageLedger, fc.anything()), fc.anything(), (input, options) => {
        const result = runEngine(input as Ledger, options as never);
        expect(Array.isArray(result.findings)).toBe(true);
        expect(Array.isArray(result.balances)).toBe(true);
        expect(result.findings.filter((f) => f.code === "engine-error")).toEqual([]);
        JSON.stringify(result);
      }),
      { numRuns: 300 },
    );
  });
});
