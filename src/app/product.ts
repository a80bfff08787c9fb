// The product's own name and version, as the generated sheets, the pane and `massbal --version`
// state them (tests/app/product.test.ts keeps the version equal to package.json's).
export const PRODUCT_NAME = "Mass Balance for Excel";
export const PRODUCT_VERSION = "0.1.0";

/** "Mass Balance for Excel 0.1.0" */
export function productLabel(): string {
  return `${PRODUCT_NAME} ${PRODUCT_VERSION}`;
}
