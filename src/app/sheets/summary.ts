// MB Summary: one row per account and period, the figures an auditor reconciles first. Each row
// reconciles on its own, left to right: opening + received + produced + transferred in − consumed
// − delivered − transferred out = closing, and closing − lapsed = carried forward.
import type { Balance } from "../../engine/result";
import type { OutValue } from "../../workbook/port";
import { date, header, isNegative, quantity } from "./cells";

const RED = "#FFC7CE";

export const SUMMARY_HEADER = [
  "Site",
  "Scheme",
  "Product",
  "Raw material",
  "Country of origin",
  "Claim",
  "Waste/residue",
  "Annex IX part",
  "Period start",
  "Period end",
  "Unit",
  "Opening",
  "Received",
  "Produced",
  "Transferred in",
  "Consumed",
  "Delivered",
  "Transferred out",
  "Closing",
  "Physical stock (counted)",
  "Book physical stock",
  "Lapsed",
  "Carried forward",
  "First overdraft",
];

export function summaryRows(balances: Balance[]): OutValue[][] {
  return [
    header(SUMMARY_HEADER),
    ...balances.map((b) => [
      b.site,
      b.scheme,
      b.product,
      b.characteristics.rawMaterial,
      b.characteristics.countryOfOrigin,
      b.characteristics.claim,
      b.characteristics.wasteResidue,
      b.characteristics.annexIxPart,
      date(b.periodStart),
      date(b.periodEnd),
      b.unit,
      quantity(b.opening),
      quantity(b.received),
      quantity(b.produced),
      quantity(b.transferredIn),
      quantity(b.consumed),
      quantity(b.delivered),
      quantity(b.transferredOut),
      // a negative closing balance is the non-conformity an auditor looks for first
      quantity(b.closing, isNegative(b.closing) ? RED : undefined),
      quantity(b.physicalStock),
      quantity(b.bookPhysicalStock),
      quantity(b.lapsed),
      quantity(b.carriedForward),
      date(b.firstOverdraft),
    ]),
  ];
}

export const SUMMARY_WIDTHS = [12, 10, 16, 16, 10, 16, 10, 8, 12, 12, 6, ...Array<number>(12).fill(13), 12];
