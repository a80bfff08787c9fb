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
import { cellList, fieldCell, type OutgoingContext } from "./declaration";
import type { Rule } from "./rule";

interface Missing {
  what: string;
  /** cells to fill in */
  cells: CellRef[];
  /** where, when there is no cell to point at */
  hint: string;
}

const SETTINGS_HINT = "the Settings sheet, or Settings in the pane";

function settingsField(what: string, field: string, ctx: OutgoingContext): Missing {
  const cell = fieldCell(ctx.profile.settingsSource, field, ctx);
  return { what, cells: cell ? [cell] : [], hint: SETTINGS_HINT };
}

function rowField(what: string, source: Source, field: string, label: string, ctx: OutgoingContext): Missing {
  const cell = fieldCell(source, field, ctx);
  return { what, cells: cell ? [cell] : [], hint: `add a ${label} column to ${source.sheet}` };
}

/** The incoming rows behind the portions, with the cell of `field` on each where there is one. */
function originField(
  what: string,
  portions: readonly Portion[],
  field: string,
  label: string,
  ctx: OutgoingContext,
): Missing {
  const cells: CellRef[] = [];
  const sheets = new Set<string>();
  for (const p of portions) {
    for (const o of originsOf(p.batch)) {
      sheets.add(o.source.sheet);
      const cell = fieldCell(o.source, field, ctx);
      if (cell) cells.push(cell);
    }
  }
  const where = [...sheets].join(", ") || "the receipts";
  return { what, cells, hint: `add a ${label} column to ${where}` };
}

function missingOf(c: Candidate, ctx: OutgoingContext): Missing[] {
  const d = c.alloc.delivery;
  const out: Missing[] = [];
  const add = (found: Missing) => {
    const known = out.find((x) => x.what === found.what);
    if (!known) out.push(found);
    else
      for (const cell of found.cells)
        if (!known.cells.some((y) => y.cell === cell.cell && y.sheet === cell.sheet)) known.cells.push(cell);
  };
  // written as plain tests: this runs for every line of every declaration, and almost all pass
  for (const { declaration: x, line, gap } of c.lines) {
    const portions = line.portions;
    const c0 = x.characteristics;
    if (!x.supplier.name) add(settingsField("own company name", "companyName", ctx));
    if (!x.supplier.address) add(settingsField("own company address", "companyAddress", ctx));
    if (!x.supplier.certificate) {
      const m = settingsField("own certificate number", "ownCertificate", ctx);
      const siteRow = x.site ? ` (or the site ${x.site} on the Sites sheet)` : "";
      add({ ...m, hint: `${m.hint}${siteRow}` });
    }
    if (!x.recipient.name) add(rowField("recipient name", d.source, "customer", "Customer", ctx));
    if (!x.recipient.address)
      add(rowField("recipient address", d.source, "customerAddress", "Customer address", ctx));
    if (!x.dispatchAddress) {
      const m = rowField("dispatch address", d.source, "dispatchAddress", "Dispatch address", ctx);
      add({ ...m, hint: `${m.hint}, or give the company address in ${SETTINGS_HINT}` });
    }
    if (!c0.rawMaterial) add(originField("raw material", portions, "rawMaterial", "Raw material", ctx));
    if (!c0.countryOfOrigin)
      add(originField("country of origin", portions, "countryOfOrigin", "Country of origin", ctx));
    if (portions.some((p) => p.batch.installationStartDate === null)) {
      const undated = portions.filter((p) => p.batch.installationStartDate === null);
      add(
        originField(
          "installation start date",
          undated,
          "installationStartDate",
          "Installation start date",
          ctx,
        ),
      );
    }
    if (x.scheme === "ISCC EU") {
      if (!c0.wasteResidue)
        add(originField("waste or residue status", portions, "wasteResidue", "Waste/residue", ctx));
      if (x.ghg.length === 0 || !gap.missing.isZero()) {
        const lacking = gap.missing.isZero() ? portions : gap.from;
        const m = originField("GHG values", lacking, "ghg.total", "GHG total", ctx);
        const how = gap.missing.isZero() ? "" : ` for ${toText(gap.missing)} ${x.unit}`;
        add({ ...m, what: `GHG values${how}` });
      }
    } else if (!x.plusClaim) {
      const own = fieldCell(d.source, "claim", ctx);
      const m = originField("claim category", portions, "claim", "Claim", ctx);
      add({ ...m, cells: own ? [own, ...m.cells] : m.cells });
    }
  }
  return out;
}

function describe(m: Missing): string {
  return `${m.what} (${m.cells.length > 0 ? cellList(m.cells.slice(0, 6)) + (m.cells.length > 6 ? " …" : "") : m.hint})`;
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
        missing: missing.map(describe).join("; "),
        fields: missing.map((m) => m.what).join(", "),
      },
      missing.flatMap((m) => m.cells),
    );
    f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
    return [f];
  },
};
