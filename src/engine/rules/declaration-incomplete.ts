// declaration-incomplete (domain.md §8, iscc-rules.md §5.2/§5.3, SD-02): every mandatory field of
// the scheme's PoS template present before a declaration is issued, else one error per delivery
// that lists what is missing and where to fill it in.
//   both schemes: own company name, address and certificate; recipient name and address; dispatch
//   address and date; product, raw material, country of origin; quantity and unit; chain of
//   custody; installation start date
//   ISCC EU: the waste/residue status and the GHG section for the whole quantity
//   ISCC PLUS: the claim category
// Date, product, quantity, unit and chain of custody cannot be blank on a booked delivery line.
import type { Portion } from "../book/book";
import { originsOf } from "../book/accounts";
import { cellOf, finding } from "../findings";
import type { CellRef, Source } from "../model";
import { toText } from "../quantity";
import type { Finding } from "../result";
import type { Candidate } from "../issue/stage";
import type { MissingPosField, PosField } from "../catalogue/details-declarations";
import { fieldCell, type OutgoingContext } from "./declaration";
import type { Delivery } from "../records";
import { siteAddressGap } from "../site-address";
import { isAddressPlaceholder, statedAddress } from "../address-placeholder";
import type { Rule } from "./rule";

type Missing = MissingPosField;

function settingsField(field: PosField, name: string, ctx: OutgoingContext): Missing {
  const cell = fieldCell(ctx.profile.settingsSource, name, ctx);
  return { field, cells: cell ? [cell] : [], sheets: [] };
}

function rowField(field: PosField, source: Source, ctx: OutgoingContext): Missing {
  const cell = fieldCell(source, field, ctx);
  return { field, cells: cell ? [cell] : [], sheets: [source.sheet] };
}

/** `m` with the placeholder its cell holds ("wie oben": address-placeholder.ts), where it holds one. */
function withTyped(m: Missing, text: string): Missing {
  return isAddressPlaceholder(text) ? { ...m, typed: text.trim() } : m;
}

/**
 * A site's address cell on the sites sheet (blank or a placeholder), or its sheet lacking an
 * address column, where that is what lacks (site-address.ts); else the row's.
 */
function dispatchField(d: Delivery, site: string, ctx: OutgoingContext): Missing {
  if (d.dispatchAddress) return withTyped(rowField("dispatchAddress", d.source, ctx), d.dispatchAddress);
  const company = statedAddress(ctx.profile.companyAddress);
  const gap = siteAddressGap(ctx.sites ?? [], site, ctx.layout, company);
  if (!gap) return rowField("dispatchAddress", d.source, ctx);
  const m: Missing = gap.cell
    ? { field: "dispatchAddress", cells: [gap.cell], sheets: [gap.cell.sheet], site }
    : { field: "dispatchAddress", cells: [], sheets: [gap.site.source.sheet], site };
  return gap.typed ? { ...m, typed: gap.typed } : m;
}

/** The incoming rows behind the portions, with the cell of `name` on each where there is one. */
function originField(
  field: PosField,
  portions: readonly Portion[],
  name: string,
  ctx: OutgoingContext,
): Missing {
  const cells: CellRef[] = [];
  const sheets = new Set<string>();
  for (const p of portions) {
    for (const o of originsOf(p.batch)) {
      sheets.add(o.source.sheet);
      const cell = fieldCell(o.source, name, ctx);
      if (cell) cells.push(cell);
    }
  }
  return { field, cells, sheets: [...sheets] };
}

/**
 * Where the GHG values of the portions are given: a produced batch's on its production row (the
 * output's own values), any other's on the receipts behind it.
 */
function ghgField(portions: readonly Portion[], ctx: OutgoingContext): Missing {
  const own = portions.filter((p) => p.batch.ghgSource);
  const m = originField(
    "ghg",
    portions.filter((p) => !p.batch.ghgSource),
    "ghg.total",
    ctx,
  );
  for (const p of own) {
    const source = p.batch.ghgSource as Source;
    if (!m.sheets.includes(source.sheet)) m.sheets.push(source.sheet);
    const cell = fieldCell(source, "ghg.total", ctx);
    if (cell && !m.cells.some((c) => c.sheet === cell.sheet && c.cell === cell.cell)) m.cells.push(cell);
  }
  return m;
}

/** The same entry of the list: one field, and for GHG values the same quantity lacking them. */
const same = (a: Missing, b: Missing): boolean =>
  a.field === b.field && a.quantity === b.quantity && a.unit === b.unit;

function missingOf(c: Candidate, ctx: OutgoingContext): Missing[] {
  const d = c.alloc.delivery;
  const out: Missing[] = [];
  const add = (found: Missing) => {
    const known = out.find((x) => same(x, found));
    if (!known) out.push(found);
    else
      for (const cell of found.cells)
        if (!known.cells.some((y) => y.cell === cell.cell && y.sheet === cell.sheet)) known.cells.push(cell);
  };
  // written as plain tests: this runs for every line of every declaration, and almost all pass
  for (const { declaration: x, line, gap } of c.lines) {
    const portions = line.portions;
    const c0 = x.characteristics;
    if (!x.supplier.name) add(settingsField("companyName", "companyName", ctx));
    if (!x.supplier.address)
      add(withTyped(settingsField("companyAddress", "companyAddress", ctx), ctx.profile.companyAddress));
    // a site whose certificate cell states none: said there by certificate-unstated, not here
    if (!x.supplier.certificate && !ctx.own.unstatedFor(d.site)) {
      const m = settingsField("ownCertificate", "ownCertificate", ctx);
      add(x.site ? { ...m, site: x.site } : m);
    }
    if (!x.recipient.name) add(rowField("customer", d.source, ctx));
    if (!x.recipient.address) add(withTyped(rowField("customerAddress", d.source, ctx), d.customerAddress));
    if (!x.dispatchAddress) add(dispatchField(d, x.site, ctx));
    if (isAddressPlaceholder(d.receivingAddress))
      add(withTyped(rowField("receivingAddress", d.source, ctx), d.receivingAddress));
    if (!c0.rawMaterial) add(originField("rawMaterial", portions, "rawMaterial", ctx));
    if (!c0.countryOfOrigin) add(originField("countryOfOrigin", portions, "countryOfOrigin", ctx));
    if (portions.some((p) => p.batch.installationStartDate === null)) {
      const undated = portions.filter((p) => p.batch.installationStartDate === null);
      add(originField("installationStartDate", undated, "installationStartDate", ctx));
    }
    if (x.scheme === "ISCC EU") {
      if (!c0.wasteResidue) add(originField("wasteResidue", portions, "wasteResidue", ctx));
      // values of different units under worst-value pooling: ghg-units-mixed says what to do
      if (gap.mixed) {
        if (!gap.missing.isZero())
          add({ ...ghgField(gap.from, ctx), quantity: toText(gap.missing), unit: x.unit });
      } else if (x.ghg.length === 0 || !gap.missing.isZero()) {
        const whole = gap.missing.isZero();
        const m = ghgField(whole ? portions : gap.from, ctx);
        add(whole ? m : { ...m, quantity: toText(gap.missing), unit: x.unit });
      }
    } else if (!x.plusClaim) {
      const own = fieldCell(d.source, "claim", ctx);
      const m = originField("claim", portions, "claim", ctx);
      add({ ...m, cells: own ? [own, ...m.cells] : m.cells });
    }
  }
  return out;
}

export const declarationIncomplete: Rule = {
  code: "declaration-incomplete",
  declaration(c, ctx): Finding[] {
    const missing = missingOf(c, ctx);
    if (missing.length === 0) return [];
    const d = c.alloc.delivery;
    const first = c.lines[0]?.declaration;
    const f = finding(
      "declaration-incomplete",
      "error",
      cellOf(d.source, "quantity"),
      {
        quantity: toText(c.alloc.quantity),
        unit: c.alloc.unit,
        product: first?.product ?? d.product,
        customer: d.customer || "?",
        date: d.date,
        missing,
      },
      missing.flatMap((m) => m.cells),
    );
    f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
    return [f];
  },
};
