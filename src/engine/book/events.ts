// What each kind of row does to the book (domain.md §§3–5).
import { cellOf, finding } from "../findings";
import { textKey } from "../normalise";
import { type Dec, dec, quotient, toText, ZERO } from "../quantity";
import { type AccountUnit, dimensionOf, toAmount } from "../amount";
import { worst } from "../ghg";
import type { FactorBySeq, Process } from "../conversions";
import type { Delivery, Ghg, Production, Receipt, StockCount, Transfer } from "../records";
import type { SchemeName } from "../model";
import type { AccountKey, Characteristics } from "../result";
import { type Account, type Batch, type Origin } from "./accounts";
import { type Allocation, type Book, type Pool } from "./book";
import type { Claimant } from "./shorts";

const NO_CHARACTERISTICS: Characteristics = {
  rawMaterial: "",
  countryOfOrigin: "",
  claim: "",
  wasteResidue: "",
  annexIxPart: "",
};

const NO_ROWS: Record<string, unknown>[] = [];
const ONE = dec("1");

/** Origins of `quantity` taken from a batch, in the origins' own terms. */
function share(batch: Batch, quantity: Dec): Origin[] {
  if (quantity.equals(batch.initial)) return batch.origins;
  const only = batch.origins.length === 1 ? batch.origins[0] : undefined;
  // one origin of the whole batch (a receipt's own): its share is the quantity itself, exactly
  // what o × q / initial gives, without the division
  if (only && only.quantity.equals(batch.initial))
    return [{ sd: only.sd, quantity, source: only.source, fields: only.fields }];
  return batch.origins.map((o) => ({
    sd: o.sd,
    quantity: o.quantity.times(quantity).dividedBy(batch.initial),
    source: o.source,
    fields: o.fields,
  }));
}

/**
 * A receipt adds to the physical stock; a sustainable one adds credit too, unless an incoming check
 * rejected it (`rejected` says why): then it gives no credit and the ledger shows it as such.
 */
export function onReceipt(book: Book, r: Receipt, rejected?: string): void {
  const pool = book.pool(r.site, r.productKey, r.product, r.amount, r.unit);
  const q = book.inUnit(pool, r.amount, r.unit, r.source, "quantity", r.unconverted);
  if (!q) return;
  book.stock(pool, q);
  if (rejected !== undefined) return book.notCredited(pool, r.scheme, r.characteristics, q, rejected);
  if (!r.sustainable) return;
  const account = book.account(pool, r.scheme, r.characteristics);
  const batch: Batch = {
    seq: r.seq,
    date: r.date,
    initial: q,
    remaining: q,
    origins: [{ sd: r.sd, quantity: q, source: r.source, fields: r.fields }],
    via: NO_ROWS,
    source: r.source,
    ghg: r.ghg,
    heatingValuePerT: r.heatingValuePerT,
    installationStartDate: r.installationStartDate,
  };
  if (book.linking) {
    const list = pool.bySd.get(r.sdKey);
    if (list) list.push({ account, batch });
    else pool.bySd.set(r.sdKey, [{ account, batch }]);
  }
  book.deposit(pool, account, batch, "receipt");
}

/** ISCC compliant credit may be sold as EU RED compliant, never the other way round. */
function serves(a: Account, scheme: SchemeName, claim: string | null): boolean {
  if (a.id.scheme !== scheme) return false;
  if (claim === null || claim === "EU RED compliant") return true;
  return a.id.characteristics.claim === claim;
}

/** The account a short is booked on at the close when no credit of its kind exists at all. */
function blank(pool: Pool, scheme: SchemeName, claim: string): AccountKey {
  return {
    site: pool.site,
    scheme,
    product: pool.product,
    characteristics: { ...NO_CHARACTERISTICS, claim },
  };
}

/** Deliveries of one scheme and claim from a pool are one kind of withdrawal: one claimant serves all. */
function deliveryClaimant(pool: Pool, d: Delivery): Claimant {
  let byClaim = pool.claimants.get(d.scheme);
  if (!byClaim) pool.claimants.set(d.scheme, (byClaim = new Map()));
  let claimant = byClaim.get(d.claim);
  if (!claimant) {
    const key = `delivery|${d.scheme}|${d.claim ?? ""}`;
    const { scheme } = d;
    const wanted = d.claim;
    const claim = wanted ?? (scheme === "ISCC EU" ? "EU RED compliant" : "");
    claimant = {
      key,
      serves: (a) => serves(a, scheme, wanted),
      fallback: blank(pool, scheme, claim),
    };
    byClaim.set(d.claim, claimant);
  }
  return claimant;
}

export function onDelivery(book: Book, d: Delivery): void {
  const pool = book.pool(d.site, d.productKey, d.product, d.amount, d.unit);
  const q = book.inUnit(pool, d.amount, d.unit, d.source, "quantity", d.unconverted);
  if (!q) return;
  book.unstock(pool, q);
  if (!d.sustainableAmount) return;
  const sq = d.sustainableAmount[(pool.unit ?? "t") as keyof typeof d.sustainableAmount] ?? q;
  const claimant = deliveryClaimant(pool, d);
  const eligible = book.eligible(pool, claimant.key, claimant.serves);
  const alloc: Allocation = {
    delivery: d,
    quantity: sq,
    unit: pool.unit ?? "t",
    unfilled: sq,
    portions: [],
    failed: false,
  };
  book.allocations.push(alloc);
  book.open.push(alloc);
  let drawn = false;
  const sink = (account: Account, batch: Batch, quantity: Dec) => {
    alloc.portions.push({ account, batch, quantity });
    if (drawn) alloc.unfilled = alloc.unfilled.minus(quantity);
  };
  // What the withdrawal leaves unfilled is what it returns (the same subtractions in the same
  // order), so its portions need no second count; credit filling the short later counts down.
  alloc.unfilled = book.withdraw(eligible, pool, sq, "delivery", sink, claimant, d.linkedSds);
  drawn = true;
  if (d.linkedSds.length > 0 && !alloc.unfilled.isZero()) {
    // the links cannot back it all: no declaration names credit the user did not link
    alloc.failed = true;
    book.findings.push(
      finding(
        "linked-sd-unavailable",
        "error",
        cellOf(d.source, "linkedSds", "quantity"),
        {
          sds: d.linkedSds.join(", "),
          asked: toText(sq),
          available: toText(sq.minus(alloc.unfilled)),
          unit: alloc.unit,
        },
        [cellOf(d.source, "quantity")],
      ),
    );
  }
  if (book.profile.ghgPooling === "worst-value") alloc.poolWorst = poolWorst(alloc.portions);
}

/** The worst GHG value of each account drawn on: its batches left in the pool and those just taken. */
function poolWorst(portions: Allocation["portions"]): Map<Account, Ghg | null> {
  const out = new Map<Account, Ghg | null>();
  for (const p of portions) {
    if (!out.has(p.account))
      out.set(p.account, worst(p.account.batches.slice(p.account.head).map((b) => b.ghg)));
    out.set(p.account, worst([out.get(p.account) ?? null, p.batch.ghg]));
  }
  return out;
}

/**
 * A process: its input leaves the physical stock and its credit is withdrawn once; every output
 * row adds its own output to the stock and gets credit of the withdrawal times its own factor,
 * with the characteristics of the credit it came from (domain.md §5).
 */
export function onProduction(book: Book, process: Process, factors: FactorBySeq): void {
  const p = process.head;
  const input = book.pool(p.site, p.inputKey, p.inputProduct, p.inputAmount, p.unit);
  const qIn = book.inUnit(input, p.inputAmount, p.unit, p.source, "inputQuantity", p.inputUnconverted);
  if (!qIn) return;
  book.unstock(input, qIn);
  const outputs: { row: Production; pool: Pool; factor: Dec; per: Dec; div: Dec }[] = [];
  const inUnit = input.unit ?? "t";
  // the factor is output over input in the row's own dimension (mass for t and kg): credit in
  // another account unit (MJ under energy accounting) reaches it through the input side's own
  // density or heating value and leaves it through the output side's (domain.md §4, §5; TV-7)
  const dim = dimensionOf(p.unit) ?? "t";
  const div = inUnit === dim ? ONE : toAmount(ONE, dim, p.inputHints)[inUnit as AccountUnit];
  for (const row of process.outputs) {
    const factor = factors.get(row.seq) ?? null;
    const typedIn = p.inputAmount[dim];
    const outAmount =
      row.outputAmount ?? (factor && typedIn ? toAmount(typedIn.times(factor), dim, row.outputHints) : null);
    const output = book.pool(
      row.site,
      row.outputKey,
      row.outputProduct,
      outAmount ?? row.inputAmount,
      row.unit,
    );
    const qOut = outAmount
      ? book.inUnit(output, outAmount, row.unit, row.source, "outputQuantity", row.outputUnconverted)
      : null;
    if (qOut) book.stock(output, qOut);
    if (row.inputKey === row.outputKey) {
      book.findings.push(
        finding("conversion-same-product", "warning", cellOf(row.source, "outputProduct"), {
          product: row.inputProduct,
        }),
      );
    } else if (factor) {
      // credit is the input's credit times the factor; it reaches an output kept in another unit
      // only through the row's own density or heating value of each side, never at face value
      const per = output.unit === dim ? ONE : toAmount(ONE, dim, row.outputHints)[output.unit as AccountUnit];
      if (per && div && !div.isZero()) outputs.push({ row, pool: output, factor, per, div });
      else
        book.findings.push(
          finding("unit-mismatch", "error", cellOf(row.source, "outputQuantity", "outputProduct"), {
            unit: per ? inUnit : dim,
            accountUnit: output.unit ?? "t",
            product: per ? input.product : output.product,
            why: per ? "input-side" : "output-side",
          }),
        );
    }
  }
  const sustainable = p.sustainableInput[(input.unit ?? "t") as keyof typeof p.sustainableInput] ?? ZERO;
  if (sustainable.isZero() || outputs.length === 0) return;
  const claimant: Claimant = {
    key: `production|${p.scheme ?? ""}`,
    serves: (a) => p.scheme === null || a.id.scheme === p.scheme,
    fallback: blank(
      input,
      p.scheme ?? book.profile.scheme,
      p.scheme === "ISCC PLUS" ? "" : "EU RED compliant",
    ),
  };
  const eligible = book.eligible(input, claimant.key, claimant.serves);
  const sink = (account: Account, batch: Batch, quantity: Dec) => {
    const origins = share(batch, quantity);
    for (const { row, pool, factor, per, div } of outputs) {
      const target = book.account(pool, account.id.scheme, account.id.characteristics);
      const made0 = per === ONE ? quantity.times(factor) : quantity.times(factor).times(per);
      const out = div === ONE ? made0 : quotient(made0, div);
      const made: Batch = {
        seq: row.seq,
        date: row.date,
        initial: out,
        remaining: out,
        origins,
        via: [...batch.via, row.fields],
        source: row.source,
        ghg: row.ghg,
        heatingValuePerT: null,
        installationStartDate: batch.installationStartDate,
      };
      book.defer(() => book.deposit(pool, target, made, "production-out"));
    }
  };
  book.withdraw(eligible, input, sustainable, "production-in", sink, claimant);
}

function matches(a: Account, t: Transfer): boolean {
  if (a.id.scheme !== t.scheme) return false;
  const c = a.id.characteristics;
  const w = t.characteristics;
  const same = (x: string, y: string) => y === "" || textKey(x) === textKey(y);
  return (
    same(c.rawMaterial, w.rawMaterial) &&
    same(c.countryOfOrigin, w.countryOfOrigin) &&
    (w.claim === "" || c.claim === w.claim) &&
    same(c.wasteResidue, w.wasteResidue) &&
    same(c.annexIxPart, w.annexIxPart)
  );
}

export function onTransfer(book: Book, t: Transfer): void {
  const from = book.pool(t.fromSite, t.productKey, t.product, t.amount, t.unit);
  const to = book.pool(t.toSite, t.productKey, t.product, t.amount, t.unit);
  const q = book.inUnit(from, t.amount, t.unit, t.source, "quantity");
  if (!q) return;
  // what leaves in the sending site's unit arrives in the receiving site's: a site keeping the
  // product in another unit takes it by the row's own conversion, else nothing moves (never a
  // number of tonnes booked as cubic metres)
  const qTo = to.unit === from.unit ? q : book.inUnit(to, t.amount, t.unit, t.source, "quantity");
  if (!qTo) return;
  const w = t.characteristics;
  const claimant: Claimant = {
    key: ["transfer", t.scheme, w.rawMaterial, w.countryOfOrigin, w.claim, w.wasteResidue, w.annexIxPart]
      .map(textKey)
      .join("|"),
    serves: (a) => matches(a, t),
    fallback: { site: from.site, scheme: t.scheme, product: from.product, characteristics: w },
  };
  const eligible = from.accounts.filter(claimant.serves);
  // only credit the sending site holds moves: a transfer is never sold ahead, so nothing leaves
  // one site that does not arrive at the other (issue 13 break-test #15)
  const held = eligible.reduce((sum, a) => (a.balance.isPositive() ? sum.plus(a.balance) : sum), ZERO);
  const moved = q.greaterThan(held) ? held : q;
  if (moved.lessThan(q)) {
    book.findings.push(
      finding("transfer-not-allowed", "error", cellOf(t.source, "quantity"), {
        from: t.fromSite,
        to: t.toSite,
        reason: `${t.fromSite} holds only ${toText(held)} ${from.unit ?? "t"} of ${from.product} credit with these characteristics on ${t.date}, so ${toText(q.minus(moved))} ${from.unit ?? "t"} of it were not moved; correct the characteristics or the quantity, or book the credit's arrival before the transfer`,
      }),
    );
  }
  if (moved.isZero()) return;
  const sink = (account: Account, batch: Batch, quantity: Dec) => {
    const target = book.account(to, account.id.scheme, account.id.characteristics);
    const arriving = qTo === q ? quantity : quotient(quantity.times(qTo), q);
    const moved: Batch = {
      seq: t.seq,
      date: batch.date,
      initial: arriving,
      remaining: arriving,
      origins: share(batch, quantity),
      via: [...batch.via, t.fields],
      source: t.source,
      ghg: batch.ghg,
      heatingValuePerT: batch.heatingValuePerT,
      installationStartDate: batch.installationStartDate,
    };
    book.defer(() => book.deposit(to, target, moved, "transfer-in"));
  };
  book.withdraw(eligible, from, moved, "transfer-out", sink, claimant);
}

/** A count resets the physical stock; the difference to the book is checked against the tolerance. */
export function onStockCount(book: Book, s: StockCount, opening: boolean): void {
  const pool = book.pool(s.site, s.productKey, s.product, s.amount, s.unit);
  const counted = book.inUnit(pool, s.amount, s.unit, s.source, "quantity");
  if (!counted) return;
  const at = cellOf(s.source, "quantity");
  if (opening) {
    pool.book = counted;
    pool.actual = counted;
    return;
  }
  const bookStock = pool.actual;
  const diff = bookStock.minus(counted).abs();
  const deviation = bookStock.isZero() ? (diff.isZero() ? ZERO : null) : diff.dividedBy(bookStock.abs());
  if (deviation === null || deviation.greaterThan(book.profile.stockTolerance)) {
    book.findings.push(
      finding("stock-deviation", "warning", at, {
        product: pool.product,
        site: pool.site,
        book: bookStock.toFixed(),
        counted: counted.toFixed(),
        unit: pool.unit ?? "t",
        deviation: deviation === null ? "100" : deviation.times(100).toDecimalPlaces(2).toFixed(),
        tolerance: book.profile.stockTolerance.times(100).toFixed(),
      }),
    );
  }
  pool.actual = counted;
  pool.counted = true;
  pool.countSource = at;
}
