// An SD number in the declaration register (`MB Declarations`, register.ts) marked cancelled in
// its own cell ("SD-2025-0001 storniert"), as an earlier version of the add-in or a hand may have
// written it. The mark says the declaration was withdrawn, whatever the Status column says: it
// is read as cancelled under its bare number, so that number stays taken, is never issued again
// and is never counted as an issued declaration (domain.md §8: a number is never reused). A
// warning at the cell says how it was read.
import type { IssuedDeclarationInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { readFinding } from "./read-findings";
import { cancelledSdNumber } from "./sd-number";
import { cellAt } from "../engine/source-cells";

/** The register's label of its number column, as the finding names it. */
const LABEL = "SD number";

/**
 * `issued` (read from the register) with each entry whose number carries a word of cancellation
 * (cancelledSdNumber) read as cancelled under its bare number, "SD-2025-0001 storniert" →
 * number "SD-2025-0001", status "Cancelled" (a status already saying cancelled or replaced is
 * kept). Each such entry adds an invalid-value warning, reason "sd-register-cancelled", `read`:
 * the bare number, at its number cell to `findings`. Entries without such a word are returned as
 * they are; an entry whose bare number another entry has is dropped (the register keeps one
 * entry per number: register.ts), its number staying taken through the other.
 */
export function readCancelledInRegister(
  issued: readonly IssuedDeclarationInput[],
  findings: Finding[],
): IssuedDeclarationInput[] {
  const numbers = new Set(issued.map((e) => (typeof e.number === "string" ? e.number : "")));
  const out: IssuedDeclarationInput[] = [];
  for (const entry of issued) {
    const typed = typeof entry.number === "string" ? entry.number : "";
    const bare = typed === "" ? null : cancelledSdNumber(typed);
    if (bare === null || bare === "") {
      out.push(entry);
      continue;
    }
    const cell = entry.source ? cellAt(entry.source, "number") : undefined;
    if (entry.source && cell)
      findings.push(
        readFinding("invalid-value", "warning", entry.source.sheet, cell, {
          label: LABEL,
          value: typed,
          read: bare,
          reason: "sd-register-cancelled",
        }),
      );
    if (numbers.has(bare)) continue;
    numbers.add(bare);
    const status = typeof entry.status === "string" ? entry.status : "";
    const withdrawn = /^\s*(cancelled|withdrawn|replaced)/i.test(status);
    out.push({ ...entry, number: bare, status: withdrawn ? status : "Cancelled" });
  }
  return out;
}
