// Findings of the reading stage: a cell the workbook layer could not use as it stands. Detection
// passes typed details; the wording is the catalogue's (engine/catalogue/wording-reading.ts).
import { type FindingFacts, QUOTE_MAX, quote, withMessage } from "../engine/catalogue/render";
import type { ReadDetails } from "../engine/catalogue/details";
import type { ReadCode } from "../engine/catalogue/wording-reading";
import type { Finding, Severity } from "../engine/result";

export { QUOTE_MAX, quote };

/** The codes this layer raises (catalogue/codes.ts, layer "reading", and the five it shares with the engine). */
export type ReadFindingCode = ReadCode;

/** What a reading finding states about its cell (catalogue/details.ts). */
export type ReadFindingDetails = ReadDetails;

// `read` holds what was read of a cell or why its unit is refused: our own sentence, kept whole
const READ_MAX = 400;

export function readFinding(
  code: ReadFindingCode,
  severity: Severity,
  sheet: string,
  cell: string,
  details: ReadFindingDetails,
): Finding {
  const d: ReadFindingDetails = { ...details };
  if (d.value !== undefined) d.value = quote(d.value);
  if (d.read !== undefined) d.read = quote(d.read, READ_MAX);
  return withMessage({ code, severity, sheet, cell, details: d } as FindingFacts);
}

/**
 * Sets `refusal` of the blank cell `cell` (of `field`) in its place in a row's findings `found`,
 * which are in column order (where the cell's address held its place, else last), and takes the
 * field off the row's `blank` cells: the cell is refused, no longer blank (blank-part.ts,
 * blank-claim.ts, blank-sd.ts).
 */
export function refuseBlankCell(
  found: (Finding | string)[],
  blank: Record<string, string> | undefined,
  field: string,
  cell: string,
  refusal: Finding,
): void {
  const at = found.indexOf(cell);
  if (at >= 0) found[at] = refusal;
  else found.push(refusal);
  delete blank?.[field];
}
