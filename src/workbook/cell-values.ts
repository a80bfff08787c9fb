// One cell of a mapped column, read as its field's type: the exact value, or why it cannot be
// read (the caller owns the finding). A number is read as stored, in the decimal convention of its
// column or sheet, with a unit as its number format shows it; a value the reader cannot tell apart
// ("24,125", "05/03/2025", 24500 shown by "#,##0," as 25) is refused with both readings, never guessed.
import { noPartRead, statesNoPart } from "./part-unstated";
import { normaliseScheme, normaliseYesNo } from "../engine/normalise";
import { claimRead } from "../engine/claims";
import { readAnnexIx } from "../engine/annex-ix";
import { parseUnit, unitRefusal } from "../engine/units";
import { readCountries } from "./countries";
import type { FieldSpec } from "./fields";
import { isErrorValue, isFormulaValue } from "./out-value";
import type { CellValue } from "./port";
import { excelNumber } from "./values";
import { shortPostcode, shownNumber } from "./postcode";
import { type Conventions, type ColumnInfo, type FieldRead, BLANK } from "./cell-read";
import { readDate } from "./cell-dates";
import { readNumberField, readShare } from "./cell-numbers";
import { readSdNumberCell, SD_FIELDS } from "./sd-number";
import { CERTIFICATE_CELLS, readCertificateCell } from "./certificate-cells";
import { direction, twoWay } from "./direction-words";
import { stockDifference } from "./stock-difference";
import { sdCoverage } from "./sd-coverage";
import { namesTank } from "./transfer-words";

const LIST_SPLIT = /[;,\n|]+/;
const SITE_ENDS = new Set(["fromSite", "toSite"]);
/** The fields of a whole postal address: a delivery's three, a site's, the settings' company's. */
const ADDRESS_FIELDS = new Set([
  "customerAddress",
  "receivingAddress",
  "dispatchAddress",
  "address",
  "companyAddress",
]);

/**
 * (h-postcode) An address cell holding a number: as its number format shows it ("00000" shows
 * 01067); refused where it shows fewer digits than a postcode (postcode.ts: its leading zeros may
 * be lost, the country is not known here). 0 is left to the placeholders (engine/address-placeholder.ts).
 */
function addressNumber(v: number, format: string | null): FieldRead {
  const short = v === 0 ? null : shortPostcode(v, format, null);
  if (short) return { kind: "bad", code: "invalid-value", text: short.shown, reason: "postcode-digits" };
  return { kind: "ok", value: shownNumber(v, format) };
}

/**
 * One cell read as `field`'s type. `format` is the cell's number format; `column` what its
 * header says (its unit, or "%"; for a sustainable part whether it asks yes/no, a quantity or a
 * share). Never throws and never guesses: what cannot be read exactly comes back "bad".
 */
export function readField(
  field: FieldSpec,
  v: CellValue,
  conv: Conventions,
  format: string | null = null,
  column: ColumnInfo = {},
): FieldRead {
  if (v === null || (typeof v === "string" && v.trim() === "")) return BLANK;
  if (isErrorValue(v)) return { kind: "bad", code: "cell-error", text: v.error };
  if (isFormulaValue(v))
    return {
      kind: "bad",
      code: "formula-without-value",
      text: v.formula,
      reason: v.manualCalculation ? "manual-calculation" : "formula",
    };
  // a placeholder where an SD number goes is never read as one (sd-number.ts)
  if (SD_FIELDS.has(field.id) && (field.type === "text" || field.type === "list"))
    return readSdNumberCell(field.type, v, format);
  // (p-sdcell) a status or placeholder where a certificate's number goes ("abgelaufen", "n/a")
  if (CERTIFICATE_CELLS.has(field.id) && field.type === "text")
    return readCertificateCell(v, excelNumber, field.id);
  switch (field.type) {
    case "text":
      // (brk13 #11) "Tank 1" as a transfer's end: storage within one site, never booked as a site
      if (SITE_ENDS.has(field.id) && typeof v === "string" && namesTank(v))
        return { kind: "bad", code: "invalid-value", text: v.trim(), reason: "tank-site" };
      if (typeof v === "string") return { kind: "ok", value: v.trim() };
      if (typeof v === "number" && ADDRESS_FIELDS.has(field.id)) return addressNumber(v, format);
      if (typeof v === "number") return { kind: "ok", value: excelNumber(v) };
      return { kind: "ok", value: v ? "yes" : "no" };
    case "number":
      return readNumberField(field, v, conv, format, column.headerUnit ?? null, column.ratio);
    case "date":
      return readDate(v, conv, format, false);
    case "dateOrYear":
      return readDate(v, conv, format, true);
    case "yesno":
      return vocabulary(v, (t) => {
        let yes = normaliseYesNo(t, field.id === "wasteResidue" ? "waste" : undefined);
        // a column the user mapped as Sustainable answering "mit SD" / "ohne SD" (sd-coverage.ts)
        if (yes === null && field.id === "sustainable") yes = sdCoverage(t);
        return yes === true ? "yes" : yes === false ? "no" : null;
      });
    case "claim":
      return readClaimCell(v);
    case "scheme":
      return vocabulary(v, (t) => normaliseScheme(t) ?? null);
    case "country":
      return vocabulary(v, readCountries);
    case "annexIx":
      return readAnnexIxCell(v);
    case "share":
      // (p-blank) a dash or "not stated" under a receipt's or delivery's part heading states no part
      if (field.id === "sustainablePart" && typeof v === "string" && statesNoPart(v))
        return noPartRead(v.trim());
      return readShare(v, conv, format, column);
    case "unit":
      return readUnit(field, v);
    case "list": {
      if (typeof v !== "string")
        return { kind: "ok", value: [typeof v === "number" ? excelNumber(v) : String(v)] };
      const items = v
        .split(LIST_SPLIT)
        .map((s) => s.trim())
        .filter(Boolean);
      return items.length ? { kind: "ok", value: items } : BLANK;
    }
    case "direction": {
      // (h-parties) a stock loss or gain ("Negative Adjmt.", Navision's "Abgang"): no sale, no purchase
      const diff = typeof v === "string" ? stockDifference(v, column.erpEntry === true) : null;
      if (diff)
        return {
          kind: "bad",
          code: "invalid-value",
          text: String(v),
          reason: "stock-difference",
        };
      const d = typeof v === "string" ? direction(v) : null;
      if (d) return { kind: "ok", value: d };
      // "Lieferung", "Livraison": a movement of either side, never guessed to be a sale
      if (typeof v === "string" && twoWay(v))
        return { kind: "bad", code: "invalid-value", text: v, reason: "two-way-type" };
      return { kind: "bad", code: "invalid-value", text: String(v) };
    }
  }
}

/** What a unit column's field expects: the unit of a density, of a heating value, or of a quantity. */
function unitKindOf(field: FieldSpec): "density" | "heating" | "quantity" {
  return /density/i.test(field.id) ? "density" : /heating/i.test(field.id) ? "heating" : "quantity";
}

const KIND_NAMES = { density: "a density", heating: "a heating value", quantity: "a quantity" };

function readUnit(field: FieldSpec, v: string | number | boolean): FieldRead {
  const text = String(v).trim();
  const unit = typeof v === "string" ? parseUnit(v.normalize("NFKC").trim()) : null;
  const want = unitKindOf(field);
  if (unit && (unit.kind === want || field.id === "ghg.unit")) return { kind: "ok", value: unit.unit };
  if (unit)
    // "t/m3" in the quantity's unit column is a density's unit, not the quantity's
    return { kind: "bad", code: "invalid-unit", text, reason: "unit-kind", detail: KIND_NAMES[unit.kind] };
  const refused = typeof v === "string" ? unitRefusal(v) : null;
  return refused
    ? { kind: "bad", code: "invalid-unit", text, reason: "refused-unit", detail: refused }
    : { kind: "bad", code: "invalid-unit", text };
}

/** A closed vocabulary: the canonical value, or invalid-value (never a default, never yes). */
function vocabulary(v: string | number | boolean, read: (text: string) => string | null): FieldRead {
  const text = typeof v === "string" ? v.trim() : typeof v === "number" ? excelNumber(v) : v ? "yes" : "no";
  const value = read(text);
  return value ? { kind: "ok", value } : { kind: "bad", code: "invalid-value", text, reason: "vocabulary" };
}

/**
 * A claim (engine/claims.ts): the claim's name; one that states compliance without naming a
 * claim ("konform", "RED III") is refused as unclear; a denied claim ("Not ISCC compliant") is read and
 * refused, with what it denies, since it gives no credit; an unclear one is refused with what to
 * write. Whether the claim is one of the row's scheme is the engine's to say (it knows the scheme).
 */
function readClaimCell(v: string | number | boolean): FieldRead {
  const text = typeof v === "string" ? v.trim() : String(v);
  const read = claimRead(text);
  if (read === undefined) return BLANK;
  if (read.kind === "unclear") return { kind: "bad", code: "invalid-value", text, reason: "claim-unclear" };
  if (read.kind === "denied")
    return { kind: "bad", code: "invalid-value", text, reason: "not-compliant", detail: read.denies };
  // "konform", "RED III" alone name no claim: unclear, as "ISCC" alone (engine/claims.ts schemeClaim)
  if (read.claim === "compliant")
    return { kind: "bad", code: "invalid-value", text, reason: "claim-unclear" };
  return { kind: "ok", value: read.claim };
}

/** An Annex IX part (engine/annex-ix.ts): "A", "B" or "none", or refused with the part to write. */
function readAnnexIxCell(v: string | number | boolean): FieldRead {
  const text = typeof v === "string" ? v.trim() : String(v);
  const read = readAnnexIx(text);
  if (read === undefined) return BLANK;
  if (read.refused === "annex-point")
    return { kind: "bad", code: "invalid-value", text, reason: "annex-point", detail: read.part };
  if (read.refused) return { kind: "bad", code: "invalid-value", text, reason: read.refused };
  return { kind: "ok", value: read.part };
}
