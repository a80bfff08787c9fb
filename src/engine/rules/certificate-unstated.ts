// certificate-unstated (domain.md §2 Site, §4, §8): a site on the sites sheet whose certificate
// cell states none (blank, "-", "n/a", "k.A.", "beantragt": engine/site-certificate.ts) while the
// sheet has a certificate column. Its declarations are never issued on the settings' own
// certificate, which the sheet gives to no such site (break test c16): the supplier of an SD is
// the certified site. The site's balances are incomplete (its credit rests on a certificate not
// known), so nothing is declared from them until the number is typed; an overdraft there is still
// said (the credit is not missing, its certificate is). Said once per site that a row names.
import { finding } from "../findings";
import type { IncompleteInput } from "../model";
import { type Books, siteKey } from "../records";
import type { Finding } from "../result";
import { type UnstatedCertificate, unstatedCertificate } from "../site-certificate";
import type { Rule } from "./rule";

/** The listed sites whose certificate cell states none and that some row of the books names. */
export function unstatedSites(books: Books): UnstatedCertificate[] {
  // only a listed site is judged: books without a sites sheet need no pass over their rows
  if (books.sites.length === 0) return [];
  // rows repeat a few sites: each text is keyed once; indexed loops, run once (no iterator per row)
  const typed = new Set<string>();
  const lists: readonly { site: string }[][] = [
    books.receipts,
    books.deliveries,
    books.production,
    books.stockCounts,
  ];
  for (const list of lists)
    for (let i = 0; i < list.length; i++) typed.add((list[i] as { site: string }).site);
  for (const t of books.transfers) typed.add(t.fromSite).add(t.toSite);
  const named = new Set<string>();
  for (const site of typed) named.add(siteKey(site));
  const out: UnstatedCertificate[] = [];
  for (const site of books.sites) {
    const unstated = named.has(site.key) ? unstatedCertificate(site, books.layout) : null;
    if (unstated) out.push(unstated);
  }
  return out;
}

/**
 * The accounts of those sites as input that is not known (any product, deliveries: the credit is
 * there, its certificate is not known), said at the certificate cell (domain.md §4).
 */
export function certificatesUnsaid(books: Books): IncompleteInput[] {
  return unstatedSites(books).flatMap((u) =>
    u.at ? [{ kinds: ["deliveries" as const], sites: [u.site], source: u.at }] : [],
  );
}

export const certificateUnstated: Rule<"certificate-unstated"> = {
  code: "certificate-unstated",
  records(books): Finding[] {
    return unstatedSites(books).map((u) =>
      finding("certificate-unstated", "error", u.at, { site: u.site, value: u.typed, pending: u.pending }),
    );
  },
};
