// The energy content a declaration states (domain.md §8, PoS §1 "Energy content (MJ)"). The SD is
// about the product delivered, so what the delivery row states of it comes first: its quantity in
// MJ, its energy content or its heating value (brk22 §4). Only where the row states none is it
// worked out from the heating values of the receipts behind the line; where neither states one it
// is "not known". Where the delivery's heating value and the receipts' differ, the SD states the
// delivery's and a warning says so (energy-content-differs): the two are never blended.
import type { Line } from "./declaration-lines";
import { cellOf, finding } from "./findings";
import { energyAt, heatingValueIn, type Ratio, valueOf } from "./amount";
import { dec, equal, toText, ZERO } from "./quantity";
import type { Delivery } from "./records";
import type { Declaration, Finding } from "./result";
import type { PerDimension } from "./units";

/**
 * The line's energy content in MJ as text, or null where nothing states it. `text` is the line's
 * quantity as declared. An account kept in MJ or kWh is its own energy; else the delivery row's
 * own energy (its whole sustainable part where the line is all of it, else the line's quantity at
 * the row's heating value), else the receipts' heating values, each for the quantity it covers.
 * A heating value reaches an account in t, m³ or Nm³ as the row states it or through the row's own
 * density (amount.ts heatingValueIn), multiplied before the one division (brk24: never 2,400,000.009).
 */
export function energyOf(line: Line, text: string, d: Delivery): string | null {
  const unit = line.account.unit;
  if (unit === "MJ") return text;
  if (unit === "kWh") return toText(dec(text).times("3.6"));
  const own = d.sustainableAmount;
  const whole = own?.[unit as keyof typeof own];
  if (own?.MJ && whole && equal(whole, line.quantity)) return toText(own.MJ);
  if (unit !== "t" && unit !== "m3" && unit !== "Nm3") return null;
  const delivered = d.heat ? heatingValueIn(d.heat, unit) : null;
  if (delivered) return toText(energyAt(line.quantity, delivered));
  let total = ZERO;
  for (const p of line.portions) {
    const hv = p.batch.heat ? heatingValueIn(p.batch.heat, unit) : null;
    if (!hv) return null;
    total = total.plus(energyAt(p.quantity, hv));
  }
  return toText(total);
}

/** A heating value per unit of the account, as it is named per kg, L or Nm³ (÷ 1000: exact, before the one division). */
function named(r: Ratio, unit: PerDimension): string {
  if (unit === "Nm3") return `${toText(valueOf(r))} MJ/Nm³`;
  return `${toText(valueOf({ n: r.n, d: r.d ? r.d.times(1000) : dec(1000) }))} MJ/${unit === "t" ? "kg" : "L"}`;
}

/** The two ratios are the same value, exactly (cross-multiplied). */
const same = (a: Ratio, b: Ratio): boolean => equal(a.n.times(b.d ?? 1), b.n.times(a.d ?? 1));

/**
 * energy-content-differs (warning, at the delivery's heating value): the receipts behind a line in
 * tonnes or a volume state heating values other than the delivery's own, which the declaration states.
 */
export function energyDiffers(line: Line, d: Delivery, declared: Declaration, findings: Finding[]): void {
  const unit = line.account.unit;
  if (unit !== "t" && unit !== "m3" && unit !== "Nm3") return;
  const delivered = d.heat ? heatingValueIn(d.heat, unit) : null;
  if (!delivered || declared.energyContent === null) return;
  const received = new Map<string, ReturnType<typeof cellOf>>();
  for (const p of line.portions) {
    const hv = p.batch.heat ? heatingValueIn(p.batch.heat, unit) : null;
    if (!hv || same(hv, delivered)) continue;
    const at = cellOf(p.batch.source, "heatingValue", "quantity");
    const key = `${named(hv, unit)} (${at?.sheet ?? ""}!${at?.cell ?? ""})`;
    if (!received.has(key)) received.set(key, at);
  }
  if (received.size === 0) return;
  findings.push(
    finding(
      "energy-content-differs",
      "warning",
      cellOf(d.source, "heatingValue", "quantity"),
      {
        delivered: named(delivered, unit),
        received: [...received.keys()].join(", "),
        energy: declared.energyContent,
        quantity: declared.quantity,
        unit: declared.unit,
      },
      [...received.values()],
    ),
  );
}
