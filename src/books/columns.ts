// The headings staff give their columns, shared by the books of src/books: each book picks the
// columns it keeps, in its own order, and spells the rest its own way.

/** The first columns of every receipts sheet of these books, in this order. */
export const RECEIPT_COLUMNS = [
  "Date",
  "Supplier",
  "Supplier certificate",
  "SD number",
  "Product",
  "Quantity (t)",
  "Raw material",
  "Country of origin",
] as const;

/** The GHG columns of an SD kept beside its quantity: total E, its main parts, unit and method. */
export const GHG_COLUMNS = ["GHG total", "eec", "ep", "etd", "GHG unit", "GHG method"] as const;

/** The columns of a deliveries sheet that names its customers' addresses and certificates. */
export const DELIVERY_COLUMNS = [
  "Date",
  "Customer",
  "Customer address",
  "Customer certificate",
  "Product",
  "Quantity (t)",
  "Sustainable",
] as const;

/** The columns of a stock count sheet. */
export const STOCK_COLUMNS = ["Date", "Product", "Quantity (t)"] as const;

/** The columns of a certificate register sheet. */
export const CERTIFICATE_COLUMNS = [
  "Certificate no.",
  "Holder",
  "Scheme",
  "Valid from",
  "Valid until",
  "Status",
] as const;
