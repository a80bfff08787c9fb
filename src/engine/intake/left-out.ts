// Rows of a kind that feeds balances which intake leaves out (a quantity that is not above zero, a
// unit not understood, a conversion value that cannot be used): the input they would give is
// missing, so the balances they feed are incomplete (domain.md §4, input-incomplete), as for a row
// the workbook could not read.
import { withMessage } from "../catalogue/render";
import type { Consequence } from "../catalogue/details";
import type { IncompleteInput, Source } from "../model";
import type { Finding } from "../result";
import type { RecordKind } from "../schemas";
import { firstCell } from "../source-cells";
import { GHG_COMPONENTS } from "../records";

/** What each record kind gives the balances; the kinds not named feed none. */
const KINDS: Partial<Record<RecordKind, IncompleteInput["kinds"]>> = {
  receipt: ["receipts"],
  delivery: ["deliveries"],
  production: ["production"],
  stock: ["stockCounts"],
  transfer: ["transfers"],
};

const PRODUCTS: Partial<Record<RecordKind, string[]>> = { production: ["inputProduct", "outputProduct"] };
const SITES: Partial<Record<RecordKind, string[]>> = { transfer: ["fromSite", "toSite"] };

/**
 * The IncompleteInput of a row of `kind` left out at intake, or null for a kind that feeds no
 * balance. Its products and sites are the row's own where they are texts (a blank site is the
 * default site ""), else every product or site; its source is the cell of the first error intake
 * gave the row (`said`), else `cell` (where the reader said why), so that error holds back what
 * the row would feed.
 */
export function leftOutRow(
  kind: RecordKind,
  raw: unknown,
  source: Source,
  said: readonly Finding[],
  cell?: string,
): IncompleteInput | null {
  const kinds = KINDS[kind];
  if (!kinds) return null;
  const row = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const products: string[] = [];
  for (const id of PRODUCTS[kind] ?? ["product"]) {
    const v = row[id];
    if (typeof v !== "string" || v.trim() === "") {
      products.length = 0;
      break;
    }
    products.push(v.trim());
  }
  // a production row's co-product, where it names one, is fed by the row too
  const also = kind === "production" && products.length > 0 ? row.outputProduct2 : undefined;
  if (typeof also === "string" && also.trim() !== "") products.push(also.trim());
  let sites: string[] | undefined = [];
  for (const id of SITES[kind] ?? ["site"]) {
    const v = row[id];
    if (typeof v === "string") sites.push(v.trim());
    else if (v === undefined || v === null) sites.push("");
    else {
      sites = undefined;
      break;
    }
  }
  const why = said.find((f) => f.severity === "error" && f.sheet === source.sheet && f.cell);
  const first = firstCell(source, true) ?? "";
  return {
    kinds,
    ...(products.length > 0 ? { products } : {}),
    ...(sites ? { sites } : {}),
    source: { sheet: source.sheet, cell: why?.cell ?? cell ?? first },
  };
}

/**
 * A row intake books but whose credit it refused for a value it could not read or trust (a GHG
 * unit it does not know, a claim unclear or of the other scheme, an Annex IX part that is none, a
 * sustainable input it cannot use), rather than one the rules deny: the credit is unknown, not
 * none, so the balances the row feeds lack credit (domain.md §4, input-incomplete) at its products
 * and sites (leftOutRow). `said` are the findings intake made for the row, `cell` where the reader
 * refused the value; the input goes to `io.leftOut`.
 */
export function creditUnknown(
  io: { readonly leftOut: IncompleteInput[] },
  kind: RecordKind,
  raw: unknown,
  source: Source,
  said: readonly Finding[],
  cell?: string,
): void {
  const left = leftOutRow(kind, raw, source, said, cell);
  if (left) io.leftOut.push(left);
}

/**
 * Says on the current row's refusal of `field` (its first error from `from` on, by default the
 * row's first finding, that says no consequence yet) what intake did with the row without it
 * (`consequence`, worded in catalogue/wording-cells.ts): the text then says what happened (the
 * credit unknown and the account incomplete), not that the value was ignored. A finding's message
 * is made with its details, so the finding is made anew in its place.
 */
export function said(
  io: { readonly findings: Finding[]; readonly rowFrom: number },
  field: string,
  consequence: Consequence,
  from = io.rowFrom,
): void {
  for (let i = from; i < io.findings.length; i++) {
    const f = io.findings[i] as Finding;
    const d = f.details as { field?: unknown; consequence?: unknown } | undefined;
    if (f.severity !== "error" || d?.field !== field || d.consequence) continue;
    io.findings[i] = withMessage({ ...f, details: { ...d, consequence } } as Finding);
    return;
  }
}

// --- p-ghg2: what follows a row's GHG values refused ---
/** The fields of a row's GHG values whose refusal a row's consequence is said on. */
const GHG_CELL_FIELDS: readonly string[] = [
  "ghg.unit",
  "ghg.total",
  ...GHG_COMPONENTS.map((c) => `ghg.${c}`),
];

/** Says `consequence` on each refusal of the current row's GHG values from finding `from` on (said). */
export function saidGhg(
  io: { readonly findings: Finding[]; readonly rowFrom: number },
  consequence: Consequence,
  from = io.rowFrom,
): void {
  for (const f of GHG_CELL_FIELDS) said(io, f, consequence, from);
}

// --- end p-ghg2
