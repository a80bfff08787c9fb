// (brk19 0a) A production sheet's column of quantities that no field reads. Headings such as "of
// which sustainable (t)" or "ISCC (t)" were mapped to nothing, without a word, so each row's whole
// input gave credit and declarations were issued beyond it. Every heading receipts and deliveries
// read as the sustainable part is read on production now (fields-production.ts, part-words.ts);
// this says any other column whose heading names a quantity (a unit of quantity or "%") or whose
// cells hold numbers, at its heading, never dropped: where the heading names sustainable or
// certified material ("ISCC-konforme Ware (t)", a second column of the sustainable input beside
// the one read) what it says of each row's input is unknown, so an error, and the balances the
// sheet feeds are incomplete (credit unknown, not none); otherwise a warning that says the add-in
// counts each row's whole input as sustainable and how to say it is not. Pure: the grid only.
import type { Ledger } from "../engine/model";
import { words } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { columnProfile } from "./column-profile";
import { type Grid, isBlank } from "./grid";
import { headerWords, unreadMeaningOf } from "./header-words";
import { incompleteSheet } from "./left-out-sheet";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";
import { headingNamesSustainability } from "./unmapped-sustainable";
import { outputPartAt } from "./production-part";
import { namesProcessMeasure } from "./production-measures";
import { sayProductionYesNo } from "./production-yes-no";
import { namesFactorLike } from "./factor-ratio";

/**
 * Words of a heading of numbers that are no quantity: a running number, an identifier or a
 * position (de, en, fr, es, it, nl, pl): "Lfd. Nr.", "No.", "ID", "Pos.", "Numéro", "Numer".
 */
const NUMBERING = new Set([
  ...["nr", "no", "nummer", "number", "num", "id", "pos", "position", "lfd", "index", "code"],
  ...["numero", "n", "numer", "nummer", "volgnummer", "kod"],
]);

/** Whether the column under `heading` holds quantities: a unit of quantity or "%" in its heading, or numbers in its cells. */
function holdsQuantities(grid: Grid, header: number, col: number, heading: string): boolean {
  const unit = headerWords(heading).unitClass;
  if (unit === "quantity" || unit === "percent") return true;
  if (words(heading).some((w) => NUMBERING.has(w))) return false;
  const p = columnProfile(grid, header, col);
  return p.n > 0 && p.number >= 0.5 && p.date < 0.5;
}

/** The first value under a heading, as typed ("" where the column is blank). */
function firstValue(grid: Grid, header: number, col: number): string {
  for (let r = header + 1; r < grid.rowCount; r++) {
    const v = grid.value(r, col);
    if (!isBlank(v)) return String(v).trim();
  }
  return "";
}

/**
 * The unmapped columns of quantities of a production sheet (module comment), each said at its
 * heading into `findings` (mapping-uncertain `production-unread`), unless a finding there says it
 * already (a negated heading, an unread meaning); those that name sustainable material leave the
 * balances the sheet feeds incomplete (into the ledger's incomplete).
 */
export function sayUnreadProductionColumns(
  grid: Grid,
  rec: Recognition,
  findings: Finding[],
  ledger: Ledger,
): void {
  const header = rec.headerRow;
  if (rec.kind !== "production" || !rec.spec || header === null) return;
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  for (const r of rec.rivals ?? []) used.add(r.col);
  for (const s of rec.setAside ?? []) used.add(s.col);
  const sheet = grid.sheet.name;
  const said = new Set(findings.filter((f) => f.sheet === sheet).map((f) => f.cell));
  const label = rec.spec.fields.find((f) => f.id === "sustainableInputQuantity")?.label ?? "";
  for (let c = 0; c < grid.width(header, header + 1); c++) {
    const heading = grid.headerText(header, c);
    const cell = cellAddress(header + 1, c);
    if (used.has(c) || heading.trim() === "" || said.has(cell) || unreadMeaningOf(heading) !== null) continue;
    const read = firstValue(grid, header, c);
    if (read === "" || !holdsQuantities(grid, header, c, heading)) continue;
    // (brk21 2) a part after the output's quantity (or after none): the output's, or unclear
    const follows = outputPartAt(rec.spec, rec.columns, c, heading);
    const held = follows !== null || headingNamesSustainability(heading);
    if (!held && namesProcessMeasure(heading)) continue; // "Loss (t)", "Steam (t)": no part (brk21 7)
    const factorLike = !held && namesFactorLike(heading); // (h-ghg3) "Kennzahl (t/t)"
    findings.push(
      readFinding("mapping-uncertain", held ? "error" : "warning", sheet, cell, {
        label,
        value: heading,
        read,
        reason:
          follows !== null ? "output-part" : factorLike ? "production-factor-unread" : "production-unread",
        ...(follows !== null ? { missing: follows } : {}),
        ...(held ? { consequence: "production-held" as const } : {}),
      }),
    );
    const input = held ? incompleteSheet(grid, rec) : null;
    if (input) (ledger.incomplete ??= []).push({ ...input, source: { sheet, cell } });
  }
  sayProductionYesNo(grid, rec, findings, ledger, used); // "Nachhaltig | nein" (m-prod)
}
