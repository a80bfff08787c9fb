// (brk22 §5) A declaration issued in place of withdrawn ones names them: the SD sent to the
// customer says which it replaces. Read from the register's own corrections (each withdrawn line's
// "Replaced by"), so a declaration read back on a later run names them as the run that issued it did.
import { numberKey } from "../normalise";
import type { Declaration } from "../result";

/** Sets `replaces` on each declaration that a withdrawn one names as its replacement. */
export function linkReplacements(declarations: readonly Declaration[]): void {
  const replaced = new Map<string, string[]>();
  for (const d of declarations) {
    const by = d.correction?.replacedBy ?? "";
    for (const n of by.split(";").map(numberKey)) {
      if (!n || !d.number) continue;
      const list = replaced.get(n) ?? [];
      if (!list.includes(d.number)) list.push(d.number);
      replaced.set(n, list);
    }
  }
  if (replaced.size === 0) return;
  for (const d of declarations) {
    const list = d.number ? replaced.get(numberKey(d.number)) : undefined;
    if (list) d.replaces = list.join("; ");
  }
}
