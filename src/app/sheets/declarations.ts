// MB Declarations: the register of every declaration issued, with the incoming SDs behind it and
// the fingerprint of its source rows. An issued declaration is a legal record: its row is carried
// over from the previous register as it stands, never recomputed, and never disappears.
import { type DateSystem, serialToIso } from "../../workbook/dates";
import type { Declaration } from "../../engine/result";
import type { CellValue, OutValue, SheetSnapshot } from "../../workbook/port";
import { date, header, link, percent, quantity } from "./cells";
import { type GeneratedSheet, type ReportContext, tableSheet } from "./layout";
import { sourceCell } from "./trace";

export const REGISTER_HEADER = [
  "SD number",
  "Status",
  "Issue date",
  "Dispatch date",
  "Customer",
  "Product",
  "Quantity",
  "Unit",
  "Scheme",
  "Site",
  "Incoming SDs",
  "GHG total",
  "GHG saving",
  "Delivery sheet",
  "Delivery row",
  "Delivery",
  "Fingerprint (SHA-256)",
] as const;

type Column = (typeof REGISTER_HEADER)[number];
/** one register row as text: decimal strings, ISO dates */
export type RegisterEntry = Record<Column, string>;

export function entryFor(d: Declaration): RegisterEntry {
  const worst = [...d.ghg].sort((a, b) => Number(b.total) - Number(a.total))[0];
  return {
    "SD number": d.number,
    Status: "Issued",
    "Issue date": d.issueDate,
    "Dispatch date": d.dispatchDate,
    Customer: d.recipient.name,
    Product: d.product,
    Quantity: d.quantity,
    Unit: d.unit,
    Scheme: d.scheme,
    Site: d.site,
    "Incoming SDs": d.inputs.map((i) => `${i.sd}: ${i.quantity}`).join("; "),
    "GHG total": worst?.total ?? "",
    "GHG saving": worst?.saving ?? "",
    "Delivery sheet": d.delivery.sheet,
    "Delivery row": String(d.delivery.row),
    Delivery: sourceCell(d.delivery).cell,
    "Fingerprint (SHA-256)": d.fingerprint,
  };
}

function toRow(e: RegisterEntry): OutValue[] {
  const deliveryRow = Number(e["Delivery row"]);
  return [
    e["SD number"],
    e.Status,
    date(e["Issue date"]),
    date(e["Dispatch date"]),
    e.Customer,
    e.Product,
    quantity(e.Quantity),
    e.Unit,
    e.Scheme,
    e.Site,
    e["Incoming SDs"],
    quantity(e["GHG total"]),
    percent(e["GHG saving"]),
    e["Delivery sheet"],
    Number.isInteger(deliveryRow) && deliveryRow > 0 ? deliveryRow : e["Delivery row"],
    e.Delivery ? link({ sheet: e["Delivery sheet"], cell: e.Delivery }, e.Delivery) : "",
    e["Fingerprint (SHA-256)"],
  ];
}

/**
 * The register after this run: every earlier row as it was, then the declarations issued now
 * (and any issued outside the add-in, e.g. an SD number typed on a delivery row).
 */
export function registerRows(previous: RegisterEntry[], declarations: Declaration[]): OutValue[][] {
  const known = new Set(previous.map((e) => e["SD number"]));
  const added = declarations.filter((d) => d.status !== "draft" && !known.has(d.number)).map(entryFor);
  return [header([...REGISTER_HEADER]), ...[...previous, ...added].map(toRow)];
}

/** Reads the register this add-in wrote earlier (row 1 headers), tolerating moved columns. */
export function parseRegister(
  sheet: SheetSnapshot | undefined,
  dateSystem: DateSystem = 1900,
): RegisterEntry[] {
  if (!sheet) return [];
  const [head, ...body] = sheet.values;
  const index = new Map((head ?? []).map((v, i) => [typeof v === "string" ? v.trim() : "", i]));
  const numberCol = index.get("SD number");
  if (numberCol === undefined) return [];
  const entries: RegisterEntry[] = [];
  body.forEach((row, r) => {
    const number = text(row[numberCol], null, dateSystem);
    if (!number) return;
    const entry = {} as RegisterEntry;
    for (const column of REGISTER_HEADER) {
      const c = index.get(column);
      const format = c === undefined ? null : (sheet.formats?.[r + 1]?.[c] ?? null);
      const asDate = column === "Issue date" || column === "Dispatch date" ? "yyyy-mm-dd" : format;
      entry[column] = c === undefined ? "" : text(row[c], asDate, dateSystem);
    }
    entries.push(entry);
  });
  return entries;
}

function text(value: CellValue | undefined, format: string | null, dateSystem: DateSystem): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (format && /y/i.test(format)) {
      const iso = serialToIso(value, dateSystem);
      return iso.ok ? iso.value : String(value);
    }
    const decimals =
      format && !format.includes("%") ? (format.split(".")[1]?.match(/0/g)?.length ?? 0) : null;
    return decimals === null ? String(value) : value.toFixed(decimals);
  }
  if (typeof value === "object") return "error" in value ? value.error : "";
  return String(value);
}

/** The register laid out to read and print: the fingerprint and the incoming SDs wrap. */
export function registerSheet(rows: OutValue[][], ctx: ReportContext): GeneratedSheet {
  return tableSheet(rows, ctx, { freezeColumns: 1, wrapAt: { 4: 28, 10: 32, 16: 24 } });
}
