// The sample books of `npm run sample` (samples/sample-books.xlsx, also the demo's "Load sample"):
// one quarter of a rapeseed crusher's mass balance books, laid out the way staff keep them (title
// blocks above the headers, a settings sheet), with a few deliberate problems for a new user to
// find:
//   - an oil delivery before any oil was produced (a running balance below zero: overdraft)
//   - a supplier certificate that had expired when the seed arrived
//   - a receipt whose GHG total does not match its components
//   - a supplier called "+Agro Trade SRL" (stored and written back as text, never a formula)
//   - a date typed as text that is not a date ("30.02.2025")
import { type Book, type BookCell, day, settingsRows, table } from "./book";
import { DELIVERY_COLUMNS, GHG_COLUMNS, RECEIPT_COLUMNS } from "./columns";

export const SAMPLE_COMPANY = "Ölmühle Rhein GmbH";

const RECEIPT_HEADER = [
  ...RECEIPT_COLUMNS.slice(0, 8),
  "Claim",
  "Waste/residue",
  ...GHG_COLUMNS,
  "Installation start date",
] as const;
type Receipt = Partial<Record<(typeof RECEIPT_HEADER)[number], BookCell>>;

/** What every seed receipt of the quarter has in common. */
const SEED: Receipt = {
  Product: "Rapeseed",
  "Raw material": "Rapeseed",
  Claim: "EU RED compliant",
  "Waste/residue": "no",
  "GHG unit": "g CO2eq/MJ",
  "GHG method": "AV",
  "Installation start date": day("2008-06-01"),
};

/** Each supplier with its certificate, the seed's origin and the GHG values of its SDs. */
const AHN: Receipt = {
  Supplier: "Agrar Handel Nord GmbH",
  "Supplier certificate": "EU-ISCC-Cert-DE100-10001",
  "Country of origin": "DE",
  "GHG total": 24.3,
  eec: 21.1,
  ep: 0,
  etd: 3.2,
};
const AGRO: Receipt = {
  Supplier: "+Agro Trade SRL",
  "Supplier certificate": "EU-ISCC-Cert-RO201-20002",
  "Country of origin": "RO",
  "GHG total": 27.9,
  eec: 23.5,
  ep: 0,
  etd: 4.4,
};
const BEAUCE: Receipt = {
  Supplier: "Coopérative Beauce",
  "Supplier certificate": "EU-ISCC-Cert-FR202-30003",
  "Country of origin": "FR",
  "GHG total": 22.8,
  eec: 19.9,
  ep: 0,
  etd: 2.9,
};

const seed = (date: BookCell, supplier: Receipt, sd: string, qty: number, more: Receipt = {}): Receipt => ({
  ...SEED,
  ...supplier,
  Date: date,
  "SD number": sd,
  "Quantity (t)": qty,
  ...more,
});

const DELIVERY_HEADER = [...DELIVERY_COLUMNS, "SD number"] as const;
type Delivery = Partial<Record<(typeof DELIVERY_HEADER)[number], BookCell>>;

const BIOFUEL: Delivery = {
  Customer: "BioFuel Raffinerie AG",
  "Customer address": "Industriestr. 5, 46049 Oberhausen",
  "Customer certificate": "EU-ISCC-Cert-DE105-50005",
};
const NORDIC: Delivery = {
  Customer: "Nordic Renewables Oy",
  "Customer address": "Satamatie 3, 00980 Helsinki",
  "Customer certificate": "EU-ISCC-Cert-FI300-60006",
};
const oil = (date: string, customer: Delivery, qty: number, sustainable = "yes"): Delivery => ({
  Date: day(date),
  ...customer,
  Product: "Rapeseed oil",
  "Quantity (t)": qty,
  Sustainable: sustainable,
});

/** The oil's own GHG values: processing adds emissions to those of the seed. */
const crushing = (date: string, seedQty: number, oilQty: number): BookCell[] => [
  day(date),
  "Rapeseed",
  seedQty,
  "Rapeseed oil",
  oilQty,
  34.1,
  21.1,
  9.8,
  3.2,
  "g CO2eq/MJ",
  "AV",
];

const certificate = (no: string, holder: string, from: string, until: string): BookCell[] => [
  no,
  holder,
  "ISCC EU",
  day(from),
  day(until),
  "valid",
];

/** The sample books; the same data every time (fixed file dates), so the committed file is reproducible. */
export function sampleBooks(): Book {
  return {
    name: "sample-books.xlsx",
    creator: SAMPLE_COMPANY,
    created: new Date(Date.UTC(2025, 3, 1)),
    dateFormat: "dd.mm.yyyy",
    sheets: [
      {
        name: "Settings",
        title: ["Mass balance settings"],
        styledHeader: true,
        rows: settingsRows([
          ["Company name", SAMPLE_COMPANY],
          ["Company address", "Hafenstraße 12, 41460 Neuss, Germany"],
          ["Own certificate", "EU-ISCC-Cert-DE105-40012345"],
          ["Scheme", "ISCC EU"],
          ["Period length (months)", 3],
          ["First period start", day("2025-01-01")],
          ["SD number prefix", "ORH"],
          // the quarter's declarations are issued after its close, while the own certificate is valid
          ["Issue date", day("2025-04-02")],
        ]),
        widths: [28, 44],
      },
      {
        name: "Receipts",
        title: [`${SAMPLE_COMPANY}: seed receipts Q1 2025`, "Site Neuss · all quantities in tonnes"],
        styledHeader: true,
        rows: table(RECEIPT_HEADER, [
          seed(day("2025-01-08"), AHN, "AHN-25-0101", 420),
          seed(day("2025-01-15"), AGRO, "PA-2025-007", 380),
          seed(day("2025-01-22"), BEAUCE, "CB/25/014", 300),
          seed(day("2025-02-05"), AHN, "AHN-25-0117", 450),
          // deliberate: the certificate of this supplier expired on 31 January
          seed(day("2025-02-14"), BEAUCE, "CB/25/031", 280),
          // deliberate: 23.5 + 4.4 = 27.9, not 29.9
          seed(day("2025-02-20"), AGRO, "PA-2025-019", 360, { "GHG total": 29.9 }),
          // deliberate: a date typed as text that is no date at all
          seed("30.02.2025", AHN, "AHN-25-0122", 150),
          seed(day("2025-03-04"), AHN, "AHN-25-0131", 400),
          seed(day("2025-03-12"), AGRO, "PA-2025-026", 320),
        ]),
        widths: [12, 26, 28, 14, 11, 12, 12, 10, 18, 8, 10, 8, 8, 8, 12, 8, 12],
        notes: { B12: "Name as on the supplier's SD" },
      },
      {
        name: "Production",
        title: [`${SAMPLE_COMPANY}: crushing Q1 2025`],
        styledHeader: true,
        rows: [
          [
            "Date",
            "Input product",
            "Input quantity (t)",
            "Output product",
            "Output quantity (t)",
            ...GHG_COLUMNS,
          ],
          crushing("2025-01-31", 1000, 412),
          crushing("2025-02-28", 1000, 409),
          crushing("2025-03-25", 600, 247),
        ],
        widths: [12, 14, 18, 16, 18, 10, 8, 8, 8, 12, 12],
      },
      {
        name: "Conversion factors",
        styledHeader: true,
        rows: [
          ["Input product", "Output product", "Factor", "Valid from", "Valid to"],
          ["Rapeseed", "Rapeseed oil", 0.41, day("2025-01-01"), day("2025-12-31")],
        ],
        widths: [14, 16, 8, 12, 12],
      },
      {
        name: "Deliveries",
        title: [`${SAMPLE_COMPANY}: oil sales Q1 2025`],
        styledHeader: true,
        rows: table(DELIVERY_HEADER, [
          // deliberate: sold before the first crushing on 31 January (overdraft inside the period)
          oil("2025-01-24", BIOFUEL, 120),
          oil("2025-02-10", NORDIC, 250),
          oil(
            "2025-02-26",
            {
              Customer: "Lebensmittel Union eG",
              "Customer address": "Marktplatz 1, 50667 Köln",
              "Customer certificate": "",
            },
            60,
            "no",
          ),
          oil("2025-03-14", BIOFUEL, 300),
          oil("2025-03-28", NORDIC, 180),
        ]),
        widths: [12, 24, 34, 28, 14, 12, 12, 14],
      },
      {
        name: "Stock counts",
        title: [`${SAMPLE_COMPANY}: tank and silo dips`],
        styledHeader: true,
        rows: [
          ["Date", "Product", "Quantity (t)"],
          [day("2025-03-31"), "Rapeseed", 311],
          [day("2025-03-31"), "Rapeseed oil", 157.5],
        ],
        widths: [12, 14, 14],
      },
      {
        name: "Certificates",
        styledHeader: true,
        rows: [
          ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
          certificate("EU-ISCC-Cert-DE100-10001", "Agrar Handel Nord GmbH", "2024-06-01", "2025-05-31"),
          certificate("EU-ISCC-Cert-RO201-20002", "+Agro Trade SRL", "2024-09-15", "2025-09-14"),
          certificate("EU-ISCC-Cert-FR202-30003", "Coopérative Beauce", "2024-02-01", "2025-01-31"),
          certificate("EU-ISCC-Cert-DE105-40012345", SAMPLE_COMPANY, "2024-07-01", "2025-06-30"),
        ],
        widths: [28, 26, 10, 12, 12, 10],
      },
    ],
  };
}
