// The energy content a declaration states (domain.md §8, PoS §1 "Energy content (MJ)"). The SD is
// about the product delivered, so what the delivery row states of it comes first: its quantity in
// MJ, its energy content or its heating value (brk22 §4). Only where the row states none is it
// worked out from the heating values of the receipts behind the line; where neither states one it
// is "not known". Where the delivery's heating value and the receipts' differ, the SD states the
// delivery's and a warning says so (energy-content-differs): the two are never blended.
import type { Line } from "./declaration-lines";
import { cellOf, finding } from "./findings";
import { type Dec, dec, equal, toText, ZERO } from "./quantity";
import type { Delivery } from "./records";
import type { Declaration, Finding } from "./result";

/**
 * The line's energy content in MJ as text, or null where nothing states it. `text` is the line's
 * quantity as declared. An account kept in MJ or kWh is its own energy; else the delivery row's
 * own energy (its whole sustainable part where the line is all of it, else the line's quantity at
 * the row's heating value), else the receipts' heating values, each for the quantity it covers.
 */
export function energyOf(line: Line, text: string, d: Delivery): string | null {
  const unit = line.account.unit;
  if (unit === "MJ") return text;
  if (unit === "kWh") return toText(dec(text).times("3.6"));
  const own = d.sustainableAmount;
  const whole = own?.[unit as keyof typeof own];
  if (own?.MJ && whole && equal(whole, line.quantity)) return toText(own.MJ);
  const perT = d.heatingValuePerT;
  if (unit !== "t") return null;
  if (perT) return toText(line.quantity.times(perT));
  let total = ZERO;
  for (const p of line.portions) {
    if (!p.batch.heatingValuePerT) return null;
    total = total.plus(p.quantity.times(p.batch.heatingValuePerT));
  }
  return toText(total);
}

/** A heating value in MJ/t as MJ/kg (÷ 1000: exact). */
const perKg = (mjPerT: Dec): string => `${toText(mjPerT.dividedBy(1000))} MJ/kg`;

/**
 * energy-content-differs (warning, at the delivery's heating value): the receipts behind a line in
 * tonnes state heating values other than the delivery's own, which the declaration states.
 */
export function energyDiffers(line: Line, d: Delivery, declared: Declaration, findings: Finding[]): void {
  const delivered = d.heatingValuePerT;
  if (!delivered || line.account.unit !== "t" || declared.energyContent === null) return;
  const received = new Map<string, ReturnType<typeof cellOf>>();
  for (const p of line.portions) {
    const hv = p.batch.heatingValuePerT;
    if (!hv || equal(hv, delivered)) continue;
    const at = cellOf(p.batch.source, "heatingValue", "quantity");
    const key = `${perKg(hv)} (${at?.sheet ?? ""}!${at?.cell ?? ""})`;
    if (!received.has(key)) received.set(key, at);
  }
  if (received.size === 0) return;
  findings.push(
    finding(
      "energy-content-differs",
      "warning",
      cellOf(d.source, "heatingValue", "quantity"),
      {
        delivered: perKg(delivered),
        received: [...received.keys()].join(", "),
        energy: declared.energyContent,
        quantity: declared.quantity,
        unit: declared.unit,
      },
      [...received.values()],
    ),
  );
}
