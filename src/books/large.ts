// Books of many rows, generated: the demo's 100,000-row workbook (what the pane says while a large
// workbook is read, checked and written) and the books the benchmarks read and check.
import type { Book, BookCell, Rows } from "./book";
import { RECEIPT_COLUMNS } from "./columns";

export const LARGE_NAME = "uco-books-100k.xlsx";

const SUPPLIERS = ["Altfett Nord GmbH", "Bratfett Recycling KG", "Gastro Öle Süd", "UCO Collect BV"];
const CUSTOMERS = ["HVO Raffinerie AG", "Biodiesel Werke GmbH", "Nordic Fuels Oy"];

/** The day `n` days after 1 January 2025. */
const dayOf2025 = (n: number): Date => new Date(Date.UTC(2025, 0, 1 + n));

/**
 * A year of used cooking oil bought from many collectors and sold on, laid out as staff keep it:
 * `rows` data rows in all, half receipts and half deliveries of a little less.
 */
export function largeBooks(rows = 100_000): Book {
  const half = Math.floor(rows / 2);
  const receipts: Rows = [[...RECEIPT_COLUMNS, "GHG total", "Waste/residue"]];
  for (let i = 0; i < half; i++) {
    const supplier = i % SUPPLIERS.length;
    receipts.push([
      dayOf2025(Math.floor((i * 364) / half)),
      SUPPLIERS[supplier] as string,
      `EU-ISCC-Cert-DE100-${1000 + supplier}`,
      `UCO-${String(i + 1).padStart(6, "0")}`,
      "UCO",
      1 + (i % 7) * 0.25,
      "Used cooking oil",
      i % 3 ? "DE" : "NL",
      12.5,
      "yes",
    ]);
  }
  const deliveries: Rows = [
    ["Date", "Customer", "Customer certificate", "Product", "Quantity (t)", "Sustainable"],
  ];
  for (let i = 0; i < rows - half; i++) {
    deliveries.push([
      dayOf2025(1 + Math.floor((i * 363) / (rows - half))),
      CUSTOMERS[i % CUSTOMERS.length] as string,
      `EU-ISCC-Cert-DE200-${i % CUSTOMERS.length}`,
      "UCO",
      0.9 + (i % 5) * 0.2,
      "yes",
    ]);
  }
  return {
    name: LARGE_NAME,
    dateFormat: "dd.mm.yyyy",
    sheets: [
      {
        name: "Settings",
        rows: [
          ["Setting", "Value"],
          ["Company name", "UCO Handel GmbH"],
          ["Scheme", "ISCC EU"],
          ["Own certificate", "EU-ISCC-Cert-DE100-77"],
        ],
      },
      { name: "Receipts", rows: receipts },
      { name: "Deliveries", rows: deliveries },
    ],
  };
}

const PRODUCTS = ["Rapeseed oil", "Used cooking oil", "Sunflower oil", "Tallow"];
const ORIGINS = ["DE", "FR", "PL", "RO", "NL"];

/** A quarter's books for the headless benchmark: receipts from many suppliers, deliveries that never overdraw. */
export function quarterBooks(receiptCount = 60_000, deliveryCount = 40_000): Book {
  const quarterDay = (i: number) => dayOf2025(i % 88);
  const receipts: Rows = [
    [
      "Date",
      "Supplier",
      "SD number",
      "Product",
      "Quantity (t)",
      "Raw material",
      "Country of origin",
      "GHG total",
    ],
  ];
  for (let i = 0; i < receiptCount; i++) {
    const product = PRODUCTS[i % PRODUCTS.length] as string;
    receipts.push([
      quarterDay(i),
      `Supplier ${i % 300}`,
      `IN-${i}`,
      product,
      25 + (i % 7),
      product.split(" ")[0] as string,
      ORIGINS[i % 5] as string,
      20 + (i % 9),
    ]);
  }
  const deliveries: Rows = [["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]];
  for (let i = 0; i < deliveryCount; i++)
    deliveries.push([
      quarterDay(i + 2),
      `Customer ${i % 50}`,
      PRODUCTS[i % PRODUCTS.length] as string,
      10,
      "yes",
    ]);
  return {
    name: "books.xlsx",
    sheets: [
      { name: "Receipts", rows: receipts },
      { name: "Deliveries", rows: deliveries },
    ],
  };
}

const GERMAN_PRODUCTS = ["Rapsöl", "Altspeiseöl", "Sonnenblumenöl", "Talg"];

/** "07.03.2025" */
const germanDate = (date: Date): string =>
  `${String(date.getUTCDate()).padStart(2, "0")}.${String(date.getUTCMonth() + 1).padStart(2, "0")}.2025`;

/**
 * One German ledger sheet of receipts and deliveries ("Bestandsbuch") under a title line, for the
 * reading benchmark: numbers and date cells, or (`asText`) German text numbers ("1.010,25") and
 * dd.mm.yyyy text dates.
 */
export function germanLedger(rows = 100_000, asText = false): Book {
  const ledger: Rows = [
    [
      "Datum",
      "Vorgang",
      "Produkt",
      "Menge (t)",
      "Lieferant/Kunde",
      "Zertifikat",
      "SD-Nr.",
      "Rohstoff",
      "Herkunftsland",
      "THG",
    ],
  ];
  for (let i = 0; i < rows; i++) {
    const date = dayOf2025(i % 88);
    const qty = 10 + (i % 97) / 4;
    const cells: BookCell[] = [
      asText ? germanDate(date) : date,
      i % 3 === 0 ? "Ausgang" : "Eingang",
      GERMAN_PRODUCTS[i % 4] as string,
      asText ? `1.${String(qty.toFixed(2)).replace(".", ",").padStart(6, "0")}` : qty,
      `Partner ${i % 300}`,
      `EU-ISCC-Cert-DE${i % 300}`,
      `SD-${i}`,
      "Raps",
      "DE",
      asText ? "24,5" : 24.5,
    ];
    ledger.push(cells);
  }
  return {
    name: "books.xlsx",
    sheets: [{ name: "Bestandsbuch", title: ["Massenbilanz 2025"], rows: ledger }],
  };
}
