// One or more representative findings of every code, for the golden texts (render/golden.test.ts). The
// mapped type makes a code without a sample a compile error.
import type { FindingCode, FindingDetails, Severity } from "../../../src/engine/result";

export interface Sample<C extends FindingCode> {
  sheet?: string;
  cell?: string;
  /** Where the reader raises the code at another severity than the catalogue's default. */
  severity?: Severity;
  details: FindingDetails[C];
}

const at = (sheet: string, cell: string) => ({ sheet, cell });
const R = at("Receipts", "F7");
const D = at("Deliveries", "D3");
const P = at("Production", "E2");
const S = at("Settings", "B4");

/** The delivery of the declaration-incomplete samples. */
const DELIVERY_80T = {
  quantity: "80",
  unit: "t",
  product: "Rapeseed oil",
  customer: "Nordic Fuels Oy",
  date: "2025-03-01",
};

export const SAMPLES: { [C in FindingCode]: Sample<C>[] } = {
  "header-not-found": [
    { ...at("Receipts", "A1"), details: { label: "Receipts", missing: "Date, Quantity" } },
    {
      ...at("Stock 2025", "A1"),
      details: { label: "Stock counts", missing: "Quantity", value: "Quantity", partial: true },
    },
    // the user's own headings that could hold the missing field (workbook/candidate-headings.ts)
    {
      ...at("Zertifikate", "A1"),
      details: {
        label: "Certificates",
        missing: "Valid from",
        value: "Valid from",
        partial: true,
        read: '"Gültig", "Bemerkung"',
      },
    },
    // p-cols: the only quantity heading is read as the sustainable part (workbook/candidate-headings.ts)
    {
      ...at("Eingang", "A1"),
      details: {
        label: "Receipts",
        missing: "Quantity",
        value: "Quantity",
        partial: true,
        others: '"Nachhaltige Menge (t)"',
        reason: "part-only",
      },
    },
    // p-xfer2: a ledger's side headings cut to a word of either meaning ("Ent.", "Sal.", "Sort.")
    {
      ...at("Journal", "A1"),
      details: {
        label: "Combined ledger",
        missing: "Type (in or out) and Quantity",
        value: "Type (in or out)",
        partial: true,
        others: '"Ent. (t)", "Sal. (t)"',
        reason: "cut-side",
      },
    },
    // p-gross: the only quantity headings name a gross, tare or ordered quantity (workbook/heading-bars.ts)
    {
      ...at("Receipts", "A1"),
      details: {
        label: "Receipts",
        missing: "Quantity",
        value: "Quantity",
        partial: true,
        others: '"Peso bruto (kg)", "Tara (kg)"',
      },
    },
    // p-side: receipts and deliveries side by side whose blocks cannot be told apart (workbook/side-blocks.ts)
    {
      ...at("UCO", "A3"),
      details: {
        label: "Receipts and deliveries",
        reason: "two-sides",
        read: '"Lieferant" in A and "Kunde" in F',
        partial: true,
      },
    },
    {
      ...at("UCO", "A2"),
      details: {
        label: "Receipts and deliveries",
        reason: "two-sides",
        read: "receipts in A:F and deliveries in H:K",
        value: "Combined ledger",
        partial: true,
      },
    },
    // p-blocks: two blocks naming the sites a movement comes from and goes to: transfers, refused
    {
      ...at("Umbuchung", "A1"),
      details: {
        label: "Receipts and deliveries",
        reason: "transfer-sides",
        read: '"Von" in B and "Nach" in F',
        partial: true,
      },
    },
    // p-xfer: a sheet named for transfers read as a ledger of one site with no other party
    {
      ...at("Umbuchung", "A1"),
      details: {
        label: "Combined ledger",
        reason: "transfer-ledger",
        read: '"Datum", "Werk", "Produkt", "Abgang (t)", "Zugang (t)"',
        partial: true,
      },
    },
    // p-sidewords (brk13 #11): a transfers sheet whose ends are tanks, a move within one site
    {
      ...at("Umlagerungen", "B1"),
      details: { label: "Transfers", reason: "tank-moves", read: '"Tank ab" and "Tank an"', partial: true },
    },
    // brk19 #8: a sheet named for opening balances read as receipts: refused at its header (workbook/opening-sheet.ts)
    {
      ...at("Anfangsbestand 2025", "A1"),
      details: { label: "Receipts", reason: "opening-sheet", partial: true },
    },
    // brk22 #2: a sheet named as a draft read as receipts: refused at its header (workbook/draft-sheet.ts)
    {
      ...at("Receipts draft", "A1"),
      details: { label: "Receipts", reason: "draft-sheet", partial: true },
    },
    // brk22 #7: a master list of customers and a report of totals beside the books (workbook/not-books.ts)
    {
      ...at("Kunden", "A1"),
      severity: "info",
      details: { label: "customers", reason: "master-list", partial: true },
    },
    {
      ...at("Lieferanten", "A1"),
      severity: "info",
      details: { label: "suppliers", reason: "master-list", partial: true },
    },
    {
      ...at("Auswertung", "A1"),
      severity: "info",
      details: { label: "product", reason: "report", partial: true },
    },
    // p-blocks: a kind chosen in the Sheets tab for one block that is not what its headings say
    {
      ...at("UCO", "A2"),
      details: {
        label: "Receipts and deliveries",
        reason: "block-kind",
        read: "A:F",
        side: "in",
        value: "Deliveries",
        partial: true,
      },
    },
    // p-blocks: a block's quantity heading states another unit than the group heading over it
    {
      ...at("UCO", "D2"),
      details: {
        label: "Quantity",
        reason: "group-unit",
        value: "t",
        read: "kg",
        missing: "Eingang (kg)",
        partial: true,
      },
    },
    // brk23 6: a book of orders in the receipts' layout beside the receipts (workbook/order-book.ts)
    {
      ...at("Bestellungen", "A1"),
      severity: "info",
      details: { label: "Receipts", reason: "order-book", partial: true },
    },
    // brk25 §6: call-offs in the deliveries' layout whose columns show dispatches (workbook/order-dispatch.ts)
    {
      ...at("Abrufe 2025", "A1"),
      details: { label: "Deliveries", reason: "order-book-dispatches", partial: true },
    },
    // brk26 N6: a quantity's heading against the title block's "Alle Mengen in kg" (workbook/title-unit.ts)
    {
      ...at("Wareneingang", "F4"),
      details: {
        label: "Quantity",
        value: "t",
        read: "kg",
        missing: "Alle Mengen in kg",
        reason: "title-unit",
        partial: true,
      },
    },
    // brk26 S7: dated products and quantities whose name and headings say no kind (workbook/unnamed-movements.ts)
    {
      ...at("HH-VL", "A1"),
      details: {
        label: "Receipts, deliveries, transfers, production or stock counts",
        reason: "movements-kind",
        read: "Datum, Produkt, Menge (t)",
        partial: true,
      },
    },
  ],
  "mapping-uncertain": [
    { ...at("Receipts", "F1"), details: { label: "Quantity", value: "Menge netto", read: "by its numbers" } },
    {
      ...at("Receipts", "H1"),
      details: {
        label: "Claim",
        value: "Nachhaltigkeitsanspruch",
        read: "nicht EU RED konform",
        unmapped: true,
        consequence: "claims-no-credit",
      },
    },
    {
      ...at("Sales", "H1"),
      severity: "error",
      details: {
        label: "Claim",
        value: "Claim text",
        read: "bio-circular",
        unmapped: true,
        consequence: "claims-not-declared",
      },
    },
    // --- SD numbers: a receipts sheet with signs of sustainability but no SD column (workbook/unmapped-sd.ts, p-sdno)
    {
      ...at("Wareneingang", "D1"),
      details: {
        label: "Incoming SD / PoS number",
        value: '"Beleg-Nr."',
        read: "a claim and a supplier certificate",
        reason: "sd-column-missing",
        consequence: "sds-no-credit",
      },
    },
    {
      ...at("Receipts", "A1"),
      details: {
        label: "Incoming SD / PoS number",
        value: "",
        read: "GHG values",
        reason: "sd-column-missing",
        consequence: "sds-no-credit",
      },
    },
    // --- p-engine5: receipts with SD numbers but no certificate column beside a register (workbook/unread-register.ts)
    {
      ...at("Receipts", "C1"),
      details: {
        label: "Supplier certificate no.",
        reason: "certificate-column-missing",
        consequence: "certificates-no-credit",
      },
    },
    // --- end p-engine5
    {
      ...at("Expéditions", "F1"),
      details: {
        label: "Sustainable yes/no",
        value: "Remarque",
        read: "non",
        unmapped: true,
        consequence: "deliveries-not-declared",
      },
    },
    // p-cols: a second "Datum" beside the one read (workbook/rival-values.ts)
    {
      ...at("Eingang", "F1"),
      details: { label: "Date", value: "Datum", read: '"Datum" (column A)', reason: "second-column" },
    },
    // p-shipto2: a ship-to party beside the buyer read as the customer: said, no row refused
    {
      ...at("Deliveries", "C1"),
      details: {
        label: "Customer",
        value: "Warenempfänger",
        read: '"Auftraggeber" (column B)',
        reason: "ship-to-party",
        partial: true,
      },
    },
    // p-xfer2: the user mapped the first "Datum": the second is said, no row refused
    {
      ...at("Eingang", "F1"),
      details: {
        label: "Date",
        value: "Datum",
        read: '"Datum" (column A)',
        reason: "second-column",
        partial: true,
      },
    },
    {
      ...at("Wareneingang", "L1"),
      severity: "error",
      details: {
        label: "Sustainable yes/no",
        value: "ISCC-Ware",
        read: "nein",
        unmapped: true,
        consequence: "receipts-held",
      },
    },
    // brk12: a third column of the sustainable part (workbook/unit-part.ts)
    {
      ...at("Receipts", "K1"),
      severity: "error",
      details: {
        label: "Sustainable quantity or share",
        value: "ISCC (t)",
        read: "60",
        missing: '"Nachhaltig" and "davon nachhaltig (t)"',
        reason: "part-unplaced",
        consequence: "receipts-held",
      },
    },
    // (p-parts) a bare share on deliveries: no word of what it is a share of
    {
      ...at("Verkauf", "H1"),
      severity: "error",
      details: {
        label: "Sustainable quantity or share",
        value: "Anteil (%)",
        read: "40",
        missing: "",
        reason: "part-unplaced",
        consequence: "deliveries-not-declared",
      },
    },
    // (brk19 0a) a production column of quantities no field reads (workbook/production-unread.ts)
    {
      ...at("Production", "D1"),
      severity: "warning",
      details: {
        label: "Sustainable input quantity",
        value: "Verlust (t)",
        read: "12",
        reason: "production-unread",
      },
    },
    {
      ...at("Production", "D1"),
      severity: "error",
      details: {
        label: "Sustainable input quantity",
        value: "ISCC-konforme Ware (t)",
        read: "500",
        reason: "production-unread",
        consequence: "production-held",
      },
    },
    // (brk21 2) a production part heading after the output's quantity, or after none (workbook/production-part.ts)
    {
      ...at("Production", "F1"),
      severity: "error",
      details: {
        label: "Sustainable input quantity",
        value: "davon nachhaltig (t)",
        read: "336",
        missing: "Ausbringungsmenge (t)",
        reason: "output-part",
        consequence: "production-held",
      },
    },
    {
      ...at("Production", "B1"),
      severity: "error",
      details: {
        label: "Sustainable input quantity",
        value: "Nachhaltig (t)",
        read: "800",
        missing: "",
        reason: "output-part",
        consequence: "production-held",
      },
    },
    // (m-prod) a production yes/no column about sustainability with a "no" (workbook/production-yes-no.ts)
    {
      ...at("Production", "G1"),
      severity: "error",
      details: {
        label: "Sustainable input quantity",
        value: "Nachhaltig",
        read: "nein",
        reason: "production-yes-no",
        consequence: "production-held",
      },
    },
    // --- places that may be sites (p-dates3) ---
    {
      ...at("Receipts", "K1"),
      details: {
        label: "Site",
        value: "Terminal",
        read: '"Oiltanking Amsterdam" beside "Hamburg" in "Site", row 4',
        missing: "Site",
        reason: "site-place",
      },
    },
    // --- end places that may be sites
    // (brk20 A3) an address column read as none of the SD's addresses
    {
      ...at("Deliveries", "H1"),
      severity: "error",
      details: {
        label: "Delivery address",
        value: "Anschrift Lager",
        read: "Tanklager 7, 21129 Hamburg",
        reason: "address-unread",
      },
    },
    {
      ...at("Deliveries", "I1"),
      details: { label: "Delivery address", value: "Adresse 2", reason: "address-unread" },
    },
    // (brk21 5) an invoice's address, beside the customer's and alone; the registered office beside the address
    {
      ...at("Deliveries", "H1"),
      severity: "info",
      details: {
        label: "Customer address",
        value: "Rechnungsanschrift",
        read: "Kundenanschrift",
        reason: "billing-address",
      },
    },
    {
      ...at("Deliveries", "I1"),
      details: { label: "Customer address", value: "Adresse de facturation", reason: "billing-address" },
    },
    {
      ...at("Deliveries", "J1"),
      details: {
        label: "Customer address",
        value: "Firmensitz Kunde",
        read: '"Kundenanschrift" (column F)',
        reason: "registered-office",
      },
    },
    // --- storage places beside no Site (p-rows2) ---
    {
      ...at("Receipts", "H1"),
      severity: "error",
      details: {
        label: "Site",
        value: "Lagerort",
        read: '"Hamburg" and "Rotterdam"',
        reason: "storage-places",
        consequence: "storage-balances-incomplete",
      },
    },
    // --- end storage places beside no Site
    // p-sidewords: purchase and sale words under an unknown heading on a one-sided sheet
    {
      ...at("Wareneingang", "G1"),
      severity: "error",
      details: { label: "Receipts", value: "Kz.", read: '"Einkauf" and "Verkauf"', reason: "type-unread" },
    },
    // --- p-claimbox: columns of sustainability meaning not read ---
    {
      ...at("Receipts", "N1"),
      severity: "error",
      details: {
        label: "low ILUC risk",
        value: "Low ILUC risk",
        read: '"yes" and "no"',
        missing: "Rapeseed oil",
        reason: "unread-meaning",
      },
    },
    {
      ...at("Receipts", "P1"),
      details: {
        label: "chain of custody",
        value: "Chain of custody",
        read: '"Physical segregation"',
        reason: "unread-meaning",
      },
    },
    // --- end p-claimbox
    // RED I's eee, the saving from excess electricity: no RED II term (workbook/ghg-excess.ts)
    {
      ...at("Receipts", "J1"),
      severity: "error",
      details: { label: "GHG", value: "e ee", read: "3 in J2", missing: "UCO", reason: "ghg-eee" },
    },
    // (h-ghg3) a production heading of a factor whose direction is not said (workbook/production-unread.ts)
    {
      ...at("Produktion", "E1"),
      severity: "warning",
      details: {
        label: "Sustainable input quantity",
        value: "Kennzahl (t/t)",
        read: "2.5",
        reason: "production-factor-unread",
      },
    },
    // (h-ghg3) a column read as no field among the GHG values (workbook/ghg-run-gap.ts)
    {
      ...at("Receipts", "J1"),
      severity: "warning",
      details: {
        label: "GHG",
        value: "ed",
        read: "4 in J2",
        missing: '"el" and "ep"',
        reason: "ghg-run-unread",
      },
    },
    // --- p-negate: headings that negate a field's meaning ---
    {
      ...at("Sales", "F1"),
      severity: "error",
      details: {
        label: "sustainable",
        value: "Nicht nachhaltig",
        read: "nicht nachhaltig",
        reason: "negated-heading",
        consequence: "deliveries-not-declared",
      },
    },
    // p-misc: a mapping the user made (Sheets tab, MB Config) of such a heading is set aside
    {
      ...at("Deliveries", "F1"),
      severity: "error",
      details: {
        mapped: "Sustainable yes/no",
        label: "sustainable",
        value: "Non durable",
        read: "non durable",
        reason: "negated-heading",
        consequence: "deliveries-not-declared",
      },
    },
    {
      ...at("Receipts", "H1"),
      severity: "error",
      details: {
        label: "waste or residue",
        value: "Kein Abfall/Reststoff",
        read: "kein abfall",
        reason: "negated-heading",
        consequence: "credit-unknown",
      },
    },
    {
      ...at("Receipts", "G1"),
      severity: "error",
      details: {
        label: "Claim",
        value: "Non conforme RED",
        read: '"oui" and "non"',
        reason: "claim-yes-no",
        consequence: "claims-no-credit",
      },
    },
    // p-misc: on deliveries, none declared (a declaration without a claim is EU RED compliant)
    {
      ...at("Deliveries", "H1"),
      severity: "error",
      details: {
        label: "Claim",
        value: "EU RED konform",
        read: '"ja" and "nein"',
        reason: "claim-yes-no",
        consequence: "claims-not-declared",
      },
    },
    // --- end p-negate
    // p-certyn: certificate numbers and yes/no answers under one certificate heading
    {
      ...at("Sales", "G1"),
      severity: "error",
      details: {
        label: "Customer certificate",
        value: "Certificado",
        read: "no",
        missing: "EU-ISCC-Cert-ES216-20004567",
        reason: "certificate-or-answer",
        consequence: "deliveries-not-declared",
      },
    },
    {
      ...at("Receipts", "J1"),
      severity: "error",
      details: {
        label: "Supplier certificate",
        value: "Zertifikat",
        read: "nein",
        missing: "EU-ISCC-Cert-DE105-40012345",
        reason: "certificate-or-answer",
        consequence: "receipts-held",
      },
    },
    // brk23 §4: sites named only in sheets' names (workbook/sheet-sites.ts)
    {
      ...at("Wareneingang Venlo", "A1"),
      severity: "info",
      details: { label: "Site", value: "Wareneingang Venlo", read: "Venlo", reason: "sheet-site" },
    },
    {
      ...at("Receipts Hamburg", "A1"),
      severity: "error",
      details: {
        label: "Site",
        value: "Receipts Hamburg",
        read: 'sheet "Receipts Venlo" of the same kind differs from it by "Venlo", which may be a site',
        reason: "sheet-sites",
        consequence: "storage-balances-incomplete",
      },
    },
  ],
  "cell-error": [{ ...R, details: { label: "Quantity", value: "#DIV/0!" } }],
  "ambiguous-date": [
    {
      ...at("Receipts", "A3"),
      details: { label: "Date", value: "03/04/2025", read: "3 April 2025 or 4 March 2025" },
    },
    {
      ...at("Receipts", "A5"),
      details: {
        label: "Date",
        value: "02/03/2025",
        read: "2 Mar 2025 (day first) or 3 Feb 2025 (month first)",
        reason: "mixed-conventions",
        proofs: '"13/01/2025" (day first) and "01/25/2025" (month first)',
      },
    },
    // --- two-digit years (p-dates3) ---
    {
      ...at("Receipts", "A7"),
      details: {
        label: "Date",
        value: "13/02/25",
        read: "13 Feb 2025 (day first) or 25 Feb 2013 (year first)",
        reason: "two-digit-year",
      },
    },
    // --- end two-digit years
    // --- p-dates5: a column of two-digit years said once; the year's place against the setting ---
    {
      ...at("Receipts", "A2"),
      details: {
        label: "Date",
        value: "05.03.25",
        read: "5 Mar 2025 (day first) or 25 Mar 2005 (year first)",
        reason: "two-digit-year-column",
        dropped: true,
        count: 248,
        last: "A249",
        settle: "DMY",
      },
    },
    {
      ...at("Receipts", "A2"),
      details: {
        label: "Date",
        value: "05/03/25",
        read: "5 Mar 2025 (day first), 3 May 2025 (month first) or 25 Mar 2005 (year first)",
        reason: "two-digit-year-column",
        dropped: true,
        count: 12,
        last: "A40",
        settle: "DMY or MDY",
      },
    },
    {
      ...at("Receipts", "A3"),
      details: {
        label: "Date",
        value: "25.03.05",
        read: "25 Mar 2005 (day first) or 5 Mar 2025 (year first)",
        reason: "year-contradicts-setting",
        dropped: true,
      },
    },
    // --- end p-dates5
    // --- p-dates6: dates whose day rests on a Date order setting; a column of day/month dates said once ---
    {
      ...at("Receipts", "A4"),
      details: {
        label: "Date",
        value: "2025-03-10",
        read: "10 Mar 2025 (year first) or 3 Oct 2025 (year first, day before month)",
        reason: "order-setting-refused",
        setting: 'Settings!B7 ("YYYY-DD-MM")',
        dropped: true,
      },
    },
    {
      ...at("Receipts", "A2"),
      details: {
        label: "Date",
        value: "05/03/2025",
        read: "5 Mar 2025 (day first) or 3 May 2025 (month first)",
        reason: "order-setting-refused",
        setting: 'Settings!B3 ("YYYY-DD-MM")',
        dropped: true,
        count: 40,
        last: "A41",
      },
    },
    {
      ...at("Receipts", "A5"),
      details: {
        label: "Date",
        value: "05.03.2025",
        read: "5 Mar 2025 (day first, as dotted dates are written) or 3 May 2025 (month first, as the setting says)",
        reason: "dotted-against-setting",
        setting: 'Settings!B3 ("MDY")',
        dropped: true,
      },
    },
    {
      ...at("Receipts", "A2"),
      details: {
        label: "Date",
        value: "05/03/2025",
        read: "5 Mar 2025 (day first) or 3 May 2025 (month first)",
        reason: "date-order-column",
        dropped: true,
        count: 30,
        last: "A31",
      },
    },
    // --- end p-dates6
  ],
  "ambiguous-number": [
    { ...R, details: { label: "Quantity", value: "1.234", read: "1234 or 1.234" } },
    {
      ...R,
      details: {
        label: "Quantity",
        value: "2,500",
        read: '2.5 (if "," is the decimal separator) or 2500 (if it separates thousands)',
        reason: "mixed-conventions",
        proofs: '"1.234,5" (decimal comma) and "1,234.5" (decimal point)',
      },
    },
    {
      ...R,
      details: {
        label: "Quantity",
        value: "100000",
        read: '100000 (as stored) or 100 (in thousands, as the format "#,##0," shows it)',
        reason: "scaled-format",
        dropped: true,
      },
    },
    // --- coordinator (stop 29): a fraction of one in a column headed "(%)" ---
    {
      ...at("Production", "F4"),
      details: {
        label: "Conversion factor",
        value: "0.85",
        read: "0.85 % (as the heading says) or 85 % (a fraction of one)",
        reason: "percent-fraction",
        dropped: true,
      },
    },
    // --- end coordinator (stop 29)
  ],
  "rows-after-blank": [
    { ...at("Receipts", "A13"), details: { label: "12" } },
    // a line of the colour legend between bookings ends the data as a blank does (colour-legend.ts)
    { ...at("Receipts", "A21"), details: { label: "20", reason: "legend-line" } },
  ],
  "formula-without-value": [
    { ...R, details: { label: "Quantity", value: "B7*1000", reason: "formula" } },
    // brk28 S3: a stored result in a workbook set to manual calculation; "" where the host gives no formula text
    { ...R, details: { label: "Quantity", value: "Wiegescheine!B2/1000", reason: "manual-calculation" } },
    { ...R, details: { label: "Date", value: "", reason: "manual-calculation" } },
  ],
  "totals-row": [
    { ...at("Receipts", "A9"), details: { label: "Quantity", value: "9", read: "Total" } },
    // brk22 §14: a note typed under the rows (workbook/note-rows.ts)
    {
      ...at("Deliveries", "A4"),
      severity: "info",
      details: { label: "4", value: "Hinweis: Mengen laut Waage", reason: "note-row" },
    },
    {
      ...at("Receipts", "A9"),
      details: { label: "Quantity", value: "9", read: "Subtotal", consequence: "continues" },
    },
    // --- opening and closing balance rows (p-rows2) ---
    {
      ...at("Receipts", "B3"),
      details: {
        label: "",
        value: "3",
        read: "Anfangsbestand",
        consequence: "continues",
        reason: "balance-row",
      },
    },
    {
      ...at("Bestandsbuch", "D4"),
      details: {
        label: "",
        value: "4",
        read: "Übertrag aus 2024",
        consequence: "continues",
        reason: "opening-credit",
      },
    },
    // (p-opening) the balance word in a cell the table reads: the product cell names no product
    {
      ...at("Receipts", "E2"),
      details: {
        label: "Product",
        value: "2",
        read: "Saldovortrag",
        consequence: "continues",
        reason: "opening-credit",
        missing: "UCO, Tallow",
      },
    },
    // (p-opening) a balance word in a row shaped like a booking, below the first one
    {
      ...at("Receipts", "B5"),
      details: {
        label: "Supplier",
        value: "5",
        read: "Bestand",
        consequence: "continues",
        reason: "opening-line",
      },
    },
    // (p-opening) credit carried in above a deliveries sheet's first row: a stock, not credit
    {
      ...at("Deliveries", "B2"),
      details: {
        label: "Customer",
        value: "2",
        read: "Bestand",
        consequence: "continues",
        reason: "opening-stock",
      },
    },
    // (p-opening) an opening balance below the first booking that the rows above do not add up to
    {
      ...at("Receipts", "B4"),
      details: {
        label: "",
        value: "4",
        read: "Saldovortrag",
        consequence: "continues",
        reason: "stated-balance",
        stated: "40",
        sum: "25",
      },
    },
    {
      ...at("Receipts", "H4"),
      details: {
        label: "",
        value: "4",
        read: "b/f",
        consequence: "ends",
        reason: "stated-balance",
        stated: "40",
      },
    },
    // --- end opening and closing balance rows
    {
      ...at("Receipts", "A7"),
      details: {
        label: "Quantity",
        value: "7",
        read: "Summe",
        consequence: "ends",
        reason: "sum-differs",
        stated: "170",
        sum: "150",
      },
    },
  ],
  "unit-conflict": [
    {
      ...at("Receipts", "G7"),
      details: {
        label: "Quantity",
        value: "kg",
        missing: "Menge (t)",
        other: "heading",
        read: "t",
        dropped: true,
      },
    },
    {
      ...at("Receipts", "F7"),
      details: {
        label: "Density",
        value: "t/m³",
        other: "unit-column",
        read: "kg/m³",
        consequence: "no-credit",
      },
    },
    // --- p-units3: a production sheet's Unit column, input's or output's ---
    {
      ...at("Production", "F2"),
      details: {
        label: "Output quantity",
        value: "t",
        missing: "Output quantity (kg)",
        other: "heading",
        read: "kg",
        reason: "unit-side",
        dropped: true,
      },
    },
    // --- end p-units3
  ],
  "blank-not-sustainable": [
    { ...at("Deliveries", "E1"), details: { label: "Sustainable", value: "1" } },
    { ...at("Deliveries", "E1"), details: { label: "Sustainable", value: "4" } },
  ],
  "gross-calorific-value": [{ ...at("Receipts", "L1"), details: { label: "Brennwert (MJ/kg)" } }],
  "energy-content-column": [{ ...at("Deliveries", "E1"), details: { label: "Energy content (MJ)" } }],
  // rows and sheets marked as not really there (workbook/row-state.ts)
  "row-cancelled": [
    { ...at("Receipts", "M7"), details: { label: "Status", value: "storniert", read: "7" } },
    {
      ...at("Receipts", "M8"),
      details: { label: "Status", value: "Storno-Rechnung folgt", read: "8", partial: true },
    },
  ],
  "row-struck": [{ ...at("Receipts", "A7"), details: { label: "7", dropped: true } }],
  // statuses that leave a line unconfirmed (p-status, workbook/status-words.ts)
  "row-unconfirmed": [
    { ...at("Receipts", "M7"), details: { label: "Status", value: "abgelehnt", read: "7", dropped: true } },
    { ...at("Sales", "G4"), details: { label: "Estado", value: "pendiente", read: "4", dropped: true } },
    // a row filled in a colour a legend above the table gives a status (colour-legend.ts)
    {
      ...at("Eingang", "A5"),
      details: {
        label: 'A1 ("Legende: rot = storniert, grau = noch nicht bestätigt")',
        value: "red = storniert",
        read: "5",
        reason: "colour-legend",
        dropped: true,
      },
    },
    {
      ...at("Eingang", "A7"),
      details: {
        label: 'A1 ("Legend: red = cancelled")',
        value: "#00B0F0",
        read: "7",
        reason: "colour-unmatched",
        dropped: true,
      },
    },
    // a colour the legend gives a meaning the add-in does not read as booked (p-legend2)
    {
      ...at("Eingang", "A4"),
      details: {
        label: 'A7 ("gelb = SD fehlt noch")',
        value: "yellow = SD fehlt noch",
        read: "4",
        reason: "colour-meaning",
        dropped: true,
      },
    },
    // a fill about as near to two colours the legend gives different meanings (p-legsheet)
    {
      ...at("Eingang", "A3"),
      details: {
        label: 'A6 ("rot = storniert") and A7 ("orange = geprüft")',
        value: "#FF6600, as near to red = storniert as to orange = geprüft",
        read: "3",
        reason: "colour-between",
        dropped: true,
      },
    },
    // a legend of font colours, which the add-in cannot read: no row booked (p-legend2)
    {
      ...at("Eingang", "A9"),
      details: {
        label: 'A9 ("rote Schrift = storniert")',
        value: "rote Schrift = storniert",
        read: "2",
        reason: "colour-fonts",
        dropped: true,
      },
    },
    // (brk12) a conditional format's fills on a sheet with a legend, which the add-in cannot see
    {
      ...at("Eingang", "A2"),
      details: {
        label: 'Legende!A1 ("rot = storniert")',
        value: "A2:L40",
        read: "2",
        reason: "colour-conditional",
        dropped: true,
      },
    },
    // (p-legendx) a sheet without a legend of its own, a row in a colour another data sheet's legend gives
    {
      ...at("Eingang", "A4"),
      details: {
        label: 'Verkauf!K2 ("rot = storniert")',
        value: "red = storniert",
        read: "4",
        reason: "colour-elsewhere",
        dropped: true,
      },
    },
    // (p-legendx) ... in a colour two other data sheets' legends give different meanings
    {
      ...at("Eingang", "A3"),
      details: {
        label: 'Lager!K2 ("rot = storniert") and Verkauf!J2 ("rot = gebucht")',
        value: "#FF0000",
        read: "3",
        reason: "colour-ambiguous",
        dropped: true,
      },
    },
    // a legend on a sheet whose fills this Excel cannot read (no ExcelApi 1.9): no row booked
    {
      ...at("Eingang", "A30"),
      details: {
        label: 'A30 ("Legende: rot = storniert")',
        value: "Legende: rot = storniert",
        read: "2",
        reason: "colours-unread",
        dropped: true,
      },
    },
    // (p-status2) a remark that only mentions such a word: booked, said
    {
      ...at("Receipts", "M9"),
      details: { label: "Bemerkung", value: "rejected by QA, re-delivered 14.03.", read: "9", partial: true },
    },
    // (p-status4) a status in no list; a blank where the other rows are ticked approved
    {
      ...at("Receipts", "M11"),
      details: { label: "Status", value: "Gutschrift", read: "11", dropped: true, reason: "status-unknown" },
    },
    {
      ...at("Receipts", "N12"),
      details: { label: "OK", value: "", read: "12", dropped: true, reason: "approval-blank" },
    },
    // (p-sd8) a status of part of the line: the quantity accepted unknown
    {
      ...at("Receipts", "M13"),
      details: {
        label: "Status",
        value: "teilw. abgelehnt",
        read: "13",
        dropped: true,
        reason: "status-partial",
      },
    },
    // (brk12) a receipt's proof missing; only part of the row sustainable
    {
      ...at("Receipts", "M15"),
      details: { label: "Bemerkung", value: "SD folgt", read: "15", dropped: true, reason: "proof-missing" },
    },
    {
      ...at("Receipts", "M16"),
      details: {
        label: "Bemerkung",
        value: "nur 60 t nachhaltig",
        read: "16",
        dropped: true,
        reason: "part-sustainable",
      },
    },
    // (p-remarks) a delivery read as sustainable whose remark says it goes without an SD
    {
      ...at("Deliveries", "H7"),
      details: { label: "Bemerkung", value: "ohne SD", read: "7", dropped: true, reason: "sold-without-sd" },
    },
    // (p-remarks2) a receipt with an SD number whose remark says it is not sustainable
    {
      ...at("Receipts", "M9"),
      details: {
        label: "Bemerkung",
        value: "nicht nachhaltig",
        read: "9",
        dropped: true,
        reason: "received-not-sustainable",
      },
    },
    // (brk15) a receipt whose proof was rejected, is not valid, cancelled, withdrawn or wrong
    {
      ...at("Receipts", "M17"),
      details: { label: "Bemerkung", value: "SD abgelehnt", read: "17", dropped: true, reason: "proof-void" },
    },
    // (p-sdstatus) a cell of a proof status column the add-in cannot read, and one left blank
    {
      ...at("Receipts", "N5"),
      details: { label: "SD Status", value: "xyz", read: "5", dropped: true, reason: "proof-status-unread" },
    },
    {
      ...at("Receipts", "N6"),
      details: { label: "SD erhalten", value: "", read: "6", dropped: true, reason: "proof-status-unread" },
    },
    // (p-sdstatus) a delivery read as sustainable whose SD was cancelled or replaced
    {
      ...at("Deliveries", "H9"),
      details: { label: "SD Status", value: "storniert", read: "9", dropped: true, reason: "sold-sd-void" },
    },
    // (p-sdstatus2) a delivery whose SD already exists, its number not in the row; a status unclear
    {
      ...at("Deliveries", "H10"),
      details: {
        label: "SD Status",
        value: "ausgestellt",
        read: "10",
        dropped: true,
        reason: "sold-sd-issued",
      },
    },
    {
      ...at("Deliveries", "H11"),
      details: {
        label: "SD erforderlich",
        value: "-",
        read: "11",
        dropped: true,
        reason: "sold-sd-status-unread",
      },
    },
    // (m-prod) a production row's remark: a document missing, the run not sustainable (workbook/production-remarks.ts)
    {
      ...at("Production", "G5"),
      details: {
        label: "Bemerkung",
        value: "Original fehlt",
        read: "5",
        dropped: true,
        reason: "production-document-missing",
      },
    },
    {
      ...at("Production", "G6"),
      details: {
        label: "Bemerkung",
        value: "nicht nachhaltig",
        read: "6",
        dropped: true,
        reason: "production-not-sustainable",
      },
    },
    // (brk15) a delivery read as sustainable that is no sale: a sample, own use
    {
      ...at("Deliveries", "H8"),
      details: {
        label: "Bemerkung",
        value: "Eigenverbrauch",
        read: "8",
        dropped: true,
        reason: "not-a-sale",
      },
    },
    // (p-saleremark) toll processing, the customer's own material; a transfer between own sites
    {
      ...at("Deliveries", "H10"),
      details: {
        label: "Bemerkung",
        value: "nur Lohnverarbeitung",
        read: "10",
        dropped: true,
        reason: "toll-processing",
      },
    },
    {
      ...at("Deliveries", "H11"),
      details: {
        label: "Bemerkung",
        value: "interne Umlagerung nach Werk 2",
        read: "11",
        dropped: true,
        reason: "internal-transfer",
      },
    },
    // (p-remarks4) a receipt of the customer's material, or from an own site: no purchase credit
    {
      ...at("Receipts", "G5"),
      details: {
        label: "Bemerkung",
        value: "Beistellung Kunde",
        read: "5",
        dropped: true,
        reason: "received-toll-processing",
      },
    },
    {
      ...at("Receipts", "G6"),
      details: {
        label: "Bemerkung",
        value: "Umlagerung von Werk 1",
        read: "6",
        dropped: true,
        reason: "received-internal-transfer",
      },
    },
    // (p-misc) part of the line cancelled: the quantity that stands unknown
    {
      ...at("Receipts", "M14"),
      details: {
        label: "Status",
        value: "teilweise storniert",
        read: "14",
        dropped: true,
        reason: "status-part-cancelled",
      },
    },
    // (brk25 §7) the part cancelled stated, not whether the row's quantity is before or after it
    {
      ...at("Receipts", "M15"),
      details: {
        label: "Bemerkung",
        value: "Teilstorno 10 t",
        read: "15",
        dropped: true,
        reason: "status-part-cancelled",
      },
    },
    // (brk25 §5b) a remark that says the row was cancelled and rebooked: the row perhaps void
    {
      ...at("Receipts", "M18"),
      details: {
        label: "Bemerkung",
        value: "Menge storniert und neu gebucht (Zeile 5)",
        read: "18",
        dropped: true,
        reason: "status-void-unclear",
      },
    },
    // (brk26 S3) a cancellation in a column of no field, status or remark heading, or of none
    {
      ...at("Warenausgang", "I2"),
      details: {
        label: "Spalte1",
        value: "wurde storniert",
        read: "2",
        dropped: true,
        reason: "cancel-unread-column",
      },
    },
    {
      ...at("Warenausgang", "J3"),
      details: {
        label: "column J",
        value: "storniert",
        read: "3",
        dropped: true,
        reason: "cancel-unheaded-column",
      },
    },
    // (h-lacksum) a status of a line not done in such a column; a date in a cancellation date column
    {
      ...at("Warenausgang", "I4"),
      details: {
        label: "Spalte1",
        value: "abgelehnt",
        read: "4",
        dropped: true,
        reason: "unconfirmed-unread-column",
      },
    },
    {
      ...at("Warenausgang", "J5"),
      details: {
        label: "column J",
        value: "on hold",
        read: "5",
        dropped: true,
        reason: "unconfirmed-unheaded-column",
      },
    },
    {
      ...at("Warenausgang", "K6"),
      details: {
        label: "Stornodatum",
        value: "12 Mar 2025",
        read: "6",
        dropped: true,
        reason: "cancel-date-column",
      },
    },
    // --- credit notes and returns (p-credit) ---
    {
      ...at("Sales", "H3"),
      details: { label: "Bemerkung", value: "Gutschrift", read: "3", dropped: true, reason: "credit-note" },
    },
    {
      ...at("Sales", "H4"),
      details: {
        label: "Belegart",
        value: "Beleg",
        read: "4",
        dropped: true,
        reason: "document-type-unknown",
      },
    },
    {
      ...at("Sales", "H5"),
      details: {
        label: "Vorgang",
        value: "Wareneingang",
        read: "5",
        dropped: true,
        reason: "document-other-side",
      },
    },
    // brk27 S2: an SAP movement type in no table (workbook/erp-movement.ts)
    {
      ...at("Wareneingang", "C3"),
      details: {
        label: "Bewegungsart",
        value: "311",
        read: "3",
        dropped: true,
        reason: "movement-type-unknown",
      },
    },
    // h-parties: SAP's 551 (scrapping) on a deliveries sheet: a stock loss, no sale
    {
      ...at("Deliveries", "C3"),
      details: { label: "Bewegungsart", value: "551", read: "3", dropped: true, reason: "stock-difference" },
    },
    // --- end credit notes and returns (p-credit)
    // (p-legend3) a receipt filled in a colour a legend says means its SD is missing
    {
      ...at("Eingang", "A5"),
      details: {
        label: 'K2 ("gelb = SD fehlt")',
        value: "yellow = SD fehlt",
        read: "5",
        reason: "colour-proof-missing",
        dropped: true,
      },
    },
  ],
  // --- credit notes and returns (p-credit) ---
  "row-credit-note": [
    { ...at("Sales", "H3"), details: { label: "Belegart", value: "Gutschrift", read: "3", side: "out" } },
    {
      ...at("Receipts", "J5"),
      details: { label: "Document type", value: "Credit note", read: "5", dropped: true },
    },
  ],
  // --- end credit notes and returns (p-credit)
  // --- (brk27 S1, S3) a copy of a sheet, rows pasted twice, a delivery note booked twice ---
  "duplicate-row": [
    {
      ...at("Warenausgang alt", "A1"),
      details: { label: "Deliveries", value: "Warenausgang", read: "2", reason: "copied-sheet" },
    },
    {
      ...at("Wareneingang 2", "A5"),
      details: { label: "Receipts", value: "Wareneingang", read: "5–9", reason: "copied-rows" },
    },
    {
      ...at("Warenausgang", "I3"),
      details: { label: "Lieferschein-Nr.", value: "LS 4711", read: "2", reason: "same-note" },
    },
    {
      ...at("Warenausgang", "A3"),
      severity: "warning",
      details: { label: "Deliveries", read: "2", reason: "same-row" },
    },
  ],
  "row-hidden": [
    { ...at("Receipts", "A7"), details: { label: "7", value: "1" } },
    { ...at("Receipts", "A9"), details: { label: "9–12", value: "4" } },
  ],
  "rows-coloured": [
    { ...at("Deliveries", "A4"), details: { label: "4", value: "1" } },
    { ...at("Receipts", "A5"), details: { label: "5, 9", value: "2" } },
  ],
  "sheet-hidden": [
    { ...at("Receipts old", "A1"), details: { label: "Receipts", value: "hidden", read: "12" } },
    { ...at("Archiv", "A2"), details: { label: "Deliveries", value: "veryHidden", read: "3" } },
  ],
  "no-rows-read": [{ ...at("Journal", "A1"), details: { label: "Combined ledger", value: "3" } }],
  // headings and total lines (p-headings)
  "second-quantity-column": [
    { ...at("Receipts", "G1"), details: { label: "Quantity", value: "Net weight (kg)", read: "Qty [MT]" } },
    // brk15: an SD's quantity is checked on each row, not left unread
    {
      ...at("Wareneingang", "L1"),
      details: { label: "Quantity", value: "Menge lt. SD", read: "Menge (t)", reason: "over-declared" },
    },
    {
      ...at("Verkauf", "H1"),
      details: { label: "Quantity", value: "Menge lt. SD (t)", read: "Menge (t)", reason: "sd-differs" },
    },
    // p-blocks: beside a combined ledger's In and Out columns, the advice is to book in them
    {
      ...at("Buch", "G1"),
      details: {
        label: "Quantity",
        value: "Menge lt. SD (t)",
        read: '"Zugang (t)" or "Abgang (t)"',
        reason: "in-out",
      },
    },
    // p-rivals: beside the Quantity the user mapped, a second one that differed on some row; no row refused
    {
      ...at("Wareneingang", "J1"),
      details: { label: "Quantity", value: "Menge (kg)", read: "Menge (t)", partial: true },
    },
  ],
  // the same GHG value in two columns (p-ghg2: workbook/value-rivals.ts)
  "second-ghg-column": [
    {
      ...at("Wareneingang", "L1"),
      details: {
        label: "GHG emissions total (E)",
        value: "THG lt. SD (g CO2eq/MJ)",
        read: "THG lt. SD (g CO2eq/MJ)",
        sds: 1,
      },
    },
    {
      ...at("Wareneingang", "K1"),
      details: {
        label: "GHG emissions total (E)",
        value: "THG Standardwert (g CO2eq/MJ)",
        read: "THG tatsächlich (g CO2eq/MJ)",
        sds: 0,
      },
    },
  ],
  "ghg-columns-disagree": [
    {
      ...at("Wareneingang", "K2"),
      details: {
        label: "GHG emissions total (E)",
        value: "50 g CO2eq/MJ",
        read: '30 g CO2eq/MJ in "THG tatsächlich (g CO2eq/MJ)"',
        sds: 0,
        consequence: "no-credit",
      },
    },
    {
      ...at("Receipts", "M2"),
      details: {
        label: "eec",
        value: "20",
        read: '12 in "eec lt. SD"',
        sds: 2,
        consequence: "ghg-total-used",
      },
    },
    // p-ghgfold: the SD's column blank, a value only in the plain one
    {
      ...at("Receipts", "F3"),
      details: {
        label: "GHG emissions total (E)",
        value: "28 g CO2eq/MJ",
        read: 'blank in "GHG as per PoS (g CO2eq/MJ)"',
        sds: 1,
        consequence: "no-credit",
      },
    },
  ],
  "quantity-columns-disagree": [
    // p-factor: more received than the supplier's SD declares (workbook/rival-columns.ts)
    {
      ...at("Receipts", "F2"),
      details: {
        label: "Quantity",
        value: "25 t",
        read: '30 t in "Eingangsmenge (t)"',
        reason: "over-declared",
        dropped: true,
      },
    },
    // p-side: a delivery's own SD declares more than was delivered (workbook/rival-columns.ts)
    {
      ...at("Deliveries", "E2"),
      details: {
        label: "Quantity",
        value: "120 t",
        read: '100 t in "Menge (t)"',
        reason: "sd-differs",
        dropped: true,
      },
    },
    // brk15: an SD's quantity in no unit that converts to the row's
    {
      ...at("Wareneingang", "L3"),
      details: {
        label: "Quantity",
        value: "60",
        read: '100 t in "Menge (t)"',
        reason: "units-unknown",
        dropped: true,
      },
    },
    {
      ...at("Receipts", "G3"),
      details: {
        label: "Quantity",
        value: "24400 kg",
        read: '24.5 t in "Qty [MT]"',
        missing: "24.4 t",
        dropped: true,
      },
    },
    // brk26 S2: an amount taken away from the quantity, in its own column (workbook/deduction-columns.ts)
    {
      ...at("Wareneingang", "G2"),
      details: {
        label: "Quantity",
        value: "20",
        read: '"Menge (t)"',
        missing: "Rücklieferung (t)",
        reason: "deduction",
        dropped: true,
      },
    },
    // brk26 L2: a transfer's loss beside a quantity that says what arrived
    {
      ...at("Umlagerungen", "F2"),
      details: {
        label: "Quantity",
        value: "0.2",
        read: '"Menge angekommen (t)"',
        missing: "Schwund (t)",
        reason: "loss-arrived",
        dropped: true,
      },
    },
    // h-leftovers: a transfer's difference beside the quantity sent alone: its sign unsaid
    {
      ...at("Umlagerungen", "F2"),
      details: {
        label: "Quantity",
        value: "0.2",
        read: '"Menge (t)"',
        missing: "Differenz (t)",
        reason: "difference-sign",
        dropped: true,
      },
    },
  ],
  // cells as Excel shows them (p-xlsx: workbook/column-state.ts)
  "column-hidden": [{ ...at("Receipts", "F1"), details: { label: "Quantity (t)", read: "Quantity" } }],
  "value-not-shown": [
    { ...at("Receipts", "F3"), details: { label: "Quantity (t)", value: ";;;", read: "1" } },
    { ...at("Receipts", "F4"), details: { label: "Menge", value: ";;;", read: "12" } },
  ],
  "possible-totals-row": [
    { ...at("Receipts", "F4"), details: { label: "Quantity", value: "160", read: "4", dropped: true } },
    {
      ...at("Deliveries", "E4"),
      details: { label: "Quantity", value: "30", read: "4", dropped: true, repeats: true },
    },
    // (p-misc) above the first booking, no label word: only a quantity (workbook/opening-rows.ts)
    {
      ...at("Bestandsbuch", "I2"),
      details: { label: "Bestand (t)", value: "12.5", read: "2", dropped: true, reason: "opening-quantity" },
    },
    // a total's word then a name, filled like a booking, of the sum of the rows above (table-totals.ts)
    {
      ...at("Verkauf", "D4"),
      details: {
        label: "Menge (t)",
        value: "30",
        read: "4",
        named: "Summe Logistik AG",
        dropped: true,
        reason: "named-sum",
      },
    },
    // brk27 L1: a subtotal pasted as a value, its customer kept, no address or certificate (workbook/lacking-sum.ts)
    {
      ...at("Warenausgang", "F4"),
      details: {
        label: "Menge (t)",
        value: "70",
        read: "4",
        named: "Kundenadresse or Kundenzertifikat",
        sum: "2",
        dropped: true,
        reason: "lacking-sum",
      },
    },
  ],
  "missing-value": [
    { ...at("Receipts", "B7"), details: { label: "Supplier", dropped: true } },
    // brk25 §4b: a site's address in parts, its town blank (workbook/site-address-parts.ts)
    {
      ...at("Sites", "D3"),
      details: { label: "Ort", reason: "address-part", read: "Industrieweg 7, 5928 AB" },
    },
    // brk27 S8: a delivery's recipient address in parts, its town blank (workbook/site-address-parts.ts)
    {
      ...at("Warenausgang", "E2"),
      details: { label: "Plaats", reason: "recipient-address-part", read: "Industrieweg 5, 5928 AB" },
    },
    // p-noise: a blank among ja and nein in a deliveries yes/no column, read as nein (workbook/blank-flags.ts)
    {
      ...at("Ausgang", "F3"),
      severity: "warning",
      details: { label: "Nachhaltig", reason: "flag-blank", read: "ja or nein" },
    },
    // (p-parts) a receipt's blank yes/no cell beside an SD number (workbook/blank-part.ts)
    {
      ...at("Wareneingang", "M4"),
      details: { label: "Nachhaltig", reason: "flag-blank", consequence: "credit-unknown" },
    },
    // (p-parts2) a receipts' yes/no column blank on every row, said once at its heading (workbook/blank-flag-column.ts)
    {
      ...at("Wareneingang", "M1"),
      details: { label: "Nachhaltig", reason: "flag-blank", value: "312", consequence: "receipts-held" },
    },
    { ...at("Receipts", "J7"), details: { field: "supplierCertificate", dropped: false } },
    // --- claims: a claim column's blank cell on a receipt with an SD number (workbook/blank-claim.ts)
    {
      ...at("Receipts", "G3"),
      details: { label: "Claim", reason: "claim-missing", consequence: "no-credit" },
    },
    // --- SD numbers: a blank SD on a receipt with a claim, certificate or GHG values (workbook/blank-sd.ts, p-sdno)
    {
      ...at("Receipts", "D5"),
      details: {
        label: "Incoming SD / PoS number",
        reason: "sd-missing",
        read: "a claim, a supplier certificate and GHG values",
        consequence: "no-credit",
      },
    },
    // brk26 L4: a transfer's arrival date blank beside its dispatch date (workbook/transfer-blanks.ts)
    {
      ...at("Umlagerungen", "B3"),
      details: { label: "Arrival date", dropped: true, reason: "arrival-blank" },
    },
  ],
  "invalid-number": [
    { ...R, details: { label: "Quantity", value: "abc" } },
    // a GHG value typed as a saving (p-headings)
    {
      ...at("Receipts", "K4"),
      details: {
        label: "GHG emissions total (E)",
        value: "85 %",
        reason: "ghg-saving",
        consequence: "no-credit",
      },
    },
    {
      ...R,
      details: {
        label: "Quantity",
        value: "24.05.2025",
        reason: "date-shown",
        read: "24 May",
        dropped: true,
      },
    },
    { ...R, details: { field: "ghg.eec", value: "twelve", dropped: false } },
    // a footnote written into the number (p-xlsx: workbook/script-text.ts)
    { ...R, details: { label: "Quantity", value: "380¹", reason: "footnote", dropped: true } },
    // (brk23 §8) a quantity merged over several data rows (workbook/merged-rows.ts)
    {
      ...R,
      details: { label: "Quantity", value: "60", reason: "merged-rows", read: "D2:D3", dropped: true },
    },
    // p-values: text in the column of an SD's quantity, or of a second quantity (workbook/rival-columns.ts)
    ...(["in", "out", undefined] as const).map((side) => ({
      ...at("Eingang", "F4"),
      details: {
        label: "Menge lt. SD (t)",
        value: "s. Anlage",
        reason: "sd-quantity-text" as const,
        read: '"Menge (t)"',
        ...(side ? { side } : {}),
        dropped: true,
      },
    })),
    {
      ...at("Ledger", "G2"),
      details: {
        label: "Net weight (t)",
        value: "n/a",
        reason: "second-quantity-text",
        read: '"In (t)"',
        dropped: true,
      },
    },
    // beyond a limit of a book value (engine/decimal-text.ts), as the reader and the engine say it
    { ...R, details: { label: "Quantity", value: "100000000000000000000", reason: "large", dropped: true } },
    {
      ...R,
      details: {
        label: "Density",
        value: "0.0000000000000000000000000000001",
        reason: "decimals",
        dropped: true,
      },
    },
    {
      ...R,
      details: {
        label: "GHG eec",
        value: "0.30000000000000004",
        reason: "precision",
        consequence: "ghg-total-used",
      },
    },
    { ...R, details: { field: "quantity", value: "4e9000000", reason: "large", dropped: true } },
    { ...R, details: { field: "density", value: "1e-40", reason: "decimals", dropped: true } },
    {
      ...R,
      details: { field: "ghg.eec", value: "0.123456789012345678", reason: "precision", dropped: false },
    },
    // --- p-engine: a density as a percentage; a GHG unit in a cell of a column that states none ---
    {
      ...at("Receipts", "G2"),
      details: { label: "Density", value: "85 %", reason: "percent-measure", dropped: true },
    },
    {
      ...at("Receipts", "K2"),
      details: {
        label: "GHG total",
        value: "24.3 g CO2eq/MJ",
        reason: "ghg-unit-in-cell",
        consequence: "no-credit",
      },
    },
    // --- end p-engine ---
    // --- p-ghg: a GHG total below 0.1 g CO2eq/MJ, likely typed in kg CO2eq/MJ (intake/interned.ts) ---
    {
      ...at("Receipts", "K4"),
      details: {
        field: "ghg.total",
        value: "0,0105",
        reason: "ghg-unit-slip",
        consequence: "credit-unknown",
      },
    },
    // --- end p-ghg ---
    // brk27 S9: a GHG total of 0 that no component explains (intake/interned.ts)
    {
      ...at("Receipts", "K3"),
      details: {
        field: "ghg.total",
        value: "0",
        reason: "ghg-total-zero",
        consequence: "credit-unknown",
      },
    },
    // (h-ghg3) GHG components typed with no total, all 0 (intake/interned.ts)
    {
      ...at("Receipts", "H3"),
      details: {
        field: "ghg.eec",
        value: "0",
        reason: "ghg-total-zero",
        consequence: "credit-unknown",
      },
    },
    // --- p-engine3: a negative In or Out of a combined ledger (a return) ---
    {
      ...at("Ledger", "E9"),
      details: { label: "In (t)", value: "-20", reason: "negative", consequence: "in-not-booked" },
    },
    // --- end p-engine3 ---
    // --- p-consq: one side of a combined ledger row left out, the balances it feeds incomplete ---
    { ...at("Ledger", "E3"), details: { label: "In (t)", value: "abc", consequence: "in-unknown" } },
    { ...at("Ledger", "F3"), details: { label: "Out (t)", value: "abc", consequence: "out-unknown" } },
    // --- end p-consq ---
    // --- p-engine5: what intake did with the row, from its details (never "the value is ignored") ---
    {
      ...at("Receipts", "N3"),
      details: { field: "ghg.total", value: "twelve", dropped: false, consequence: "credit-unknown" },
    },
    {
      ...at("Production", "G2"),
      details: {
        field: "sustainableInputQuantity",
        value: "60 lbs",
        dropped: false,
        consequence: "input-unknown",
      },
    },
    // --- end p-engine5 ---
    // --- p-heat: a conversion value validation refused leaves the row out (intake/context.ts hints) ---
    {
      ...at("Receipts", "H3"),
      details: { field: "density", value: "abc", dropped: false, consequence: "row-left-out" },
    },
    // --- end p-heat ---
    // p-ghgneg: a saving written negative
    {
      ...at("Receipts", "Q5"),
      details: {
        field: "ghg.eccr",
        value: "-10",
        reason: "ghg-credit-negative",
        consequence: "credit-unknown",
      },
    },
    // an emission written negative
    {
      ...at("Receipts", "L5"),
      details: {
        field: "ghg.eec",
        value: "-5",
        reason: "ghg-emission-negative",
        consequence: "credit-unknown",
      },
    },
    // --- p-ghg2: components in kg CO2eq/MJ; what a refused GHG value does to production and transfers ---
    {
      ...at("Receipts", "L5"),
      details: {
        field: "ghg.eec",
        value: "0,0052",
        reason: "ghg-component-slip",
        consequence: "credit-unknown",
      },
    },
    {
      ...at("Production", "F2"),
      details: {
        field: "ghg.total",
        value: "0.0105",
        reason: "ghg-unit-slip",
        consequence: "output-ghg-unknown",
      },
    },
    {
      ...at("Transfers", "H2"),
      details: {
        field: "ghg.total",
        value: "0.0105",
        reason: "ghg-unit-slip",
        consequence: "transfer-ghg-unused",
      },
    },
    // --- end p-ghg2 ---
    // brk26 S1: a negative quantity marked "Storno", the reversal of another line (workbook/reversal-row.ts)
    {
      ...at("Receipts", "C3"),
      details: {
        label: "Quantity",
        value: "-100 t",
        read: "Storno",
        row: 3,
        reason: "reversal",
        dropped: true,
      },
    },
  ],
  "invalid-date": [
    { ...at("Receipts", "A4"), details: { label: "Date", value: "2025-02-30", dropped: true } },
    // brk19 §14: a weekday that is not the date's own
    {
      ...at("Receipts", "A5"),
      details: {
        label: "Date",
        value: "Mo, 03.01.2025",
        reason: "weekday",
        read: "3 Jan 2025 is a Friday",
        dropped: true,
      },
    },
    {
      ...at("Receipts", "L3"),
      details: {
        label: "Installation start date",
        value: "2008",
        reason: "year-only",
        consequence: "no-credit",
      },
    },
    { ...at("Receipts", "A4"), details: { field: "date", value: "30.02.2025", dropped: true } },
    {
      ...at("Receipts", "L3"),
      details: {
        field: "installationStartDate",
        value: "2015",
        reason: "threshold-changes",
        before: "50",
        after: "60",
      },
    },
    // --- p-engine5: an installation start that is no day holds the row to the strictest threshold ---
    {
      ...at("Receipts", "P3"),
      details: {
        field: "installationStartDate",
        value: "31.02.2015",
        dropped: false,
        consequence: "strictest-threshold",
      },
    },
    // --- end p-engine5 ---
    // --- p-heat: a dispatch date that is no date, both layers: the receipt date is checked instead ---
    {
      ...at("Receipts", "R3"),
      details: { field: "dispatchDate", value: "xyz", dropped: false, consequence: "receipt-date-used" },
    },
    {
      ...at("Receipts", "J3"),
      details: { label: "Dispatch date", value: "32.01.2025", consequence: "receipt-date-used" },
    },
    // --- end p-heat ---
  ],
  "invalid-unit": [
    { ...at("Receipts", "G6"), details: { label: "Unit", value: "bananas", dropped: true } },
    { ...at("Receipts", "G6"), details: { value: "bananas" } },
    { ...at("Receipts", "G6"), details: { value: "", missing: true } },
    {
      ...at("Receipts", "N6"),
      details: { field: "ghg.unit", value: "kg/t", expected: "g CO2eq/MJ, kg CO2eq/GJ or g CO2eq/kWh" },
    },
    // --- p-engine5: the receipt's credit left unknown ---
    {
      ...at("Receipts", "N6"),
      details: {
        field: "ghg.unit",
        value: "kg/t",
        expected: "g CO2eq/MJ, kg CO2eq/GJ or g CO2eq/kWh",
        consequence: "credit-unknown",
      },
    },
    // --- end p-engine5 ---
    // brk24 §5: a GHG unit in CO2 alone, not CO2eq
    {
      ...at("Receipts", "N6"),
      details: {
        field: "ghg.unit",
        value: "g CO2/MJ",
        reason: "co2-only",
        expected: "g CO2eq/MJ, kg CO2eq/GJ or g CO2eq/kWh",
        consequence: "credit-unknown",
      },
    },
    // --- p-heat: a conversion value's unit refused leaves the row out ---
    {
      ...at("Receipts", "H3"),
      details: {
        field: "density",
        value: "MJ/kg",
        expected: "kg/m³, t/m³, kg/L, g/cm³, g/ml, kg/dm³, kg/Nm³",
      },
    },
    {
      ...at("Receipts", "H3"),
      details: { field: "heatingValue", value: "", missing: true, expected: "MJ/kg, MJ/t" },
    },
    // --- end p-heat ---
    // one sample per UnitRefusal (engine/units.ts), worded in wording-units.ts UNIT_REFUSALS
    ...(["tons", "short", "long", "gross", "imperial", "quintal", "megatonne"] as const).map((read) => ({
      ...R,
      details: {
        label: "Quantity",
        value: `5 ${read}`,
        reason: "refused-unit" as const,
        read,
        dropped: true,
      },
    })),
    // brk25 §7: a heading over a unit row naming another unit (engine/unit-refusals.ts)
    {
      ...at("Receipts", "E2"),
      details: {
        label: "Quantity",
        value: "Menge (t) (kg)",
        reason: "refused-unit",
        read: "two-units",
        dropped: true,
      },
    },
    // --- p-units3: a density's unit recognised and refused (engine/unit-refusals.ts) ---
    ...(["gallon", "api", "sg"] as const).map((read) => ({
      ...at("Receipts", "G6"),
      details: {
        label: "Density",
        value: { gallon: "lb/gal", api: "°API", sg: "SG" }[read],
        reason: "refused-unit" as const,
        read,
        dropped: true,
      },
    })),
    // --- end p-units3 ---
    // --- p-mult: a heading with a multiplier (engine/multiplier.ts) ---
    {
      ...at("Receipts", "E1"),
      details: {
        label: "Quantity",
        value: "Menge t (x 1.000)",
        reason: "refused-unit" as const,
        read: "multiplier",
        dropped: true,
      },
    },
    // --- end p-mult ---
  ],
  "invalid-value": [
    // brk27 L2: a delivery's chain of custody other than mass balance (workbook/coc-cells.ts)
    {
      ...at("Warenausgang", "I2"),
      details: {
        label: "Chain of Custody",
        value: "Physical segregation",
        read: "physical segregation",
        reason: "chain-of-custody",
      },
    },
    {
      ...at("Warenausgang", "I3"),
      details: { label: "Chain of Custody", value: "MB/SG", read: "", reason: "chain-of-custody" },
    },
    // p-cols: a second "Datum" holding another date than the one read (workbook/rival-values.ts)
    {
      ...at("Eingang", "F3"),
      details: {
        label: "Date",
        value: "2025-04-02",
        read: '2025-03-30 in "Datum" (column A)',
        reason: "columns-disagree",
        dropped: true,
      },
    },
    { ...at("Receipts", "K3"), details: { label: "Waste or residue", value: "maybe" } },
    {
      ...at("Deliveries", "E4"),
      details: { label: "Sustainable (yes/no, quantity or %)", value: "2", reason: "flag-number" },
    },
    // p-held: a plain number under "Part durable" or "Sustainable share" with no unit and no %
    {
      ...at("Deliveries", "F2"),
      details: { label: "Sustainable part", value: "40", reason: "share-number" },
    },
    // p-notcert, p-noise: a plain 0.8 under "Part durable (%)"
    {
      ...at("Deliveries", "F3"),
      details: { label: "Sustainable part", value: "0.8", reason: "share-fraction" },
    },
    // p-noise: a plain 80 under "Anteil nachhaltig (0-1)"
    {
      ...at("Deliveries", "F4"),
      details: { label: "Sustainable part", value: "80", reason: "share-over-one" },
    },
    {
      ...at("Certificates", "D3"),
      details: { field: "status", value: "on hold", expected: "valid, suspended, withdrawn or expired" },
    },
    { ...at("Deliveries", "E4"), details: { field: "sustainable", value: "perhaps", declared: false } },
    // one sample per Consequence of a row's or a setting's value (wording-cells.ts CONSEQUENCES)
    ...(
      [
        ["Waste or residue", "no-credit"],
        ["GHG eec", "ghg-total-used"],
        ["Sustainable (yes/no, quantity or %)", "not-declared"],
        ["Sustainable input quantity", "no-sustainable-input"],
        ["In", "in-not-booked"],
        ["Out", "out-not-booked"],
        ["Scheme", "setting-unused"],
        ["Period (months)", "setting-whole-months"],
        ["Stock tolerance", "setting-tolerance-range"],
        ["Decimal separator", "setting-separator"],
        ["Date order", "setting-date-order"],
      ] as const
    ).map(([label, consequence]) => ({
      ...(consequence.startsWith("setting") ? S : R),
      details: { label, value: "maybe", consequence },
    })),
    // a placeholder where an SD number goes (workbook/sd-number.ts): incoming, outgoing, linked
    ...(
      [
        ["Receipts", "D3", "Incoming SD / PoS number", "folgt", "no-credit"],
        ["Deliveries", "H4", "Outgoing SD number", "TBD", "not-declared"],
        ["Deliveries", "I4", "Linked incoming SD numbers", "n/a", "not-declared"],
      ] as const
    ).map(([sheet, cell, label, value, consequence]) => ({
      ...at(sheet, cell),
      details: { label, value, reason: "not-sd-number" as const, consequence },
    })),
    // --- SD numbers marked cancelled (workbook/sd-number.ts, p-sdno): incoming, outgoing, linked
    ...(
      [
        ["Receipts", "D4", "Incoming SD / PoS number", "SD-2025-78 cancelled", "SD-2025-78", "no-credit"],
        ["Deliveries", "H5", "Outgoing SD number", "SD-2025-0001 storniert", "SD-2025-0001", "not-declared"],
        ["Deliveries", "I5", "Linked incoming SD numbers", "IN-1; IN-2 (Storno)", "IN-2", "not-declared"],
      ] as const
    ).map(([sheet, cell, label, value, read, consequence]) => ({
      ...at(sheet, cell),
      details: { label, value, read, reason: "sd-cancelled" as const, consequence },
    })),
    // --- end SD numbers marked cancelled
    // a combined ledger's type: an unknown word, and a quantity under the other side's column
    { ...at("Journal", "B5"), details: { label: "Type (in or out)", value: "Umbuchung", dropped: true } },
    {
      ...at("Journal", "H2"),
      details: { label: "Quantity out", value: "100", reason: "side-conflict", side: "in", dropped: true },
    },
    // a two-way type word ("Lieferung"): refused at its cell, never read as a sale
    {
      ...at("Journal", "B6"),
      details: { label: "Type (in or out)", value: "Lieferung", reason: "two-way-type", dropped: true },
    },
    // h-parties: a stock loss (Navision's "Abgang" under "Postenart"): refused at its cell, no sale
    {
      ...at("Artikelposten", "B4"),
      details: { label: "Postenart", value: "Abgang", reason: "stock-difference", dropped: true },
    },
    // p-xfer2: one side of a move booked at each site that pairs with no row, or with several
    {
      ...at("Umbuchung", "D2"),
      details: {
        label: "Abgang (t)",
        value: "40",
        reason: "transfer-unpaired",
        side: "out",
        read: "date, product, quantity and reference",
        partial: false,
        dropped: true,
      },
    },
    {
      ...at("Umbuchung", "E3"),
      details: {
        label: "Zugang (t)",
        value: "40",
        reason: "transfer-unpaired",
        side: "in",
        read: "date, product and quantity",
        partial: true,
        dropped: true,
      },
    },
    // p-sidewords (brk13 #11): a transfer's From site naming a tank, storage within one site
    {
      ...at("Umlagerungen", "B2"),
      details: { label: "From site", value: "Tank 1", reason: "tank-site", dropped: true },
    },
    // --- claims and Annex IX parts (wording-claims.ts): read by the reader, then under the row's scheme
    ...(
      [
        ["Not ISCC compliant", "not-compliant", "ISCC compliant", "no-credit"],
        ["non conforme", "not-compliant", "compliant", "no-credit"],
        ["ISCC PLUS - non compliant", "not-compliant", "ISCC PLUS compliant", "no-credit"],
        ["nicht ISCC-konform", "not-compliant", "ISCC compliant", "not-declared"],
        ["n/a", "claim-unclear", undefined, "no-credit"],
      ] as const
    ).map(([value, reason, read, consequence]) => ({
      ...at("Receipts", "G3"),
      details: { label: "Claim", value, reason, ...(read ? { read } : {}), consequence },
    })),
    {
      ...at("Receipts", "H3"),
      details: {
        label: "Annex IX part",
        value: "Part A (d)",
        reason: "annex-point",
        read: "A",
        consequence: "no-credit",
      },
    },
    {
      ...at("Receipts", "H3"),
      details: { label: "Annex IX part", value: "Part C", reason: "annex-part", consequence: "no-credit" },
    },
    // --- p-consq: refusals whose part of the row reading leaves out (workbook/left-out-parts.ts) ---
    {
      ...at("Receipts", "G3"),
      details: {
        label: "Claim",
        value: "EU REDD compliantt",
        reason: "claim-unclear",
        consequence: "credit-unknown",
      },
    },
    {
      ...at("Deliveries", "E2"),
      details: {
        label: "Claim",
        value: "EU REDD compliantt",
        reason: "claim-unclear",
        consequence: "draw-unknown",
      },
    },
    {
      ...at("Receipts", "D3"),
      details: {
        label: "SD number",
        value: "SD-2025-0001 storniert",
        read: "SD-2025-0001",
        reason: "sd-cancelled",
        consequence: "credit-unknown",
      },
    },
    // --- end p-consq ---
    ...(
      [
        ["EU RED compliant", "EU RED compliant", "ISCC PLUS"],
        ["ISCC compliant", "ISCC compliant", "ISCC PLUS"],
        ["bio-circular", "bio-circular", "ISCC EU"],
      ] as const
    ).map(([value, read, scheme]) => ({
      ...at("Receipts", "G3"),
      details: { field: "claim", value, reason: "claim-scheme" as const, read, scheme },
    })),
    {
      ...at("Deliveries", "F4"),
      details: {
        field: "claim",
        value: "kein ISCC",
        reason: "not-compliant",
        read: "ISCC compliant",
        declared: false,
      },
    },
    { ...at("Receipts", "H3"), details: { field: "annexIxPart", value: "Part C", reason: "annex-part" } },
    // --- p-engine5: an SD or certificate number raised in part, which Office.js gives as plain text ---
    {
      ...at("Receipts", "D3"),
      details: {
        label: "Incoming SD / PoS number",
        value: "SD-1231",
        reason: "footnote",
        consequence: "no-credit",
      },
    },
    {
      ...at("Certificates", "A2"),
      details: {
        label: "Certificate no.",
        value: "EU-ISCC-Cert-DE100-12",
        reason: "footnote",
        dropped: true,
      },
    },
    // --- p-engine5: the receipt's credit left unknown by a claim the engine could not use ---
    {
      ...at("Receipts", "G3"),
      details: {
        field: "claim",
        value: "EU RED compliant",
        reason: "claim-scheme",
        read: "EU RED compliant",
        scheme: "ISCC PLUS",
        consequence: "credit-unknown",
      },
    },
    // --- end p-engine5 ---
    // --- SD cells, second pass (workbook/sd-marks.ts, issued-sd.ts, p-sdno2): several numbers, a
    // mark of doubt, another document's number, on a receipt, a delivery and its links; a register
    // number marked cancelled
    ...(
      [
        [
          "Receipts",
          "D6",
          "Incoming SD / PoS number",
          "SD-2025-0001 / SD-2025-0002",
          "sd-several",
          "SD-2025-0001; SD-2025-0002",
          "no-credit",
        ],
        [
          "Deliveries",
          "H6",
          "Outgoing SD number",
          "SD-2025-0007 + 0008",
          "sd-several",
          "SD-2025-0007; 0008",
          "not-declared",
        ],
        [
          "Receipts",
          "D7",
          "Incoming SD / PoS number",
          "SD-2025-0001?",
          "sd-in-doubt",
          undefined,
          "no-credit",
        ],
        [
          "Deliveries",
          "H7",
          "Outgoing SD number",
          "SD-2025-0009 old",
          "sd-in-doubt",
          undefined,
          "not-declared",
        ],
        [
          "Deliveries",
          "I7",
          "Linked incoming SD numbers",
          "siehe IN-4",
          "sd-in-doubt",
          undefined,
          "not-declared",
        ],
        [
          "Receipts",
          "D8",
          "Incoming SD / PoS number",
          "Lieferschein 4711",
          "sd-other-document",
          "a delivery-note number",
          "no-credit",
        ],
        [
          "Deliveries",
          "H8",
          "Outgoing SD number",
          "RE-4711",
          "sd-other-document",
          "an invoice number",
          "not-declared",
        ],
        [
          "Deliveries",
          "I8",
          "Linked incoming SD numbers",
          "INV-2025-17",
          "sd-other-document",
          "an invoice number",
          "not-declared",
        ],
        // a delivery's own SD number merged over two delivery rows (merged-rows.ts)
        ["Deliveries", "H9", "Outgoing SD number", "ON-2025-0001", "sd-merged", "H9:H10", "not-declared"],
        // (h-noisy) a receipt's incoming SD number merged over two receipt rows (merged-rows.ts)
        [
          "Receipts",
          "D2",
          "Incoming SD / PoS number",
          "S-1",
          "sd-merged-incoming",
          "D2:D3",
          "credit-unknown",
        ],
      ] as const
    ).map(([sheet, cell, label, value, reason, read, consequence]) => ({
      ...at(sheet, cell),
      details: { label, value, reason, ...(read ? { read } : {}), consequence },
    })),
    // (p-sdcell) a date or a tick in an SD cell: when or that an SD came, not which one
    ...(
      [
        ["Receipts", "D2", "Incoming SD / PoS number", "09.01.2025", "sd-date", "credit-unknown"],
        ["Deliveries", "E2", "Outgoing SD number", "21.01.2025", "sd-date", "not-declared"],
        ["Receipts", "D3", "Incoming SD / PoS number", "1", "sd-tick", "credit-unknown"],
        ["Deliveries", "F2", "Linked incoming SD numbers", "1", "sd-tick", "not-declared"],
      ] as const
    ).map(([sheet, cell, label, value, reason, consequence]) => ({
      ...at(sheet, cell),
      details: { label, value, dropped: false, reason, consequence },
    })),
    // (p-sdcell) a certificate cell that names no certificate: no digit, or a status word
    {
      ...at("Receipts", "C4"),
      details: {
        label: "Supplier certificate no.",
        value: "ISCC",
        dropped: false,
        reason: "not-certificate-number" as const,
        consequence: "credit-unknown" as const,
      },
    },
    {
      ...at("Deliveries", "C2"),
      details: {
        label: "Customer certificate no.",
        value: "abgelaufen",
        read: "abgelaufen",
        dropped: false,
        reason: "not-certificate-number" as const,
        consequence: "not-declared" as const,
      },
    },
    {
      ...at("MB Declarations", "A3"),
      details: {
        label: "SD number",
        value: "SD-2025-0001 storniert",
        read: "SD-2025-0001",
        reason: "sd-register-cancelled" as const,
      },
    },
    // --- end SD cells, second pass
    // --- p-sd6: a certificate's number in an SD cell ("Cert 4711"), on a receipt, a delivery and its links
    ...(
      [
        ["Receipts", "D9", "Incoming SD / PoS number", "Cert 4711", "no-credit"],
        ["Deliveries", "H9", "Outgoing SD number", "ISCC-Cert-DE100-4711", "not-declared"],
        ["Deliveries", "I9", "Linked incoming SD numbers", "Zertifikat 4711", "not-declared"],
      ] as const
    ).map(([sheet, cell, label, value, consequence]) => ({
      ...at(sheet, cell),
      details: { label, value, reason: "sd-in-doubt" as const, read: "a certificate number", consequence },
    })),
    // --- end p-sd6
    // --- p-registers: a certificate register's yes/no flag, unclear or blank (workbook/certificate-flags.ts)
    {
      ...at("Certificates", "G2"),
      details: { label: "Gesperrt", value: "vielleicht", reason: "certificate-flag", read: "suspended" },
    },
    {
      ...at("Certificates", "G3"),
      details: { label: "Gültig", value: "", reason: "certificate-flag", read: "valid" },
    },
    // a settings row not read: a key in no list, a setting written twice (workbook/settings-unread.ts)
    {
      ...at("Instellingen", "A8"),
      details: { label: "Bilanzjahr", value: "2025", reason: "setting-unread" },
    },
    {
      ...at("Settings", "A9"),
      details: { label: "Periodelengte", value: "3", reason: "setting-unread", read: "Settings!A5" },
    },
    // --- end p-registers
    // brk20 A2, brk19 §10: a row not read whose value names a scheme or a mode, or whose key an SD prefix's;
    // brk19 §1, §11: a calendar year without a 1 January start, an SD prefix ending in a year
    {
      ...at("Settings", "A7"),
      details: {
        label: "Standard",
        value: "ISCC PLUS",
        reason: "setting-unread",
        consequence: "setting-scheme-key",
      },
    },
    {
      ...at("Settings", "A8"),
      details: {
        label: "Abrechnungsmethode",
        value: "continuous",
        reason: "setting-unread",
        consequence: "setting-mode-key",
      },
    },
    {
      ...at("Settings", "A9"),
      details: {
        label: "Präfix für SD-Nummern ab 2025",
        value: "ON",
        reason: "setting-unread",
        consequence: "setting-prefix-key",
      },
    },
    {
      ...at("Settings", "B5"),
      details: { label: "SD number prefix", value: "ON-2025-", consequence: "setting-prefix-year" },
    },
    // brk28 L1: no SD prefix read, and a row not read whose value may be it
    {
      ...at("Settings", "A10"),
      details: {
        label: "Kürzel",
        value: "ACM",
        reason: "setting-unread",
        consequence: "setting-prefix-unread",
      },
    },
    {
      ...at("Settings", "B6"),
      details: {
        label: "Period length (months)",
        value: "Kalenderjahr",
        consequence: "setting-calendar-year",
      },
    },
    // p-units3: the settings' own certificate cell stating none (workbook/settings-own-certificate.ts)
    {
      ...at("Settings", "B3"),
      details: {
        label: "Own certificate no.",
        value: "beantragt",
        reason: "no-certificate",
        consequence: "setting-unused",
      },
    },
    // brk23 §5: the settings' own certificate with a remark after the number (engine/certificate-remark.ts)
    {
      ...at("Settings", "B3"),
      details: {
        label: "Own certificate no.",
        value: "EU-ISCC-Cert-DE100-9 (alt)",
        reason: "certificate-remark",
        consequence: "setting-unused",
      },
    },
    // p-units3: two densities, one column naming its unit and the other none: not compared
    {
      ...at("Eingang", "H3"),
      details: {
        label: "Density",
        value: "850",
        read: '850 kg/m3 in "Dichte (kg/m³)" (column G)',
        reason: "columns-disagree",
        missing: "Dichte lt. SD",
        dropped: true,
      },
    },
    // brk20 A6: two ISCC certificate numbers in one certificate cell
    {
      ...at("Receipts", "C7"),
      details: {
        label: "Supplier certificate no.",
        value: "EU-ISCC-Cert-DE100-12345 / EU-ISCC-Cert-DE100-67890",
        read: "2",
        reason: "certificate-several",
      },
    },
    // h-postcode: a postcode kept as a number, short of its country's digits (workbook/postcode.ts)
    {
      ...at("Sites", "C3"),
      details: { label: "PLZ", value: "1067", read: "Deutschland", reason: "postcode-digits", digits: 5 },
    },
    // h-postcode: an address cell holding a number only, no country beside it
    {
      ...at("Deliveries", "C2"),
      severity: "warning",
      details: { label: "Customer address", value: "4109", reason: "postcode-digits" },
    },
  ],
  "invalid-quantity": [
    { ...at("Receipts", "F5"), details: { field: "quantity", value: "-5" } },
    // one sample per QuantityProblem, for a delivery's sustainable part and a production row's input
    { ...at("Deliveries", "F2"), details: { field: "sustainable", value: "7 t", reason: "out-of-range" } },
    {
      ...at("Deliveries", "F2"),
      details: { field: "sustainablePart", value: "5 t", reason: "unconvertible", unit: "m3" },
    },
    {
      ...at("Production", "F2"),
      details: { field: "sustainableInputQuantity", value: "5 bags", reason: "unit-unknown" },
    },
    {
      ...at("Production", "F2"),
      details: { field: "sustainableInputQuantity", value: "5 t", reason: "unconvertible", unit: "Nm3" },
    },
    {
      ...at("Production", "F2"),
      details: { field: "sustainableInputQuantity", value: "120 %", reason: "out-of-range" },
    },
    // --- p-engine5: the credit the row converts left unknown ---
    {
      ...at("Production", "F2"),
      details: {
        field: "sustainableInputQuantity",
        value: "120 %",
        reason: "out-of-range",
        consequence: "input-unknown",
      },
    },
    {
      ...at("Production", "F2"),
      details: {
        field: "sustainableInputQuantity",
        value: "5 bags",
        reason: "unit-unknown",
        consequence: "input-unknown",
      },
    },
    // --- end p-engine5 ---
    // p-parts: a receipt's stated part below its quantity (engine/intake/receipt-part.ts)
    { ...at("Receipts", "M2"), details: { field: "sustainablePart", value: "40 t", reason: "receipt-part" } },
    // (brk12) a receipt with an SD number under "Nachhaltig": nein (intake/receipt-part.ts)
    { ...at("Wareneingang", "L2"), details: { field: "sustainable", value: "nein", reason: "receipt-none" } },
  ],
  "implausible-value": [
    {
      ...at("Receipts", "M8"),
      details: {
        field: "density",
        value: "9",
        unit: "kg/m³",
        impossible: true,
        likely: "t/m³",
        unitCell: "N8",
      },
    },
    {
      ...at("Receipts", "M8"),
      details: { field: "heatingValue", value: "120", unit: "MJ/kg", phase: "liquid" },
    },
    // --- p-engine6: a density a liquid cannot have (UCO at 92 kg/m³), refused ---
    {
      ...at("Receipts", "H2"),
      details: {
        field: "density",
        value: "92",
        unit: "kg/m³",
        impossible: true,
        phase: "liquid",
        unitCell: "H1",
      },
    },
    // --- end p-engine6 ---
    // --- p-heat: a heating value the row's phase cannot have (plausibility.ts), refused ---
    {
      ...at("Receipts", "I3"),
      details: {
        field: "heatingValue",
        value: "37",
        unit: "MJ/L",
        impossible: true,
        likely: "MJ/m³",
        phase: "gas",
        unitCell: "J3",
      },
    },
    {
      ...at("Receipts", "I4"),
      details: {
        field: "heatingValue",
        value: "3.75",
        unit: "MJ/m³",
        impossible: true,
        likely: "MJ/L",
        phase: "liquid-or-solid",
        unitCell: "J4",
      },
    },
    // --- end p-heat ---
    // --- p-heat2: a named product's heating value (product-heating.ts), a density not used ---
    {
      ...at("Receipts", "H2"),
      details: {
        field: "heatingValue",
        value: "9.97",
        unit: "MJ/Nm³",
        impossible: true,
        likely: "kWh/Nm³",
        unitCell: "I2",
        product: "biomethane",
        usual: "33–40 MJ/Nm³ (9.2–11.1 kWh/Nm³), 45–55 MJ/kg",
      },
    },
    {
      ...at("Receipts", "H3"),
      details: {
        field: "heatingValue",
        value: "34.4",
        unit: "MJ/kg",
        impossible: true,
        likely: "MJ/L",
        unitCell: "I3",
        product: "HVO/HEFA",
        usual: "42–45 MJ/kg",
      },
    },
    {
      ...at("Receipts", "H4"),
      details: {
        field: "density",
        value: "0.72",
        unit: "kg/m³",
        likely: "t/m³",
        unitCell: "I4",
        unused: "Nm3",
      },
    },
    // --- end p-heat2 ---
    // --- p-cat: a named gas's density band; a heating value per m³ at the row's density ---
    {
      ...at("Receipts", "H5"),
      details: {
        field: "density",
        value: "7.2",
        unit: "kg/Nm³",
        impossible: true,
        likely: null,
        unitCell: "I5",
        product: "biomethane",
        usual: "0.65–0.85 kg/Nm³",
      },
    },
    {
      ...at("Receipts", "J6"),
      details: {
        field: "heatingValue",
        value: "15",
        unit: "MJ/m³",
        impossible: true,
        likely: "MJ/kg",
        unitCell: "K6",
        phase: "liquid-or-solid",
        atDensity: { density: "120 kg/m³", perMass: "0.125 MJ/kg" },
      },
    },
    {
      ...at("Receipts", "J7"),
      details: {
        field: "heatingValue",
        value: "35",
        unit: "MJ/m³",
        impossible: true,
        likely: null,
        unitCell: "K7",
        phase: "liquid-or-solid",
        atDensity: { density: "120 kg/m³", perMass: "0.292 MJ/kg" },
      },
    },
    // --- end p-cat ---
  ],
  "sustainable-conflict": [
    { ...at("Deliveries", "E5"), details: { quantity: "10 t", flag: "no", part: "60 %" } },
    // (brk12) a receipt's two part columns
    {
      ...at("Wareneingang", "M2"),
      details: { quantity: "100 t", flag: "100 %", part: "30 t", receipt: true },
    },
  ],
  "date-is-year": [{ ...at("Receipts", "L3"), details: { value: "2008", minimum: "50" } }],
  "site-not-listed": [
    // (brk26 N1) a code the sites sheet gives two sites
    {
      ...at("Receipts", "B2"),
      details: {
        value: "HH",
        blank: false,
        sitesSheet: true,
        sites: "Hamburg, Harburg",
        more: 0,
        shared: "Hamburg, Harburg",
      },
    },
    // (p-misc) a sheet with no Site column: said once, at its header
    {
      ...at("Sales", "A1"),
      details: {
        value: "",
        blank: true,
        sitesSheet: true,
        sites: "Hamburg, Bremen",
        more: 0,
        noColumn: true,
        rows: 240,
      },
    },
    {
      ...at("Stock", "A3"),
      details: {
        value: "",
        blank: true,
        sitesSheet: false,
        sites: "Hamburg",
        more: 0,
        noColumn: true,
        rows: 1,
      },
    },
    {
      ...at("Receipts", "B5"),
      details: { value: "HH", blank: false, sitesSheet: true, sites: "Hamburg, Bremen", more: 0 },
    },
    {
      ...at("Receipts", "B3"),
      details: { value: "", blank: true, sitesSheet: true, sites: "Hamburg, Bremen", more: 0 },
    },
    {
      ...at("Sales", "B4"),
      details: { value: "", blank: true, sitesSheet: false, sites: "A, B, C, D, E, F, G, H", more: 2 },
    },
  ],
  "unknown-scheme": [{ ...at("Settings", "B6"), details: { value: "ISCC Moon", used: "ISCC EU" } }],
  "duplicate-sd": [
    {
      ...at("Receipts", "D3"),
      details: { sd: "IN-1", supplier: "Agro GmbH", first: "Receipts!D2", noCredit: true },
    },
    { ...at("Deliveries", "G3"), details: { sd: "OUT-1", supplier: null, first: "Deliveries!G2" } },
    // a spelling that differs only in leading zeros (p-sdno2)
    {
      ...at("Receipts", "D5"),
      details: { sd: "12345", supplier: "Agro GmbH", first: "Receipts!D4", noCredit: true, alike: "012345" },
    },
    // --- p-sd6: a year of two digits or four, a letter O for a zero, both with leading zeros; one
    // outgoing number issued twice, once with its label
    ...(
      [
        ["D7", "SD-25-0001", "SD-2025-0001", ["year"]],
        ["D8", "SD-2025-OOO1", "SD-2025-0001", ["letter-o"]],
        ["D9", "SD-25-1", "SD-2025-0001", ["zeros", "year"]],
      ] as const
    ).map(([cell, sd, alike, alikeBy]) => ({
      ...at("Receipts", cell),
      details: { sd, supplier: "Agro GmbH", first: "Receipts!D6", noCredit: true, alike, alikeBy },
    })),
    { ...at("Deliveries", "G5"), details: { sd: "4711", supplier: null, first: "Deliveries!G4" } },
    // --- end p-sd6
    // --- p-sd7: a letter l for a one, an earlier year typed short, an outgoing number typed two ways
    {
      ...at("Receipts", "D10"),
      details: {
        sd: "SD-2025-000l",
        supplier: "Agro GmbH",
        first: "Receipts!D6",
        noCredit: true,
        alike: "SD-2025-0001",
        alikeBy: ["letter-l"],
      },
    },
    {
      ...at("Receipts", "D11"),
      details: {
        sd: "SD-24-0001",
        supplier: "Agro GmbH",
        first: "Receipts!D5",
        noCredit: true,
        alike: "SD-2024-0001",
        alikeBy: ["year"],
      },
    },
    {
      ...at("Deliveries", "G6"),
      details: {
        sd: "SD-25-0001",
        supplier: null,
        first: "Deliveries!G4",
        alike: "SD-2025-0001",
        alikeBy: ["year"],
      },
    },
    // --- end p-sd7
    // --- p-sd8: a letter glued to the digits, set aside as a label
    {
      ...at("Receipts", "D12"),
      details: {
        sd: "N4711",
        supplier: "Agro GmbH",
        first: "Receipts!D7",
        noCredit: true,
        alike: "4711",
        alikeBy: ["label"],
      },
    },
    // --- end p-sd8
    // --- p-sd9: a delivery's own number that is an incoming SD's number
    {
      ...at("Deliveries", "G7"),
      details: { sd: "AS-25-001", supplier: null, first: "Receipts!D2", incoming: true },
    },
    // --- end p-sd9
  ],
  "certificate-holder-differs": [
    {
      ...at("Receipts", "C7"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-10001",
        supplier: "Other Trading GmbH",
        holder: "Good AG",
        row: "Certificates!B2",
        noCredit: true,
      },
    },
    {
      ...at("Receipts", "C8"),
      severity: "warning",
      details: {
        certificate: "EU-ISCC-Cert-DE100-10001",
        supplier: "Good AG Werk Hamburg",
        holder: "Good AG",
        row: "Certificates!B2",
        partial: true,
      },
    },
  ],
  "customer-certificate-invalid": [
    {
      ...at("Deliveries", "D7"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-20002",
        customer: "Kunde AG",
        reason: "expired",
        date: "2025-03-01",
        validFrom: "2024-01-01",
        validUntil: "2025-01-05",
      },
    },
  ],
  "delivery-to-self": [
    {
      ...at("Deliveries", "D7"),
      details: { customer: "Acme GmbH", by: "certificate", own: "EU-ISCC-Cert-DE200-1" },
    },
    {
      ...at("Deliveries", "B8"),
      details: { customer: "Acme GmbH Werk Venlo", by: "name", own: "Acme GmbH" },
    },
    { ...at("Deliveries", "B9"), details: { customer: "Eigenbedarf", by: "own use" } },
    {
      ...at("Deliveries", "B10"),
      details: { customer: "Acme Bio B.V.", by: "name", own: "Acme Bio", bare: true },
    },
    { ...at("Deliveries", "B11"), details: { customer: "VEN", by: "site", own: "Werk Venlo" } },
  ],
  "certificate-invalid": [
    {
      ...at("Receipts", "C7"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-1",
        reason: "expired",
        date: "2025-02-10",
        validFrom: "2024-01-01",
        validUntil: "2025-02-01",
        noCredit: true,
      },
    },
    {
      ...at("Receipts", "C8"),
      details: { certificate: "EU-ISCC-Cert-DE100-2", reason: "suspended", date: "2025-02-10" },
    },
    {
      ...at("Receipts", "C9"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-3",
        reason: "not valid",
        statusText: "inactive",
        date: "2025-02-10",
      },
    },
    {
      ...at("Receipts", "C10"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-4",
        reason: "unknown status",
        statusText: "pending",
        date: "2025-02-10",
      },
    },
    // --- p-certref: a register row of the certificate that could not be read ---
    {
      ...at("Receipts", "C11"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-5",
        reason: "unreadable row",
        date: "2025-02-10",
        row: "Certificates!D7",
        label: "Valid until",
        value: "unbefristet",
        noCredit: true,
      },
    },
    {
      ...at("Receipts", "C12"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-5",
        reason: "unreadable row",
        date: "2025-02-10",
        row: "Certificates!C8",
        label: "Valid from",
        value: "",
        validRow: "Certificates!A3",
        noCredit: true,
      },
    },
    {
      ...at("Receipts", "C13"),
      details: {
        certificate: "EU-ISCC-Cert-DE100-6",
        reason: "unreadable row",
        date: "2025-02-10",
        row: "Certificates!F9",
        label: "Status",
        value: null,
        noCredit: true,
      },
    },
    // --- end p-certref ---
  ],
  "certificate-unknown": [
    { ...at("Receipts", "C4"), details: { certificate: "X-1", noCredit: true } },
    { ...at("Receipts", "C5"), details: { certificate: "", noCredit: true, missing: true } },
    // --- p-engine: a placeholder where the number goes ---
    { ...at("Receipts", "C6"), details: { certificate: "n/a", noCredit: true, missing: true } },
    // --- end p-engine ---
  ],
  // brk20 A6: a certificate of another scheme than the receipt's or the declarations'
  "certificate-scheme": [
    {
      ...at("Receipts", "C2"),
      details: {
        certificate: "ISCC-PLUS-Cert-PL214-12345678",
        stated: "ISCC PLUS",
        scheme: "ISCC EU",
        noCredit: true,
      },
    },
    {
      ...at("Receipts", "C3"),
      details: {
        certificate: "ISCC-CORSIA-Cert-US201-1234",
        stated: "ISCC CORSIA",
        scheme: "ISCC EU",
        noCredit: true,
      },
    },
    {
      ...at("Receipts", "C4"),
      details: {
        certificate: "DE-B-123-456",
        stated: "ISCC PLUS",
        scheme: "ISCC EU",
        row: "Certificates!C2",
        noCredit: true,
      },
    },
    {
      ...S,
      details: {
        certificate: "ISCC-PLUS-Cert-DE100-9",
        stated: "ISCC PLUS",
        scheme: "ISCC EU",
        held: 2,
        date: "2025-04-02",
        lastDate: "2025-04-05",
      },
    },
  ],
  // brk27 W1: a row booked after the day of the run: a typo year, a delivery typed a day early, a transfer still on its way
  "date-after-run-day": [
    {
      ...at("Wareneingang", "A3"),
      details: { kind: "receipt", field: "date", date: "2052-02-10", runDay: "2026-12-05", days: 9198, products: "Rapsöl" }, // prettier-ignore
    },
    {
      ...at("Deliveries", "A7"),
      details: { kind: "delivery", field: "date", date: "2026-12-06", runDay: "2026-12-05", days: 1, products: "UCO" }, // prettier-ignore
    },
    {
      ...at("Production", "B4"),
      details: { kind: "production", field: "date", date: "2027-03-05", runDay: "2026-12-05", days: 90, products: "Rapsöl and Biodiesel" }, // prettier-ignore
    },
    {
      ...at("Stock", "A2"),
      details: {
        kind: "stock",
        field: "date",
        date: "2027-12-31",
        runDay: "2026-12-05",
        days: 391,
        products: "",
      },
    },
    {
      ...at("Transfers", "C5"),
      details: { kind: "transfer", field: "arrivalDate", date: "2026-12-09", runDay: "2026-12-05", days: 4, products: "UCO" }, // prettier-ignore
    },
  ],
  "date-outside-period": [
    {
      ...at("Receipts", "A9"),
      details: { date: "2026-02-13", periodStart: "2025-01-01", periodEnd: "2025-03-31" },
    },
    {
      ...at("Receipts", "A3"),
      details: {
        date: "2025-01-15",
        periodStart: "2025-02-01",
        periodEnd: "2025-04-30",
        setStart: "2025-01-01",
      },
    },
  ],
  "period-too-long": [
    { details: { months: 6, max: 3, scheme: "ISCC EU" } },
    { ...S, details: { months: 12, max: 3, scheme: "ISCC EU" } },
    { ...S, details: { months: 18, max: 3, scheme: "ISCC EU", twelve: true } },
  ],
  "negative-balance": [
    {
      ...D,
      details: {
        account: "Rapeseed oil (ISCC EU, Hamburg)",
        periodEnd: "2025-03-31",
        closing: "-20",
        unit: "t",
      },
    },
    {
      ...P,
      details: {
        account: "Rapeseed (ISCC EU, Hamburg)",
        periodEnd: "2025-03-31",
        closing: "-90",
        unit: "t",
        short: "production",
      },
    },
  ],
  overdraft: [
    {
      ...D,
      details: {
        account: "Rapeseed oil (ISCC EU, Hamburg)",
        running: "-20",
        unit: "t",
        date: "2025-03-15",
        continuous: false,
      },
    },
    {
      ...D,
      details: {
        account: "Rapeseed oil (ISCC EU, Hamburg)",
        running: "-20",
        unit: "t",
        date: "2025-03-15",
        continuous: true,
      },
    },
  ],
  "carry-over-exceeds-stock": [
    {
      ...at("Stock counts", "C5"),
      details: {
        product: "Rapeseed oil",
        site: "",
        periodEnd: "2025-03-31",
        closing: "70",
        physical: "50",
        carried: "50",
        lapsed: "20",
        unit: "t",
      },
    },
  ],
  "stock-count-missing": [
    {
      details: {
        product: "Rapeseed oil",
        periodEnd: "2025-03-31",
        closing: "70",
        physical: "50",
        carried: "50",
        lapsed: "20",
        unit: "t",
        site: "Hamburg",
      },
    },
  ],
  "own-certificate-invalid": [
    {
      ...D,
      details: {
        certificate: "EU-ISCC-Cert-DE100-9",
        reason: "expired",
        date: "2025-03-05",
        validFrom: "2024-01-01",
        validUntil: "2025-03-02",
        dated: "dispatched",
      },
    },
    {
      ...D,
      details: {
        certificate: "EU-ISCC-Cert-DE100-9",
        reason: "expired",
        date: "2025-04-15",
        validFrom: "2024-01-01",
        validUntil: "2025-03-02",
        dated: "issued",
      },
    },
    {
      details: {
        certificate: "EU-ISCC-Cert-DE100-9",
        reason: "not yet valid",
        date: "2025-04-01",
        validFrom: "2025-05-01",
        validUntil: "2026-04-30",
        carry: true,
        site: "Hamburg",
        periodEnd: "2025-03-31",
      },
    },
    {
      ...D,
      details: {
        certificate: "EU-ISCC-Cert-DE100-9",
        reason: "not in register",
        date: "2025-04-15",
        carry: false,
      },
    },
    // --- p-engine: said once for all the declarations it holds back ---
    {
      ...S,
      details: {
        certificate: "EU-ISCC-Cert-DE100-9",
        reason: "not in register",
        date: "2025-02-01",
        lastDate: "2025-03-28",
        held: 214,
        carry: false,
      },
    },
    {
      ...S,
      details: {
        certificate: "EU-ISCC-Cert-DE100-9",
        reason: "not in register",
        date: "2025-04-15",
        held: 1,
        carry: false,
      },
    },
    // --- end p-engine ---
    // --- p-certref: its register row could not be read ---
    {
      ...S,
      details: {
        certificate: "EU-ISCC-Cert-DE100-9",
        reason: "unreadable row",
        row: "Certificates!D4",
        label: "Valid until",
        value: "unlimited",
        date: "2025-02-01",
        lastDate: "2025-03-28",
        held: 3,
        carry: false,
      },
    },
    // --- end p-certref ---
  ],
  "stock-deviation": [
    {
      ...at("Stock", "C2"),
      details: {
        product: "Rapeseed oil",
        counted: "3",
        book: "120",
        deviation: "97.5",
        tolerance: "0.5",
        unit: "t",
        site: "",
      },
    },
    {
      ...at("Stock", "D2"),
      details: {
        product: "UCO",
        counted: "50",
        book: "40",
        deviation: "25",
        tolerance: "0.5",
        unit: "t",
        site: "Hamburg",
        tanks: "T1 30 t, T2 20 t",
      },
    },
  ],
  "unit-mismatch": [
    { ...at("Receipts", "F8"), details: { unit: "m³", product: "Rapeseed oil", accountUnit: "t" } },
    {
      ...at("Receipts", "F9"),
      details: {
        unit: "Nm3",
        product: "Biomethane",
        accountUnit: "MJ",
        why: "per",
        hintField: "heatingValue",
        per: "m3",
        dim: "Nm3",
      },
    },
    {
      ...P,
      details: {
        unit: "t",
        product: "Rapeseed",
        accountUnit: "MJ",
        why: "other-side",
        hintField: "heatingValue",
        per: "kg",
        dim: "t",
      },
    },
    { ...P, details: { unit: "t", product: "Rapeseed", accountUnit: "MJ", why: "input-side" } },
    { ...P, details: { unit: "t", product: "Rapeseed oil", accountUnit: "MJ", why: "output-side" } },
  ],
  "conversion-factor-missing": [
    {
      ...at("Production", "D4"),
      details: { input: "Rapeseed oil", output: "Glycerine", date: "2025-02-22" },
    },
  ],
  "conversion-factor-deviates": [
    { ...P, details: { actual: "0.45", factor: "0.4", tolerance: "2", deviation: "12.5", used: "factor" } },
    { ...P, details: { actual: "0.35", factor: "0.4", tolerance: "2", used: "yield" } },
  ],
  "co-product-input-differs": [
    {
      ...at("Production", "C3"),
      details: { batch: "B1", first: "Production row 2", field: "inputQuantity" },
    },
  ],
  "production-input-repeated": [
    {
      ...at("Production", "C3"),
      details: { input: "Rapeseed", quantity: "1000 t", date: "2025-02-01", first: "Production!C2" },
    },
  ],
  "batch-id-alike": [
    { ...at("Production", "B5"), details: { batch: "b7", other: "B-7", first: "Production!B3" } },
  ],
  "conversion-impossible": [
    { ...P, details: { reason: "yield", value: "1.2", input: "Rapeseed oil", output: "Biodiesel" } },
    { ...P, details: { reason: "factor", value: "35", input: "Rapeseed", output: "Rapeseed oil" } },
    { ...P, details: { reason: "co-products", value: "1.1", batch: "B7" } },
    { ...P, details: { reason: "incomparable", output: "Biogas", outputUnit: "m³", inputUnit: "t" } },
    // h-ghg3: a factor kept as input per output (engine/factor-inverse.ts)
    { ...P, details: { reason: "inverse", value: "0.4", input: "Rapeseed", output: "Rapeseed oil" } },
    {
      ...P,
      details: {
        reason: "factor-both",
        value: "0.42",
        other: "2.5",
        input: "Rapeseed",
        output: "Rapeseed oil",
      },
    },
    {
      ...P,
      details: {
        reason: "factor-unit",
        why: "inverse",
        value: "2.5",
        factorUnit: "t/m³",
        input: "Rapeseed",
        output: "Rapeseed oil",
      },
    },
    // p-factor: a factor whose unit the row's quantities are not in (engine/factor-check.ts)
    ...(["unknown", "inexact", "input", "output"] as const).flatMap((why) =>
      [false, true].map((noOutput) => ({
        ...P,
        details: {
          reason: "factor-unit" as const,
          why,
          factorUnit: why === "unknown" ? "Stk/t" : "MWh/t",
          factorOut: why === "unknown" ? null : "MWh",
          factorIn: why === "unknown" ? null : "t",
          input: "Gülle",
          output: "Biomethan",
          inputUnit: why === "input" ? "m³" : "t",
          outputUnit: "t",
          noOutput,
        },
      })),
    ),
    // brk19 #13: a volume factor, no output quantity and no density: says to add the density
    {
      ...P,
      details: {
        reason: "factor-unit",
        why: "output",
        factorUnit: "m³/t",
        factorOut: "m³",
        factorIn: "t",
        input: "Rapeseed oil",
        output: "Biodiesel",
        inputUnit: "t",
        outputUnit: "t",
        noOutput: true,
        needs: "density",
      },
    },
  ],
  "conversion-same-product": [{ ...at("Production", "D3"), details: { product: "Rapeseed oil" } }],
  "ghg-missing": [
    { ...D, details: { product: "Biodiesel", quantity: "40", unit: "t", inputs: "IN-3, IN-4" } },
    // (p-misc) drawn from a production output whose own GHG value was refused at its cell
    {
      ...D,
      details: { product: "HVO", quantity: "25", unit: "t", inputs: "", refused: "Production!J5" },
    },
    // (p-prod2) drawn from a production output given no GHG value (the sheet has no GHG column)
    {
      ...D,
      details: { product: "RME", quantity: "50", unit: "t", inputs: "", unset: "Production row 2" },
    },
  ],
  // --- ghg-units-mixed ---
  "ghg-units-mixed": [
    {
      ...D,
      details: {
        product: "Biodiesel",
        units: [
          { unit: "g CO2eq/MJ", total: "20", at: { sheet: "Receipts", cell: "K3" } },
          { unit: "kg CO2eq/t", total: "500", at: { sheet: "Receipts", cell: "K4" } },
        ],
      },
    },
    // p-drymass: per dry tonne beside per tonne as delivered
    {
      ...D,
      details: {
        product: "Rapeseed",
        units: [
          { unit: "kg CO2eq/t TM", total: "310", at: { sheet: "Receipts", cell: "K3" } },
          { unit: "kg CO2eq/t", total: "280", at: { sheet: "Receipts", cell: "K4" } },
        ],
      },
    },
  ],
  // --- end ghg-units-mixed ---
  "ghg-total-mismatch": [
    { ...at("Receipts", "K10"), details: { total: "29", computed: "31.5", method: "DDV" } },
    // --- p-ghg2 (brk14 #4): no method stated, the values refused at the total's cell ---
    {
      ...at("Wareneingang", "S2"),
      details: {
        total: "18",
        computed: "8",
        method: null,
        field: "ghg.total",
        value: "18",
        consequence: "credit-unknown",
      },
    },
    {
      ...at("Deliveries", "K3"),
      details: {
        total: "18",
        computed: "8",
        method: null,
        field: "ghg.total",
        value: "18",
        consequence: "not-declared",
      },
    },
    // --- end p-ghg2 ---
  ],
  "ghg-saving-below-threshold": [
    {
      ...at("Receipts", "J11"),
      details: {
        total: "60",
        saving: "35.9",
        comparator: "94 g CO2eq/MJ",
        minimum: "50",
        installationDate: "2008-06-01",
        noCredit: true,
      },
    },
    {
      ...at("Receipts", "J12"),
      details: {
        total: "32.91",
        saving: "64.99",
        comparator: "94 g CO2eq/MJ",
        minimum: "65",
        strictestFrom: "2021-01-01",
      },
    },
    {
      ...D,
      details: {
        total: "60",
        saving: "35.9",
        comparator: "94 g CO2eq/MJ",
        minimum: "50",
        installationDate: "2008-06-01",
        outgoing: true,
        quantity: "80",
        unit: "t",
      },
    },
    // --- p-ghg3: a final fuel's GHG per mass ---
    {
      ...at("Produktion", "G2"),
      details: {
        total: "5000",
        saving: "",
        comparator: "94 g CO2eq/MJ",
        minimum: "",
        outgoing: true,
        quantity: "50",
        unit: "t",
        perMass: { unit: "kg CO2eq/t", product: "HVO", delivery: "Sales!E2" },
      },
    },
    // --- end p-ghg3
  ],
  "ghg-value-unsupported": [{ ...at("Deliveries", "H3"), details: { declared: "20", supported: "30" } }],
  "energy-content-differs": [
    {
      ...at("Deliveries", "E2"),
      details: {
        delivered: "37 MJ/kg",
        received: "37.2 MJ/kg (Receipts!N2)",
        energy: "2220000",
        quantity: "60",
        unit: "t",
      },
    },
  ],
  "energy-content-disagrees": [
    {
      ...at("Deliveries", "G2"),
      details: {
        ...{ energy: "2400000", energyUnit: "MJ", computed: "2220000", quantity: "60", quantityUnit: "t" },
        ...{ heatingValue: "37 MJ/kg", side: "delivery" },
      },
    },
    {
      ...at("Receipts", "H3"),
      details: {
        ...{ energy: "2400", energyUnit: "GJ", computed: "2220", quantity: "60000", quantityUnit: "kg" },
        ...{ heatingValue: "37 MJ/kg", side: "receipt" },
      },
    },
    {
      ...at("Receipts", "H4"),
      details: {
        ...{
          energy: "700",
          energyUnit: "MWh",
          computed: "666.666667",
          quantity: "2400000",
          quantityUnit: "MJ",
        },
        ...{ heatingValue: null, side: "receipt-energy" },
      },
    },
  ],
  "ghg-method-invalid": [
    { ...at("Receipts", "O4"), details: { method: "guess", reason: "unknown" } },
    { ...at("Receipts", "O5"), details: { method: "TDV", reason: "tdv-components" } },
    { ...at("Receipts", "O6"), details: { method: "DDV", reason: "ddv-reductions" } },
  ],
  "claim-exceeds-input": [
    { ...at("Deliveries", "G2"), details: { quantity: "80", unit: "t", claim: "Annex IX", available: "50" } },
    // p-claimbox: an ISCC PLUS category has no claim to fall back on
    { ...at("Sales", "H2"), details: { quantity: "40", unit: "t", claim: "bio-circular", available: "0" } },
  ],
  "linked-sd-unavailable": [
    { ...at("Deliveries", "K2"), details: { asked: "10", unit: "t", sds: "IN-9", available: "0" } },
  ],
  "certificate-unstated": [
    { ...at("Sites", "D3"), details: { site: "Duisburg", value: "", pending: false } },
    { ...at("Standorte", "B4"), details: { site: "Bremen", value: "k.A.", pending: false } },
    { ...at("Sites", "D5"), details: { site: "Venlo", value: "beantragt", pending: true } },
    // brk23 §5: a remark after the number
    { ...at("Sites", "D6"), details: { site: "Venlo", value: "EU-ISCC-Cert-DE100-9 (alt)", pending: false } },
  ],
  "transfer-not-allowed": [
    { ...at("Transfers", "C2"), details: { from: "Hamburg", to: "Rotterdam", reason: "scheme" } },
    {
      ...at("Transfers", "C3"),
      details: { from: "Hamburg", to: "Bremen", reason: "site-unknown", site: "Bremen" },
    },
    {
      ...at("Transfers", "C3"),
      details: { from: "HH", to: "Bremen", reason: "site-unknown", site: "HH", shared: "Hamburg, Harburg" },
    },
    { ...at("Transfers", "C4"), details: { from: "Hamburg", to: "hamburg", reason: "same-site" } },
    { ...at("Transfers", "C5"), details: { from: "Hamburg", to: "Rotterdam", reason: "company" } },
    {
      ...at("Transfers", "C5"),
      details: { from: "Hamburg", to: "Venlo", reason: "company-unstated", site: "Hamburg", column: false },
    },
    {
      ...at("Transfers", "C5"),
      details: { from: "Hamburg", to: "Venlo", reason: "company-unstated", site: "Venlo", column: true },
    },
    {
      ...at("Transfers", "C6"),
      details: { from: "Hamburg", to: "Lisbon", reason: "country", fromCountry: "DE", toCountry: "PT" },
    },
    {
      ...at("Transfers", "C9"),
      details: { from: "Hamburg", to: "Venlo", reason: "country-unstated", site: "Venlo", column: true },
    },
    {
      ...at("Transfers", "C9"),
      details: { from: "Hamburg", to: "Venlo", reason: "country-unstated", site: "Hamburg", column: false },
    },
    {
      ...at("Transfers", "C10"),
      details: {
        from: "Hamburg",
        to: "Venlo",
        reason: "country-unstated",
        site: "Hamburg",
        column: false,
        missing: "Country, Certification body",
      },
    },
    { ...at("Transfers", "C7"), details: { from: "Hamburg", to: "Rotterdam", reason: "uncertified" } },
    { ...at("Transfers", "C8"), details: { from: "Hamburg", to: "Rotterdam", reason: "body" } },
    // p-xfer2: a blank certificate cell, or no certificate column: never "uncertified"
    {
      ...at("Transfers", "C7"),
      details: { from: "Hamburg", to: "Venlo", reason: "certificate-unstated", site: "Venlo", column: true },
    },
    {
      ...at("Transfers", "C7"),
      details: {
        from: "Hamburg",
        to: "Venlo",
        reason: "certificate-unstated",
        site: "Hamburg",
        column: false,
      },
    },
    // p-xfer: the sites sheet states no certification body: never "different bodies"
    {
      ...at("Transfers", "C8"),
      details: { from: "Hamburg", to: "Venlo", reason: "body-unstated", site: "Hamburg", column: false },
    },
    {
      ...at("Transfers", "C8"),
      details: { from: "Hamburg", to: "Venlo", reason: "body-unstated", site: "Venlo", column: true },
    },
    {
      ...at("Transfers", "D9"),
      details: {
        from: "Hamburg",
        to: "Rotterdam",
        reason: "short",
        held: "20",
        quantity: "25",
        unit: "t",
        product: "Rapeseed oil",
        date: "2025-03-31",
      },
    },
    // brk22 §10: the sending site's credit is incomplete, what it holds not known
    {
      ...at("Transfers", "E2"),
      details: {
        from: "Hamburg",
        to: "Venlo",
        reason: "short",
        held: "0",
        quantity: "40",
        unknown: true,
        unit: "t",
        product: "Bio-naphtha",
        date: "2025-02-01",
      },
    },
  ],
  // --- p-cat: a final fuel's receipt with a GHG value per mass ---
  "final-fuel-ghg-per-mass": [
    { ...at("Receipts", "M4"), details: { total: "420", unit: "kg CO2eq/t", product: "Rapsölmethylester" } },
  ],
  // --- end p-cat ---
  // --- p-ghg2: GHG values on a transfer row are not used ---
  "transfer-ghg-not-used": [{ ...at("Transfers", "H2"), details: { field: "ghg.total", value: "12" } }],
  // --- end p-ghg2 ---
  "declaration-stale": [
    { ...D, details: { number: "SD-2025-0001", fields: "quantity", extra: "1", unit: "t" } },
    { ...D, details: { number: "SD-2025-0001, SD-2025-0001-2", fields: "customer" } },
  ],
  "declaration-needs-correction": [
    {
      ...D,
      details: {
        why: "less",
        number: "SD-2025-0001",
        cancel: "SD-2025-0001",
        declaration: "SD-2025-0001",
        issued: "80",
        now: "70",
        unit: "t",
      },
    },
    {
      ...at("MB Declarations", "A2"),
      details: {
        why: "gone",
        cancel: "SD-2025-0002",
        declaration: "SD-2025-0002 (80 t Rapeseed oil to Nordic Fuels Oy)",
      },
    },
    {
      ...at("MB Declarations", "A3"),
      details: {
        why: "unreadable",
        cancel: "SD-2025-0003",
        declaration: "SD-2025-0003 (30 t Rapeseed oil to Blend BV)",
        cells: "its cell E3 (quantity)",
        row: "Deliveries row 3",
        sure: true,
      },
    },
    {
      ...D,
      details: {
        why: "other",
        cancel: "SD-2025-0005",
        declaration: "SD-2025-0005 (120 t Rapeseed oil to BioFuel AG, dispatched 2025-01-24)",
        cells: "customer BioFuel AG → Nordic Oy, dispatch date 2025-01-24 → 2025-03-28",
        row: "Deliveries row 4",
        sure: true,
      },
    },
    {
      ...D,
      details: {
        why: "other",
        cancel: "SD-2025-0006",
        declaration: "SD-2025-0006 (80 t Rapeseed oil to Nordic Oy, dispatched 2025-02-03)",
        cells: "dispatch date 2025-02-03 → 2025-03-03",
        row: "",
        sure: false,
        named: false,
      },
    },
    {
      ...at("MB Declarations", "A4"),
      details: {
        why: "unreadable",
        cancel: "SD-2025-0004",
        declaration: "SD-2025-0004 (20 t Rapeseed oil to Nordic Oy)",
        cells: "Deliveries!A7 (date)",
        sure: false,
      },
    },
    {
      ...D,
      details: {
        why: "inputs",
        number: "SD-2025-0007",
        cancel: "SD-2025-0007",
        declaration: "SD-2025-0007 (60 t Rapeseed oil to Nordic Oy, dispatched 2025-03-01)",
        cells: "IN-1: 60 t cited, 40 t there",
        sure: true,
      },
    },
  ],
  "declaration-ambiguous": [
    { ...D, details: { declaration: "SD-2025-0003 (80 t Rapeseed oil)", number: "SD-2025-0003" } },
  ],
  "declaration-number-duplicate": [
    { ...at("Deliveries", "G2"), details: { number: "OUT-1", others: "Deliveries row 3" } },
    {
      ...at("Deliveries", "G3"),
      details: { number: "OUT-1", others: "Deliveries row 2", owner: "Deliveries row 2" },
    },
  ],
  "declaration-issued-outside": [
    {
      ...at("Deliveries", "H7"),
      details: {
        number: "ORH/2025/3",
        quantity: "300",
        unit: "t",
        product: "Rapeseed oil",
        customer: "BioFuel Raffinerie AG",
        date: "2025-02-10",
      },
    },
    // (brk20 A7) "SD Status: offen" beside a number no register holds
    {
      ...at("Deliveries", "G7"),
      severity: "error",
      details: {
        number: "NF-2025-0007",
        quantity: "10",
        unit: "t",
        product: "Rapeseed oil",
        customer: "Nordic Fuels Oy",
        date: "2025-03-01",
        reason: "status-to-issue",
        sdCell: "H7",
      },
    },
  ],
  "declaration-invented": [
    {
      ...at("MB Declarations", "A3"),
      details: {
        number: "ORH/2025/3-1",
        typed: "ORH/2025/3",
        lines: "ORH/2025/3-1, ORH/2025/3-2",
        split: true,
      },
    },
    {
      ...at("MB Declarations", "A5"),
      details: { number: "4711", typed: "4711", lines: "4711", split: false },
    },
  ],
  "declaration-record-unreadable": [
    {
      ...at("MB Declarations", "P4"),
      details: { number: "SD-2025-0004", reason: "foreign" },
    },
    {
      ...at("MB Declarations", "P5"),
      details: { number: "SD-2025-0005", reason: "other-declaration", of: "SD-2025-0004" },
    },
  ],
  "input-incomplete": [{ ...at("Stock 2025", "A1"), details: { kinds: "stock counts" } }],
  "declaration-incomplete": [
    {
      ...D,
      details: {
        ...DELIVERY_80T,
        missing: [
          { field: "customerAddress", cells: [{ sheet: "Deliveries", cell: "F2" }], sheets: ["Deliveries"] },
        ],
      },
    },
    {
      ...D,
      details: {
        ...DELIVERY_80T,
        missing: [
          { field: "ownCertificate", cells: [], sheets: [], site: "Hamburg" },
          { field: "dispatchAddress", cells: [], sheets: ["Deliveries"] },
          { field: "rawMaterial", cells: [], sheets: ["Receipts", "Receipts 2024"] },
          { field: "installationStartDate", cells: [], sheets: ["Receipts"] },
          {
            field: "ghg",
            cells: ["C2", "C3", "C4", "C5", "C6", "C7", "C8"].map((cell) => ({ sheet: "Receipts", cell })),
            sheets: ["Receipts"],
            quantity: "12.5",
            unit: "t",
          },
          { field: "claim", cells: [], sheets: [] },
        ],
      },
    },
    // (brk25 4) two sites on a sites sheet without an address column: the settings' address is Hamburg's
    {
      ...D,
      details: {
        ...DELIVERY_80T,
        missing: [{ field: "dispatchAddress", cells: [], sheets: ["Sites"], site: "Venlo" }],
      },
    },
  ],
  "declaration-period-closed": [
    // (brk22 §12) last year's sale without an SD number, kept beside this year's
    {
      ...at("Deliveries 2024", "G2"),
      details: {
        date: "2024-12-01",
        periodStart: "2024-10-01",
        periodEnd: "2024-12-31",
        issued: "2025-04-02",
        since: "2025-01-01",
        setting: "Settings!B6",
        quantity: "20",
        unit: "t",
        product: "Biodiesel",
        customer: "Nordic Fuels Oy",
        sdColumn: true,
      },
    },
    // no SD number column on the sheet: the finding is at the date cell
    {
      ...at("Deliveries", "A5"),
      details: {
        date: "2024-09-30",
        periodStart: "2024-07-01",
        periodEnd: "2024-09-30",
        issued: "2025-01-05",
        since: "2024-10-01",
        quantity: "12.5",
        unit: "t",
        product: "UCO",
        customer: "Fuel AG",
        sdColumn: false,
      },
    },
  ],
  "issue-date-too-early": [
    // the Settings issue date before the dispatch, and before the latest receipt behind it too
    {
      ...at("Deliveries", "A7"),
      details: {
        date: "2025-04-02",
        from: "settings",
        setting: "Settings!B8",
        dispatched: "2025-05-20",
        received: "2025-05-01",
        sd: "FO-25-002",
        receipt: "Receipts!A5",
        earliest: "2025-05-20",
      },
    },
    // dispatched before the Settings issue date, but drawing on a receipt after it
    {
      ...at("Deliveries", "A3"),
      details: {
        date: "2025-02-10",
        from: "settings",
        setting: "Settings!B8",
        dispatched: "2025-02-10",
        received: "2025-02-20",
        sd: "IN-7",
        receipt: "Receipts!A9",
        earliest: "2025-02-20",
      },
    },
    // (p-misc) an output declared before the production that made it
    {
      ...at("Deliveries", "A2"),
      details: {
        date: "2025-03-01",
        from: "settings",
        setting: "Settings!B6",
        dispatched: "2025-02-20",
        produced: "2025-03-10",
        production: "Production!A2",
        earliest: "2025-03-10",
      },
    },
    // (p-opening) declared from credit a transfer brought to the delivering site after the issue date
    {
      ...at("Deliveries", "A2"),
      details: {
        date: "2025-03-01",
        from: "run",
        dispatched: "2025-02-20",
        transferred: "2025-03-10",
        transfer: "Transfers!A2",
        earliest: "2025-03-10",
      },
    },
    // (p-misc) the Settings issue date too early for several deliveries: said once, at its cell
    {
      ...at("Settings", "B8"),
      details: {
        date: "2025-03-01",
        from: "settings",
        setting: "Settings!B8",
        dispatched: "2025-05-20",
        earliest: "2025-05-20",
        held: 3,
        deliveries: "Deliveries!A3, Deliveries!A4, Deliveries!A9",
        more: 0,
      },
    },
    {
      ...at("Settings", "B8"),
      details: {
        date: "2025-01-01",
        from: "settings",
        setting: "Settings!B8",
        dispatched: "2025-06-30",
        earliest: "2025-07-02",
        held: 240,
        deliveries:
          "Deliveries!A2, Deliveries!A3, Deliveries!A4, Deliveries!A5, Deliveries!A6, Deliveries!A7, Deliveries!A8, Deliveries!A9",
        more: 232,
      },
    },
    // no issue date set: the day of the run is before a dispatch dated in the future
    {
      ...at("Deliveries", "A4"),
      details: { date: "2026-12-02", from: "run", dispatched: "2026-12-15", earliest: "2026-12-15" },
    },
    // no date given by the host: the dispatch date, before a later receipt
    {
      ...at("Deliveries", "A5"),
      details: {
        date: "2025-02-10",
        from: "dispatch",
        dispatched: "2025-02-10",
        received: "2025-02-12",
        sd: "IN-2",
        earliest: "2025-02-12",
      },
    },
  ],
  "engine-error": [{ details: { error: "a period without a start date" } }],
  // --- stock-count-conflict (p-certstock) ---
  "stock-count-conflict": [
    {
      ...at("Stock", "D2"),
      details: {
        product: "UCO",
        site: "Hamburg",
        date: "2025-03-31",
        counts: 2,
        tank: "T1",
        tankColumn: true,
      },
    },
    {
      ...at("Stock", "C3"),
      details: { product: "UCO", site: "", date: "2025-03-31", counts: 2, tank: "", tankColumn: false },
    },
    {
      ...at("Stock", "D4"),
      details: { product: "UCO", site: "", date: "2025-03-31", counts: 2, tank: "", tankColumn: true },
    },
    // --- p-engine: identical counts naming no tank ---
    {
      ...at("Stock", "C5"),
      details: {
        product: "UCO",
        site: "",
        date: "2025-03-31",
        counts: 2,
        tank: "",
        tankColumn: false,
        identical: true,
        quantity: "90",
        unit: "t",
        cells: "Stock!C5, Stock!C6",
      },
    },
    // --- end p-engine ---
  ],
  // --- end stock-count-conflict ---
  // brk22 §3, §14: counts dated the day after a period end, a stock below zero, a count's product alike another
  // brk26 L4: a transfer said to arrive before it left
  "arrival-before-dispatch": [
    {
      ...at("Umlagerungen", "B2"),
      details: { from: "Hamburg", to: "Venlo", product: "UCO", dispatched: "2025-04-02", arrived: "2025-03-31" }, // prettier-ignore
    },
  ],
  "transit-loss": [
    {
      ...at("Transfers", "F2"),
      details: { from: "Hamburg", to: "Venlo", product: "Bio-naphtha", date: "2025-02-01", sent: "40", received: "39.5", lost: "0.5", unit: "t", more: false }, // prettier-ignore
    },
    {
      ...at("Transfers", "F3"),
      severity: "error",
      details: { from: "Hamburg", to: "Venlo", product: "Bio-naphtha", date: "2025-02-03", sent: "10", received: "10.2", lost: "0.2", unit: "t", more: true }, // prettier-ignore
    },
    // h-transfer3: a difference beside both quantities that fits neither way, or not the column's way
    {
      ...at("Transfers", "G2"),
      severity: "error",
      details: { from: "Hamburg", to: "Venlo", product: "UCO", date: "2025-02-01", sent: "10", received: "9.5", lost: "", unit: "t", more: false, unread: "difference", difference: "0.7", lossUnit: "t", way: "sent-received" }, // prettier-ignore
    },
    {
      ...at("Transfers", "G4"),
      severity: "error",
      details: { from: "Hamburg", to: "Venlo", product: "UCO", date: "2025-02-03", sent: "10", received: "9.5", lost: "", unit: "t", more: false, unread: "difference-way", difference: "-0.5", lossUnit: "t", way: "sent-received" }, // prettier-ignore
    },
    {
      ...at("Transfers", "G3"),
      severity: "error",
      details: { from: "Hamburg", to: "Venlo", product: "UCO", date: "2025-02-02", sent: "10", received: "9.5", lost: "", unit: "t", more: false, unread: "difference-way", difference: "0.5", lossUnit: "t", way: "" }, // prettier-ignore
    },
  ],
  // h-transfer3: a transfer left in Q1 and arrives in Q2 (or after the books' last period)
  "transfer-in-transit": [
    {
      ...at("Umlagerungen", "B2"),
      details: { from: "Hamburg", to: "Venlo", product: "UCO", quantity: "10", unit: "t", dispatched: "2025-03-31", arrived: "2025-04-02", periodEnd: "2025-03-31", arrivalPeriodEnd: "2025-06-30" }, // prettier-ignore
    },
    {
      ...at("Umlagerungen", "B3"),
      details: { from: "Hamburg", to: "Venlo", product: "UCO", quantity: "10", unit: "t", dispatched: "2025-12-30", arrived: "2026-01-03", periodEnd: "2025-12-31", arrivalPeriodEnd: "" }, // prettier-ignore
    },
  ],
  "heating-value-unused": [
    { ...at("Deliveries", "H2"), details: { value: "33", unit: "MJ/L", quantityUnit: "t" } },
    // litre books: the mirror case, per kg on a row in litres
    { ...at("Deliveries", "H2"), details: { value: "37", unit: "MJ/kg", quantityUnit: "L", per: "mass" } },
  ],
  "stock-count-next-day": [
    {
      ...at("Inventur", "A2"),
      details: { product: "Biodiesel", site: "", date: "2025-04-01", periodEnd: "2025-03-31", booked: true },
    },
    {
      ...at("Inventur", "A2"),
      severity: "warning",
      details: {
        product: "UCO",
        site: "Hamburg",
        date: "2025-04-01",
        periodEnd: "2025-03-31",
        booked: false,
        moves: "Deliveries!D7; Receipts!E9",
      },
    },
    {
      ...at("Inventur", "A2"),
      severity: "warning",
      details: {
        product: "Biodiesel",
        site: "",
        date: "2025-04-01",
        periodEnd: "2025-03-31",
        booked: false,
        moves: "Deliveries!D3",
        cap: "15 t",
      },
    },
  ],
  "stock-below-zero": [
    {
      ...at("Inventur", "C2"),
      details: {
        product: "Biodiesel",
        site: "",
        date: "2025-02-15",
        periodEnd: "2025-03-31",
        counted: "10",
        in: "0",
        out: "60",
        physical: "-50",
        lapsed: "40",
        unit: "t",
        rows: "Deliveries!D3",
      },
    },
  ],
  "stock-count-product-alike": [
    {
      ...at("Inventur", "B2"),
      details: { product: "Biodiesel (FAME)", site: "", alike: "Biodiesel", unit: "t" },
    },
  ],
  "reserved-sheet-name": [
    { sheet: "MB Summary", details: { wanted: "MB Summary", written: "MB Summary (2)" } },
  ],
  // brk19 §12: new declarations dated the day of the run
  "issue-date-run-day": [
    { details: { date: "2026-12-04", count: 2 } },
    { details: { date: "2026-12-04", count: 1, setting: "Settings!B6" } },
  ],
  // brk23 §1: a printed SD sheet the register does not list (a line cut, the register gone), said by Check
  "declaration-printed-unlisted": [true, false].map((register) => ({
    sheet: "SD ON-2025-0002",
    cell: "B5",
    details: { number: "ON-2025-0002", register },
  })),
  // brk26 S8: MB Trace or MB Config records a number the register, the SD sheets and rows lost
  "declaration-recorded-unlisted": [
    { sheet: "MB Trace", cell: "A2", details: { number: "ON-2025-0001" } },
    { sheet: "MB Config", details: { number: "ON-2025-0001", sheet: "SD ON-2025-0001" } },
  ],
  // brk22 §5: a delivery row's SD number cell names a withdrawn declaration (replaced, or not yet)
  "declaration-withdrawn": ["ON-2025-0003", ""].map((replacedBy) => ({
    sheet: "Deliveries",
    cell: "G3",
    details: {
      number: "ON-2025-0002",
      on: "2026-12-04",
      by: "M. Test",
      reason: "wrong customer address",
      replacedBy,
    },
  })),
};
