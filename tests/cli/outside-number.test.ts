// (p-outside) SD numbers typed by hand on deliveries before any massbal register exists ("ORH/2025/3"
// on a delivery that would be declared in two lines, "orh 2025 0002"), through the real massbal
// declare on a real .xlsx, twice into one audited copy: each is one declaration issued outside
// massbal, with contents massbal never saw. Nothing is recorded or printed for it (no "-1/-2"
// lines, no incoming SDs or GHG values computed by this run), its delivery gets no second
// declaration, and declaration-issued-outside at its SD cell says what massbal did and did not
// record. Before, MB Declarations listed "ORH/2025/3-1", "-2", "-3" as Issued (brk8 fault 10).
import type { Rows } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { declareIntoCopy, deliveryHeader, sale, SPLIT_RECEIPTS } from "./sd-books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

async function declareInto(deliveries: Rows): Promise<{ report: JsonReport; text: string }> {
  const report = await declareIntoCopy(folder.path, SPLIT_RECEIPTS, deliveries);
  const text = massbal(["declare", "books.xlsx", "--out", "out.xlsx", "--force"], folder.path).stdout;
  return { report, text };
}

it("records nothing for numbers typed before any register, and issues no second declaration", async () => {
  const rows = [
    deliveryHeader(),
    sale("2025-02-10", 25, "ORH/2025/3"),
    sale("2025-02-12", 4, "orh 2025 0002"),
    sale("2025-02-14", 3, null),
  ];
  for (const run of [await declareInto(rows), await declareInto(rows)]) {
    const { report, text } = run;
    // only the blank row's declaration, by the add-in, under its own number
    expect(report.declarations.map((x) => [x.number, x.quantity])).toEqual([["ON-2025-0001", "3"]]);
    expect(report.declarations.some((x) => /orh/i.test(x.number))).toBe(false);
    // the typed ones are said at their SD cells, with what was and was not recorded
    const said = report.findings.filter((f) => f.code === "declaration-issued-outside");
    expect(said.map((f) => [f.cell, f.severity])).toEqual([
      ["G2", "warning"],
      ["G3", "warning"],
    ]);
    expect(said[0]!.message).toMatch(
      /ORH\/2025\/3 is not a declaration massbal issued.*25 t of Rapeseed oil to Fuel AG, dispatched 2025-02-10.*counts those 25 t as declared by it.*does not record ORH\/2025\/3 in MB Declarations/,
    );
    expect(text).toMatch(/Declarations: [01] new, [01] already issued/);
    expect(text).not.toMatch(/ORH\/2025\/3-1/);
  }
  // the account draws all 32 t: the typed rows count as declared (credit is not left free)
  const { report } = await declareInto(rows);
  expect(report.balances.reduce((a, b) => a + Number(b.delivered), 0)).toBe(32);
});
