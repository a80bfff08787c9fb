// MB Findings: every finding, most severe first, each with a link to the cell it concerns.
import type { Finding, Severity } from "../../engine/result";
import type { OutValue } from "../../workbook/port";
import { header, link } from "./cells";
import { type GeneratedSheet, type ReportContext, tableSheet } from "./layout";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const SEVERITY_LABEL: Record<Severity, OutValue> = {
  error: { value: "Error", fill: "#FFC7CE" },
  warning: { value: "Warning", fill: "#FFEB9C" },
  info: { value: "Info", fill: "#DDEBF7" },
};

export const FINDINGS_HEADER = ["Severity", "Code", "Sheet", "Cell", "Message"];

/** findings ordered by severity, keeping the given order (sheet, then row) within a severity */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function findingsRows(findings: Finding[]): OutValue[][] {
  const rows: OutValue[][] = sortFindings(findings).map((f) => [
    SEVERITY_LABEL[f.severity],
    f.code,
    f.sheet ?? "",
    f.sheet && f.cell ? link({ sheet: f.sheet, cell: f.cell }, f.cell) : "",
    f.message,
  ]);
  if (rows.length === 0) rows.push(["", "", "", "", "No findings: the books pass every check."]);
  return [header(FINDINGS_HEADER), ...rows];
}

/** Messages wrap at 90 characters: every one is read whole on screen and on paper. */
export function findingsSheet(findings: Finding[], ctx: ReportContext): GeneratedSheet {
  return tableSheet(findingsRows(findings), ctx, { wrapAt: { 2: 24, 4: 90 } });
}
