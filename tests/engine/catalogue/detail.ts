// Tests read one detail of a finding whatever its code; production code narrows on `code` instead.
import type { Finding } from "../../../src/engine/result";

/** The detail `key` of a finding, or undefined where its code has no such detail. */
export function detail(f: Finding, key: string): unknown {
  return (f.details as object as Record<string, unknown>)[key];
}
