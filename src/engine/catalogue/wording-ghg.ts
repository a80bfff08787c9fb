// Wording of GHG findings that need more than a line in the message table (p-ghg3).

const s = (v: string | null | undefined): string => (v === null || v === undefined ? "" : v);

/**
 * ghg-saving-below-threshold for a final fuel whose GHG value is per mass: what was typed, why no
 * declaration is issued (RED Art. 29(10): a final fuel's saving is shown and checked per MJ), and
 * what to enter instead.
 */
export function perMassText(
  total: string,
  quantity: string | null | undefined,
  unit: string | null | undefined,
  comparator: string,
  at: { unit: string; product: string; delivery: string },
): string {
  return `this GHG value of ${total} ${s(at.unit)} is per mass of ${s(at.product)}, a final fuel whose GHG saving must be shown on its declaration and meet the minimum, which is judged per MJ against ${comparator}; the declaration of ${s(quantity)} ${s(unit)} for the delivery at ${s(at.delivery)} is not issued. Enter the GHG total in g CO2eq/MJ (with its unit in the GHG unit column), as the supplier's declaration or your own calculation states it.`;
}
