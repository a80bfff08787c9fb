// The wording of a refused claim or Annex IX part, said once for both layers: the reading stage
// (the cell's vocabulary, workbook/cell-values.ts) and the engine (the claim under the row's
// scheme, engine/claims.ts; the part, engine/annex-ix.ts). Each sentence quotes the user's words,
// says what they mean for the credit, and what to write instead (domain.md §7).
import { type Claim, PLUS_CLAIMS } from "../claim-words";

/** The claims of each scheme, as a person writes them on a row. */
const EU_CLAIMS = "EU RED compliant or ISCC compliant";
const PLUS_CATEGORIES = "bio, bio-circular, circular or renewable-energy-derived";

/** Why a claim or part is refused (details.ts BadReason and InvalidValueDetails reasons). */
export type ClaimReason = "not-compliant" | "claim-unclear" | "claim-scheme" | "annex-point" | "annex-part";

/** What the sentence needs: the column's label (or the field's words), the text, and what was read. */
export interface ClaimWords {
  /** "Claim", "Annex IX part" */
  label: string;
  value: string;
  /** not-compliant: what is denied ("ISCC compliant", "compliant"); claim-scheme: the claim; annex-point: the part */
  read?: string | null;
  /** claim-scheme: the row's scheme */
  scheme?: string | null;
  /** what follows for the row, in words (wording-cells.ts CONSEQUENCES) */
  consequence: string;
  /** the claim a delivery asks for (its declaration is to carry it), not one a supplier's SD states */
  delivery?: boolean;
}

/** The sentence for a refused claim or Annex IX part. */
export function claimRefusalText(reason: ClaimReason, w: ClaimWords): string {
  const { label, value, consequence } = w;
  const read = w.read ?? "";
  const states = w.delivery ? "the declaration is to carry" : "the supplier's SD states";
  switch (reason) {
    case "not-compliant": {
      // (brk27 N4) a delivery whose claim denies compliance is a sale of material that is not
      // sustainable (engine/intake/deliveries.ts); refused only beside a sustainable part it contradicts
      if (w.delivery)
        return `${label} "${value}" says the material sold is not ${read || "compliant"}, but the row states a sustainable part beside it; if it was sold as sustainable, write the claim ${states} (${EU_CLAIMS} under ISCC EU, the category ${PLUS_CATEGORIES} under ISCC PLUS) or leave the cell blank to draw any claim; if not, answer its Sustainable cell "no" (a sale of material that is not sustainable draws no credit and gets no declaration); ${consequence}.`;
      // a denial of ISCC's claim alone may be RED material without it: say how to write that
      const red =
        read === "ISCC compliant"
          ? `; if the supplier's ISCC EU SD declares it EU RED compliant without ISCC's claim, write "EU RED compliant"`
          : "";
      return `${label} "${value}" says the material is not ${read || "compliant"}, so it is not taken as sustainable${red}; ${consequence}.`;
    }
    case "claim-unclear":
      return `"${value}" in ${label} is not a claim the add-in can read; write the claim ${states}: ${EU_CLAIMS} under ISCC EU, or the category ${PLUS_CATEGORIES} under ISCC PLUS; ${consequence}.`;
    case "claim-scheme":
      if (w.scheme === "ISCC PLUS" && read === "ISCC compliant")
        return `"${value}" in ${label} does not name the ISCC PLUS claim category (all ISCC PLUS material is ISCC compliant); write the category ${states} (${PLUS_CATEGORIES}, written out), or book the row under ISCC EU if it is ISCC EU material; ${consequence}.`;
      return w.scheme === "ISCC PLUS"
        ? `"${value}" in ${label} is ISCC EU's claim "${read}", not an ISCC PLUS claim category, and an ISCC PLUS declaration states "EU RED compliant material: No", so it cannot carry it; write the category ${states} (${PLUS_CATEGORIES}, written out), or book the row under ISCC EU if it is ISCC EU material; ${consequence}.`
        : `"${value}" in ${label} is the ISCC PLUS category "${read}", not an ISCC EU claim; write ${EU_CLAIMS} as ${states}, or book the row under ISCC PLUS if it is ISCC PLUS material; ${consequence}.`;
    case "annex-point":
      return `"${value}" in ${label} names a point of Annex IX as well as its part; the books keep the part alone (the raw material names the rest), so write "${read}"; ${consequence}.`;
    case "annex-part":
      return `"${value}" in ${label} is not a part of Annex IX of RED II, which has Part A and Part B only; write A, B, or none for material not listed in Annex IX; ${consequence}.`;
  }
}

/** A claim column's blank cell on a row with an incoming SD number: the claim is never assumed. */
export function claimMissingText(label: string, consequence: string): string {
  return `${label} is empty on a row with an incoming SD number, and the add-in does not assume a claim; write the claim the supplier's SD states (${EU_CLAIMS}; under ISCC PLUS the category ${PLUS_CATEGORIES}); ${consequence}.`;
}

// --- p-claimbox ---
/**
 * claim-exceeds-input's advice by the claim's scheme: ISCC EU has a claim to fall back on (EU RED
 * compliant); an ISCC PLUS category has none, and is never to be declared as another.
 */
export function claimShortText(d: {
  quantity: string;
  unit: string;
  claim: string;
  available: string;
}): string {
  const advice = PLUS_CLAIMS.has(d.claim as Claim)
    ? "an ISCC PLUS category cannot be declared as another, so book the receipts of that category behind it or reduce the quantity."
    : 'claim "EU RED compliant" or reduce the quantity.';
  return `this delivery claims ${d.quantity} ${d.unit} "${d.claim}" but only ${d.available} ${d.unit} with that claim was available; ${advice}`;
}

/**
 * mapping-uncertain `unread-meaning` (workbook/unread-meaning.ts): a column whose heading carries
 * sustainability meaning the add-in does not read. `label` is the meaning ("low ILUC risk"),
 * `value` the heading, `read` its values quoted, `missing` a product whose balances are incomplete.
 */
export function unreadMeaningText(d: {
  label: string;
  value?: string | null;
  read?: string | null;
  missing?: string | null;
}): string {
  const head = `the column headed "${d.value ?? ""}" states the material's ${d.label}, which the add-in does not read: it is not part of an account's characteristics, nor of the declarations`;
  const apart = `book material that differs in ${d.label} as another product`;
  if (d.missing) {
    const why =
      d.label === "land use change"
        ? `its values for ${d.missing} (${d.read}) say the land may have changed use, and material from land converted after January 2008 may fail RED's land criteria`
        : `its values (${d.read}) differ within the account of ${d.missing}, which the add-in would pool`;
    return `${head}; ${why}, so the balances of those products are incomplete (credit unknown) and no declaration is issued from them. Remove what is not sustainable, or ${apart}.`;
  }
  if (d.label === "chain of custody")
    return `${head}, which state "Mass balance"${d.read ? `, though it names ${d.read}` : ""}; check that this material may be kept under mass balance.`;
  return `${head}${d.read ? ` (such as ${d.read})` : ""}; check that the declarations need not state it, and ${apart}.`;
}

/**
 * invalid-value `chain-of-custody` (workbook/coc-cells.ts): a delivery's chain of custody cell that
 * does not say mass balance, the option it names (`read`), or none where unclear. Its declaration,
 * which states "Mass balance", is held back.
 */
export function chainOfCustodyText(d: {
  label: string;
  value?: string | null;
  read?: string | null;
}): string {
  const says = d.read
    ? `says this delivery was sold as ${d.read}, yet its declaration would state "Mass balance": material sold under another chain of custody option cannot be declared from a mass balance account`
    : `does not say mass balance, and the add-in cannot tell which chain of custody it names, while the declaration would state "Mass balance"`;
  return `"${d.value ?? ""}" in ${d.label} ${says}, so the declaration of this delivery is held back (the delivery stays booked). If it was sold under mass balance, write "Mass balance" in the cell; if not, it cannot be declared from this account: issue its declaration from the account it was kept in.`;
}
// --- end p-claimbox

/**
 * A column a table says once at its heading after its rows and reads for no row: a gross calorific
 * value (never converted by), or (brk22 §4) the rows' energy content (energy-content-column).
 */
export function columnNoteText(
  code: "gross-calorific-value" | "energy-content-column",
  d: { label: string },
): string {
  if (code === "energy-content-column")
    return `the column "${d.label}" states each row's energy content, which the add-in does not read: no quantity is converted by it or checked against it. A declaration states the energy content of what is delivered from a heating value: the delivery row's own, else the receipts' behind it ("Not known" where none is given). For the declarations to state it, give the heating value (MJ/kg) in a column of its own; until then, check the declarations' energy content against this column.`;
  return `the column "${d.label}" holds gross calorific values (Brennwert, HHV, Hs, PCS); the rules and declarations use the net (lower) heating value, so the add-in does not use this column for any row: where a row's quantity must be converted to or from energy, give its lower heating value (Heizwert, LHV, Hi, PCI) in its own column.`;
}
