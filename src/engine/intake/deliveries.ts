// Intake of deliveries: the material sold and the part of it sold as sustainable.
import { cellOf, finding } from "../findings";
import { type Source } from "../model";
import { clean, numberKey } from "../normalise";
import { normaliseClaim } from "../claims";
import { type Amount, dimensionOf } from "../amount";
import { toText } from "../quantity";
import { type Books } from "../records";
import { displayUnit } from "../units";
import { type Row } from "../validate";
import { type Intake, type Measure, t, unreadable } from "./context";
import { unconvertedOf } from "./unconverted-of";
import { measure } from "./movement";
import { costsCredit, isGhg } from "./receipts";
import { refusedCharacteristic } from "./characteristics";
import { leftOutRow, saidGhg } from "./left-out";
import { cellAt } from "../source-cells";
import { partOf, REFUSED, shown } from "./part-of";

/**
 * The fields of a delivery's sustainable part, and the claim it asks for: one unreadable, and
 * nothing is declared (a claim the reader could not read is never taken as "any claim").
 */
const SUSTAINABLE_FIELDS = new Set(["sustainable", "sustainablePart", "claim"]);

/** Whether an unreadable field of `row` blocks its sustainable part: the part itself, or a GHG value the credit needs. */
function blocksPart(row: Row, fields: readonly string[]): boolean {
  for (const f of fields) if (SUSTAINABLE_FIELDS.has(f) || (isGhg(f) && costsCredit(row, f))) return true;
  return false;
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
    const ghg = io.ghg(row.ghg, source);
    const blocking = unreadable(row).find((f) => blocksPart(row, [f]));
    const blocked =
      ghg === "unreadable" ||
      blocking !== undefined ||
      (claimText !== "" && refusedCharacteristic(io, row, scheme, source, false));
    const part = blocked ? REFUSED : sustainablePart(io, row, source, m);
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
      claim: claimText === "" ? null : normaliseClaim(claimText, scheme),
      sdNumber: clean(t(row.sdNumber)),
      linkedSds: linkedSds(row.linkedSds),
      dispatchAddress: clean(t(row.dispatchAddress)),
      ghg: ghg === "unreadable" ? null : ghg,
    });
  });
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

/**
 * The part of a delivery sold as sustainable (domain.md §2, §7). Each of the row's columns that
 * states it (`sustainable`, a yes/no column; `sustainablePart`, a quantity or share column beside
 * it) reads as: "yes" → all of it; "no" → none; a quantity in the row's unit or its own → that
 * much; a percentage (unit "%") → that share. Blank in both: all of it (a sheet that has such a
 * column never leaves its cell blank here: the reader writes "no" for a blank yes/no cell and
 * refuses a blank part cell, workbook/blank-part.ts; only a sheet without one leaves it blank).
 * Both given and not the same amount ("yes" and 60 t of 100 t) is an error at the delivery and
 * nothing is declared; so is a part outside the vocabulary, below zero, above the quantity, or not
 * convertible to the row's unit: what cannot be read is never taken as yes. Such a part is
 * REFUSED (its finding given), which the caller tells from none (null).
 */
function sustainablePart(io: Intake, row: Row, source: Source, m: Measure): Amount | null | typeof REFUSED {
  const { quantity, unit, amount } = m;
  const flag = partOf(io, row, source, m, "sustainable");
  const part = partOf(io, row, source, m, "sustainablePart");
  if (flag === REFUSED || part === REFUSED) return REFUSED;
  if (flag === undefined && part === undefined) return amount;
  if (flag === undefined) return part ?? null;
  if (part === undefined) return flag;
  const dim = dimensionOf(unit);
  const a = flag && dim ? flag[dim] : undefined;
  const b = part && dim ? part[dim] : undefined;
  const same =
    flag === null || part === null ? flag === part || (a ?? b)?.isZero() : !!a && !!b && a.equals(b);
  if (same) return flag;
  io.findings.push(
    finding(
      "sustainable-conflict",
      "error",
      cellOf(source, "sustainablePart", "sustainable"),
      {
        flag: shown(row, "sustainable"),
        part: shown(row, "sustainablePart"),
        quantity: `${toText(quantity)} ${displayUnit(unit)}`,
      },
      [cellOf(source, "sustainable")],
    ),
  );
  return REFUSED;
}
