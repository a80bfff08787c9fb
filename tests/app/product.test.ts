import { readFileSync } from "node:fs";
import path from "node:path";
import { PRODUCT_VERSION, productLabel } from "../../src/app/product";

it("states the version package.json releases", () => {
  const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  expect(PRODUCT_VERSION).toBe(pkg.version);
  expect(productLabel()).toBe(`Mass Balance for Excel ${pkg.version}`);
});
