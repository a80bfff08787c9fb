// Each record kind, declared once (domain.md §2): its fields, what a cell of each holds, the label
// staff see, whether a row is read without it, and the words a finding uses for it. Everything
// else is derived from here: the engine's zod schemas and input types (schemas.ts, model.ts), the
// workbook's field ids, types, labels and required flags (src/workbook/fields.ts adds only the
// header words), and the keys of `source.cells` (the field ids, "ghg.<part>" for GHG values);
// record-derived.ts holds the derivations.
// Adding a field means adding it here; the compiler then asks for its header words, and
// tests/engine/record-fields.test.ts holds every derived list to this one.

import { type CellType, type Decls, type FieldDecl, field, req } from "./record-field-decl";

export type { CellType, FieldDecl };

/** GHG values as declared (domain.md §6); components may be blank: a total alone is normal. */
export const GHG_FIELDS = {
  total: field("number", "GHG emissions total (E)", { noun: "GHG total" }),
  eec: field("number", "GHG eec (cultivation)", { noun: "GHG eec" }),
  el: field("number", "GHG el (land use)", { noun: "GHG el" }),
  ep: field("number", "GHG ep (processing)", { noun: "GHG ep" }),
  etd: field("number", "GHG etd (transport)", { noun: "GHG etd" }),
  eu: field("number", "GHG eu (fuel in use)", { noun: "GHG eu" }),
  esca: field("number", "GHG esca (soil carbon)", { noun: "GHG esca" }),
  eccs: field("number", "GHG eccs (carbon capture and storage)", { noun: "GHG eccs" }),
  eccr: field("number", "GHG eccr (carbon capture and replacement)", { noun: "GHG eccr" }),
  /** e.g. "g CO2eq/MJ", "kg CO2eq/dry t" */
  unit: field("text", "GHG unit", { noun: "GHG unit" }),
  /** "TDV" | "DDV" | "AV" as typed by the user; normalised by the engine */
  method: field("text", "GHG method (TDV, DDV, AV)", { noun: "GHG method" }),
} satisfies Decls;

/** The sustainability characteristics a receipt or transfer carries (domain.md §3). */
const CHARACTERISTICS = {
  /** raw text such as "ISCC-EU", "ISCC PLUS"; normalised by the engine */
  scheme: field("scheme", "Scheme", { noun: "scheme" }),
  claim: field("claim", "Claim", { noun: "claim" }),
  rawMaterial: field("text", "Raw material", { noun: "raw material" }),
  countryOfOrigin: field("country", "Country of origin", { noun: "country of origin" }),
  /** "yes"/"no"/"waste"/"residue"/"ja"/"nein"… as typed */
  wasteResidue: field("yesno", "Waste or residue", { noun: "waste/residue status" }),
  /** "A", "B" or "none" as typed ("Part A", "Anhang IX Teil B"); read by engine/annex-ix.ts */
  annexIxPart: field("annexIx", "Annex IX part", { noun: "Annex IX part" }),
} satisfies Decls;
/**
 * Conversion values a row may carry, each in its own unit (domain.md §4): a density (kg/m³, t/m³,
 * kg/L, g/cm³, kg/Nm³) and a lower heating value (MJ/kg, MJ/t, GJ/t, MJ/m³, MJ/L, kWh/Nm³…).
 * A value whose unit is blank takes the settings' default unit for it, else it is `invalid-unit`.
 */
const conversion = (side: "" | "Output") => {
  const label = (what: string) => (side ? `${side} ${what}` : what.charAt(0).toUpperCase() + what.slice(1));
  return {
    heatingValue: field("quantity", label("heating value"), { noun: "heating value" }),
    heatingValueUnit: field("unit", label("heating value unit")),
    density: field("quantity", label("density"), { noun: "density" }),
    densityUnit: field("unit", label("density unit")),
  };
};

/** A receipt's or delivery's own energy content and its heading's unit: a check of quantity × heating value (intake/energy-content.ts). */
const energy = {
  energyContent: field("quantity", "Energy content", { noun: "energy content" }),
  energyContentUnit: field("unit", "Unit of the energy content", { column: false }),
};

const date = field("date", "Date", { ...req, noun: "date" });
const product = field("text", "Product", { ...req, noun: "product" });
const quantity = field("quantity", "Quantity", { ...req, noun: "quantity" });
const unit = field("unit", "Unit", { noun: "unit" });
const site = field("text", "Site", { noun: "site" });
/** a conversion factor's unit as its heading states it ("Nm³/t", "kg/t"): output per input (factor-units.ts); blank: bare */
const factorUnit = field("unit", "Conversion factor unit", { noun: "unit of the factor", column: false });
const ghg = field("ghg", "GHG values");

/** A sustainable part stated beside the quantity, and its unit ("t", "kg"…, "%": a share; blank: the row's unit). */
const sustainablePart = field("share", "Sustainable quantity or share", {
  noun: "sustainable quantity or share",
});
const sustainablePartUnit = field("unit", "Unit of the sustainable quantity or share", { column: false });
// "yes"/"no", or a quantity or share that is sustainable (a receipt's credited only if all), and its unit
const sustainable = field("share", "Sustainable (yes/no, quantity or %)", { noun: "sustainable quantity" });
const sustainableUnit = field("unit", "Unit of the sustainable quantity", { noun: "unit of the sustainable quantity", column: false }); // prettier-ignore
/** Every record kind the engine reads, with its fields in the order they are checked. */
export const RECORD_FIELDS = {
  receipt: {
    date,
    product,
    quantity,
    unit,
    supplier: field("text", "Supplier", { noun: "supplier" }),
    supplierCertificate: field("text", "Supplier certificate no.", { noun: "supplier certificate number" }),
    /** incoming SD / PoS number; a receipt with one is sustainable */
    sdNumber: field("text", "Incoming SD / PoS number", { noun: "SD number" }),
    ...CHARACTERISTICS,
    ghg,
    installationStartDate: field("dateOrYear", "Installation start date", {
      noun: "installation start date",
    }),
    site,
    dispatchDate: field("date", "Dispatch date", { noun: "dispatch date" }),
    ...conversion(""),
    ...energy,
    /** the stated sustainable part ("davon nachhaltig (t)"): credited only if all (intake/receipt-part.ts) */
    sustainablePart,
    sustainablePartUnit,
    // (brk12) a yes/no or second part column: must agree; "no" or less gives no credit (receipt-part.ts)
    sustainable,
    sustainableUnit,
  },
  delivery: {
    date,
    product,
    quantity,
    unit,
    customer: field("text", "Customer", { noun: "customer" }),
    customerAddress: field("text", "Customer address", { noun: "customer address" }),
    customerCertificate: field("text", "Customer certificate no.", { noun: "customer certificate" }),
    /** "yes"/"no", or a quantity (≤ quantity) that is sold as sustainable */
    sustainable,
    sustainableUnit,
    // the part a second column states ("Sustainable quantity (t)") beside a yes/no "Sustainable"
    sustainablePart, // column: both must agree, or nothing is declared
    sustainablePartUnit,
    claim: field("claim", "Claim", { noun: "claim" }),
    /** outgoing SD number if one was already issued */
    sdNumber: field("text", "Outgoing SD number", { noun: "SD number" }),
    site,
    scheme: field("scheme", "Scheme", { noun: "scheme" }),
    linkedSds: field("list", "Linked incoming SD numbers", { noun: "linked incoming SD numbers" }), // as typed: "SD-1; SD-2"
    dispatchAddress: field("text", "Dispatch address", { noun: "dispatch address" }),
    receivingAddress: field("text", "Delivery address", { noun: "delivery address" }),
    ghg,
    ...conversion(""),
    ...energy,
  },
  /** A production row; its conversion values are those of the output product. */
  production: {
    date,
    inputProduct: field("text", "Input product", { ...req, noun: "input product" }),
    inputQuantity: field("quantity", "Input quantity", { ...req, noun: "input quantity" }),
    outputProduct: field("text", "Output product", { ...req, noun: "output product" }),
    outputQuantity: field("quantity", "Output quantity", { noun: "output quantity" }),
    /**
     * the output quantity's own unit where it differs from the row's: its own column ("Output
     * unit", "Einheit Ausbringung") or its quantity's heading; blank: the row's unit (p-units2)
     */
    outputUnit: field("unit", "Output unit", { noun: "output unit" }),
    factor: field("quantity", "Conversion factor", { noun: "conversion factor" }),
    factorUnit,
    /** (h-ghg3) the factor kept as input per output ("Einsatz je t Produkt (t/t)" 2.5 for 0.4; engine/factor-inverse.ts) */
    inverseFactor: field("quantity", "Input per output (inverse conversion factor)", {
      noun: "input per output",
    }),
    /** its heading's unit, input unit per output unit ("t/t"); blank: the row's unit on both sides */
    inverseFactorUnit: field("unit", "Unit of the input per output", { column: false }),
    /** the part of the input that is sustainable: a quantity, or a share with unit "%" */
    sustainableInputQuantity: field("shareNumber", "Sustainable input quantity", {
      noun: "sustainable input quantity",
    }),
    /** unit of the sustainable input ("t", "kg"…, or "%" of the input quantity); blank: the row's unit */
    sustainableInputQuantityUnit: field("unit", "Unit of the sustainable input quantity", { column: false }),
    unit,
    site,
    ghg,
    /** optional: limits the input credit to one scheme; blank draws from any (set by the host, no column) */
    scheme: field("text", "Scheme", { noun: "scheme", column: false }),
    ...conversion("Output"),
    /** conversion values of the input product, each in its own unit */
    inputHeatingValue: field("quantity", "Input heating value", { noun: "heating value of the input" }),
    inputHeatingValueUnit: field("unit", "Input heating value unit"),
    inputDensity: field("quantity", "Input density", { noun: "density of the input" }),
    inputDensityUnit: field("unit", "Input density unit"),
    /**
     * Batch or process id. Rows of one site sharing it are one process: one input withdrawal that
     * feeds several outputs (main product and co-products), each by its own factor; the input is
     * consumed once (domain.md §5). Blank: the row is a process of its own.
     */
    batchId: field("text", "Batch or process id", { noun: "batch or process id" }),
  },
  factor: {
    inputProduct: field("text", "Input product", { ...req, noun: "input product" }),
    outputProduct: field("text", "Output product", { ...req, noun: "output product" }),
    factor: field("quantity", "Conversion factor", { ...req, noun: "conversion factor" }),
    factorUnit,
    validFrom: field("date", "Valid from", { noun: "valid-from date" }),
    validTo: field("date", "Valid to", { noun: "valid-to date" }),
    site,
  },
  stock: {
    date,
    product,
    quantity: field("number", "Counted quantity", { ...req, noun: "quantity" }),
    unit,
    site,
    /**
     * The tank, silo or storage location counted: a place inside the site, never a site. Counts
     * of one site's product on one day in different tanks are summed (intake/stock.ts).
     */
    tank: field("text", "Tank or storage location", { noun: "tank" }),
    /** p-factor (brk8 #20): a count in m³ or L converts to an account in t by the row's density, each in its own unit */
    ...conversion(""),
  },
  certificate: {
    certificateNumber: field("text", "Certificate no.", { ...req, noun: "certificate number" }),
    holder: field("text", "Holder"),
    scheme: field("text", "Scheme", { noun: "scheme" }),
    validFrom: field("date", "Valid from", { ...req, noun: "valid-from date" }),
    validUntil: field("date", "Valid until", { ...req, noun: "valid-until date" }),
    /** "valid" | "suspended" | "withdrawn" as typed */
    status: field("text", "Status", { noun: "certificate status" }),
  },
  site: {
    site: field("text", "Site", { ...req, noun: "site" }),
    company: field("text", "Company"),
    country: field("country", "Country"),
    certificateNumber: field("text", "Own certificate no.", { noun: "certificate number" }),
    certificationBody: field("text", "Certification body"),
    address: field("text", "Address", { noun: "site address" }),
    /** (brk26 N1) the site's short code from the sites sheet's code column ("Kürzel": HH), found by its heading (workbook sheet-site-codes.ts) */
    code: field("text", "Site code", { column: false }),
  },
  transfer: {
    /** the day the goods left the sending site (its heading may say so: "Versanddatum", "Dispatch date") */
    date,
    /**
     * (brk26 L4) the day they arrived at the receiving site, where a second date column says so
     * ("Eingangsdatum", "Arrival date"): the receiving site is credited on it, the sending one
     * debited on `date`; blank or absent: both on `date`
     */
    arrivalDate: field("date", "Arrival date", { noun: "arrival date" }),
    fromSite: field("text", "From site", { ...req, noun: "from-site" }),
    toSite: field("text", "To site", { ...req, noun: "to-site" }),
    product,
    quantity,
    unit,
    /** (brk22 §9) what arrived at the receiving site beside the quantity sent, and its unit (its heading's or typed) */
    received: field("quantity", "Quantity received", { noun: "quantity received" }),
    receivedUnit: field("unit", "Unit of the quantity received", { column: false }),
    /** (brk25 §0) a quantity lost in transit ("Transit loss (t)", "Schwund"), and its heading's unit: not booked where not 0 */
    loss: field("number", "Transit loss", { noun: "transit loss" }),
    lossUnit: field("unit", "Unit of the transit loss", { column: false }),
    /**
     * (h-transfer3) a difference beside both the quantity sent and the quantity received ("Differenz
     * (t)", "écart"), and its heading's unit: it must be sent − received (or received − sent, one way
     * for the whole column), else the transfer is refused at its cell (intake/transfer-difference.ts)
     */
    difference: field("number", "Difference sent/received", { noun: "difference" }),
    differenceUnit: field("unit", "Unit of the difference", { column: false }),
    ...CHARACTERISTICS,
    ghg,
  },
  /** A row of the `MB Declarations` register: a declaration issued earlier; what was issued is in `record` (the JSON the engine wrote, verbatim); registers before records give their visible columns, frozen from those. */
  issued: {
    number: field("text", "SD number", req),
    /** "Issued", "Cancelled" or "Replaced" as the register shows it */
    status: field("text", "Status", { column: false }),
    /** the record of what was issued (JSON written by the engine, see issue/record.ts) */
    record: field("text", "Record", { column: false }),
    /**
     * true for a register kept with another copy of the books (massbal's previous audited copy):
     * the numbers it wrote into delivery rows are not in these rows, so its declarations are found
     * by what their deliveries are
     */
    elsewhere: field("flag", "Kept elsewhere", { column: false }),
    /** the withdrawal, when cancelled or replaced: YYYY-MM-DD, who, why, and the numbers in its place */
    cancelledOn: field("date", "Cancelled on", { column: false }),
    cancelledBy: field("text", "Cancelled by", { column: false }),
    reason: field("text", "Reason", { column: false }),
    replacedBy: field("text", "Replaced by", { column: false }),
    /** the delivery it was issued for as the register shows it (only read from registers without records) */
    deliverySheet: field("text", "Delivery sheet"),
    deliveryRow: field("int", "Delivery row"),
    fingerprint: field("text", "Fingerprint"),
    quantity: field("number", "Quantity"),
    issueDate: field("date", "Issue date", { column: false }),
    dispatchDate: field("date", "Dispatch date", { column: false }),
    customer: field("text", "Customer", { column: false }),
    product: field("text", "Product", { column: false }),
    unit: field("text", "Unit", { column: false }),
    scheme: field("text", "Scheme", { column: false }),
    site: field("text", "Site", { column: false }),
    /** "IN-1: 80; IN-2: 20" */
    inputs: field("text", "Inputs", { column: false }),
    ghgTotal: field("number", "GHG total", { column: false }),
    saving: field("number", "GHG saving", { column: false }),
  },
} as const satisfies Record<string, Decls>;

export type RecordKind = keyof typeof RECORD_FIELDS;
export const RECORD_KINDS = Object.keys(RECORD_FIELDS) as RecordKind[];
