// The wording of transfer-not-allowed (engine/rules/transfer-not-allowed.ts): why a transfer between
// two of the company's sites is refused. Moved out of wording-engine.ts to keep that file under 300 lines.
import type { TransferNotAllowedDetails } from "./details-declarations";
import type {
  ArrivalBeforeDispatchDetails,
  TransferInTransitDetails,
  TransitLossDetails,
} from "./details-balance";

const s = (v: string | number | boolean | null | undefined): string =>
  v === null || v === undefined ? "" : String(v);

/** The sentence of transit-loss (brk22 §9): what left one site and what arrived at the other. */
export function transitText(d: TransitLossDetails): string {
  const [u, p] = [s(d.unit), s(d.product)];
  if (d.difference !== undefined) return differenceText(d);
  if (d.unread && d.unread !== "difference" && d.unread !== "difference-way")
    return lossText({ ...d, unread: d.unread });
  return d.more
    ? `this transfer says ${s(d.received)} ${u} of ${p} arrived at ${s(d.to)}, but only ${s(d.sent)} ${u} left ${s(d.from)} on ${s(d.date)}: no more can arrive than left, so nothing is moved and the balances of ${p} at both sites are incomplete (no declaration is issued from them) until the quantity sent or received is corrected.`
    : `${s(d.sent)} ${u} of ${p} left ${s(d.from)} on ${s(d.date)} and ${s(d.received)} ${u} arrived at ${s(d.to)}: the ${s(d.lost)} ${u} lost in transit leave the credit of ${s(d.from)} and do not reach ${s(d.to)}, which is credited with what arrived.`;
}

/** (brk25 §0) transit-loss at a loss column's cell: the transfer is not booked. */
function lossText(d: TransitLossDetails & { unread: "unit" | "negative" | "all" | "disagree" }): string {
  const [u, p] = [s(d.unit), s(d.product)];
  const row = `this transfer of ${s(d.sent)} ${u} of ${p} from ${s(d.from)} to ${s(d.to)} on ${s(d.date)} says ${s(d.lost)} ${s(d.lossUnit)} were lost in transit`;
  const why = {
    unit: `, in a unit that does not convert exactly to the quantity sent's (a volume and a mass need a density), and the add-in does not convert it`,
    negative: `: a loss below zero would be a gain, which no transfer can have`,
    all: `, all that was sent or more; if the whole load was lost, no transfer reached ${s(d.to)}`,
    disagree: `, but the quantity received beside it is ${s(d.received)}, which is not what was sent less the loss; the add-in does not pick one`,
  }[d.unread];
  const fix = d.unread === "disagree" ? "correct the quantity received or the loss so that they agree" : `write the loss in ${u} as a number from 0 up to less than the quantity sent`; // prettier-ignore
  return `${row}${why}, so the transfer is not booked and the balances of ${p} at both sites are incomplete (no declaration is issued from them): ${fix}.`;
}

/** (h-transfer3) transit-loss at a difference column's cell beside both quantities: the transfer is not booked. */
function differenceText(d: TransitLossDetails): string {
  const [u, p] = [s(d.unit), s(d.product)];
  const row = `this transfer of ${p} from ${s(d.from)} to ${s(d.to)} on ${s(d.date)} says ${s(d.sent)} ${u} were sent, ${s(d.received)} ${u} received and a difference of ${s(d.difference)} ${s(d.lossUnit)}`;
  const ways = { "sent-received": "what was sent less what arrived", "received-sent": "what arrived less what was sent", "": "" }; // prettier-ignore
  const other = d.way === "sent-received" ? ways["received-sent"] : ways["sent-received"];
  const why =
    d.unread === "unit"
      ? `, in a unit that does not convert exactly to the quantity sent's (a volume and a mass need a density; a share in % is no quantity), and the add-in does not convert it`
      : d.unread === "difference"
        ? `, which is neither what was sent less what arrived nor what arrived less what was sent; the add-in does not pick which of the three is wrong`
        : d.way
          ? `, which is ${other}, but the column's other rows give ${ways[d.way]}: a difference that runs both ways in one column may hide a quantity typed wrong`
          : `, but the column gives what was sent less what arrived on as many rows as the other way round: which way it runs is not known`;
  return `${row}${why}, so the transfer is not booked and the balances of ${p} at both sites are incomplete (no declaration is issued from them): correct the quantity sent, the quantity received or the difference, so that the column gives the difference one way on every row.`;
}

/**
 * (brk25 T1) missing-value, reason received-blank: a transfer whose quantity received is blank on a
 * sheet that keeps it; `label` the column's label.
 */
export function receivedBlankText(label: string): string {
  return `${label} is empty on this transfer, on a sheet that keeps what arrived beside what was sent; the add-in does not read a blank as all of it arrived, so the transfer is not booked and the balances of its product at both sites are incomplete (no declaration is issued from them): write the quantity that arrived, or, while the load is still on its way, book it when it has arrived.`;
}

/** (brk26 L4) missing-value, reason arrival-blank: a transfer whose arrival date is blank on a sheet that keeps it; `label` the column's label. */
export function arrivalBlankText(label: string): string {
  return `${label} is empty on this transfer, on a sheet that keeps the day a transfer arrived beside the day it left; the add-in does not read a blank as arrived the day it left, so the transfer is not booked and the balances of its product at both sites are incomplete (no declaration is issued from them): write the day it arrived, or, while the load is still on its way, book it when it has arrived.`;
}

/** (brk26 L4) arrival-before-dispatch: a transfer said to arrive before it left is not booked. */
export function arrivalBeforeText(d: ArrivalBeforeDispatchDetails): string {
  return `this transfer of ${s(d.product)} from ${s(d.from)} to ${s(d.to)} says it arrived on ${s(d.arrived)}, before it left on ${s(d.dispatched)}: nothing arrives before it is sent, so the transfer is not booked and the balances of ${s(d.product)} at both sites are incomplete (no declaration is issued from them) until the dispatch or the arrival date is corrected.`;
}

/**
 * (h-transfer3) transfer-in-transit: a transfer dispatched in one period and arriving in a later one
 * is in neither site's balance at the first period's end; no credit is lost.
 */
export function inTransitText(d: TransferInTransitDetails): string {
  const [q, p] = [`${s(d.quantity)} ${s(d.unit)}`, s(d.product)];
  const then = d.arrivalPeriodEnd
    ? `in the period ending ${s(d.arrivalPeriodEnd)}`
    : "in a period after the books' last one";
  return `${q} of ${p} left ${s(d.from)} on ${s(d.dispatched)} and arrive at ${s(d.to)} on ${s(d.arrived)}: at the end of the period ending ${s(d.periodEnd)} the ${q} are in transit, in neither site's balance (${s(d.from)} was debited on the day they left, ${s(d.to)} is credited ${then}, on the day they arrive); no credit is lost, and the balances of both sites at ${s(d.periodEnd)} together lack the ${q} on the road.`;
}

/** The sentence of transfer-not-allowed: a transfer short of credit is not booked, any other not allowed. */
export function transferText(d: TransferNotAllowedDetails): string {
  const verdict = d.reason === "short" ? "is not booked" : "is not allowed";
  return `this transfer from ${s(d.from)} to ${s(d.to)} ${verdict}: ${transferReason(d)}.`;
}

/** Why a transfer is refused, in words (TransferRefusal). */
function transferReason(d: TransferNotAllowedDetails): string {
  // a sheet lacking several of the columns a transfer needs: all named at once, not one per run
  if (d.missing && !d.column) return missingText(s(d.missing));
  switch (d.reason) {
    case "scheme":
      return "credit may move between sites only under ISCC PLUS, never into ISCC EU";
    case "site-unknown":
      if (d.shared)
        return `"${s(d.site)}" is a code the sites sheet gives to more than one site (${s(d.shared)}), so it is not known which site it is; type the site's name, or give each site its own code on the sites sheet`;
      return `site ${s(d.site)} is not in the site register; add it with company, country, certificate and certification body`;
    case "same-site":
      return "both sites are the same";
    case "company":
      return "the sites do not belong to the same company or group";
    case "company-unstated":
      return d.column
        ? `the sites sheet does not state the company of site ${s(d.site)} (its Company cell is blank), so it is not known whether both sites belong to one company or group; fill in the company of each site`
        : `the sites sheet does not state whose sites they are (it has no Company column), so it is not known whether both belong to one company or group; add a Company column naming each site's company`;
    case "country":
      return `${s(d.fromCountry)} and ${s(d.toCountry)} are neither the same country nor neighbours with a land border`;
    case "country-unstated":
      return d.column
        ? `the sites sheet does not state the country of site ${s(d.site)} (its Country cell is blank), so it is not known whether the sites are in the same or neighbouring countries; fill in the country of each site`
        : `the sites sheet does not state where the sites are (it has no Country column), so it is not known whether they are in the same or neighbouring countries; add a Country column naming each site's country (DE, NL …)`;
    case "body-unstated":
      return d.column
        ? `the sites sheet does not state the certification body of site ${s(d.site)} (its Certification body cell is blank), so it is not known whether one body certifies both sites; fill in the certification body of each site`
        : `the sites sheet does not state which certification body certifies each site (it has no Certification body column), so it is not known whether one body certifies both; add a Certification body column naming each site's certification body`;
    case "uncertified":
      return "both sites must be ISCC certified";
    case "certificate-unstated":
      return d.column
        ? `the sites sheet does not state the certificate of site ${s(d.site)} (its certificate cell is blank), so it is not known whether the site is ISCC certified; fill in the site's certificate number (a blank cell is not read as "not certified")`
        : `the sites sheet does not state each site's certificate (it has no certificate column), so it is not known whether both sites are ISCC certified; add a Certificate number column naming each site's certificate`;
    case "body":
      return "the sites are certified by different certification bodies";
    case "short":
      return d.unknown
        ? `what ${s(d.from)} holds of ${s(d.product)} credit on ${s(d.date)} is not known (a row that would give it credit there is refused at its cell, so its balance is incomplete), and the ${s(d.held)} ${s(d.unit)} it is known to hold with these characteristics is less than the ${s(d.quantity)} ${s(d.unit)} the transfer moves; nothing is moved and the balances of ${s(d.product)} at both sites are incomplete (no declaration is issued from them) until the refused rows at ${s(d.from)} are corrected`
        : `${s(d.from)} holds only ${s(d.held)} ${s(d.unit)} of ${s(d.product)} credit with these characteristics on ${s(d.date)}, less than the ${s(d.quantity)} ${s(d.unit)} the transfer moves, so nothing is moved (never a part of the row's quantity) and the balances of ${s(d.product)} at both sites are incomplete until it is corrected; correct the characteristics or the quantity, or book the credit's arrival before the transfer`;
  }
}

/** The sites sheet lacks `missing` ("Country, Certification body"): each named, and what to add. */
function missingText(missing: string): string {
  const list = missing.split(", ");
  const named = `${list.slice(0, -1).join(", ")} and ${list[list.length - 1] ?? ""}`;
  return `the sites sheet has no ${named} columns, so it is not known whether the transfer is allowed (same company or group, same or neighbouring country, both sites certified by one certification body); add the columns ${named}, naming each site's ${list.map((c) => c.toLowerCase()).join(", ")}`;
}
