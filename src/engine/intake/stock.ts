// Intake of stock counts: the physical stock counted at a date. A count is of one product at one
// site (a certified location); a tank, silo or storage location is a place inside the site. Counts
// of one site's product on one day are one count: summed when each names its own tank, refused
// when two may be of the same tank (the same tank named twice, or a count that names none beside
// another), since two counts of one tank on one day contradict each other (domain.md §4).
import { cellOf, finding } from "../findings";
import { clean, textKey } from "../normalise";
import { type Books, type StockCount, siteKey } from "../records";
import { type Dec, toText } from "../quantity";
import { d, type Intake, t } from "./context";

/** One record kind's rows into the Books. */
export function stock(io: Intake, list: unknown, books: Books): void {
  io.rows("stock", list, (row, source, seq) => {
    const unit = io.unit(row.unit, source);
    if (!unit) return false;
    // a count in m³ converts to t by its own density (kg/m³ or t/m³ as its unit says), or is left out
    const hints = io.hints(row, source, "", unit);
    if (!hints) return false;
    const product = io.name(t(row.product));
    books.stockCounts.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      product: product.name,
      productKey: product.key,
      unit,
      amount: io.amount(d(row.quantity) as Dec, unit, hints),
      tank: clean(t(row.tank)),
    });
  });
  sameDay(io, books);
}

/** The quantity as text where every count of the day names no tank and states the same quantity in the same unit; else null. */
function identicalCounts(day: readonly StockCount[]): string | null {
  const first = day[0] as StockCount;
  const q = first.amount[first.unit as keyof StockCount["amount"]];
  if (!q) return null;
  for (const s of day) {
    const other = s.amount[s.unit as keyof StockCount["amount"]];
    if (s.tank !== "" || s.unit !== first.unit || !other || !other.equals(q)) return null;
  }
  return toText(q);
}

/**
 * Counts of one site's product on one day: summed over their tanks (the first count carries them
 * all in `tanks`, the others are `merged`), or all refused at their quantity cells with
 * `stock-count-conflict` when two may be of the same tank. (brk22 0b) A refused day has no count,
 * and the count it stood for is unknown: never the book stock in its place (which is what a period
 * without a count is capped at), so each refusal is an error and the balance of that site's product
 * is incomplete (nothing is declared from it) until the counts are put right.
 */
function sameDay(io: Intake, books: Books): void {
  const days = new Map<string, StockCount[]>();
  let repeated = false;
  for (const s of books.stockCounts) {
    const key = `${s.date}|${siteKey(s.site)}|${s.productKey}`;
    const day = days.get(key);
    if (day) {
      day.push(s);
      repeated = true;
    } else days.set(key, [s]);
  }
  if (!repeated) return;
  const refused = new Set<StockCount>();
  for (const day of days.values()) {
    if (day.length < 2) continue;
    const tanks = day.map((s) => textKey(s.tank));
    const clash = tanks.find((k, i) => k === "" || tanks.indexOf(k) !== i);
    if (clash === undefined) {
      const [first, ...rest] = day as [StockCount, ...StockCount[]];
      first.tanks = day;
      for (const s of rest) s.merged = true;
      continue;
    }
    // the same quantity twice, no tank named: most likely a copied row, yet two tanks holding the
    // same read alike, and one count or their sum differ twofold: not chosen, said so (the copy named)
    const same = identicalCounts(day);
    const cells = day
      .map((o) => cellOf(o.source, "quantity"))
      .map((c) => (c ? `${c.sheet}!${c.cell}` : ""))
      .filter(Boolean)
      .join(", ");
    for (const s of day) {
      refused.add(s);
      const others = day.filter((o) => o !== s).map((o) => cellOf(o.source, "quantity"));
      io.findings.push(
        finding(
          "stock-count-conflict",
          "error",
          cellOf(s.source, "quantity"),
          {
            product: s.product,
            site: s.site,
            date: s.date,
            counts: day.length,
            tank:
              s.tank !== "" && day.some((o) => o !== s && textKey(o.tank) === textKey(s.tank)) ? s.tank : "",
            tankColumn: !!books.layout?.[s.source.sheet]?.tank || day.some((o) => o.tank !== ""),
            ...(same ? { identical: true, quantity: same, unit: s.unit, cells } : {}),
          },
          others,
        ),
      );
      const at = cellOf(s.source, "quantity") ?? { sheet: s.source.sheet, cell: "" };
      io.leftOut.push({ kinds: ["stockCounts"], products: [s.product], sites: [s.site], source: at });
    }
  }
  if (refused.size > 0) books.stockCounts = books.stockCounts.filter((s) => !refused.has(s));
}
