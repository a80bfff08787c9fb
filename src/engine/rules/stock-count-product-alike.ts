// stock-count-product-alike (brk22 §14, domain.md §4): a count of a product no row of its site
// moves ("Biodiesel (FAME)") beside a product the books keep there under a name alike ("Biodiesel"):
// the count is of an account that does not exist, and the real one has no count, so its
// carry-forward is not capped by it. Names are alike when the words of one are all words of the
// other (normalise.ts words), or both name the same product of the product catalogue
// (product-catalogue.ts namePattern). A warning at the count's product cell naming the product.
import { cellOf, finding } from "../findings";
import { words } from "../normalise";
import { CATALOGUE, namePattern, productKey } from "../product-catalogue";
import { type Books, type StockCount, siteKey } from "../records";
import type { Finding } from "../result";
import type { Rule } from "./rule";

const NAMED = CATALOGUE.filter((e) => e.product !== "").map((e) => namePattern([e]));

function alike(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, new Set(y)] : [y, new Set(x)];
  if (short.length > 0 && short.every((w) => long.has(w))) return true;
  const [ka, kb] = [productKey(a), productKey(b)];
  return NAMED.some((p) => p.test(ka) && p.test(kb));
}

/** Each site's products the rows move (key → name as first typed). */
function moved(books: Books): Map<string, Map<string, string>> {
  const sites = new Map<string, Map<string, string>>();
  const add = (site: string, key: string, name: string) => {
    const k = siteKey(site);
    const products = sites.get(k) ?? new Map<string, string>();
    if (!products.has(key)) products.set(key, name);
    sites.set(k, products);
  };
  for (const r of [...books.receipts, ...books.deliveries]) add(r.site, r.productKey, r.product);
  for (const p of books.production) {
    add(p.site, p.inputKey, p.inputProduct);
    add(p.site, p.outputKey, p.outputProduct);
  }
  for (const t of books.transfers) {
    add(t.fromSite, t.productKey, t.product);
    add(t.toSite, t.productKey, t.product);
  }
  return sites;
}

export const stockCountProductAlike: Rule<"stock-count-product-alike"> = {
  code: "stock-count-product-alike",
  records(books) {
    if (books.stockCounts.length === 0) return [];
    const sites = moved(books);
    const seen = new Map<string, StockCount[]>();
    for (const s of books.stockCounts) {
      const products = sites.get(siteKey(s.site));
      if (!products || products.has(s.productKey)) continue;
      const key = `${siteKey(s.site)}|${s.productKey}`;
      seen.set(key, [...(seen.get(key) ?? []), s]);
    }
    const out: Finding[] = [];
    for (const counts of seen.values()) {
      const first = counts[0] as StockCount;
      const products = sites.get(siteKey(first.site)) as Map<string, string>;
      const names = [...products.values()].filter((name) => alike(first.product, name));
      if (names.length === 0) continue;
      const details = {
        product: first.product,
        site: first.site,
        alike: names.join(" or "),
        unit: first.unit,
      };
      const related = counts.slice(1).map((s) => cellOf(s.source, "product"));
      out.push(
        finding("stock-count-product-alike", "warning", cellOf(first.source, "product"), details, related),
      );
    }
    return out;
  },
};
