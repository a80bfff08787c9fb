// A certificate register the workbook keeps but that could not be read (its header was not found,
// or lacks a required column): once a register is kept, a sustainable receipt gives credit only
// when its supplier's certificate is in it and valid on the day (engine/rules/certificate-*.ts).
// Unread, that check cannot be made, so the receipts' credit is unknown, not given: the balances
// of the products they bring in are incomplete (domain.md §4, §7), never complete on a credit a
// readable register might strike. Said through Ledger.incomplete, at the register's header cell
// where header-not-found already holds back the declarations.
import type { CellRef, IncompleteInput, Ledger } from "../engine/model";
import { documentKey } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress, tryParseCell } from "./a1";
import { kindSpec } from "./fields";
import type { Grid } from "./grid";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import type { RecognisedSheet, SheetKind } from "./types";

const text = (v: unknown): string =>
  typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";

/**
 * Where an unread certificate register is said (the cell of header-not-found), when `rec` is a
 * certificate register (recognised, or named so) not read and with rows under its header; null
 * otherwise.
 */
export function unreadRegister(grid: Grid, rec: Recognition): CellRef | null {
  if ((rec.spec?.kind ?? rec.hinted) !== "certificates") return null;
  const header = rec.spec ? rec.headerRow : null;
  const values = grid.sheet.values;
  const from = (header ?? 0) + 1;
  const rows = values.slice(from).some((row) => (row ?? []).some((v) => text(v) !== ""));
  return rows ? { sheet: grid.sheet.name, cell: cellAddress((header ?? 0) + 1, 0) } : null;
}

/**
 * The input an unread register leaves in doubt: the credit of the receipts that carry an SD number
 * (the sustainable ones, whose certificate a register is checked for), by the products and sites
 * typed in them; of those whose supplier certificate is `number` where one row of the register
 * was refused; null when no receipt carries one (no credit depends on it).
 */
export function registerDoubt(
  source: CellRef,
  receipts: Ledger["receipts"],
  number?: string,
): IncompleteInput | null {
  const products = new Set<string>();
  const sites = new Set<string>();
  const key = number === undefined ? null : documentKey(number);
  for (const r of receipts) {
    if (text(r.sdNumber) === "") continue;
    if (key !== null && documentKey(text(r.supplierCertificate)) !== key) continue;
    products.add(text(r.product));
    sites.add(text(r.site));
  }
  if (products.size === 0) return null;
  // a receipt without a product still brings credit to some account: any product
  return {
    kinds: ["receipts"],
    ...(products.has("") ? {} : { products: [...products] }),
    sites: [...sites],
    source,
  };
}

/** A row of a read certificate register that reading refused (refusedRegisterRows). */
export interface RefusedRegisterRow {
  /** the row's first error */
  source: CellRef;
  /** the number typed in the row; absent where its number cell was refused or is blank */
  number?: string;
  /** the refused cell's column label and text, as its finding says them */
  label: string;
  value: string;
}

/**
 * The rows of a read certificate register that reading refused (an error at one of their cells: a
 * validity date that is no day, a blank one) and left out of the ledger, each with the certificate
 * number typed in it and the first error's cell: the receipts of that certificate cannot be
 * checked, so their credit is in doubt. Where the number cell itself was refused (a mark raised
 * in part, which Office.js gives as a digit, an error value) or is blank, the number is not known:
 * `number` is absent, and every receipt's credit is in doubt. A row read despite an error (the
 * engine sees it) is none of them.
 */
export function refusedRegisterRows(
  grid: Grid,
  rec: Recognition,
  findings: readonly Finding[],
  ledger: Ledger,
): RefusedRegisterRow[] {
  const numberCol = rec.columns.get("certificateNumber")?.col;
  if (rec.kind !== "certificates" || rec.headerRow === null || numberCol === undefined) return [];
  const sheet = grid.sheet.name;
  const read = new Set(ledger.certificates.filter((c) => c.source.sheet === sheet).map((c) => c.source.row));
  const rows = new Map<number, { first: Finding; numberRefused: boolean }>();
  for (const f of findings) {
    if (f.severity !== "error" || f.sheet !== sheet || !f.cell) continue;
    const at = tryParseCell(f.cell);
    if (!at || at.row - 1 <= rec.headerRow || read.has(at.row)) continue;
    const row = rows.get(at.row) ?? { first: f, numberRefused: false };
    if (at.col === numberCol) row.numberRefused = true;
    rows.set(at.row, row);
  }
  return [...rows].map(([row1, { first, numberRefused }]) => {
    const number = numberRefused ? "" : text(grid.value(row1 - 1, numberCol));
    const details = first.details as { label?: unknown; value?: unknown };
    return {
      source: { sheet, cell: first.cell as string },
      ...(number !== "" ? { number } : {}),
      label: typeof details.label === "string" ? details.label : "",
      value: typeof details.value === "string" ? details.value : "",
    };
  });
}

/**
 * Once the workbook is read: the input the unread registers leave in doubt (the receipts with an
 * SD number; each one's header-not-found then reaches every declaration) and that each refused
 * register row leaves in doubt (the receipts of its number, or all of them) joins
 * `ledger.incomplete`; each refused row with a number joins `ledger.refusedCertificates`, so that
 * the engine never says its certificate is missing from the register (engine/certificates.ts
 * registerGap).
 */
export function registerDoubts(
  unread: readonly (CellRef & { said: Finding })[],
  rows: readonly RefusedRegisterRow[],
  ledger: Ledger,
): void {
  for (const { said, ...at } of unread) {
    const doubt = registerDoubt(at, ledger.receipts);
    if (doubt) (ledger.incomplete ??= []).push(doubt);
    said.reach ??= { all: true };
  }
  for (const { source, number, label, value } of rows) {
    const doubt = registerDoubt(source, ledger.receipts, number);
    if (doubt) (ledger.incomplete ??= []).push(doubt);
    if (number !== undefined) (ledger.refusedCertificates ??= []).push({ number, source, label, value });
  }
}

/** The field of a supplier's certificate number on each kind of sheet that books receipts. */
const CERTIFICATE_COLUMN: Partial<Record<SheetKind, string>> = {
  receipts: "supplierCertificate",
  ledger: "certificate",
};

/**
 * Sheets of receipts with SD numbers but no supplier certificate column, in a workbook that keeps a
 * certificate register (a sheet read, or refused, as one): a receipt is checked against the
 * register by its supplier's certificate number, so none of them can be, and their credit is
 * unknown, not none (p-engine5). One error per such sheet at its SD number heading, naming the
 * column to add, and the input it leaves in doubt added to `ledger.incomplete` (registerDoubt).
 */
export function uncheckedReceipts(sheets: readonly RecognisedSheet[], ledger: Ledger): Finding[] {
  if (!sheets.some((s) => s.kind === "certificates")) return [];
  const out: Finding[] = [];
  for (const s of sheets) {
    const field = CERTIFICATE_COLUMN[s.kind];
    if (!field || s.columns[field] || !s.columns.sdNumber || s.headerRow === null) continue;
    const source = { sheet: s.name, cell: `${s.columns.sdNumber}${s.headerRow}` };
    const doubt = registerDoubt(
      source,
      ledger.receipts.filter((r) => r.source?.sheet === s.name),
    );
    if (!doubt) continue;
    (ledger.incomplete ??= []).push(doubt);
    const label = kindSpec(s.kind)?.fields.find((f) => f.id === field)?.label ?? field;
    out.push(
      readFinding("mapping-uncertain", "error", s.name, source.cell, {
        label,
        reason: "certificate-column-missing",
        consequence: "certificates-no-credit",
      }),
    );
  }
  return out;
}
