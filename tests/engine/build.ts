// Builds ledgers in code for the engine tests: each record gets a source with the sheet, row and a
// fixed column per field, so tests can assert the exact cell a finding points at.
import fc from "fast-check";
import { recordText } from "../../src/engine";
import type {
  CertificateInput,
  Declaration,
  ConversionFactorInput,
  DeliveryInput,
  IssuedDeclarationInput,
  Ledger,
  ProductionInput,
  ReceiptInput,
  SettingsInput,
  SiteInput,
  StockCountInput,
  TransferInput,
} from "../../src/engine";

export type NoSource<T> = Omit<T, "source">;

const COLUMNS: Record<string, string[]> = {
  Receipts: [
    "date",
    "product",
    "quantity",
    "unit",
    "supplier",
    "supplierCertificate",
    "sdNumber",
    "scheme",
    "claim",
    "rawMaterial",
    "countryOfOrigin",
    "wasteResidue",
    "annexIxPart",
    "ghg.total",
    "ghg.method",
    "installationStartDate",
    "site",
    "dispatchDate",
    "ghg.eec",
    "ghg.el",
    "ghg.ep",
    "ghg.etd",
    "ghg.eu",
    "ghg.esca",
    "ghg.eccs",
    "ghg.eccr",
  ],
  Deliveries: [
    "date",
    "product",
    "quantity",
    "unit",
    "customer",
    "sustainable",
    "claim",
    "sdNumber",
    "site",
    "scheme",
    "linkedSds",
    "ghg.total",
    "customerAddress",
    "customerCertificate",
  ],
  Production: [
    "date",
    "inputProduct",
    "inputQuantity",
    "outputProduct",
    "outputQuantity",
    "factor",
    "sustainableInputQuantity",
    "unit",
    "site",
    "ghg.total",
    "batchId",
  ],
  Factors: ["inputProduct", "outputProduct", "factor", "validFrom", "validTo", "site"],
  Stock: ["date", "product", "quantity", "unit", "site"],
  Certificates: ["certificateNumber", "holder", "scheme", "validFrom", "validUntil", "status"],
  Sites: ["site", "company", "country", "certificateNumber", "certificationBody"],
  Transfers: [
    "date",
    "fromSite",
    "toSite",
    "product",
    "quantity",
    "unit",
    "scheme",
    "claim",
    "rawMaterial",
    "countryOfOrigin",
    "received",
    "arrivalDate",
  ],
  "MB Declarations": ["number", "deliverySheet", "deliveryRow", "fingerprint", "quantity"],
};

/** The A1 cell of `field` on row `row` of `sheet` in the fixture layout. */
export function cellFor(sheet: string, field: string, row: number): string {
  const i = (COLUMNS[sheet] ?? []).indexOf(field);
  if (i < 0) throw new Error(`no column for ${sheet}.${field}`);
  return `${String.fromCharCode(65 + i)}${row}`;
}

// The fixture books keep tonnes: a row of a sheet with a unit column states "t" unless the test
// gives its own unit (or `unit: undefined` to leave it blank, which the engine refuses).
const UNIT_SHEETS = new Set(["Production", "Stock", "Transfers"]);

function withSource<T>(sheet: string, rows: NoSource<T>[]): T[] {
  return rows.map((r, i) => {
    const row = i + 2;
    const cells: Record<string, string> = {};
    (COLUMNS[sheet] ?? []).forEach((f, c) => (cells[f] = `${String.fromCharCode(65 + c)}${row}`));
    const unit = UNIT_SHEETS.has(sheet) && !("unit" in (r as object)) ? { unit: "t" } : {};
    return { ...unit, ...r, source: { sheet, row, cells } } as T;
  });
}

export interface LedgerParts {
  receipts?: NoSource<ReceiptInput>[];
  deliveries?: NoSource<DeliveryInput>[];
  production?: NoSource<ProductionInput>[];
  factors?: NoSource<ConversionFactorInput>[];
  stockCounts?: NoSource<StockCountInput>[];
  certificates?: NoSource<CertificateInput>[];
  sites?: NoSource<SiteInput>[];
  transfers?: NoSource<TransferInput>[];
  issued?: NoSource<IssuedDeclarationInput>[];
  settings?: SettingsInput;
  usedSdNumbers?: string[];
  layout?: Ledger["layout"];
}

/**
 * The own company every declaration needs (domain.md §8: a declaration lacking it is not issued);
 * a test's own settings win.
 */
export const COMPANY: SettingsInput = {
  companyName: "Acme GmbH",
  companyAddress: "Hafenstr. 1, 20457 Hamburg",
  ownCertificate: "EU-ISCC-Cert-DE200-1",
};

/**
 * (brk25 4) A real book of two or more sites gives each site its address (an Address column on
 * the sites sheet): the SD of a site's delivery prints it as the dispatch point, and without it
 * only the site the settings' address names gets an SD (engine/site-address.ts). A fixture site
 * row that gives no `address` of its own gets one here: the settings' company address for the
 * site it names ("Hafenstr. 1, 20457 Hamburg" for Hamburg), "Werkstraße 1, <site>" for any other.
 * Left as typed: a book of one site, a row that gives `address` (even undefined: a blank cell),
 * and a test whose layout gives its Sites sheet no address column (a book without one).
 */
function withSiteAddresses(parts: LedgerParts, settings: SettingsInput): NoSource<SiteInput>[] {
  const sites = parts.sites ?? [];
  const sheet = parts.layout?.Sites;
  if (sites.length < 2 || (sheet && !sheet.address)) return sites;
  const company = settings.companyAddress ?? "";
  const names = (site: string) =>
    new RegExp(`(^|[^\\p{L}])${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "iu").test(
      company,
    );
  return sites.map((s) =>
    "address" in s || !s.site ? s : { ...s, address: names(s.site) ? company : `Werkstraße 1, ${s.site}` },
  );
}

export function ledger(parts: LedgerParts): Ledger {
  const settings = { ...COMPANY, ...parts.settings };
  return {
    receipts: withSource("Receipts", parts.receipts ?? []),
    deliveries: withSource("Deliveries", parts.deliveries ?? []),
    production: withSource("Production", parts.production ?? []),
    factors: withSource("Factors", parts.factors ?? []),
    stockCounts: withSource("Stock", parts.stockCounts ?? []),
    certificates: withSource("Certificates", parts.certificates ?? []),
    sites: withSource("Sites", withSiteAddresses(parts, settings)),
    transfers: withSource("Transfers", parts.transfers ?? []),
    issued: withSource("MB Declarations", parts.issued ?? []),
    settings,
    usedSdNumbers: parts.usedSdNumbers,
    ...(parts.layout ? { layout: parts.layout } : {}),
  };
}

/** A sustainable ISCC EU receipt of UCO with everything an incoming SD needs. */
export function uco(
  date: string,
  quantity: string,
  sdNumber: string,
  extra: Partial<NoSource<ReceiptInput>> = {},
): NoSource<ReceiptInput> {
  return {
    date,
    product: "UCO",
    quantity,
    unit: "t",
    supplier: "Saipol",
    supplierCertificate: "EU-ISCC-Cert-DE100-1",
    sdNumber,
    scheme: "ISCC EU",
    rawMaterial: "Used cooking oil",
    countryOfOrigin: "DE",
    wasteResidue: "yes",
    ghg: { total: "12.5", method: "AV" },
    installationStartDate: "2012-05-01",
    ...extra,
  };
}

export function sale(
  date: string,
  quantity: string,
  extra: Partial<NoSource<DeliveryInput>> = {},
): NoSource<DeliveryInput> {
  return {
    date,
    product: "UCO",
    quantity,
    unit: "t",
    customer: "Fuel AG",
    customerAddress: "Kai 2, 24103 Kiel",
    sustainable: "yes",
    ...extra,
  };
}

/** Any day of 2025 from 1 January to day `last` (1-based), as YYYY-MM-DD, for property tests. */
export const dayOf2025 = (last: number): fc.Arbitrary<string> =>
  fc
    .integer({ min: 1, max: last })
    .map((n) => new Date(Date.UTC(2025, 0, 1) + (n - 1) * 86_400_000).toISOString().slice(0, 10));

/** 100 t of Rapeseed pressed into Oil on 6 January 2025, in tonnes (add a factor or output). */
export function press(extra: Partial<NoSource<ProductionInput>> = {}): NoSource<ProductionInput> {
  return {
    date: "2025-01-06",
    inputProduct: "Rapeseed",
    inputQuantity: "100",
    outputProduct: "Oil",
    unit: "t",
    ...extra,
  };
}

/** `quantity` t of UCO made into as much Biodiesel on `date` (factor 1), the output's GHG values given. */
export function biodieselFrom(date: string, quantity: string): NoSource<ProductionInput> {
  return {
    date,
    inputProduct: "UCO",
    inputQuantity: quantity,
    outputProduct: "Biodiesel",
    factor: "1",
    unit: "t",
    ghg: { total: "20", method: "AV" },
  };
}

/**
 * The register a run leaves, as the workbook reads it back into the next run: every declaration
 * with a number, its status and withdrawal, and its record (what MB Declarations holds).
 */
export function registerOf(declarations: Declaration[]): NoSource<IssuedDeclarationInput>[] {
  return declarations
    .filter((d) => d.number !== "")
    .map((d) => ({
      number: d.number,
      status: d.status === "new" ? "Issued" : d.status.charAt(0).toUpperCase() + d.status.slice(1),
      record: recordText(d),
      ...(d.correction
        ? {
            cancelledOn: d.correction.on,
            cancelledBy: d.correction.by,
            reason: d.correction.reason,
            replacedBy: d.correction.replacedBy,
          }
        : {}),
    }));
}

/**
 * The register an earlier massbal left for a delivery row whose number was typed before any
 * register held it: it recorded the typed number as issued (the lines of a split as `-1`, `-2`),
 * which massbal no longer does (engine/issue/outside.ts); audited copies written then still hold
 * such lines. Made from the add-in's own issue of the same row (`row`, the sheet's row number,
 * issued from a blank SD cell): its numbers and the record's stem become `typed`.
 */
export function typedRegister(
  declarations: Declaration[],
  row: number,
  typed: string,
): NoSource<IssuedDeclarationInput>[] {
  const mine = declarations.filter((d) => d.delivery.row === row && d.number !== "");
  const to = new Map(mine.map((d, i) => [d.number, mine.length > 1 ? `${typed}-${i + 1}` : typed]));
  return registerOf(declarations).map((e) => {
    const number = to.get(String(e.number));
    if (number === undefined) return e;
    const data = JSON.parse(String(e.record)) as Record<string, unknown>;
    return {
      ...e,
      number,
      record: JSON.stringify({ ...data, number, stem: typed, anchor: "", onRow: true }),
    };
  });
}
