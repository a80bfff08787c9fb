// (brk21 5) An invoice's (billing) address column of a deliveries sheet ("Rechnungsanschrift",
// "Invoice address", "Bill-to address", "Adresse de facturation", "Dirección de facturación",
// "Indirizzo di fatturazione", "Factuuradres", "Adres do faktury"): where invoices go, which may
// be a post-office box or an accounting office, not the recipient's address the SD prints (ISCC:
// the recipient's name and address). Before, it was read as the customer's address: beside
// "Kundenanschrift" every row where the two differed was refused as two customer addresses, and
// beside a delivery address alone the SD printed the billing address as the recipient's. Now it is
// read as no address and said at its heading: a note where the customer's address is read from
// another column, a warning where none is (the declarations then lack the recipient's address).
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { namesBillingAddress } from "./address-parties";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";

/** The findings at the headings of `rec`'s invoice address columns, left to right; none on other sheets. */
export function billingAddresses(grid: Grid, rec: Recognition): Finding[] {
  const row = rec.headerRow;
  if (row === null || !rec.spec?.fields.some((f) => f.id === "customerAddress")) return [];
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  const own = rec.columns.get("customerAddress");
  const out: Finding[] = [];
  const width = grid.width(row, row + 1);
  for (let c = 0; c < width; c++) {
    const header = grid.headerText(row, c);
    if (used.has(c) || !header || !namesBillingAddress(header)) continue;
    out.push(
      readFinding("mapping-uncertain", own ? "info" : "warning", grid.sheet.name, cellAddress(row + 1, c), {
        label: "Customer address",
        value: header,
        ...(own ? { read: own.header } : {}),
        reason: "billing-address",
      }),
    );
  }
  return out;
}
