// What the catalogue says of each finding code: the layer that raises it, its default severity
// and its remedy (codes.ts; domain.md §9).
import type { Severity } from "./details";

export type FindingLayer = "reading" | "engine" | "app";

export interface CodeEntry {
  /** who raises it: reading (workbook layer), engine (rules, booking, declarations), app (writing results) */
  layer: FindingLayer;
  /**
   * the severity it usually has; a producer may choose another where the code covers cases of
   * different weight (a missing optional field is a warning, a missing required one an error)
   */
  severity: Severity;
  /** what the user should do about it, in one phrase */
  remedy: string;
}
