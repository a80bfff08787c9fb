// Columns that carry sustainability meaning the add-in does not read (brk7 item 7): "Low ILUC
// risk", "Land use change (after 2008)", "Chain of custody" and their German, French and Spanish
// spellings. They are not part of the characteristic set (domain.md §3: raw material, country of
// origin, claim, waste/residue, Annex IX part), so their values are neither kept apart in the
// accounts nor carried by the declarations. Rather than ignore them without a word (first law):
// a warning at the heading says the add-in does not read the column; where its values may change
// what an account holds (low ILUC risk differing between rows of one product and site; land use
// change other than a plain "no", material that may fail RED's land criteria) on a sheet that
// gives credit, an error at the heading, and the balances of those products are incomplete
// (credit unknown, not silently pooled). Chain of custody alone never splits an account
// (segregated material may be kept under mass balance), so it is said only where it names another;
// on a deliveries sheet it is read row by row, each row against its SD's mass balance (coc-cells.ts).
// Pure: reads the grid only.
import type { IncompleteInput, Ledger } from "../engine/model";
import { NO, words } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { cocRefusals, MASS_BALANCE_WORDS } from "./coc-cells";
import { excessElectricity } from "./ghg-excess";
import { unreadGhgTerms } from "./ghg-term-unread";
import { unreadInGhgRun } from "./ghg-run-gap";
import { unreadMeaningOf } from "./header-words";
import { incompleteSheet } from "./left-out-sheet";
import { readFinding } from "./read-findings";
import { type Recognition } from "./recognition";

/** Sheet kinds whose rows give credit: their accounts' contents turn on these values. */
const CREDIT_KINDS = new Set(["receipts", "ledger", "transfers"]);

export { unreadMeaningOf };

/** One unread column's finding, and the input it leaves in doubt (null: none). */
export interface UnreadMeaning {
  finding: Finding;
  input: IncompleteInput | null;
}

/**
 * The unmapped columns of a recognised sheet whose heading carries sustainability meaning
 * (unreadMeaningOf), each with its finding at the heading and, where its values leave accounts in
 * doubt on a sheet that gives credit, the products whose balances are incomplete (module comment).
 */
export function unreadMeanings(grid: Grid, rec: Recognition): UnreadMeaning[] {
  const row = rec.headerRow;
  if (!rec.spec || row === null) return [];
  const used = new Set([...rec.columns.values()].map((m) => m.col));
  const product = rec.columns.get("product")?.col;
  const site = rec.columns.get("site")?.col;
  const out: UnreadMeaning[] = [];
  for (let c = 0; c < grid.width(row, row + 1); c++) {
    const header = grid.headerText(row, c);
    const meaning = used.has(c) || !header ? null : unreadMeaningOf(header);
    if (!meaning) continue;
    // (brk27 L2) a delivery's chain of custody is read, row by row, against the SD's mass balance
    if (meaning === "chain of custody" && rec.kind === "deliveries") {
      for (const finding of cocRefusals(grid, row, c, product)) out.push({ finding, input: null });
      continue;
    }
    // by account (product and site as typed), the values of the column
    const byAccount = new Map<string, { product: string; values: Map<string, string> }>();
    let filled = 0;
    for (let r = row + 1; r < grid.rowCount; r++) {
      const p = product === undefined ? "" : String(grid.value(r, product) ?? "").trim();
      if (p === "") continue;
      const v = grid.value(r, c);
      const typed = isBlank(v) ? "" : String(v).trim();
      if (typed !== "") filled++;
      const key = `${p.toLowerCase()}|${
        site === undefined
          ? ""
          : String(grid.value(r, site) ?? "")
              .trim()
              .toLowerCase()
      }`;
      const account = byAccount.get(key) ?? { product: p, values: new Map<string, string>() };
      account.values.set(words(typed).join(" "), typed);
      byAccount.set(key, account);
    }
    if (filled === 0) continue;
    const doubt = new Map<string, string[]>();
    for (const a of byAccount.values()) {
      const typed = [...a.values.values()];
      const other = typed.filter((t) => t !== "" && !NO.has(words(t).join(" ")));
      const differs =
        (meaning === "low ILUC risk" && a.values.size > 1) ||
        (meaning === "land use change" && other.length > 0);
      if (differs && !doubt.has(a.product))
        doubt.set(a.product, meaning === "land use change" ? other : typed);
    }
    const values = [...byAccount.values()].flatMap((a) => [...a.values.entries()]);
    const notMb = values.find(([k, t]) => t !== "" && !MASS_BALANCE_WORDS.test(k));
    if (meaning === "chain of custody" && !notMb) continue;
    const cell = cellAddress(row + 1, c);
    const costs = doubt.size > 0 && CREDIT_KINDS.has(rec.kind);
    const [first, seen] = [...doubt.entries()][0] ?? [undefined, []];
    const example = seen.length > 0 ? seen : meaning === "chain of custody" ? [notMb?.[1] ?? ""] : [];
    const finding = readFinding("mapping-uncertain", costs ? "error" : "warning", grid.sheet.name, cell, {
      label: meaning,
      value: header,
      read: example.map((t) => `"${t}"`).join(" and "),
      reason: "unread-meaning",
      ...(costs && first !== undefined ? { missing: first } : {}),
    });
    const whole = costs ? incompleteSheet(grid, rec) : null;
    const input = whole
      ? { ...whole, products: [...doubt.keys()], source: { sheet: grid.sheet.name, cell } }
      : null;
    out.push({ finding, input });
  }
  return out;
}

/** unreadMeanings, the columns of RED I's eee (ghg-excess.ts), unread GHG terms (ghg-term-unread.ts) and other columns unread among the GHG values (ghg-run-gap.ts), said: their findings into `findings`, the inputs they leave in doubt into the ledger's incomplete. */
export function sayUnreadMeanings(grid: Grid, rec: Recognition, findings: Finding[], ledger: Ledger): void {
  for (const u of [
    ...unreadMeanings(grid, rec),
    ...excessElectricity(grid, rec),
    ...unreadGhgTerms(grid, rec),
  ]) {
    findings.push(u.finding);
    if (u.input) (ledger.incomplete ??= []).push(u.input);
  }
  // (h-ghg3 A1) any other column standing unread among the GHG values: a warning at its heading
  const said = new Set(findings.filter((f) => f.sheet === grid.sheet.name).map((f) => f.cell ?? ""));
  findings.push(...unreadInGhgRun(grid, rec, said));
}
