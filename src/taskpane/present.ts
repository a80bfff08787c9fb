// Presentation helpers: turn engine and app results into the words and groups the pane shows.
// Pure functions, so they are tested without rendering.
import { paneText } from "../engine/catalogue/render";
import { compareText } from "../engine/quantity-text";
import type { Balance, Finding, Severity } from "../engine/result";
import type { CheckOutcome } from "../app/types";
import { cellPlace, quoteSheetName } from "../engine/catalogue/location";
import type { Progress } from "../workbook/port";
import type { Notice } from "./use-runner";

export const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

export const SEVERITY_TITLE: Record<Severity, string> = {
  error: "Errors",
  warning: "Warnings",
  info: "Notes",
};

/** The findings of one cell: its address is shown once, above them. */
export interface CellGroup {
  /** A1 address, or "" for findings about the sheet as a whole */
  cell: string;
  findings: Finding[];
}

export interface SheetGroup {
  /** sheet name, or "" for findings about the workbook as a whole */
  sheet: string;
  findings: Finding[];
  /** the same findings by cell, in order of first appearance */
  cells: CellGroup[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  sheets: SheetGroup[];
}

/** Findings grouped by severity (errors first) and then by sheet, keeping the engine's order inside. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITY_ORDER.flatMap((severity) => {
    const bySheet = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const key = f.sheet ?? "";
      const list = bySheet.get(key) ?? [];
      list.push(f);
      bySheet.set(key, list);
    }
    if (bySheet.size === 0) return [];
    const sheets = [...bySheet].map(([sheet, list]) => ({ sheet, findings: list, cells: byCell(list) }));
    return [{ severity, count: sheets.reduce((n, g) => n + g.findings.length, 0), sheets }];
  });
}

function byCell(findings: Finding[]): CellGroup[] {
  const cells = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.cell ?? "";
    const list = cells.get(key) ?? [];
    list.push(f);
    cells.set(key, list);
  }
  return [...cells].map(([cell, list]) => ({ cell, findings: list }));
}

/** `Receipts!D12`, or `'Stock 2025'!B4` when the sheet name needs quoting as in an Excel formula. */
export function cellLabel(sheet: string, cell?: string): string {
  return cell ? cellPlace(sheet, cell) : quoteSheetName(sheet);
}

/**
 * What the pane says of a finding: the catalogue's pane wording, without the place, since the pane
 * shows the sheet and the cell once, above the findings of that cell.
 */
export function findingText(f: Finding): string {
  return paneText(f);
}

/** "Receipts!C5 — message": a finding said whole, where it stands alone (status lines, tests). */
export function findingLabel(f: Finding): string {
  return f.sheet ? `${cellLabel(f.sheet, f.cell)} — ${paneText(f)}` : paneText(f);
}

/** "Reading sheet Receipts: 40,000 of 100,000 rows read", or the phase alone where nothing is counted. */
export function progressText(p: Progress): string {
  if (!p.count) return p.phase;
  const { done, total, unit } = p.count;
  const n = (x: number) => x.toLocaleString("en");
  return `${p.phase}: ${n(done)} of ${n(total)} ${unit} ${unit === "rows" ? "read" : "written"}`;
}

export function countOf(findings: readonly Finding[], severity: Severity): number {
  return findings.reduce((n, f) => (f.severity === severity ? n + 1 : n), 0);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The sentence the status area announces after a check: "Checked 3 sheets: 2 errors, 5 warnings". */
export function checkSummary(sheetCount: number, findings: readonly Finding[]): string {
  const errors = countOf(findings, "error");
  const warnings = countOf(findings, "warning");
  const head = `Checked ${plural(sheetCount, "sheet")}`;
  if (errors === 0 && warnings === 0) return `${head}: no errors or warnings`;
  return `${head}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}

/** "quantity" -> "Quantity", "sdNumber" -> "Sd number": a fallback where no label is known. */
export function humanise(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const KIND_LABEL: Record<string, string> = {
  receipts: "Receipts",
  deliveries: "Deliveries",
  ledger: "Combined ledger",
  production: "Production",
  factors: "Conversion factors",
  stock: "Stock counts",
  certificates: "Certificates",
  sites: "Sites",
  transfers: "Transfers",
  settings: "Settings",
  unknown: "Not recognised",
};

/** What a Generate declarations run says: what was issued, printed as drafts, or held back, and why. */
export function declareSummary(
  result: Pick<CheckOutcome, "blocked" | "declarations" | "findings">,
  draft: boolean,
): { status: string; notice: Notice | null } {
  const by = (status: string) => result.declarations.filter((d) => d.status === status).length;
  const fresh = by("new");
  const drafts = by("draft");
  const held = by("blocked");
  const parts = [
    fresh ? `Issued ${plural(fresh, "new declaration")}` : "",
    drafts ? `printed ${plural(drafts, "draft")} (a draft takes no number)` : "",
    held ? `${plural(held, "declaration")} held back by errors` : "",
  ].filter((p) => p !== "");
  const status = parts.length
    ? `${parts.join("; ").replace(/^p/, "P")}. See the MB Declarations sheet.`
    : "No new declarations were needed: every sustainable delivery already has one.";
  if (held === 0) return { status, notice: null };
  const errors = plural(countOf(result.findings, "error"), "error");
  return {
    status,
    notice: {
      intent: "warning",
      title: "Declarations held back",
      text: `The check found ${errors}; each holds back only the declarations it can affect (see Findings). Fix them and generate again${draft ? "" : ", or tick “Issue as draft” to print drafts"}.`,
    },
  };
}

/**
 * How a balance row was reached, in words a reader can add up: the opening, every movement that is
 * not zero with its sign, the closing, and what was lapsed and carried forward
 * (opening + received + produced + transferred in − consumed − delivered − transferred out = closing;
 * closing − lapsed = carried forward).
 */
export function reconciliation(b: Balance): string {
  const terms: [string, string, string][] = [
    ["+", "received", b.received],
    ["+", "produced", b.produced],
    ["+", "transferred in", b.transferredIn],
    ["−", "consumed", b.consumed],
    ["−", "delivered", b.delivered],
    ["−", "transferred out", b.transferredOut],
  ];
  const moves = terms.filter(([, , v]) => !isZeroText(v)).map(([sign, name, v]) => `${sign} ${name} ${v}`);
  const sum = [`Opening ${b.opening}`, ...moves, `= closing ${b.closing} ${b.unit}`].join(" ");
  const carried = isZeroText(b.lapsed)
    ? `carried forward ${b.carriedForward}`
    : `lapsed ${b.lapsed}, carried forward ${b.carriedForward}`;
  return `${sum}; ${carried}.`;
}

function isZeroText(v: string): boolean {
  return compareText(v, "0") === 0;
}
