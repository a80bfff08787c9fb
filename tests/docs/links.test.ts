// The project documents itself: the README links only inside the repository, and every link of
// the README and docs/ to a file of the repository leads to one that exists.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");
const pages = ["README.md", ...readdirSync(path.join(ROOT, "docs")).map((f) => path.join("docs", f))].filter(
  (f) => f.endsWith(".md"),
);

/** Markdown links and <autolinks> of a page. */
function links(page: string): string[] {
  const text = readFileSync(path.join(ROOT, page), "utf8").replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)|<(https?:[^>]+)>/g)].map((m) => (m[1] ?? m[2]) as string);
}

it("has the rules, the guide for staff and the massbal contract in docs/", () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      "docs/README.md",
      "docs/rules.md",
      "docs/reading-your-sheets.md",
      "docs/massbal.md",
    ]),
  );
  expect(links("README.md")).toEqual(expect.arrayContaining(["docs/rules.md", "docs/massbal.md"]));
});

it("keeps the README's links inside the repository", () => {
  expect(
    links("README.md").filter((l) => /^[a-z]+:/i.test(l) || l.startsWith("/") || l.startsWith("..")),
  ).toEqual([]);
});

it.each(pages)("%s links to files that exist", (page) => {
  for (const link of links(page).filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith("#"))) {
    const target = path.join(ROOT, path.dirname(page), link.split("#")[0] as string);
    expect([link, existsSync(target)]).toEqual([link, true]);
  }
});
