// The wording of a sheet of receipts and deliveries side by side that is not read (header-not-found,
// reason two-sides; workbook/side-blocks.ts, read-plan.ts).
import type { ReadDetails } from "./details";

/** The reasons of header-not-found on a sheet of receipts and deliveries side by side (twoSidesText). */
export const SIDES_REASONS: ReadonlySet<string> = new Set([
  "two-sides",
  "transfer-sides",
  "transfer-ledger",
  "tank-moves",
  "block-kind",
  "group-unit",
  "title-unit",
]);

/**
 * The body of header-not-found, reason two-sides: `read` the headings or blocks that show both
 * sides; `value`, where the user chose a kind for the sheet in the Sheets tab, its label (that
 * kind would read the two blocks as one table); else the blocks cannot be told apart. Reason
 * transfer-sides: the blocks name sites a movement comes from and goes to (transferText).
 */
export function twoSidesText(sheet: string, d: ReadDetails): string {
  if (d.reason === "transfer-sides") return transferText(sheet, d);
  if (d.reason === "transfer-ledger") return transferLedgerText(sheet, d);
  if (d.reason === "tank-moves") return tankMovesText(sheet, d);
  if (d.reason === "block-kind") return blockKindText(sheet, d);
  if (d.reason === "group-unit")
    return `the heading of this column says the quantity is in ${d.value}, but the group heading "${d.missing}" over it says ${d.read}; the add-in does not choose between them, so none of the rows of this block of sheet "${sheet}" are read and the balances they would feed are incomplete. Make the two agree: write the unit once, in the group heading or in this column's heading.`;
  if (d.reason === "title-unit")
    return `the heading of this column says the quantity is in ${d.value}, but the title above the table ("${d.missing}") says all quantities are in ${d.read}; the add-in does not choose between them, so none of the rows of sheet "${sheet}" are read and the balances they would feed are incomplete. Make the two agree: correct the title, or this column's heading.`;
  if (d.value)
    return `sheet "${sheet}" keeps receipts and deliveries side by side (${d.read}), and the kind chosen for it in the add-in's Sheets tab ("${d.value}") would read the two as one table, so none of its rows are read and the balances they would feed are incomplete. Put the receipts and the deliveries on two sheets; or choose "Receipts" or "Deliveries" for the sheet, which is then read as two tables where "Receipts" stands in the row above the first heading of the receipts' columns and "Deliveries" above the first of the deliveries', with a blank column between the two.`;
  return `sheet "${sheet}" keeps receipts and deliveries side by side (${d.read}), but the add-in cannot tell safely which columns are the receipts' and which the deliveries', so none of its rows are read and the balances they would feed are incomplete. Put the receipts and the deliveries on two sheets, or write "Receipts" in the row above the first heading of the receipts' columns and "Deliveries" above the first of the deliveries', with a blank column between the two.`;
}

/**
 * header-not-found, reason transfer-sides: two blocks each with a date and a quantity, and headings
 * (`read`) that name the site a movement comes from or goes to ("Von" in B and "Nach" in F). Such a
 * sheet may record transfers between the company's sites, which move credit between two accounts
 * (ISCC PLUS only, under the transfer rules) and are neither receipts nor deliveries; read as
 * receipts and deliveries, a transfer would take credit in that was never bought and issue a
 * declaration for material that never left the company. `value`: the kind the user chose, if any.
 */
function transferText(sheet: string, d: ReadDetails): string {
  const chosen = d.value
    ? `, and the kind chosen for it in the add-in's Sheets tab ("${d.value}") would not read it as such`
    : "";
  return `sheet "${sheet}" keeps two blocks side by side, each with its own date and quantity, and names where material comes from and goes to (${d.read}): it may record transfers between sites, which are neither receipts nor deliveries${chosen}, so none of its rows are read and the balances they would feed are incomplete. Keep transfers between sites on a sheet of their own, one row per transfer with its date, the site it leaves ("From site"), the site it reaches ("To site"), the product and the quantity; if these are purchases and sales, head the columns "Supplier" and "Customer" instead.`;
}

/**
 * header-not-found, reason transfer-ledger: a sheet named for transfers between sites whose headings
 * (`read`) read as `label` (a combined ledger, receipts or deliveries) of one site with no supplier
 * or customer: each row going out would be a sale to no one, each coming in a purchase from no one.
 */
function transferLedgerText(sheet: string, d: ReadDetails): string {
  const [as, wrong] =
    d.label === "Receipts"
      ? ["receipts", "a purchase from no one"]
      : d.label === "Deliveries"
        ? ["deliveries", "a sale to no one"]
        : ["a combined ledger", "a sale to no one and a purchase from no one"];
  return `sheet "${sheet}" is named for transfers between sites, but its columns (${d.read}) book each row at one site, with no supplier or customer; read as ${as}, a move between two of the company's sites would be ${wrong}, so none of its rows are read and the balances they would feed are incomplete. Keep transfers one row per transfer with its date, the site it leaves ("From site"), the site it reaches ("To site"), the product and the quantity; if these are purchases and sales, add a "Supplier or customer" column.`;
}

/**
 * header-not-found, reason tank-moves (brk13 #11): a transfers sheet whose headings (`read`) name
 * the tanks a move leaves and reaches. A tank is storage within one site: a move between two tanks
 * is no transfer between sites' accounts (domain.md §4), and its tanks are never booked as sites.
 */
function tankMovesText(sheet: string, d: ReadDetails): string {
  return `sheet "${sheet}" is read as transfers between sites, but its columns ${d.read} name tanks; a tank is storage within one site, so a move between two tanks is no transfer between sites' accounts and the add-in does not book tanks as sites: none of its rows are read and the balances they would feed are incomplete. If the sheet holds moves between tanks of one site, keep it out of the books (they change no balance); if it holds transfers between sites, head the columns with the sites ("From site", "To site") and write the sites' names in them.`;
}

/**
 * The body of a finding at a cell or heading about a row's side: invalid-value, reason
 * transfer-unpaired or tank-site; mapping-uncertain, reason type-unread.
 */
export function sideCellText(d: ReadDetails, consequence: string): string {
  if (d.reason === "type-unread") return typeUnreadText(d);
  return d.reason === "tank-site" ? tankSiteText(d, consequence) : transferUnpairedText(d, consequence);
}

/**
 * mapping-uncertain, reason type-unread (p-sidewords): the column headed `value` holds purchase
 * and sale words (`read`) on a sheet read as `label` (receipts or deliveries), which books every
 * row on its one side: a row of the other side would change sides, so the balances are incomplete.
 */
function typeUnreadText(d: ReadDetails): string {
  const [own, other, moved] =
    d.label === "Receipts" ? ["receipt", "sale", "deliveries"] : ["delivery", "purchase", "receipts"];
  return `the column headed "${d.value}" holds purchase and sale words (${d.read}), so its rows may be purchases and sales, but the sheet is read as ${d.label.toLowerCase()}, which books every row as a ${own}: a row that is a ${other} would change sides. The add-in does not guess, so the balances this sheet feeds are incomplete and no Sustainability Declaration is issued from them. Map "${d.value}" as Type (in or out) in the add-in's Sheets tab and head the date and quantity columns for both sides ("Date", "Quantity"), or move the ${other}s to the ${moved} sheet.`;
}

/**
 * The body of invalid-value, reason tank-site (brk13 #11): `value` in `label` (From site or To
 * site) names a tank, storage within one site, not a site.
 */
function tankSiteText(d: ReadDetails, consequence: string): string {
  return `"${d.value}" in ${d.label} names a tank, which is storage within one site, not a site: a move between two tanks of one site is no transfer between sites' accounts and changes no balance, so the add-in does not book "${d.value}" as a site (${consequence}). If the material moved between sites, write the sites' names in From site and To site; a move between tanks of one site needs no row on the transfers sheet.`;
}

/**
 * header-not-found, reason block-kind: the kind chosen in the Sheets tab (`value`) for the block of
 * columns `read` is not the side its headings name (`side`): read either way, receipts would be
 * booked as deliveries or the other way round, so the sheet is not read until the two agree.
 */
function blockKindText(sheet: string, d: ReadDetails): string {
  const [says, fits] = d.side === "in" ? ["receipts", "Receipts"] : ["deliveries", "Deliveries"];
  return `sheet "${sheet}" keeps receipts and deliveries side by side, and the kind chosen in the add-in's Sheets tab for its columns ${d.read} ("${d.value}") is not what their headings say (${says}), so none of its rows are read and the balances they would feed are incomplete. In the Sheets tab, choose "${fits}" for these columns or remove the choice ("As its headings say"); if the headings are wrong, correct them, or put the receipts and the deliveries on two sheets.`;
}

/**
 * The body of second-quantity-column: `label` the field's label, `value` this column's heading,
 * `read` the heading of the column read. Reason in-out: a combined ledger's In and Out columns
 * (`read`: both, '"Zugang (t)" and "Abgang (t)"'), whose filled one says the row's side: mapping
 * this column as the quantity would take that side away, so the advice is to book in them.
 * `partial` (p-rivals): the column read is the user's own mapping, this one held another amount on
 * some row, and no row was refused.
 */
export function secondQuantityText(d: ReadDetails): string {
  const what = d.label.toLowerCase();
  if (d.reason === "in-out")
    return `the column "${d.value}" also holds a ${what}, but the add-in reads each row's ${what} from ${d.read}, whichever is filled, and not from this column; a row where this column holds another amount is not read. The filled one of ${d.read} says whether a row is a receipt or a delivery, which "${d.value}" alone cannot: if its amounts are the ones to book, write them there.`;
  // (brk22) a volume as measured beside the standard volume at 15 °C, which is read
  if (d.reason === "standard-volume")
    return `the column "${d.value}" holds the volume as measured (no temperature stated) beside "${d.read}", the standard volume at 15 °C: the add-in reads the ${what} from "${d.read}", the volume the SD and the density tables use, and leaves this column unread; no row is refused for the two differing.`;
  // (p-rivals) partial: the column read is the user's own mapping, and no row was refused
  if (d.partial)
    return `the column "${d.value}" also holds a ${what}, and on some rows another amount than "${d.read}", which you mapped as ${d.label} in the add-in's Sheets tab: the add-in reads the ${what} from that column, as you chose, and not from this one, so what this one says is not booked. Check the rows where the two differ; if "${d.value}" is the one to read, map it as ${d.label} instead; if it holds another quantity (gross, ordered, invoiced), give it a heading that says so.`;
  // (brk15 #2) an SD's quantity beside the one read: it caps the credit (in) or must equal it (out)
  if (d.reason === "over-declared" || d.reason === "sd-differs")
    return `the column "${d.value}" holds the ${what} ${d.reason === "over-declared" ? "the supplier's SD declares" : "the delivery's SD declares"}; the add-in reads the ${what} from "${d.read}" and checks it against this column on each row: a row where ${d.reason === "over-declared" ? "more was received than the SD declares" : "the two differ"}, or whose two amounts cannot be compared in one unit, is not read.`;
  return `the column "${d.value}" also holds a ${what}, but the add-in reads the ${what} from "${d.read}" and not from this column; a row where the two hold different amounts is not read. If "${d.value}" is the one to read, map it as ${d.label} in the add-in's Sheets tab.`;
}

/**
 * invalid-value, reason transfer-unpaired (p-xfer2): `value` in `label` books one side (`side`) of
 * a move between sites on a sheet named for transfers, and no row of the other side at another
 * site shares its `read` (date, product, quantity, reference); `partial`: more than one could, or
 * the rows do not pair one to one, and the add-in does not choose.
 */
function transferUnpairedText(d: ReadDetails, consequence: string): string {
  const [own, other] =
    d.side === "in" ? ["arrival (Zugang)", "departure (Abgang)"] : ["departure (Abgang)", "arrival (Zugang)"];
  const why = d.partial
    ? `the rows with the same ${d.read} do not pair one to one between two sites (more rows on one side than on the other, or rows at more than two sites), and the add-in does not choose between them`
    : `no ${other} at another site has the same ${d.read}`;
  return `"${d.value}" in ${d.label} is the ${own} of a move between sites, but ${why}, so it is not read as a transfer and the balances of its product at this site are incomplete (${consequence}). Book both rows of each move with the same ${d.read}${d.partial ? ", and give each move its own reference (a Beleg or Reference column) on both rows" : ""}; a purchase or a sale belongs on the receipts or deliveries sheet.`;
}
