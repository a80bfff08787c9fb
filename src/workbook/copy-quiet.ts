// (h-parties) A sheet refused whole as a copy of another (copied-sheet.ts, at its header) says
// nothing else: what its name or rows made the reader say before it was known to be a copy is
// taken back ("Warenausgang Müller" beside "Warenausgang", row for row, was refused as a copy and
// also as a sheet whose name may say a site, at its header and at the original's, which left the
// original's balances incomplete). The copy's own refusal stands, with the balances it leaves
// incomplete; the original is judged again as if the copy were not there.
import type { Ledger } from "../engine/model";
import type { Finding } from "../engine/result";
import { refuseCopies } from "./copied-sheet";
import type { Plan } from "./read-plan";
import { type NamedSite, sheetSites } from "./sheet-sites";
import type { RecognisedSheet } from "./types";

/**
 * refuseCopies (copied-sheet.ts), and then: every finding and incomplete input said before on a
 * sheet it refused whole taken out of `findings` and `ledger.incomplete`; a refusal of another
 * sheet by its name (sheet-sites.ts twins, in `named`) that does not stand without the copies
 * taken out with its incomplete input. Returns the names of the sheets refused whole.
 */
export function refuseCopiesAlone(
  ledger: Ledger,
  sheets: readonly RecognisedSheet[],
  findings: Finding[],
  plans: readonly Plan[],
  named: ReadonlyMap<Plan, NamedSite>,
): Set<string> {
  const said = findings.length;
  const inputs = ledger.incomplete?.length ?? 0;
  const copies = refuseCopies(ledger, sheets, findings);
  if (copies.size === 0) return copies;
  const gone = new Set<unknown>();
  findings.slice(0, said).forEach((f) => copies.has(f.sheet ?? "") && gone.add(f));
  ledger.incomplete?.slice(0, inputs).forEach((i) => copies.has(i.source.sheet) && gone.add(i));
  const kept = sheetSites(plans.filter((p) => !(p.kind === "table" && copies.has(p.grid.sheet.name))));
  for (const [p, s] of named)
    if (s.said && p.kind === "table" && !copies.has(p.grid.sheet.name) && !kept.get(p)?.said) {
      gone.add(s.said);
      gone.add(s.input);
    }
  const left = findings.filter((f) => !gone.has(f));
  findings.splice(0, findings.length, ...left);
  if (ledger.incomplete) ledger.incomplete = ledger.incomplete.filter((i) => !gone.has(i));
  return copies;
}
