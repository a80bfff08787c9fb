// ISCC PLUS multi-site credit transfer (iscc-rules.md §6.2, TV-11): only under ISCC PLUS, between
// certified sites of the same company, in the same or a neighbouring country, certified by the
// same body. Credit never moves into ISCC EU. A refused transfer is not booked.
import { sameOrNeighbouring } from "../countries";
import { cellOf, finding } from "../findings";
import { type Books, type Site, type Transfer, siteKey } from "../records";
import { toText } from "../quantity";
import { siteCodeKey } from "../intake/site-codes";
import type { TransferNotAllowedDetails } from "../catalogue/details-declarations";
import type { Finding } from "../result";
import type { IncompleteInput } from "../model";
import type { Rule } from "./rule";

/** A refusal as the finding carries it: the reason and what its wording names. */
type Refusal = Omit<TransferNotAllowedDetails, "from" | "to">;

/**
 * Why a transfer is not allowed (with what the wording names), or null when it is. A site whose
 * company the sites sheet does not state is `company-unstated` (with `column`: whether the sheet
 * has a Company column at all, by `layout`), never "not the same company": the workbook does not
 * say whose sites they are (issue 15 break-test #15). Likewise a site whose certification body it
 * does not state is `body-unstated`, never "different certification bodies" (brk12 c11), and one
 * whose certificate it does not state (a blank cell, or no certificate column) `certificate-unstated`,
 * never "uncertified" (p-xfer2): blank is unclear, not "no".
 */
export function transferRefusal(
  t: Transfer,
  sites: Map<string, Site>,
  layout: Books["layout"] = {},
  shared: Books["sharedCodes"] = new Map(),
): Refusal | null {
  if (t.scheme !== "ISCC PLUS") return { reason: "scheme" };
  // (brk26 N1) a code two sites share names neither, even where it is one site's name
  for (const site of [t.fromSite, t.toSite]) {
    const may = shared.get(siteCodeKey(site));
    if (may !== undefined) return { reason: "site-unknown", site, shared: may };
  }
  const from = sites.get(siteKey(t.fromSite));
  const to = sites.get(siteKey(t.toSite));
  if (!from || !to) return { reason: "site-unknown", site: !from ? t.fromSite : t.toSite };
  if (siteKey(t.fromSite) === siteKey(t.toSite)) return { reason: "same-site" };
  // every column the sites sheet lacks is named at once, never one per run (brk14 c06q)
  const absent = missingColumns(from, layout);
  const missing = absent.length > 1 ? { missing: absent.join(", ") } : {};
  for (const need of NEEDED) {
    // a blank cell is unclear, never "not the same", "not neighbours" or "no certificate"
    const unstated = need.of(from) === "" ? from : need.of(to) === "" ? to : null;
    if (unstated) {
      const column = !!layout[unstated.source.sheet]?.[need.column];
      return { reason: need.unstated, site: unstated === from ? t.fromSite : t.toSite, column, ...missing };
    }
    const refused = need.refused?.(from, to);
    if (refused) return refused;
  }
  return null;
}

/**
 * What a transfer needs the sites sheet to state of both its sites (iscc-rules.md §6.2), in the
 * order it is asked: the same company, the same or a neighbouring country, a certificate each, the
 * same certification body. A site whose cell states none is `unstated` (unclear, never "no"); where
 * both state one, `refused` gives the refusal of a transfer the rule does not allow, or null.
 */
interface Need {
  /** the sites sheet's field (Books.layout) */
  column: "company" | "country" | "certificateNumber" | "certificationBody";
  /** the column as the wording names it */
  label: string;
  /** the site's value of it, "" where its cell states none */
  of: (site: Site) => string;
  unstated: "company-unstated" | "country-unstated" | "certificate-unstated" | "body-unstated";
  refused?: (from: Site, to: Site) => Refusal | null;
}

/** The columns a transfer's sites sheet needs (iscc-rules.md §6.2), as the wording names them. */
const NEEDED: readonly Need[] = [
  {
    column: "company",
    label: "Company",
    of: (s) => s.companyKey,
    unstated: "company-unstated",
    refused: (from, to) => (from.companyKey !== to.companyKey ? { reason: "company" } : null),
  },
  {
    column: "country",
    label: "Country",
    of: (s) => s.country,
    unstated: "country-unstated",
    refused: (from, to) =>
      sameOrNeighbouring(from.country, to.country)
        ? null
        : { reason: "country", fromCountry: from.country, toCountry: to.country },
  },
  // a blank certificate cell is unclear, never "no certificate" (p-xfer2): said, balances incomplete
  {
    column: "certificateNumber",
    label: "Certificate",
    of: (s) => s.certificate,
    unstated: "certificate-unstated",
  },
  {
    column: "certificationBody",
    label: "Certification body",
    of: (s) => s.bodyKey,
    unstated: "body-unstated",
    refused: (from, to) => (from.bodyKey !== to.bodyKey ? { reason: "body" } : null),
  },
];

/** The columns of NEEDED the site's sheet lacks, by Books.layout (none where it gives no layout). */
function missingColumns(site: Site, layout: Books["layout"]): string[] {
  const columns = layout?.[site.source.sheet];
  if (!columns) return [];
  return NEEDED.filter(({ column }) => !columns[column]).map(({ label }) => label);
}

export function refusedTransfers(books: Books): Map<number, Refusal> {
  const sites = new Map(books.sites.map((s) => [s.key, s]));
  const refused = new Map<number, Refusal>();
  for (const t of books.transfers) {
    const refusal = transferRefusal(t, sites, books.layout, books.sharedCodes);
    if (refusal) refused.set(t.seq, refusal);
  }
  return refused;
}

// Refusals that rest on what the sites sheet does not say, not on a rule (transfersUnsaid).
const UNSAID: ReadonlySet<string> = new Set([
  "site-unknown",
  "company-unstated",
  "country-unstated",
  "certificate-unstated",
  "body-unstated",
]);

/**
 * The refused transfers whose refusal rests on what the workbook does not say (a site not on the
 * sites sheet, a company or certification body not stated for a site) rather than on a rule: the credit they move is
 * unknown, not none, so both sites' balances of the product are incomplete, held by the refusal
 * at its cell (domain.md §4, input-incomplete).
 */
export function transfersUnsaid(books: Books): IncompleteInput[] {
  const sites = new Map(books.sites.map((s) => [s.key, s]));
  const unsaid: IncompleteInput[] = [];
  for (const t of books.transfers) {
    const refusal = transferRefusal(t, sites, {}, books.sharedCodes);
    const at = cellOf(t.source, "toSite", "quantity");
    if (at && refusal && UNSAID.has(refusal.reason))
      unsaid.push({ kinds: ["transfers"], products: [t.product], sites: [t.fromSite, t.toSite], source: at });
  }
  return unsaid;
}

export const transferNotAllowed: Rule<"transfer-not-allowed"> = {
  code: "transfer-not-allowed",
  facts: {
    // a transfer the rules allow that asked to move more credit than the sending site held: not
    // booked, nothing moved (a transfer never goes into overdraft, and never moves a part of its
    // quantity the row does not state: brk22 §11)
    "transfer-short": (x) =>
      finding("transfer-not-allowed", "error", x.at, {
        from: x.from,
        to: x.to,
        reason: "short",
        held: toText(x.held),
        quantity: toText(x.quantity),
        ...(x.unknown ? { unknown: true } : {}),
        unit: x.unit,
        product: x.product,
        date: x.date,
      }),
  },
  records(books) {
    const findings: Finding[] = [];
    const refused = refusedTransfers(books);
    for (const t of books.transfers) {
      const refusal = refused.get(t.seq);
      if (refusal)
        findings.push(
          finding("transfer-not-allowed", "error", cellOf(t.source, "toSite", "quantity"), {
            from: t.fromSite,
            to: t.toSite,
            ...refusal,
          }),
        );
    }
    return findings;
  },
};
