// What a production row does to the book (domain.md §5): its input leaves, its outputs arrive, and
// the input's credit becomes the outputs' credit by the conversion factor.
import { cellOf } from "../findings";
import { type AccountUnit, dimensionOf, type Ratio, toAmount, toRatios } from "../amount";
import { type Dec, dec, quotient, ZERO } from "../quantity";
import type { FactorBySeq, Process } from "../conversions";
import type { Production } from "../records";
import type { Account, Batch } from "./accounts";
import type { Book, Pool } from "./book";
import { blank, share } from "./events";
import type { Claimant } from "./shorts";
import { poolKey } from "./held";
import { keepHeld, reaches, withdrawHeldFirst } from "./held-on";

const ONE = dec("1");

/**
 * A process: its input leaves the physical stock and its credit is withdrawn once; every output
 * row adds its own output to the stock and gets credit of the withdrawal times its own factor,
 * with the characteristics of the credit it came from (domain.md §5).
 */
export function onProduction(book: Book, process: Process, factors: FactorBySeq): void {
  const p = process.head;
  const input = book.pool(p.site, p.inputKey, p.inputProduct, p.inputAmount, p.unit);
  const qIn = book.inUnit(input, p.inputAmount, p.unit, p.source, "inputQuantity", p.inputUnconverted);
  if (!qIn) {
    // not booked (unit-mismatch): the input lacks its consumption, every output its credit
    book.unbooked(input, false);
    for (const row of process.outputs) book.unbooked({ site: row.site, product: row.outputProduct }, true);
    return;
  }
  book.unstock(input, qIn, p.source, false);
  // per: the output's account unit per unit of the output's dimension (null: the same unit)
  const outputs: { row: Production; pool: Pool; factor: Ratio; per: Ratio | null }[] = [];
  const inUnit = input.unit ?? "t";
  // the factor is output over input in the row's own dimension (mass for t and kg): credit in
  // another account unit (MJ under energy accounting) reaches it through the input side's own
  // density or heating value and leaves it through the output side's (domain.md §4, §5; TV-7)
  const dim = dimensionOf(p.unit) ?? "t";
  // the row's unit per unit of the input's account, an exact ratio (t per m³ is the density: a
  // product, never a division by a rounded 1/density): undefined where the hints do not reach it
  const back = inUnit === dim ? null : toRatios(ONE, inUnit, p.inputHints)[dim];
  for (const row of process.outputs) {
    const factor = factors.get(row.seq) ?? null;
    const typedIn = p.inputAmount[dim];
    // a factor in Nm³/t gives its output in Nm³ (conversions.ts, factor-units.ts); a bare one, the input's unit
    const outDim = process.factorDims?.get(row.seq)?.out ?? dim;
    const outAmount =
      row.outputAmount ??
      (factor && typedIn ? toAmount(through(typedIn, factor), outDim, row.outputHints) : null);
    const output = book.pool(
      row.site,
      row.outputKey,
      row.outputProduct,
      outAmount ?? row.inputAmount,
      row.unit,
    );
    // (brk19 0c) the credit of an input that lacks credit (receipts whose SD was refused) is
    // unknown, so the output's is as unknown: incomplete, a shortfall there no negative balance
    if (book.incomplete.lacksCredit(input.site, input.product, p.date)) book.unbooked(output, true);
    const qOut = outAmount
      ? book.inUnit(output, outAmount, row.unit, row.source, "outputQuantity", row.outputUnconverted)
      : null;
    if (qOut) book.stock(output, qOut);
    else if (outAmount) book.unbooked(output, true);
    if (row.inputKey === row.outputKey) {
      book.facts.push({
        kind: "same-product",
        at: cellOf(row.source, "outputProduct"),
        product: row.inputProduct,
      });
    } else if (factor) {
      // credit is the input's credit times the factor; it reaches an output kept in another unit
      // only through the row's own density or heating value of each side, never at face value
      const per =
        output.unit === outDim ? null : toRatios(ONE, outDim, row.outputHints)[output.unit as AccountUnit];
      const into = per !== undefined;
      if (into && back !== undefined && !back?.n.isZero()) outputs.push({ row, pool: output, factor, per });
      else {
        // the credit cannot reach the output: unknown, not none (domain.md §4, input-incomplete)
        book.unbooked(input, false);
        book.unbooked(output, true);
        book.facts.push({
          kind: "unit",
          at: cellOf(row.source, "outputQuantity", "outputProduct"),
          unit: into ? inUnit : dim,
          accountUnit: output.unit ?? "t",
          product: into ? input.product : output.product,
          why: into ? "input-side" : "output-side",
        });
      }
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
  // `held`: the target pool of issued declarations the credit is held for (held.ts), kept so on the output leading there
  const portion = (account: Account, batch: Batch, quantity: Dec, held?: string) => {
    const origins = share(batch, quantity);
    for (const { row, pool, factor, per } of outputs) {
      const target = book.account(pool, account.id.scheme, account.id.characteristics);
      // multiplied before the one division (brk24): the credit in the input's account, times the
      // row's unit per that unit, times the factor, times the output's unit per the row's output
      // unit, divided once by what they are over: never by a rounded 1/density, nor by a rounded
      // 1/x of an inverse factor x (h-ghg3: its ratio is 1 over x, conversions.ts)
      const out = through(quantity, factor, back ?? null, per);
      const made: Batch = {
        seq: row.seq,
        date: row.date,
        initial: out,
        remaining: out,
        from: origins,
        via: [...batch.via, row.fields],
        source: row.source,
        ghg: row.ghg,
        ghgSource: row.source,
        ...(row.ghgRefused !== undefined ? { ghgRefused: row.ghgRefused } : {}),
        heat: null,
        installationStartDate: batch.installationStartDate,
      };
      const at = poolKey(row.site, row.outputKey);
      if (held && reaches(book.issuedDraws, at, held))
        book.defer(() =>
          keepHeld(book.issuedDraws, book.moved, pool, at, target, made, held, "production-out"),
        );
      else book.defer(() => book.deposit(pool, target, made, "production-out"));
    }
  };
  // credit held for issued declarations of what the outputs become goes first (held.ts)
  const leads = (t: string) =>
    outputs.some(({ row }) => reaches(book.issuedDraws, poolKey(row.site, row.outputKey), t));
  const from = poolKey(p.site, p.inputKey);
  withdrawHeldFirst(book, input, from, eligible, sustainable, "production-in", leads, portion, claimant);
}

/** `q` times each ratio given, divided once at the end by their denominators (exact where none has one). */
function through(q: Dec, ...ratios: (Ratio | null)[]): Dec {
  let n = q;
  let d: Dec | null = null;
  for (const r of ratios) {
    if (!r) continue;
    n = n.times(r.n);
    if (r.d) d = d ? d.times(r.d) : r.d;
  }
  return d ? quotient(n, d) : n;
}
