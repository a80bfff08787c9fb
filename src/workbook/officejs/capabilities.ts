// What this Excel can do, asked at run time: the manifest only promises ExcelApi 1.9, and notes
// (1.18) are missing from perpetual Office builds such as Office 2024.

export interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}

export type NoteSupport = "notes" | "comments" | "none";

export interface Capabilities {
  /** where a mark's message goes: notes (1.18), threaded comments (1.10) or nowhere (the findings sheet lists it) */
  notes: NoteSupport;
  /** Worksheet.getRanges, RangeFill.pattern, suspendScreenUpdatingUntilNextSync */
  api19: boolean;
  /** suspendApiCalculationUntilNextSync */
  api16: boolean;
  /** getItemOrNullObject, getUsedRangeOrNullObject */
  api14: boolean;
  /** hyperlinks, freeze panes, tab colour, workbook name */
  api17: boolean;
  /** Range.getMergedAreasOrNullObject */
  api113: boolean;
}

export function detectCapabilities(requirements: Requirements): Capabilities {
  const has = (version: string): boolean => requirements.isSetSupported("ExcelApi", version);
  return {
    notes: has("1.18") ? "notes" : has("1.10") ? "comments" : "none",
    api14: has("1.4"),
    api16: has("1.6"),
    api17: has("1.7"),
    api19: has("1.9"),
    api113: has("1.13"),
  };
}
