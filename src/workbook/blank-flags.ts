// (p-noise, break test brk13) A blank in a deliveries sheet's yes/no Sustainable column
// ("Nachhaltig" ja/nein, "Durable" oui/non) is read as not sustainable (domain.md §7: a yes/no
// column marks the rows that are; reading it as no declares less, which no auditor strikes). Before,
// that was said once, as a note at the heading, and the delivery beside "ja" rows got no SD with
// nothing at its row to say why. Now, where the column says both yes and no in other rows ("ja"
// and "nein"), so a blank is a cell left out, each blank cell is a warning at the cell
// (missing-value, reason flag-blank): read as no, write yes or no, in the words the column uses.
// A column blank throughout (not used), or one that only marks the rows that are ("x", "ja" and
// blanks: its blank is its no), gets no finding at its rows, only the note at its heading
// (blank-not-sustainable), as before. Pure.
import { normaliseYesNo } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { isBlank } from "./grid";
import type { CellValue } from "./port";
import { readFinding } from "./read-findings";
import type { Column } from "./table-columns";

/** The blank cells of one table's yes/no Sustainable column read as no, and what is said of them. */
export class BlankFlags {
  private readonly blanks: string[] = [];
  private yes: string | undefined;
  private no: string | undefined;

  /** `flag`: the table's yes/no Sustainable column, if it has one. */
  constructor(private readonly flag: Column | undefined) {}

  /** A data row of the table (its `cells`, 0-based by column): the yes and the no its yes/no cell says, as written. */
  see(cells: readonly CellValue[]): void {
    if (!this.flag) return;
    const v = cells[this.flag.col];
    if (isBlank(v) || (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean")) return;
    const text = typeof v === "boolean" ? (v ? "yes" : "no") : String(v).trim();
    const says = typeof v === "boolean" ? v : normaliseYesNo(text, "sustainable");
    if (says === true) this.yes ??= text;
    if (says === false) this.no ??= text;
  }

  /** A booked delivery whose yes/no cell (`cell`, "E7") and part were blank, read as no (blank-part.ts). */
  blank(cell: string | undefined): void {
    if (cell !== undefined) this.blanks.push(cell);
  }

  /**
   * What is said once the rows are read (`sheet`, the heading's row 1-based): a warning at each
   * blank cell where the column is used, else one note at the heading; nothing where no cell was
   * read as no.
   */
  findings(sheet: string, headerRow1: number): Finding[] {
    const flag = this.flag;
    if (!flag || this.blanks.length === 0) return [];
    if (this.yes === undefined || this.no === undefined)
      return [
        readFinding("blank-not-sustainable", "info", sheet, cellAddress(headerRow1, flag.col), {
          label: flag.match.header,
          value: String(this.blanks.length),
        }),
      ];
    const words = `${this.yes} or ${this.no}`;
    return this.blanks.map((cell) =>
      readFinding("missing-value", "warning", sheet, cell, {
        label: flag.match.header,
        reason: "flag-blank",
        read: words,
      }),
    );
  }
}
