// (brk20 A3) An address column of a sheet the SDs are printed from (deliveries, a combined ledger)
// whose heading the add-in reads as none of the SD's addresses (the recipient's, the dispatch
// point, the receiving point): "Anschrift Lager", "Adresse 2", "Adres ontvangst". Before, it was
// dropped without a word and the SD printed "Same as recipient" as its receiving point, though
// the column may say the goods went elsewhere. Now it is said at its heading: an error holding the
// declarations of the rows where it names another address than the customer's (what the SD would
// print is unknown), a warning where it names none (blank, or the customer's own address).
import { textKey } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { namesAddress } from "./address-parties";
import { billingAddresses } from "./billing-address";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";

/** The findings at the headings of `rec`'s unread address columns, left to right; none on other sheets. */
export function unreadAddresses(grid: Grid, rec: Recognition): Finding[] {
  const row = rec.headerRow;
  const spec = rec.spec;
  if (row === null || !spec || !spec.fields.some((f) => f.id === "receivingAddress")) return [];
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  for (const r of rec.rivals ?? []) used.add(r.col);
  const own = rec.columns.get("customerAddress")?.col;
  const out: Finding[] = [];
  const width = grid.width(row, row + 1);
  for (let c = 0; c < width; c++) {
    const header = grid.headerText(row, c);
    if (used.has(c) || !header || !namesAddress(header)) continue;
    const rows: number[] = [];
    let first = "";
    for (let r = row + 1; r < grid.rowCount; r++) {
      const v = grid.value(r, c);
      if (isBlank(v)) continue;
      const mine = own === undefined ? undefined : grid.value(r, own);
      if (!isBlank(mine) && textKey(String(mine)) === textKey(String(v))) continue;
      if (rows.length === 0) first = String(v).trim();
      rows.push(r + 1);
    }
    const said = readFinding(
      "mapping-uncertain",
      rows.length > 0 ? "error" : "warning",
      grid.sheet.name,
      cellAddress(row + 1, c),
      {
        label: "Delivery address",
        value: header,
        ...(rows.length > 0 ? { read: first } : {}),
        reason: "address-unread",
      },
    );
    if (rows.length > 0) said.reach = { deliveries: rows.map((r) => ({ sheet: grid.sheet.name, row: r })) };
    out.push(said);
  }
  return [...out, ...billingAddresses(grid, rec)]; // (brk21 5) an invoice's address, said apart
}
