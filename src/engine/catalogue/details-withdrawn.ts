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

/** The app's finding about withdrawn declarations; FindingDetails extends it (through details-declarations.ts). */
export interface WithdrawnFindingDetails {
  "declaration-withdrawn": DeclarationWithdrawnDetails;
}
