// A receipt left out while reading, through the real massbal command on a real .xlsx workbook
// (domain.md §4): the account it feeds is reported incomplete, its shortfall is no
// negative-balance, nothing is declared from it, and the other accounts declare as before.
import path from "node:path";
import { books, later, type Spec, workbookOf } from "../workbook/left-out-books";
import { freshFolderPerTest, massbal, stderrBeyondProgress } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

/** The books with a second receipt of UCO of `quantity` (60 t read, 100 t sold; Tallow 10 in, 5 out). */
async function write(quantity: Spec, name = "books.xlsx"): Promise<string> {
  await workbookOf(books([later(quantity)])).xlsx.writeFile(path.join(folder.path, name));
  return name;
}

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null }[];
  balances: { product: string; closing: string; complete: boolean }[];
  declarations: { product: string; status: string }[];
}

describe("massbal: a receipt left out makes its account incomplete", () => {
  it.each<[string, Spec, string]>([
    ['"1,234", which reads two ways', "1,234", "ambiguous-number"],
    ["a formula never calculated", { formula: "F2*2" }, "formula-without-value"],
  ])(
    "the quantity %s: UCO incomplete, no negative-balance; Tallow declares",
    async (_, quantity, refusal) => {
      const run = massbal(["declare", await write(quantity), "--json"], folder.path);
      expect(stderrBeyondProgress(run.stderr)).toBe("");
      const report = JSON.parse(run.stdout) as Report;
      const errors = report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.cell}`);
      expect(errors).toContain(`${refusal} F3`);
      expect(errors.filter((e) => e.startsWith("negative-balance"))).toEqual([]);
      const byProduct = Object.fromEntries(report.balances.map((b) => [b.product, b]));
      expect(byProduct.UCO).toMatchObject({ closing: "-40", complete: false });
      expect(byProduct.Tallow).toMatchObject({ closing: "5", complete: true });
      const status = (product: string) =>
        report.declarations.filter((d) => d.product === product).map((d) => d.status);
      expect(status("UCO")).not.toContain("new");
      expect(status("Tallow")).toEqual(["new"]);
    },
  );

  it("check says so in its summary; with the receipt read short, UCO is a negative balance", async () => {
    const refused = massbal(["check", await write("1,234")], folder.path);
    // one row left out, not a whole sheet: the summary says so and points at the errors
    expect(refused.stdout).toMatch(
      /UCO[^\n]*closing -40 t[^\n]*\(incomplete: a row or sheet that feeds it could not be read or was left out; see the errors above\)/,
    );
    // negative-balance and overdraft say "closes the period" and "went below zero"
    expect(refused.stdout).not.toMatch(/closes the period|went below zero/);
    const short = massbal(["check", await write(0.5, "short.xlsx")], folder.path);
    expect(short.stdout).toMatch(
      /error {3}Deliveries!E2: UCO [^\n]* closes the period ending 2025-03-31 at -39\.5 t/,
    );
    expect(short.stdout).not.toMatch(/\(incomplete: /);
  });
});
