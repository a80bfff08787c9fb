// Property tests (fast-check): for random valid ledgers the books balance and declarations never
// exceed the credit behind them; for any input at all, the engine returns instead of throwing;
// the same input always gives the same output.
import fc from "fast-check";
import { type Ledger, runEngine } from "../../../src/engine";
import { dec } from "../../../src/engine/quantity";
import { ledger } from "../build";

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
  // about the credit of a site's product, summed over its accounts.
  it("rejecting receipts never increases any balance of a site's product, nor what is declared", () => {
    const withRejections = fc
      .tuple(
        fc.oneof(validLedger, transferLedger),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        fc.constantFrom<Record<string, unknown>>(
          { unreadable: ["claim"] },
          { unreadable: ["rawMaterial"] },
          { ghg: { total: "60", unit: "g CO2eq/MJ" }, installationStartDate: "2022-01-01" },
        ),
      )
      .map(([input, reject, why]) => ({
        input,
        rejected: { ...input, receipts: input.receipts.map((r, i) => (reject[i] ? { ...r, ...why } : r)) },
      }));
    const FIELDS = ["received", "produced", "transferredIn", "closing", "carriedForward"] as const;
    type Sums = Record<(typeof FIELDS)[number], ReturnType<typeof dec>>;
    const totals = (r: ReturnType<typeof runEngine>) => {
      const sums = new Map<string, Sums>();
      for (const b of r.balances) {
        const key = `${b.site.toLowerCase()}|${b.product.toLowerCase()}|${b.periodStart}`;
        const sum = sums.get(key) ?? (Object.fromEntries(FIELDS.map((f) => [f, dec(0)])) as Sums);
        for (const f of FIELDS) sum[f] = sum[f].plus(b[f]);
        sums.set(key, sum);
      }
      return sums;
    };
    fc.assert(
      fc.property(withRejections, ({ input, rejected }) => {
        const before = runEngine(input, { today: "2026-01-10" });
        const after = runEngine(rejected, { today: "2026-01-10" });
        // Where credit above the physical stock lapsed, the carry-forward cap was shared among the
        // product's accounts: a rejected receipt's credit no longer takes its share, so another
        // account may rightly carry (and later declare) more, within the same physical stock. Where
        // the books were short (a balance below zero), a rejection can move the shortfall to
        // another account or period, so a later production row may find real credit it did not
        // find before. In both cases only the credit taken in from receipts is compared; for books
        // without a lapse or a shortfall, everything downstream is too.
        const capped =
          before.balances.some((b) => !dec(b.lapsed).isZero()) ||
          before.findings.some((f) => f.code === "negative-balance" || f.code === "overdraft");
        const fields = capped ? (["received"] as const) : FIELDS;
        const was = totals(before);
        for (const [key, now] of totals(after)) {
          const old = was.get(key);
          for (const f of fields) expect(now[f].lessThanOrEqualTo(old ? old[f] : dec(0))).toBe(true);
        }
        const declared = (r: typeof before) =>
          r.declarations.filter((d) => d.status !== "issued").reduce((s, d) => s.plus(d.quantity), dec(0));
        if (!capped) expect(declared(after).lessThanOrEqualTo(declared(before))).toBe(true);
      }),
      { numRuns: 200 },
    );
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
