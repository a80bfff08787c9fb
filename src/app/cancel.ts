// Withdrawing an issued declaration (domain.md §8: less quantity, or a delivery called off, needs a
// correction). The request is checked against the register before anything is written: a number
// that was never issued, or was withdrawn already, is refused with a sentence that says why.
import type { Cancellation, IssuedDeclarationInput } from "../engine/model";
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

const base = (key: string) => key.replace(/-\d{1,3}$/, "");

/** The requests as the engine takes them, dated `on`; throws CancelError for one that cannot be done. */
export function cancellations(
  requests: readonly CancelRequest[],
  register: readonly IssuedDeclarationInput[],
  on: string,
): Cancellation[] {
  return requests.map((r) => {
    const number = r.number.trim();
    const by = r.by.trim();
    const reason = r.reason.trim();
    if (!number) throw new CancelError("Say which declaration to cancel: its SD number.");
    if (!by || !reason)
      throw new CancelError(`Say who cancels declaration ${number} and why: both go into MB Declarations.`);
    const key = numberKey(number);
    const lines = register.filter((e) => {
      const k = numberKey(e.number);
      return k === key || base(k) === key;
    });
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
