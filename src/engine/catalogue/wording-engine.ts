// The engine's wording: one sentence per code saying what is wrong and how to fix it, without
// the place (render.ts adds it for the audiences that need it). Detection never writes text.
import { fieldNoun } from "../record-derived";
import { CONSEQUENCES, invalidDate, invalidNumber, missingValue } from "./wording-cells";
import { displayUnit, QUANTITY_UNITS_TEXT } from "../units";
import { missingPosText } from "./wording-pos";
import { inventedText, needsCorrectionText, outsideText, staleText } from "./wording-correction";
import { claimRefusalText, claimShortText } from "./wording-claims";
import { energyDisagreesText, heatingUnusedText, productHeatingText } from "./wording-heating";
import { factorUnitText } from "./wording-factors";
import { duplicateAlikeText } from "./wording-sd-cells";
import type { AppCode } from "./details-withdrawn";
import {
  certificateSchemeText,
  heldText,
  ownUnreadableRowText,
  unreadableRowText,
  validityText,
} from "./wording-certificates";
import { ISSUE_DATE_WORDING } from "./wording-issue-date";
import { certificateUnstatedText, siteNotListedText } from "./wording-sites";
import { transferText, arrivalBeforeText, inTransitText, transitText } from "./wording-transfers";
import { STOCK_WORDING } from "./wording-stock";
import { PARTY_WORDING } from "./wording-parties";
import { RUN_DAY_WORDING } from "./wording-run-day";
import { ghgUnitText } from "./wording-ghgunit";
import {
  ghgMissingText,
  ghgRefusedText,
  ghgUnsetText,
  perMassText,
  totalMismatchText,
  unitsMixedText,
} from "./wording-ghg";
import type {
  FieldDetails,
  InvalidNumberDetails,
  FindingCode,
  FindingDetails,
  InvalidDateDetails,
  InvalidQuantityDetails,
  InvalidUnitDetails,
  InvalidValueDetails,
  ReadDetails,
} from "./details";
import type { GhgMethodProblem } from "./details-ghg";

/** The words for a field id ("supplierCertificate" -> "supplier certificate number"), as each record kind declares it. */
export const fieldName = fieldNoun;

const s = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? "" : String(v);

/** What is wrong with a GHG method, in words (GhgMethodProblem). */
const GHG_METHOD_PROBLEMS: Record<GhgMethodProblem, string> = {
  unknown:
    "is not one of TDV, DDV or AV (or AV+DDV, actual values with disaggregated defaults); use one of them",
  "tdv-components":
    "says a total default value (TDV), which has no components; clear the component cells or use DDV/AV",
  "ddv-reductions":
    "says disaggregated default values (DDV), which allow no esca, eccs or eccr; clear them or use AV",
};

/** Why a sustainable part cannot be used, and what follows for its row, in words (QuantityProblem). */
function quantityProblem(d: InvalidQuantityDetails): string {
  const input = d.field === "sustainableInputQuantity";
  // what intake did, where it said (p-engine5): the credit converted unknown, so the account incomplete
  const lost = d.consequence
    ? CONSEQUENCES[d.consequence]
    : input
      ? "no sustainable input was counted"
      : "nothing was declared";
  switch (d.reason) {
    case "unit-unknown":
      return `has a unit the add-in does not know; ${lost}`;
    case "unconvertible":
      return `cannot be converted to ${u(d.unit)} without a density or heating value on the row; ${lost}`;
    case "receipt-none": // (brk12) "Nachhaltig": nein beside an SD number
      return `says this receipt is not sustainable, but it has an SD number, and the add-in credits a receipt whole or not at all, so it gave this receipt no credit and the balances it feeds are incomplete: if the material is not sustainable, clear its SD number; if its SD covers all of it, correct the cell; if only part, book that part as a receipt row of its own with the SD number`;
    case "receipt-part":
      return `is not the whole quantity of this receipt, and the add-in credits a receipt whole or not at all, so it gave this receipt no credit and the balances it feeds are incomplete: book the sustainable part its SD states as a receipt row of its own with the SD number, and the rest as a row without an SD number`;
    default:
      if (d.consequence)
        return `must lie between zero and the ${input ? "input " : ""}quantity: correct it; ${lost}`;
      return input
        ? `must lie between zero and the input quantity; ${lost}, correct it`
        : `must lie between zero and the quantity; ${lost}, correct the sustainable part`;
  }
}

/** A value per m³ against a quantity in Nm³, or the other way: the two volumes differ by pressure and temperature. */
const NORMAL_VOLUME = new Set(["m3|Nm3", "Nm3|m3"]);
const u = (v: string | null | undefined): string => displayUnit(s(v));

/** What a rejected receipt costs, said the same way by every check that rejects one. */
const NO_CREDIT = "gives no credit (it counts as physical stock only)";
/** A product's phase in words (engine/plausibility.ts Phase). */
const PHASE: Record<"liquid" | "gas" | "liquid-or-solid", string> = {
  liquid: "a liquid",
  gas: "a gas",
  "liquid-or-solid": "a liquid or solid",
};
/** Where an own certificate number is stated (the workbook's settings sheet, a site register row, or the pane's settings saved to MB Config). */
const SETTINGS_AT = "the settings sheet, the site register for a site, or Settings in the pane";

/** The engine's shape of the codes the reading stage raises too (a record's field, not a cell). */
export interface EngineVariants {
  "missing-value": FieldDetails;
  "invalid-number": InvalidNumberDetails;
  "invalid-date": InvalidDateDetails;
  "invalid-unit": InvalidUnitDetails;
  "invalid-value": InvalidValueDetails;
}

/** Codes only the reading stage or the app raise. */
type NotEngine =
  { [C in FindingCode]: FindingDetails[C] extends ReadDetails ? C : never }[FindingCode] | AppCode;

type EngineWording = {
  readonly [C in Exclude<FindingCode, NotEngine | keyof EngineVariants>]: (d: FindingDetails[C]) => string;
} & { readonly [C in keyof EngineVariants]: (d: EngineVariants[C]) => string };

export const ENGINE_WORDING: EngineWording = {
  ...STOCK_WORDING,
  ...PARTY_WORDING,
  ...RUN_DAY_WORDING,
  "transit-loss": transitText,
  "arrival-before-dispatch": arrivalBeforeText,
  "transfer-in-transit": inTransitText,
  // worded once for both layers (wording-cells.ts)
  "missing-value": missingValue,
  "invalid-number": invalidNumber,
  "invalid-date": invalidDate,
  "invalid-unit": (d) =>
    d.field === "ghg.unit"
      ? ghgUnitText(d)
      : d.expected
        ? d.missing
          ? `the ${fieldName(s(d.field))} has no unit; state it in a unit column, in the heading (such as "(kg/m³)") or as a default in the settings sheet (${s(d.expected)}); ${CONSEQUENCES["row-left-out"]}.`
          : `"${s(d.value)}" is not a unit of a ${fieldName(s(d.field))}; use one of ${s(d.expected)} (${CONSEQUENCES["row-left-out"]}).`
        : d.missing
          ? `the quantity has no unit; add a Unit column, a unit in the heading such as "Quantity (t)", or a default unit in the settings sheet (the row was left out).`
          : `the unit "${s(d.value)}" is not known; use one of ${QUANTITY_UNITS_TEXT} (the row was left out).`,
  "implausible-value": (d) =>
    productHeatingText(d) ??
    (d.impossible
      ? `the ${fieldName(s(d.field))} ${s(d.value)} ${s(d.unit)} is impossible for ${d.phase ? PHASE[d.phase] : "any product"}${d.likely ? `; ${s(d.value)} looks like ${s(d.likely)}` : ""}${d.unitCell ? `, and the unit at ${s(d.unitCell)} says ${s(d.unit)}` : ""}. Correct the value or its unit; ${CONSEQUENCES["row-left-out"]}.`
      : `the ${fieldName(s(d.field))} ${s(d.value)} ${s(d.unit)} is ${d.phase ? `unusual for ${PHASE[d.phase]}` : "not plausible"}${d.likely ? `; ${s(d.value)} looks like ${s(d.likely)}` : ""}${d.unitCell ? `, and the unit at ${s(d.unitCell)} says ${s(d.unit)}` : ""}. Check the unit: the value was converted as ${s(d.unit)}.`),
  "sustainable-conflict": (d) =>
    `the sustainable part of this ${d.receipt ? "receipt" : "delivery"} of ${s(d.quantity)} is stated twice and the two disagree ("${s(d.flag)}" and "${s(d.part)}"); ${d.receipt ? "the receipt gives no credit and the balances it feeds are incomplete until they agree with its SD" : "nothing is declared for it until they agree"} or one of them is left blank.`,
  "invalid-value": (d) =>
    d.reason
      ? claimRefusalText(d.reason, {
          label: d.field === "claim" ? "Claim" : "Annex IX part",
          value: s(d.value),
          read: d.read,
          scheme: d.scheme,
          consequence: CONSEQUENCES[d.consequence ?? (d.declared === false ? "not-declared" : "no-credit")],
          delivery: d.declared === false,
        })
      : d.expected
        ? `"${s(d.value)}" is not a ${fieldName(s(d.field))} that can be read; type one of ${s(d.expected)}. Until it is corrected the certificate is not taken as valid, so receipts under it give no credit.`
        : `"${s(d.value)}" is not a value the ${fieldName(s(d.field))} can take (yes or no, or a quantity); ${d.declared === false ? "the delivery is not declared as sustainable until it is corrected" : "it was not read"}.`,
  "date-is-year": (d) =>
    `the installation start is the year ${s(d.value)} only; every day of ${s(d.value)} gives the same GHG saving threshold (${s(d.minimum)} %), so the year was used. Type the day to be exact.`,
  "invalid-quantity": (d) =>
    d.reason
      ? `${d.reason === "receipt-none" ? `"${s(d.value)}"` : `the ${fieldName(s(d.field))} ${s(d.value)}`} ${quantityProblem(d)}.`
      : `the ${fieldName(s(d.field))} ${s(d.value)} must be greater than zero; correct it or delete the row (the row was left out).`,
  "site-not-listed": siteNotListedText,
  "unknown-scheme": (d) =>
    `the scheme "${s(d.value)}" is neither ISCC EU nor ISCC PLUS; ${s(d.used)} was assumed, correct the cell if that is wrong.`,
  "duplicate-sd": (d) =>
    d.alike !== undefined || d.incoming
      ? duplicateAlikeText(d, NO_CREDIT)
      : `SD number ${s(d.sd)}${d.supplier ? ` from ${s(d.supplier)}` : ""} already appears at ${s(d.first)}; an SD may be booked only once${d.noCredit ? `, so this repeat ${NO_CREDIT}` : ""}; remove or correct one of them.`,
  "certificate-invalid": (d) =>
    d.reason === "unreadable row"
      ? unreadableRowText(d, NO_CREDIT)
      : `certificate ${s(d.certificate)} was ${validityText(d.reason, d.statusText)} on ${s(d.date)}${d.validFrom || d.validUntil ? ` (valid ${s(d.validFrom) || "?"} to ${s(d.validUntil) || "?"})` : ""}; material from it cannot be taken in as sustainable${d.noCredit ? `, so this receipt ${NO_CREDIT}` : ""}; check the certificate or the date.`,
  "certificate-unknown": (d) =>
    d.missing
      ? `this receipt has an SD but no supplier certificate number${d.certificate ? ` ("${s(d.certificate)}" is a placeholder, not a number)` : ""}, so the certificate cannot be checked against the certificate register${d.noCredit ? ` and the receipt ${NO_CREDIT}` : ""}; enter the supplier's certificate number as it stands on the SD (in a supplier certificate column of this sheet).`
      : `certificate ${s(d.certificate)} is not in the certificate register${d.noCredit ? `, so this receipt ${NO_CREDIT}` : ""}; add it with its validity or correct the number.`,
  "certificate-scheme": (d) => certificateSchemeText(d, NO_CREDIT),
  "date-outside-period": (d) =>
    d.setStart
      ? `the date ${s(d.date)} lies before the first period, which starts on ${s(d.periodStart)} as set in Settings; the row was left out, so the balances it feeds are shown incomplete and no declaration is issued from them. If the row belongs to the book, set the first period start in Settings to ${s(d.setStart)} so it is booked; otherwise correct its date.`
      : `the date ${s(d.date)} lies outside the periods being checked (${s(d.periodStart)} to ${s(d.periodEnd)}); the row was left out, so the balances it feeds are shown incomplete and no declaration is issued from them; correct the date.`,
  "period-too-long": (d) =>
    d.twelve
      ? `the mass balance period is ${s(d.months)} months but ${s(d.scheme)} allows 1 to ${s(d.max)} months, or 12 for farms and first gathering points; set ${s(d.max)} or 12 months.`
      : `the mass balance period is ${s(d.months)} months but ${s(d.scheme)} allows at most ${s(d.max)}; set a period of ${s(d.max)} months or less${d.scheme === "ISCC EU" && d.months === 12 ? ' (12-month periods are for farms and first gathering points: set "Operator type" in the settings if you are one)' : ""}.`,
  "negative-balance": (d) =>
    d.short === "production"
      ? `${s(d.account)} closes the period ending ${s(d.periodEnd)} at ${s(d.closing)} ${s(d.unit)}; the production on this row took more sustainable input than came in; book the missing receipt before the period end or reduce the row's sustainable input.`
      : `${s(d.account)} closes the period ending ${s(d.periodEnd)} at ${s(d.closing)} ${s(d.unit)}; more was given out as sustainable than came in, so the declaration for this row is not issued until credit is added or the delivery is reduced.`,
  overdraft: (d) =>
    `${s(d.account)} went below zero to ${s(d.running)} ${s(d.unit)} on ${s(d.date)}${d.continuous ? ", which continuous mode does not allow" : " (it must be back at zero or more by the period end)"}; book the receipt before this row or reduce it.`,
  "carry-over-exceeds-stock": (d) =>
    `the credit of ${s(d.product)} at the end of ${s(d.periodEnd)} (${s(d.closing)} ${s(d.unit)}) exceeds the physical stock ${s(d.physical)} ${s(d.unit)}; only ${s(d.carried)} ${s(d.unit)} is carried forward and ${s(d.lapsed)} ${s(d.unit)} lapses.`,
  "stock-count-missing": (d) =>
    `no stock count was found at the end of the period ending ${s(d.periodEnd)}, and the credit (${s(d.closing)} ${s(d.unit)}) exceeds the book physical stock ${s(d.physical)} ${s(d.unit)}; only ${s(d.carried)} ${s(d.unit)} is carried forward and ${s(d.lapsed)} ${s(d.unit)} lapses. Count the stock at the period end and add the count to the stock sheet, or correct the movements.`,
  "own-certificate-invalid": (d) =>
    d.reason === "unreadable row"
      ? ownUnreadableRowText(d)
      : d.reason === "not in register"
        ? `your own certificate ${s(d.certificate)} is not in the certificate register, so it cannot be checked that it is valid on the day${heldText(d.held, s(d.date), d.lastDate)}. Add your certificate with its valid-from and valid-until dates and its status to the certificate register, or correct the own certificate number (${SETTINGS_AT}).`
        : d.carry
          ? `your own certificate ${s(d.certificate)} is ${validityText(d.reason, d.statusText)} on ${s(d.date)} (valid ${s(d.validFrom)} to ${s(d.validUntil)}); credit is never carried into a day the certificate does not cover, so the credit${d.site ? ` of site ${s(d.site)}` : ""} at the end of ${s(d.periodEnd)} lapses (column Lapsed in MB Summary). Enter the renewed certificate's term in the certificate register if it was renewed.`
          : `the declaration for this delivery would be ${s(d.dated)} ${s(d.date)}, when your own certificate ${s(d.certificate)} is ${validityText(d.reason, d.statusText)} (valid ${s(d.validFrom)} to ${s(d.validUntil)}); no declaration is issued for a day the certificate does not cover, so it is held back. Enter the renewed certificate's term in the certificate register if it was renewed.`,
  "stock-deviation": (d) =>
    `the counted stock of ${s(d.product)}${d.site ? ` at site ${s(d.site)}` : ""} (${s(d.counted)} ${s(d.unit)}${d.tanks ? `, the sum of ${s(d.tanks)}` : ""}) differs from the book stock (${s(d.book)} ${s(d.unit)}) by ${s(d.deviation)} %, more than the ${s(d.tolerance)} % tolerance; check the count and the movements since the last count.`,
  // --- stock-count-conflict (p-certstock) ---
  "stock-count-conflict": (d) =>
    d.identical
      ? `${s(d.counts)} counts of ${s(d.product)}${d.site ? ` at site ${s(d.site)}` : ""} on ${s(d.date)} state the same ${s(d.quantity)} ${s(d.unit)} and name no tank (${s(d.cells)}): most likely one row copied, but two tanks holding the same would read alike, and one count or their sum differ, so none of that day's counts is used, and the balance of ${s(d.product)}${d.site ? ` at site ${s(d.site)}` : ""} is incomplete (nothing is declared from it; the book stock is never used in place of a count). If the row was copied, delete the copy; if they are counts of different tanks, add a Tank column and name each count's tank (they are then summed).`
      : `${s(d.counts)} counts of ${s(d.product)}${d.site ? ` at site ${s(d.site)}` : ""} on ${s(d.date)} ${d.tank ? `name the same tank ${s(d.tank)}` : d.tankColumn ? "do not each name their own tank" : "name no tank"}; two counts of one tank on one day contradict each other, so none of that day's counts is used, and the balance of ${s(d.product)}${d.site ? ` at site ${s(d.site)}` : ""} is incomplete (nothing is declared from it; the book stock is never used in place of a count). ${d.tankColumn ? "Name each count's own tank, or delete the wrong count." : "If they are counts of different tanks, add a Tank column and name each count's tank (they are then summed); otherwise delete the wrong count."}`,
  // --- end stock-count-conflict ---
  "unit-mismatch": (d) =>
    d.why === "per"
      ? `the quantity is in ${u(d.unit)} but ${s(d.product)} is kept in ${u(d.accountUnit)}, and the ${fieldName(s(d.hintField))} on this row is per ${u(d.per)}, which cannot convert a quantity in ${u(d.dim)}${NORMAL_VOLUME.has(`${s(d.per)}|${s(d.dim)}`) ? " (a normal cubic metre, Nm³, is gas at 0 °C and 1.013 bar, not a cubic metre at operating conditions)" : ""}; give the ${fieldName(s(d.hintField))} per ${u(d.dim)}, or the quantity in ${u(d.per)} or ${u(d.accountUnit)}.`
      : d.why === "other-side"
        ? `the input quantity is in ${u(d.unit)} but ${s(d.product)} is kept in ${u(d.accountUnit)}, and the ${fieldName(s(d.hintField))} on this row is the output's, not the input's; add the input's own value in a column such as "Input heating value (MJ/kg)" or "Input density (kg/m³)", or give the input quantity in ${u(d.accountUnit)}.`
        : d.why === "output-side"
          ? `the credit for ${s(d.product)} is kept in ${u(d.accountUnit)} but the row's conversion factor is per ${u(d.unit)}, and the output has no density or heating value to convert it; add the output's own value (e.g. "Output heating value (MJ/kg)") or give the output in ${u(d.accountUnit)}.`
          : d.why === "input-side"
            ? `the input credit of ${s(d.product)} is kept in ${u(d.accountUnit)} but the row's conversion factor is per ${u(d.unit)}, and the input has no density or heating value to convert it; add the input's own value (e.g. "Input heating value (MJ/kg)").`
            : `the quantity is in ${u(d.unit)} but ${s(d.product)} is kept in ${u(d.accountUnit)} and there is no density or heating value to convert it; give the quantity in ${u(d.accountUnit)} or add the conversion value.`,
  "conversion-factor-missing": (d) =>
    `no conversion factor from ${s(d.input)} to ${s(d.output)} is known for ${s(d.date)}; enter the output quantity or a factor, or add one to the conversion factor table.`,
  "conversion-factor-deviates": (d) =>
    `the actual yield ${s(d.actual)} differs from the documented factor ${s(d.factor)} by more than ${s(d.tolerance)} %${d.used === "yield" ? `; credit follows the lower yield ${s(d.actual)}, never more than was produced` : d.used === "factor" ? `; credit follows the lower factor ${s(d.factor)}` : ""}; check the quantities or update the factor table.`,
  "co-product-input-differs": (d) =>
    `this row shares batch ${s(d.batch)} with ${s(d.first)} but states another ${fieldName(s(d.field))}; the rows of one process share date, input product and input quantity, which is consumed once, so this row was booked as a process of its own (its input consumed again); if the rows are one process, correct the ${fieldName(s(d.field))}, else give this row its own batch.`,
  "production-input-repeated": (d) =>
    `this row consumes ${s(d.quantity)} of ${s(d.input)} on ${s(d.date)}, the same input, quantity and day as ${s(d.first)}, with another output; without a batch or process id they were booked as two processes, so the input was consumed twice (its balance is lower by ${s(d.quantity)}); if the rows are one process (a main product and its co-products), add a "Batch" column and give both rows the same batch id, so the input is consumed once; if they are two lots, nothing needs changing.`,
  "batch-id-alike": (d) =>
    `batch ${s(d.batch)} looks like batch ${s(d.other)} at ${s(d.first)} but is not spelled the same, so the rows were booked as two processes, each consuming its own input; if they are one batch, spell the ids alike (spaces and case do not matter), else give them ids that do not look alike.`,
  "conversion-impossible": (d) =>
    d.reason === "factor-unit" || d.reason === "inverse" || d.reason === "factor-both"
      ? factorUnitText(d)
      : d.reason === "incomparable"
        ? `the output quantity of ${s(d.output)} is in ${s(d.outputUnit)} but the input is in ${s(d.inputUnit)}, and the row has no ${d.needs === "heating value" ? "heating value" : "density"} to compare them, so the yield cannot be checked and no credit is created from this row, and the balances of its input and output are incomplete; add the output's ${d.needs === "heating value" ? 'heating value (a column such as "Heating value (MJ/kg)")' : 'density (a column such as "Density (kg/m³)")'} on the row or give the output in ${s(d.inputUnit)}.`
        : d.reason === "co-products"
          ? `the outputs of batch ${s(d.batch)} get ${s(d.value)} times the input's mass in total, more than went in; no credit is created for any output of the batch, and the balances of its input and outputs are incomplete, until the factors or output quantities add up to 1 or less.`
          : `the ${d.reason === "yield" ? "yield (output over input)" : "conversion factor"} ${s(d.value)} from ${s(d.input)} to ${s(d.output)} is above 1: more mass out than went in, so no credit is created from this row and the balances of its input and output are incomplete; correct the ${d.reason === "yield" ? "output quantity or its unit" : "factor (a yield of 35 % is 0.35)"}.`,
  "conversion-same-product": (d) =>
    `this row converts ${s(d.product)} into itself, which moves no credit; correct the input or output product.`,
  "ghg-missing": (d) => (d.refused ? ghgRefusedText(d) : d.unset ? ghgUnsetText(d) : ghgMissingText(d)),
  "ghg-total-mismatch": totalMismatchText,
  "ghg-saving-below-threshold": (d) =>
    d.perMass // p-ghg3
      ? perMassText(d.total, d.quantity, d.unit, d.comparator, d.perMass)
      : d.outgoing
        ? `the declaration for this delivery would carry a GHG value of ${s(d.total)} g CO2eq/MJ for ${s(d.quantity)} ${s(d.unit)}, a saving of ${s(d.saving)} % against ${s(d.comparator)}, below the ${s(d.minimum)} % required for an installation started ${s(d.installationDate)}; it is not issued. Check the GHG values and installation start dates of the rows behind it.`
        : d.strictestFrom !== null && d.strictestFrom !== undefined
          ? `a GHG value of ${s(d.total)} g CO2eq/MJ saves ${s(d.saving)} % against ${s(d.comparator)}; the installation start date is blank or unreadable, so the strictest threshold (${s(d.minimum)} %${d.strictestFrom ? `, for installations started after ${s(d.strictestFrom)}` : ""}) was used and this material cannot be counted as sustainable${d.noCredit ? ` and ${NO_CREDIT}` : ""}; fill in the installation start date from the supplier's declaration.`
          : `a GHG value of ${s(d.total)} g CO2eq/MJ saves ${s(d.saving)} % against ${s(d.comparator)}, below the ${s(d.minimum)} % required for an installation started ${s(d.installationDate)}; this material cannot be counted as sustainable${d.noCredit ? ` and ${NO_CREDIT}` : ""}.`,
  "ghg-value-unsupported": (d) =>
    `the declared GHG value ${s(d.declared)} is lower than ${s(d.supported)}, the worst value of the inputs it draws on; values are never averaged, so declare ${s(d.supported)} or per batch.`,
  "ghg-units-mixed": unitsMixedText,
  "heating-value-unused": heatingUnusedText,
  "energy-content-disagrees": energyDisagreesText,
  "energy-content-differs": (d) =>
    `this delivery's heating value is ${s(d.delivered)}, but the receipts behind its declaration state ${s(d.received)}; the declaration is about the product delivered, so it states the energy content by this row's heating value: ${s(d.energy)} MJ for ${s(d.quantity)} ${s(d.unit)}. If the product delivered has the receipts' heating value, correct this cell or clear it (the receipts' are then used).`,
  "ghg-method-invalid": (d) => `the GHG method "${s(d.method)}" ${GHG_METHOD_PROBLEMS[d.reason]}.`,
  "claim-exceeds-input": claimShortText, // by the claim's scheme (p-claimbox)
  "linked-sd-unavailable": (d) =>
    `this delivery asks ${s(d.asked)} ${s(d.unit)} of the linked incoming SD ${s(d.sds)}, which can back only ${s(d.available)} ${s(d.unit)} of it; no other credit is used in its place, so its declaration is not issued: link further SDs or reduce the sustainable quantity.`,
  "transfer-not-allowed": transferText,
  "certificate-unstated": certificateUnstatedText,
  // --- p-cat ---
  "final-fuel-ghg-per-mass": (d) =>
    `this GHG value of ${s(d.total)} ${s(d.unit)} is per mass, but ${s(d.product)} is a final fuel, whose GHG value cannot be declared per mass: its saving must be shown and meet the minimum, which is judged per MJ (RED II Art. 29(10)). The receipt is credited, but no declaration of its credit is issued until the GHG total is entered in g CO2eq/MJ (with its unit in the GHG unit column), as the supplier's declaration states it; it is not converted with a heating value.`,
  // --- end p-cat
  // --- p-ghg2 ---
  "transfer-ghg-not-used": (d) =>
    `this transfer states GHG values ("${s(d.value)}" in the ${fieldNoun(d.field)}), but a transfer moves credit with the GHG values of the receipts it came from, which travel with each batch: these are not used, and declarations of the credit show the receipts' values; leave the GHG cells of transfers blank, or correct the receipts where their values are wrong.`,
  // --- end p-ghg2
  "declaration-stale": staleText,
  "declaration-needs-correction": needsCorrectionText,
  "declaration-ambiguous": (d) =>
    `this delivery may be the one declaration ${s(d.declaration)} was issued for, and so may another; type ${s(d.number)} into the SD number cell of the right delivery (add an SD number column if the sheet has none), so that no delivery gets a second declaration. Until then neither gets a new one.`,
  "declaration-number-duplicate": (d) =>
    `the SD number ${s(d.number)} is also on ${s(d.others)}${d.owner ? `, and it was issued for ${s(d.owner)}` : ""}; an SD number belongs to one delivery: correct the number on this row, or clear it to have this delivery declared.`,
  "declaration-issued-outside": outsideText,
  "declaration-invented": inventedText,
  "declaration-record-unreadable": (d) =>
    `the record of declaration ${s(d.number)} cannot be read (${d.reason === "other-declaration" ? `it is the record of ${s(d.of)}` : "it is not a record this add-in wrote"}); its number stays used, and what the register's columns show is kept as issued. MB Declarations is not for editing by hand.`,
  "input-incomplete": (d) =>
    `this sheet could not be read whole (${s(d.kinds)} left out), so the balances it feeds are incomplete and nothing is declared from them; map its missing column in the Sheets tab.`,
  "declaration-incomplete": (d) =>
    `the declaration for ${s(d.quantity)} ${s(d.unit)} of ${s(d.product)} to ${s(d.customer)} (dispatched ${s(d.date)}) is not issued: the PoS needs ${d.missing.map(missingPosText).join("; ")}. Fill these in and generate declarations again.`,
  ...ISSUE_DATE_WORDING,
  "engine-error": (d) =>
    `the check stopped on an unexpected problem (${s(d.error)}); please report it with the workbook.`,
};
