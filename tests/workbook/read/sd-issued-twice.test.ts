// One outgoing SD number on two deliveries (SD-01), through real .xlsx books built by exceljs: the
// later delivery's declaration is held back (blocked, no number) by the duplicate-sd error at its
// SD cell, which names the delivery it holds back; the first delivery's number, typed with no
// register behind it, was issued outside the add-in (p-outside, brk8 #10): not listed, nothing
// invented for it, a declaration-issued-outside warning at its cell. Exact repeats are held back on both rows by declaration-number-duplicate (no
// row tells which one was issued), each listed as blocked.
import { books } from "./sd-lookalikes-books";

/** The declarations of the deliveries on rows 2 and 3 of a book whose two SD cells are `first` and `later`. */
async function twoDeliveries(first: string, later: string) {
  const { result, at } = await books(
    ["IN-1"],
    [
      [first, ""],
      [later, ""],
    ],
  );
  const of = (row: number) => result.declarations.filter((d) => d.delivery.row === row);
  return { first: of(2), later: of(3), at };
}

describe("a delivery whose own SD number repeats an earlier delivery's", () => {
  it.each([
    ["SD 4711", "4711"],
    ["4711", "SD 4711"],
    ["Nr. 4711", "4711"],
    ["SD-2025-0001", "SD-25-0001"],
    ["SD-2025-0001", "SD-2025-OOO1"],
    ["SD-2025-0001", "SD-2025-1"],
    ["SD-2025-0011", "SD-2025-00l1"],
    // p-sd9: letters O and I or l mixed in one number
    ["SD-2025-0001", "SD-2025-OOOI"],
    ["SD-2025-0011", "SD-2025-OOIl"],
  ])("%p then %p: the later is held back at its SD cell, the first issued outside", async (first, later) => {
    const got = await twoDeliveries(first, later);
    expect(got.first).toEqual([]);
    expect(got.at("Deliveries", "F2").map((f) => [f.code, f.severity])).toEqual([
      ["declaration-issued-outside", "warning"],
    ]);
    expect(got.later.map((d) => [d.status, d.number, d.rowSd])).toEqual([["blocked", "", later]]);
    const [held] = got.at("Deliveries", "F3");
    expect(held).toMatchObject({ code: "duplicate-sd", severity: "error" });
    expect(held!.holdsBack).toEqual([{ sheet: "Deliveries", cell: "D3" }]);
    expect(got.later[0]!.heldBy).toEqual([expect.objectContaining({ code: "duplicate-sd", cell: "F3" })]);
  });

  it("an exact repeat: both rows are listed held back (no number), each said at its SD cell", async () => {
    const got = await twoDeliveries("SD-2025-0009", "SD-2025-0009");
    // (p-reg) listed as blocked, never left out of the declarations
    expect([...got.first, ...got.later].map((d) => [d.status, d.number, d.rowSd])).toEqual([
      ["blocked", "", "SD-2025-0009"],
      ["blocked", "", "SD-2025-0009"],
    ]);
    for (const [d, cell] of [
      [got.first[0], "F2"],
      [got.later[0], "F3"],
    ] as const) {
      expect(d?.heldBy).toContainEqual(
        expect.objectContaining({ code: "declaration-number-duplicate", cell }),
      );
    }
    expect(got.at("Deliveries", "F3").map((f) => f.code)).toEqual(
      expect.arrayContaining(["declaration-number-duplicate", "duplicate-sd"]),
    );
    expect(got.at("Deliveries", "F2").map((f) => f.code)).toEqual(["declaration-number-duplicate"]);
  });

  it("two different numbers: both issued outside, nothing held", async () => {
    const got = await twoDeliveries("SD 4711", "SD 4712");
    expect([...got.first, ...got.later]).toEqual([]);
    for (const cell of ["F2", "F3"])
      expect(got.at("Deliveries", cell).map((f) => [f.code, f.severity])).toEqual([
        ["declaration-issued-outside", "warning"],
      ]);
  });
});
