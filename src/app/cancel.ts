// Withdrawing an issued declaration (domain.md §8: less quantity, or a delivery called off, needs a
// correction). The request is checked against the register before anything is written: a number
// that was never issued, or was withdrawn already, is refused with a sentence that says why; so is
// one line of a split (brk22 §5): a split is issued for one delivery and withdrawn as a whole, by
// its base number, never one line of it silently with the others.
import type { Cancellation, IssuedDeclarationInput } from "../engine/model";
import { baseNumber } from "../engine/issue/columns";
import { numberKey } from "../engine/normalise";

/** What the user asks: withdraw this declaration (a split's base number withdraws all its lines). */
export interface CancelRequest {
  number: string;
  by: string;
  reason: string;
}

/** Refused: nothing was written. */
export class CancelError extends Error {
  override name = "CancelError";
}

/** The base number of the issue an entry belongs to: its record's stem, else the split's base. */
function stemOf(e: IssuedDeclarationInput): string {
  try {
    const stem = (JSON.parse(e.record ?? "") as { stem?: unknown }).stem;
    if (typeof stem === "string" && stem !== "") return stem;
  } catch {
    // no record (a register written before records existed): the number tells
  }
  return baseNumber(e.number ?? "");
}

/** The requests as the engine takes them, dated `on`; throws CancelError for one that cannot be done. */
export function cancellations(
  requests: readonly CancelRequest[],
  register: readonly IssuedDeclarationInput[],
  on: string,
): Cancellation[] {
  const entries = register.map((e) => ({ e, key: numberKey(e.number ?? ""), stem: numberKey(stemOf(e)) }));
  return requests.map((r) => {
    const number = r.number.trim();
    const by = r.by.trim();
    const reason = r.reason.trim();
    if (!number) throw new CancelError("Say which declaration to cancel: its SD number.");
    if (!by || !reason)
      throw new CancelError(`Say who cancels declaration ${number} and why: both go into MB Declarations.`);
    const key = numberKey(number);
    const line = entries.find((x) => x.key === key && x.stem !== key);
    if (line && !entries.some((x) => x.stem === key)) {
      const all = entries.filter((x) => x.stem === line.stem).map((x) => x.e.number);
      const base = stemOf(line.e);
      throw new CancelError(
        `${number} is one line of the split declaration ${base} (${all.join(", ")}), issued together for one delivery: a split is cancelled as a whole, by its base number. Nothing was cancelled; to withdraw all its lines, cancel ${base}.`,
      );
    }
    const lines = entries.filter((x) => x.key === key || x.stem === key).map((x) => x.e);
    if (lines.length === 0)
      throw new CancelError(`There is no issued declaration ${number} in MB Declarations to cancel.`);
    const open = lines.filter((e) => !/^(cancelled|replaced|withdrawn)/i.test((e.status ?? "").trim()));
    if (open.length === 0) {
      const first = lines[0];
      throw new CancelError(
        `Declaration ${number} was cancelled already${first?.cancelledOn ? ` on ${first.cancelledOn}` : ""}${first?.cancelledBy ? ` by ${first.cancelledBy}` : ""}.`,
      );
    }
    return { number, by, reason, on };
  });
}
