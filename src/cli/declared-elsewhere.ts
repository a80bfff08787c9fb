// (p-folder) A delivery already declared in another audited copy beside the input or the output.
// The folder scan (other-copies.ts) refuses a number issued there for other rows; but a delivery
// declared there under one number gets a second declaration here under another wherever the
// numbers do not meet (the SD prefix changed, a number typed on a later row moved the numbering
// on, the copy was declared in another year): two SDs for one delivery, its credit claimed twice.
// So the deliveries are compared too, by what each is (date, customer, product, site, quantity:
// the identity the register binds a declaration to its row by, engine/issue/identity.ts). A new
// declaration of this run for a delivery that a declaration there was issued for, still issued
// and not known here by its number, stops the run. The same declaration written into a second
// file (its number here too) is no second one; a withdrawn one there declares nothing.
import { numberKey } from "../engine/normalise";
import { declaredDeliveryKey } from "../engine/issue/delivery-key";
import { identityOf } from "../engine/issue/record";
import { metaOf } from "../engine/issue/meta";
import type { Declaration } from "../engine/result";
import { REGISTER_SHEET } from "../workbook/register";
import { type IssuedElsewhere, oneCopy } from "./other-copies";

/**
 * The new declarations of this run whose delivery a declaration beside was issued for, one per
 * delivery, each with the first such declaration beside: issued there and not withdrawn, whose
 * record names its delivery, and whose number this run does not hold (a number held here is the
 * same declaration, or a clash clashesOf reports). Deliveries alike in all five values cannot be
 * told apart, so one declared there makes any new one of them here a possible second declaration.
 */
export function declaredAgain(
  declarations: readonly Declaration[],
  elsewhere: readonly IssuedElsewhere[],
): [Declaration, IssuedElsewhere][] {
  if (elsewhere.length === 0) return [];
  const known = new Set(declarations.map((d) => numberKey(d.number)));
  const there = new Map<string, IssuedElsewhere>();
  for (const e of elsewhere) {
    if (!e.active || !e.delivery || known.has(numberKey(e.number)) || there.has(e.delivery)) continue;
    there.set(e.delivery, e);
  }
  if (there.size === 0) return [];
  const out: [Declaration, IssuedElsewhere][] = [];
  const said = new Set<string>();
  for (const d of declarations) {
    if (d.status !== "new") continue;
    const key = declaredDeliveryKey(d);
    const e = key ? there.get(key) : undefined;
    if (!e || said.has(key)) continue;
    said.add(key);
    out.push([d, e]);
  }
  return out;
}

/** "Deliveries row 3 (30 t Rapeseed oil to Blend BV, dispatched 2025-02-05)": the delivery as its row gives it. */
function deliveryText(d: Declaration): string {
  const fields = metaOf(d)?.fields;
  const id = fields ? identityOf(fields) : null;
  const qty = id && id.quantity ? `${id.quantity} ${id.unit || d.unit} ` : "";
  const row = d.delivery.row > 0 ? `${d.delivery.sheet} row ${d.delivery.row}` : "the delivery";
  return `${row} (${qty}${d.product} to ${d.recipient.name || "?"}, dispatched ${d.dispatchDate || "?"})`;
}

/**
 * Stops a declare run (UsageError, nothing written) where a declaration it would issue now is for
 * a delivery that a declaration in another audited copy beside it was issued for (declaredAgain):
 * the message names the delivery, the copy, its register cell and number, and this run's number.
 */
export function refuseDeliveriesDeclaredElsewhere(
  declarations: readonly Declaration[],
  elsewhere: readonly IssuedElsewhere[],
  output: string,
): void {
  const again = declaredAgain(declarations, elsewhere);
  const first = again[0]?.[1];
  if (!first) return;
  const told = again.map(
    ([d, e]) =>
      `${deliveryText(d)} is already declared in ${e.file} as ${e.number} (${e.cell ? `'${REGISTER_SHEET}'!${e.cell}` : REGISTER_SHEET}), and this run would issue ${d.number} for it`,
  );
  const shown =
    told.length > 2 ? `${told.slice(0, 2).join("; ")}; and ${told.length - 2} more` : told.join("; ");
  const said = `${shown}: a second declaration for one delivery claims its credit twice; `;
  throw oneCopy(said, "so no delivery gets two declarations", first, output);
}
