// What a declaration's status is called wherever a user reads it: the register (MB Declarations),
// MB Trace and the pane's Declarations tab. One table, so the sheets and the pane never disagree.
import type { DeclarationStatus } from "../engine/result";

/** A declaration's status in words; one issued in this run is "Issued" like any other on the sheets. */
export const STATUS_TEXT: Record<DeclarationStatus, string> = {
  issued: "Issued",
  new: "Issued",
  draft: "Draft",
  blocked: "Held back",
  cancelled: "Cancelled",
  replaced: "Replaced",
};
