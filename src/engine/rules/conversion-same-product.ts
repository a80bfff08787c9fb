// conversion-same-product (domain.md §5): a conversion row whose output is its input product
// creates no credit; its stock movements are booked.
import { finding } from "../findings";
import type { Rule } from "./rule";

export const conversionSameProduct: Rule<"conversion-same-product"> = {
  code: "conversion-same-product",
  facts: {
    "same-product": (x) => finding("conversion-same-product", "warning", x.at, { product: x.product }),
  },
};
