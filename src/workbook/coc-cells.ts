// (brk27 L2) A deliveries sheet's "Chain of custody" column, read row by row. Every SD the add-in
// issues states "Mass balance" (it keeps mass balance accounts only, ISCC EU 203 / PLUS 203), so a
// delivery whose row says it was sold under another chain of custody option (physical segregation,
// identity preserved, book and claim, controlled blending) contradicts its own declaration:
// material sold as segregated cannot be declared from a mass balance account. Such a row, and one
// whose value the add-in cannot tell for mass balance, is refused at its cell (an error: its
// declaration held back); a row saying mass balance, in any of de/en/fr/it/es/nl/pl, is read as
// agreeing. A blank cell says nothing. Receipts keep the column's warning: segregated material may
// be received into a mass balance account (unread-meaning.ts).
import { words } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { type Grid, isBlank } from "./grid";
import { readFinding } from "./read-findings";

/** The words of mass balance (folded), de/en/fr/it/es/nl/pl. */
const MB =
  "mass balance|massbalance|mass balancing|mb|massenbilanz|massenbilanzierung|bilan massique|bilan de masse|bilancio di massa|bilancio massa|balance de masas?|balance masico|massabalans|bilans masy|bilans masowy";
/** Values (folded, words joined by one space) that say mass balance. */
export const MASS_BALANCE_WORDS = new RegExp(`^(?:iscc )?(?:${MB})(?: mb)?$`);
/** Mass balance named among other words ("MB / Segregation"): no option alone. */
const NAMES_MB = new RegExp(`\\b(?:${MB})\\b`);

/** The other chain of custody options, by what they say (folded words, de/en/fr/it/es/nl/pl). */
const OTHER_OPTIONS: [string, RegExp][] = [
  [
    "physical segregation",
    /\b(?:segregat\w*|segregier\w*|physisch\w* (?:trennung|getrennt)|trennung|getrennt|segregation physique|segregazione|segregacion|segregacja|fysieke scheiding|gescheiden|gesegregeerd|segregatie|seg)\b/,
  ],
  [
    "identity preserved",
    /\b(?:identity preserv\w*|ip|identitatserhaltung|identitat erhalten|identite preservee|identita preservata|identidad preservada|identiteit behouden|zachowanie tozsamosci)\b/,
  ],
  ["book and claim", /\bbook (?:and|&|\+)? ?claim\b|\bb ?c\b/],
  [
    "controlled blending",
    /\b(?:controlled blending|kontrollierte mischung|melange controle|miscelazione controllata|mezcla controlada|gecontroleerde menging|kontrolowane mieszanie)\b/,
  ],
];

/** What a chain of custody cell's text says: "mass balance", another option by name, or "" where unclear. */
export function chainOfCustody(text: string): string {
  const folded = words(text).join(" ");
  if (MASS_BALANCE_WORDS.test(folded)) return "mass balance";
  const other = OTHER_OPTIONS.filter(([, re]) => re.test(folded)).map(([name]) => name);
  return other.length === 1 && !NAMES_MB.test(folded) ? (other[0] as string) : "";
}

/**
 * The refusals of a deliveries sheet's chain of custody column `col` (header row `header`,
 * 0-based): invalid-value reason chain-of-custody (error) at each filled cell of a row with a
 * product (`product`, its column) that does not say mass balance; `read` the option it names, ""
 * where unclear.
 */
export function cocRefusals(grid: Grid, header: number, col: number, product: number | undefined): Finding[] {
  const label = grid.headerText(header, col) ?? "Chain of custody";
  const out: Finding[] = [];
  for (let r = header + 1; r < grid.rowCount; r++) {
    if (product !== undefined && isBlank(grid.value(r, product))) continue;
    const v = grid.value(r, col);
    if (isBlank(v)) continue;
    const typed = String(v).trim();
    const says = chainOfCustody(typed);
    if (says === "mass balance") continue;
    out.push(
      readFinding("invalid-value", "error", grid.sheet.name, cellAddress(r + 1, col), {
        label,
        value: typed,
        read: says,
        reason: "chain-of-custody",
      }),
    );
  }
  return out;
}
