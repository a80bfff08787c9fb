// The sheets of the colour legend tests (colour-legends.test.ts, legend-sheet.test.ts): receipts
// (and, on a sheet of both sides, deliveries) with rows painted red, a legend in six languages in
// words, by its own fill or by a swatch, and what a read books and says.
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

export type Lang = "de" | "en" | "fr" | "es" | "nl" | "it";

/** Each language's word for red, and meanings that leave a row out (cancelled, blocked, open). */
export const WORDS: Record<Lang, { red: string; out: string[] }> = {
  de: { red: "rot", out: ["storniert", "gesperrt", "offen", "noch nicht bestätigt", "Entwurf"] },
  en: { red: "red", out: ["Cancelled", "blocked", "pending", "open", "draft"] },
  fr: { red: "rouge", out: ["annulé", "bloqué", "en attente", "ouvert"] },
  es: { red: "rojo", out: ["anulado", "bloqueado", "pendiente", "abierto"] },
  nl: { red: "rood", out: ["geannuleerd", "geblokkeerd", "in afwachting", "vervallen"] },
  it: { red: "rosso", out: ["annullato", "bloccato", "in sospeso", "aperto"] },
};
export const MEANINGS: [Lang, string][] = (Object.keys(WORDS) as Lang[]).flatMap((l) =>
  WORDS[l].out.map((m): [Lang, string] => [l, m]),
);

export const RED = "#FF0000";
export const GREEN = "#00B050";
export const IN_HEAD = ["Datum", "Lieferant", "SD-Nr.", "Produkt", "Menge (t)"];
export const OUT_HEAD = ["Datum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"];
/** Columns of the deliveries' block on a sheet of both sides (a blank column between). */
export const OUT_AT = 6;

/** How a legend shows its colour: in words, by its own fill, or by a swatch beside it. */
export type Form = "words" | "own-fill" | "swatch-left" | "swatch-right";

/** A sheet being built: values, and each cell's fill. */
export class Painter {
  readonly values: CellValue[][] = [];
  readonly cells: Record<number, Record<number, string>> = {};
  set(r: number, c: number, v: CellValue, fill?: string): void {
    while (this.values.length <= r) this.values.push([]);
    const row = this.values[r] as CellValue[];
    while (row.length <= c) row.push(null);
    row[c] = v;
    if (fill) (this.cells[r] ??= {})[c] = fill;
  }
  /** The cells of a legend of `form` for red = `meaning` (language `lang`) at row `r`, column `c`. */
  legend(r: number, c: number, form: Form, lang: Lang, meaning: string): void {
    if (form === "words") this.set(r, c, `${WORDS[lang].red} = ${meaning}`);
    else if (form === "own-fill") this.set(r, c, meaning, RED);
    else if (form === "swatch-left") {
      this.set(r, c, null, RED);
      this.set(r, c + 1, `= ${meaning}`);
    } else {
      this.set(r, c, meaning);
      this.set(r, c + 1, null, RED);
    }
  }
  /**
   * The snapshot: with every cell's fill (a host that tells cells apart, as the xlsx adapter), or
   * (Office.js) one fill per row, "" for a row whose cells of the used width are filled differently.
   */
  snapshot(name: string, cellsApart: boolean): SheetSnapshot {
    const width = Math.max(...this.values.map((r) => r.length));
    const fills: Record<number, string> = {};
    for (const [r, cells] of Object.entries(this.cells)) {
      const used = Object.values(cells);
      const alike = Object.keys(cells).length === width && used.every((f) => f === used[0]);
      fills[Number(r)] = cellsApart || alike ? (used[0] as string) : "";
    }
    return { ...sheet(name, this.values), fills, ...(cellsApart ? { cellFills: this.cells } : {}) };
  }
}

export const receipt = (i: number): CellValue[] => [
  serial("2025-01-05") + i,
  "Fett AG",
  `SD-${i + 1}`,
  "UCO",
  10 + i,
];
export const delivery = (i: number): CellValue[] => [serial("2025-02-05") + i, "Raff X", "UCO", 1 + i, "ja"];

export interface Layout {
  sides: boolean;
  nIn: number;
  nOut: number;
  redIn: number[];
  redOut: number[];
}

/** The header on row 2 (0-based; title, group row, header), data from row 3; the red rows painted in their block. */
export function table(layout: Layout): Painter {
  const p = new Painter();
  p.set(0, 0, "UCO 2025 Q1");
  if (layout.sides) {
    p.set(1, 0, "Eingang");
    p.set(1, OUT_AT, "Ausgang");
  }
  IN_HEAD.forEach((h, c) => p.set(2, c, h));
  if (layout.sides) OUT_HEAD.forEach((h, c) => p.set(2, OUT_AT + c, h));
  for (let i = 0; i < layout.nIn; i++)
    receipt(i).forEach((v, c) => p.set(3 + i, c, v, layout.redIn.includes(i) ? RED : undefined));
  if (layout.sides)
    for (let i = 0; i < layout.nOut; i++)
      delivery(i).forEach((v, c) => p.set(3 + i, OUT_AT + c, v, layout.redOut.includes(i) ? RED : undefined));
  return p;
}

/**
 * Receipts and deliveries booked (by sheet row, 1-based) of sheet "UCO" painted by `p`, read with
 * the sheets `others` after it, and the errors said (code and cell) and the reasons of all findings.
 */
export function read(p: Painter, cellsApart = true, others: SheetSnapshot[] = []) {
  const sheets = [p.snapshot("UCO", cellsApart), ...others];
  const { ledger, findings } = readWorkbook({ name: "Legend.xlsx", sheets });
  return {
    receipts: ledger.receipts.map((r) => r.source.row),
    deliveries: ledger.deliveries.map((d) => d.source.row),
    errors: findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`),
    reasons: findings.map((f) => (f.details as { reason?: string }).reason).filter((x) => x),
  };
}

/** Sheet rows (1-based) of data rows 0..n-1 not in `red`. */
export const rowsBut = (n: number, red: number[]) =>
  Array.from({ length: n }, (_, i) => i).flatMap((i) => (red.includes(i) ? [] : [4 + i]));
