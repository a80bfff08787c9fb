// The production rows the conversions stage leaves without a factor, as input the books leave out:
// their balances are incomplete, never a shortfall (domain.md §4 input-incomplete; p-incomplete).
import type { Production } from "./records";
import type { Finding } from "./result";
import type { IncompleteInput } from "./model";
import { leftOutRow } from "./intake/left-out";

/**
 * Each production row left without a factor (refused: conversion-impossible, conversion-factor-
 * missing) as the input it leaves out (intake/left-out.ts leftOutRow): its input and outputs, held
 * by the row's first error among `findings`.
 */
export function refusedRows(
  rows: Production[],
  factors: ReadonlyMap<number, unknown>,
  findings: Finding[],
): IncompleteInput[] {
  const refused: IncompleteInput[] = [];
  for (const p of rows) {
    if (factors.get(p.seq) !== null || p.inputKey === p.outputKey) continue;
    const said = findings.filter(
      (f) => f.sheet === p.source.sheet && f.cell !== undefined && rowOf(f.cell) === p.source.row,
    );
    const left = leftOutRow("production", p.fields, p.source, said);
    if (left) refused.push(left);
  }
  return refused;
}

/** The row number of an A1 address. */
function rowOf(cell: string): number {
  return Number(/\d+$/.exec(cell)?.[0] ?? NaN);
}
