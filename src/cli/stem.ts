// The base number of a register line (a split's lines share it), for the folder scan and the
// audited copy's checks alike (other-copies.ts, printed-sds.ts).
import { partOf } from "../engine/numbering";

/**
 * The base number a register line belongs to: the stem its record names (the add-in writes it,
 * issue/record.ts), else the number read as a part of a split ("4711-2", "ORH-2025-0004-1":
 * numbering.ts partOf), else the number itself.
 */
export function stemOf(number: string, record?: string | null): string {
  try {
    const data = record ? (JSON.parse(record) as { number?: unknown; stem?: unknown }) : null;
    if (data && data.number === number && typeof data.stem === "string" && data.stem) return data.stem;
  } catch {
    // not a record the add-in wrote: read the number itself
  }
  return partOf(number)?.stem ?? number;
}
