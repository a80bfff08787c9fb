// Intake of deliveries: the material sold and the part of it sold as sustainable.
import { ownHeat } from "./energy-content";
import { clean, numberKey } from "../normalise";
import { normaliseClaim } from "../claims";
import { type Books } from "../records";
import { type Row } from "../validate";
import { type Intake, t, unreadable } from "./context";
import { unconvertedOf } from "./unconverted-of";
import { measure } from "./movement";
import { dimensionOf, type Amount } from "../amount";
import { costsCredit, isGhg } from "./receipts";
import { deniedClaim, refusedCharacteristic } from "./characteristics";
import { leftOutRow, saidGhg } from "./left-out";
import { cellAt } from "../source-cells";
import { REFUSED } from "./part-of";
import { statedPart } from "./stated-part";

/**
 * The fields of a delivery's sustainable part, and the claim it asks for: one unreadable, and
 * nothing is declared (a claim the reader could not read is never taken as "any claim").
 */
const SUSTAINABLE_FIELDS = new Set(["sustainable", "sustainablePart", "claim"]);

/**
 * The first unreadable field of `row` that blocks its sustainable part (the part itself, or a GHG
 * value the credit needs), else undefined. A function, not a closure over `row` in the reader of
 * deliveries: that made V8 allocate a context for `row` on every delivery (bench/RESULTS.md round 21).
 */
function blockingField(row: Row, fields: readonly string[]): string | undefined {
  for (const f of fields) if (SUSTAINABLE_FIELDS.has(f) || (isGhg(f) && costsCredit(row, f))) return f;
  return undefined;
}

/** Deliveries (domain.md §2, §7): what was sold, and the part sold as sustainable. */
export function deliveries(io: Intake, list: unknown, books: Books): void {
  io.rows("delivery", list, (row, source, seq) => {
    const m = measure(io, row, source);
    if (!m) return false;
    const { unit, hints, scheme, amount } = m;
    const product = io.name(t(row.product));
    const claimText = clean(t(row.claim));
    const before = io.findings.length;
    const ghg = io.ghg(row, source);
    const blocking = blockingField(row, unreadable(row));
    // (brk27 N4) a claim that denies compliance ("Not ISCC compliant", "konventionell"): a sale of
    // material that is not sustainable, unless the row states a sustainable part beside it
    const denied = claimText !== "" && deniedClaim(row, scheme);
    const blocked =
      ghg === "unreadable" ||
      blocking !== undefined ||
      (!denied && claimText !== "" && refusedCharacteristic(io, row, scheme, source, false) !== false);
    let part = blocked ? REFUSED : statedPart(io, row, source, m);
    if (denied && part !== REFUSED && !statesNone(row, part, unit)) {
      refusedCharacteristic(io, row, scheme, source, false);
      part = REFUSED;
    }
    const sale = denied && part !== REFUSED;
    if (sale) part = null;
    // a GHG value refused: the delivery is not declared, and its refusal says so (p-ghg2)
    if (ghg === "unreadable") saidGhg(io, "not-declared", before);
    // a sustainable part refused leaves the account without what the delivery drew from it;
    // a cell the reader could not read it counts itself (workbook/left-out.ts LeftOut.part)
    if (part === REFUSED) {
      const said = io.findings.slice(before);
      const at = blocking === undefined ? undefined : cellAt(source, blocking);
      const left = at || said.length > 0 ? leftOutRow("delivery", row, source, said, at) : null;
      if (left) io.leftOut.push(left);
    }
    // a literal, not a class: see receipts.ts
    books.deliveries.push({
      source,
      seq,
      fields: row,
      date: t(row.date),
      site: clean(t(row.site)),
      scheme,
      product: product.name,
      productKey: product.key,
      unit,
      amount,
      unconverted: unconvertedOf(amount, unit, hints),
      // an unreadable "sustainable" cell (or GHG value) is never taken as yes: nothing is declared or drawn
      sustainableAmount: part === REFUSED ? null : part,
      customer: clean(t(row.customer)),
      customerAddress: clean(t(row.customerAddress)),
      customerCertificate: clean(t(row.customerCertificate)),
      claim: claimText === "" || sale ? null : normaliseClaim(claimText, scheme),
      sdNumber: clean(t(row.sdNumber)),
      linkedSds: linkedSds(row.linkedSds),
      dispatchAddress: clean(t(row.dispatchAddress)),
      receivingAddress: clean(t(row.receivingAddress)),
      ghg: ghg === "unreadable" ? null : ghg,
      heat: ownHeat(io, row, source, m, "delivery"),
    });
  });
}

/**
 * (brk27 N4) Whether a row whose claim denies compliance states no sustainable part beside it: its
 * Sustainable and part cells blank (`part` is then the whole quantity, the default of a sheet
 * without such columns), or the part they state is none. A part above none contradicts the claim.
 */
function statesNone(row: Row, part: Amount | null, unit: string): boolean {
  if (t(row.sustainable).trim() === "" && t(row.sustainablePart).trim() === "") return true;
  const dim = dimensionOf(unit);
  return part === null || (dim !== null && part[dim]?.isZero() === true);
}

/** What most deliveries link: one shared, frozen empty list (the stages only read it). */
const NO_LINKS = Object.freeze([]) as unknown as string[];

/** The incoming SDs a delivery names, as number keys; most name none. */
function linkedSds(list: unknown): string[] {
  if (!Array.isArray(list) || list.length === 0) return NO_LINKS;
  return (list as unknown[])
    .flatMap((x) => t(x).split(/[;,\n]+/))
    .map(numberKey)
    .filter((x) => x !== "");
}
