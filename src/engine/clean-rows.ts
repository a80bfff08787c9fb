// The precheck of the three record kinds that come by the hundred thousand (receipts, deliveries,
// production rows), written out field by field. The generic precheck (schemas.ts isCleanRow)
// walks a row's keys, finds each one's check in a Map and calls it through a closure; here every
// field is read by its name (a load V8 resolves once per row shape) and checked by a function it
// inlines. On the budget ledger's 210k rows that is ~40 ms instead of ~60 once compiled; the first
// pass costs ~200 ms either way, most of it the first read of each row's strings. The lists repeat
// the declarations of record-fields.ts; tests/engine/clean-rows.test.ts holds each to its kind's
// spec (the generic verdict on every row), so a field added there and not here fails.
import { decimalSign } from "./quantity";
import { cleanText, isIsoDate, isIsoDateOrYear } from "./schemas";
import type { RecordKind } from "./record-fields";

type Row = Record<string, unknown>;

// One check per field kind of schemas.ts (FieldKind): a required field ("!") must be present;
// an optional one may be absent (undefined), else it is held to the same check.
const text = (v: unknown): boolean => v === undefined || cleanText(v);
const date = (v: unknown): boolean => v === undefined || (cleanText(v) && isIsoDate(v));
const dateNeeded = (v: unknown): boolean => cleanText(v) && isIsoDate(v);
const dateOrYear = (v: unknown): boolean => v === undefined || (cleanText(v) && isIsoDateOrYear(v));
const num = (v: unknown): boolean => v === undefined || (cleanText(v) && decimalSign(v) !== null);
const qty = (v: unknown): boolean => v === undefined || qtyNeeded(v);
const qtyNeeded = (v: unknown): boolean => cleanText(v) && decimalSign(v) === 1;

/** "links": a list of clean texts (linked SD numbers, the reader's unreadable fields). */
function links(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!cleanText(x)) return false;
  return true;
}

const isRow = (v: unknown): v is Row => !!v && typeof v === "object" && !Array.isArray(v);

/** GHG values (record-fields.ts GHG_FIELDS): every one optional. */
function ghg(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isRow(v)) return false;
  return (
    num(v.total) &&
    num(v.eec) &&
    num(v.el) &&
    num(v.ep) &&
    num(v.etd) &&
    num(v.eu) &&
    num(v.esca) &&
    num(v.eccs) &&
    num(v.eccr) &&
    text(v.unit) &&
    text(v.method)
  );
}

/** A row's own conversion values (record-fields.ts `conversion`). */
const conversion = (r: Row): boolean =>
  qty(r.heatingValue) && text(r.heatingValueUnit) && qty(r.density) && text(r.densityUnit);

/** A receipt's or delivery's own energy content (record-fields.ts `energy`). */
const energy = (r: Row): boolean => qty(r.energyContent) && text(r.energyContentUnit);

/** The characteristics a receipt carries (record-fields.ts CHARACTERISTICS). */
const characteristics = (r: Row): boolean =>
  text(r.scheme) &&
  text(r.claim) &&
  text(r.rawMaterial) &&
  text(r.countryOfOrigin) &&
  text(r.wasteResidue) &&
  text(r.annexIxPart);

/** What receipts and deliveries both start with (records.ts Movement). */
const movement = (r: Row): boolean =>
  dateNeeded(r.date) && cleanText(r.product) && qtyNeeded(r.quantity) && text(r.unit);

function receipt(r: Row): boolean {
  return (
    movement(r) &&
    text(r.supplier) &&
    text(r.supplierCertificate) &&
    text(r.sdNumber) &&
    text(r.sustainablePart) &&
    text(r.sustainablePartUnit) &&
    text(r.sustainable) &&
    text(r.sustainableUnit) &&
    characteristics(r) &&
    ghg(r.ghg) &&
    dateOrYear(r.installationStartDate) &&
    text(r.site) &&
    date(r.dispatchDate) &&
    conversion(r) &&
    energy(r) &&
    links(r.unreadable)
  );
}

function delivery(r: Row): boolean {
  return (
    movement(r) &&
    text(r.customer) &&
    text(r.customerAddress) &&
    text(r.customerCertificate) &&
    text(r.sustainable) &&
    text(r.sustainableUnit) &&
    text(r.sustainablePart) &&
    text(r.sustainablePartUnit) &&
    text(r.claim) &&
    text(r.sdNumber) &&
    text(r.site) &&
    text(r.scheme) &&
    links(r.linkedSds) &&
    text(r.dispatchAddress) &&
    text(r.receivingAddress) &&
    ghg(r.ghg) &&
    conversion(r) &&
    energy(r) &&
    links(r.unreadable)
  );
}

function production(r: Row): boolean {
  return (
    dateNeeded(r.date) &&
    cleanText(r.inputProduct) &&
    qtyNeeded(r.inputQuantity) &&
    cleanText(r.outputProduct) &&
    qty(r.outputQuantity) &&
    text(r.outputUnit) &&
    qty(r.factor) &&
    text(r.factorUnit) &&
    num(r.sustainableInputQuantity) &&
    text(r.sustainableInputQuantityUnit) &&
    text(r.unit) &&
    text(r.site) &&
    ghg(r.ghg) &&
    text(r.scheme) &&
    conversion(r) &&
    qty(r.inputHeatingValue) &&
    text(r.inputHeatingValueUnit) &&
    qty(r.inputDensity) &&
    text(r.inputDensityUnit) &&
    text(r.batchId) &&
    links(r.unreadable)
  );
}

/**
 * The written-out precheck of a kind where there is one: true when the row is already what its
 * schema returns (the same verdict as schemas.ts isCleanRow, faster); undefined for the kinds
 * that come in tens of rows, which the generic precheck reads.
 */
export const CLEAN_ROW: Partial<Record<RecordKind, (row: unknown) => boolean>> = {
  receipt: (r) => isRow(r) && receipt(r),
  delivery: (r) => isRow(r) && delivery(r),
  production: (r) => isRow(r) && production(r),
};
