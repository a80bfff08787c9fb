// A number typed on a delivery row that the register does not know is recorded as issued outside
// the add-in (stage.ts firstSight). Where that number repeats an earlier delivery's, exactly or in
// a spelling that may be the same (duplicate-sd: "SD 4711" after "4711", "SD-25-0001" after
// "SD-2025-0001"), two declarations would stand under one number, which SD-01 forbids: the later
// one is held back as an error holds back any declaration (decide.ts), blocked or a draft, without
// a number, the finding at its SD cell named as what holds it. The first delivery keeps its own.
import { cellOf } from "../findings";
import type { Finding, FindingRef } from "../result";
import type { OutsideIssue } from "./stage";

/**
 * The errors that hold back an outside number: its SD cell repeats an earlier delivery's, or its
 * number is on another row too (bind.ts, at the SD cell, else the quantity cell).
 */
const HOLDING_CODES = new Set(["duplicate-sd", "declaration-number-duplicate"]);

/**
 * Holds back each outside issue that a duplicate-sd or declaration-number-duplicate error points
 * at (the error's cell is the delivery's SD number cell, or its quantity cell), and each one whose
 * number is on several rows (`repeated`, held whatever is found): its declarations become `status`
 * ("blocked", or "draft" when drafts were asked for) with no number and the row's number as rowSd,
 * heldBy the errors; each error's holdsBack names the delivery's quantity cell. Changes the
 * declarations and findings in place.
 */
export function holdOutside(
  outside: readonly OutsideIssue[],
  errors: readonly Finding[],
  status: "blocked" | "draft",
  refOf: (f: Finding) => FindingRef,
): void {
  if (outside.length === 0) return;
  const bySdCell = new Map<string, Finding[]>();
  for (const f of errors) {
    if (!HOLDING_CODES.has(f.code) || !f.sheet || !f.cell) continue;
    const key = `${f.sheet}!${f.cell}`;
    const list = bySdCell.get(key);
    if (list) list.push(f);
    else bySdCell.set(key, [f]);
  }
  if (bySdCell.size === 0 && !outside.some((o) => o.repeated)) return;
  for (const { delivery, declarations, repeated } of outside) {
    const at = cellOf(delivery.source, "sdNumber");
    const quantity = cellOf(delivery.source, "quantity");
    const held = [
      ...(at ? (bySdCell.get(`${at.sheet}!${at.cell}`) ?? []) : []),
      ...(quantity && !at ? (bySdCell.get(`${quantity.sheet}!${quantity.cell}`) ?? []) : []),
    ];
    if (held.length === 0 && !repeated) continue;
    for (const f of held) {
      if (quantity) f.holdsBack = [...(f.holdsBack ?? []), quantity];
    }
    const refs = held.map(refOf);
    for (const x of declarations) {
      x.status = status;
      x.number = "";
      x.rowSd = delivery.sdNumber;
      x.heldBy = refs;
    }
  }
}
