// The words of declaration-incomplete's list: each PoS field a declaration lacks, and where to fill
// it in (its cells, else the column or the settings that give it).
import type { MissingPosField, PosField } from "./details-declarations";
import { cellsBySheet } from "./location";

const SETTINGS = "the Settings sheet, or Settings in the pane";

/** How many cells a field's list names before it ends in "…". */
const CELLS_SHOWN = 6;

/**
 * Each PoS field in words, where it is given (the settings, the delivery row, or the receipts
 * behind the delivery) and, for a row's field, the heading of its column.
 */
const POS_FIELDS: Record<PosField, { what: string; from: "settings" | "row" | "receipts"; column: string }> =
  {
    companyName: { what: "own company name", from: "settings", column: "" },
    companyAddress: { what: "own company address", from: "settings", column: "" },
    ownCertificate: { what: "own certificate number", from: "settings", column: "" },
    customer: { what: "recipient name", from: "row", column: "Customer" },
    customerAddress: { what: "recipient address", from: "row", column: "Customer address" },
    dispatchAddress: { what: "dispatch address", from: "row", column: "Dispatch address" },
    receivingAddress: { what: "receiving point address", from: "row", column: "Delivery address" },
    rawMaterial: { what: "raw material", from: "receipts", column: "Raw material" },
    countryOfOrigin: { what: "country of origin", from: "receipts", column: "Country of origin" },
    installationStartDate: {
      what: "installation start date",
      from: "receipts",
      column: "Installation start date",
    },
    wasteResidue: { what: "waste or residue status", from: "receipts", column: "Waste/residue" },
    ghg: { what: "GHG values", from: "receipts", column: "GHG total" },
    claim: { what: "claim category", from: "receipts", column: "Claim" },
  };

/** The field in words: "recipient address", "GHG values for 12.5 t" where part of the quantity lacks them. */
export function posFieldWords(m: MissingPosField): string {
  const what = POS_FIELDS[m.field].what;
  return m.quantity ? `${what} for ${m.quantity} ${m.unit ?? ""}` : what;
}

/** Where to give a field no cell can be named for: the settings, or a column of the sheets it is read from. */
function where(m: MissingPosField): string {
  const { from, column } = POS_FIELDS[m.field];
  // a sites sheet of several sites without an address column (site-address.ts)
  if (m.field === "dispatchAddress" && m.site && m.sheets.length > 0 && m.cells.length === 0)
    return `the address of ${m.site}: add an Address column to ${m.sheets.join(", ")} and type each site's address in its row`;
  if (from === "settings")
    return m.site ? `${SETTINGS} (or the site ${m.site} on the Sites sheet)` : SETTINGS;
  const a = /^[AEIO]/i.test(column) ? "an" : "a";
  if (from === "receipts") return `add ${a} ${column} column to ${m.sheets.join(", ") || "the receipts"}`;
  const add = `add ${a} ${column} column to ${m.sheets.join(", ")}`;
  return m.field === "dispatchAddress" ? `${add}, or give the company address in ${SETTINGS}` : add;
}

/** "recipient address (Deliveries!F2)", "raw material (add a Raw material column to Receipts)". */
export function missingPosText(m: MissingPosField): string {
  const cells =
    m.cells.length > 0
      ? cellsBySheet(m.cells.slice(0, CELLS_SHOWN)) + (m.cells.length > CELLS_SHOWN ? " …" : "")
      : where(m);
  // the site's blank address cell on the sites sheet (site-address.ts): say whose address it is
  const whose =
    m.field === "dispatchAddress" && m.site && m.cells.length > 0 ? `the address of ${m.site}: ` : "";
  const typed =
    m.typed && m.cells.length > 0 ? ` holds "${m.typed}", which is no address: type the address itself` : "";
  return `${posFieldWords(m)} (${whose}${cells}${typed})`;
}
