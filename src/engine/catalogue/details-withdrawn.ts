// (brk22 §5) The facts of a delivery row whose SD number cell names a declaration that was withdrawn.

/**
 * declaration-withdrawn: the delivery row's SD number cell reads `number`, a declaration (or all
 * lines of a split) cancelled on `on` (YYYY-MM-DD) by `by` for `reason`; `replacedBy` the
 * declaration(s) issued in its place ("" while none is).
 */
export interface DeclarationWithdrawnDetails {
  number: string;
  on: string;
  by: string;
  reason: string;
  replacedBy: string;
}

/**
 * declaration-printed-unlisted (brk23 §1, said by Check): a printed "SD <number>" sheet whose
 * `number` the register does not list; `register`: whether the workbook holds the register sheet
 * at all (a line of it cut, or the sheet deleted or renamed).
 */
export interface DeclarationPrintedUnlistedDetails {
  number: string;
  register: boolean;
}

/**
 * declaration-recorded-unlisted (brk26 S8, said by Check): `number` recorded as issued in MB Trace
 * (the finding's cell: its "Outgoing SD") or, where `sheet` is given, in the hidden MB Config's list
 * of printed sheets (`sheet`: the "SD <number>" sheet it lists, deleted since), while the register
 * does not list it, no printed sheet holds it and no delivery row carries it.
 */
export interface DeclarationRecordedUnlistedDetails {
  number: string;
  sheet?: string;
}

/** The app's findings about withdrawn and printed declarations; FindingDetails extends it (through details-declarations.ts). */
export interface WithdrawnFindingDetails {
  "declaration-withdrawn": DeclarationWithdrawnDetails;
  "declaration-printed-unlisted": DeclarationPrintedUnlistedDetails;
  "declaration-recorded-unlisted": DeclarationRecordedUnlistedDetails;
}

/** Codes only the app raises (wording-engine.ts words none of them; render.ts does). */
export type AppCode = "reserved-sheet-name" | "issue-date-run-day" | keyof WithdrawnFindingDetails;
