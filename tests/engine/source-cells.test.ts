// A source whose cells are kept in a shared shape (engine/source-cells.ts) must give every user
// the same addresses, in the same order, as the map of cells it was built from: property-tested
// against the map itself, with addresses on the row's line, off it, blank and missing.
import fc from "fast-check";
import { CellShapes, cellAt, cellsOf, firstCell } from "../../src/engine/source-cells";
import type { Source } from "../../src/engine/model";
import { sourceOf } from "../../src/engine/validate";

const FIELDS = ["date", "product", "quantity", "unit", "ghg.unit", "sdNumber", "supplier", "0", "12"];

/** An address as a reader writes one: on the row's own line, on another (a header), or odd. */
function address(row: number): fc.Arbitrary<string | undefined> {
  const column = fc.constantFrom("A", "D", "Z", "AA", "XFD");
  return fc.oneof(
    column.map((c) => `${c}${row}`),
    fc.tuple(column, fc.integer({ min: 1, max: 30 })).map(([c, r]) => `${c}${r}`),
    fc.constantFrom("", "$D$2", "d12", `D0${row}`, `${row}`, "D"),
    fc.constant(undefined),
  );
}

const row = fc.integer({ min: 1, max: 1_048_576 });
const source = row.chain((r) =>
  fc
    .uniqueArray(fc.constantFrom(...FIELDS), { maxLength: FIELDS.length })
    .chain((fields) => fc.tuple(...fields.map((f) => address(r).map((a) => [f, a] as const))))
    .map((entries) => ({ sheet: "Receipts", row: r, cells: Object.fromEntries(entries) })),
);

describe("cells in a shared shape", () => {
  it("give the same map, addresses and first cell as the map they were built from", () => {
    const shapes = new CellShapes();
    fc.assert(
      fc.property(source, (full) => {
        const shared = shapes.compact(full);
        expect(Object.entries(cellsOf(shared))).toEqual(Object.entries(full.cells));
        for (const f of [...FIELDS, "site"]) expect(cellAt(shared, f)).toBe(full.cells[f]);
        expect(firstCell(shared)).toBe(Object.values(full.cells).find(Boolean));
        expect(firstCell(shared, true)).toBe(Object.values(full.cells)[0]);
        expect(JSON.stringify(shared)).toBe(JSON.stringify(full));
        // the engine's boundary takes it as it takes the map: as it is, or cleaned alike
        const taken = sourceOf({ source: shared });
        expect(taken === shared).toBe(sourceOf({ source: full }) === full);
        expect(JSON.stringify(taken)).toBe(JSON.stringify(sourceOf({ source: full })));
      }),
    );
  });

  it("keep a map of the row's own only for the addresses off its line", () => {
    const shapes = new CellShapes();
    const a = shapes.compact({ sheet: "S", row: 12, cells: { date: "A12", unit: "D1", quantity: "C12" } });
    const b = shapes.compact({ sheet: "S", row: 13, cells: { date: "A13", unit: "D1", quantity: "C13" } });
    expect(a.shape).toBe(b.shape);
    expect(a.shape.columns).toEqual(["A", "", "C"]);
    expect(a.cells).toEqual({ unit: "D1" });
    const c = shapes.compact({ sheet: "S", row: 14, cells: { date: "A14", quantity: "C14" } });
    expect(c.shape).not.toBe(a.shape);
    expect(c.cells).toBeUndefined();
  });

  it("read a source as any caller hands it over: a map of cells, or none", () => {
    const plain: Source = { sheet: "S", row: 3, cells: { quantity: "C3" } };
    expect(cellAt(plain, "quantity")).toBe("C3");
    expect(cellsOf({ sheet: "S", row: 3 })).toEqual({});
    expect(firstCell({ sheet: "S", row: 3 })).toBeUndefined();
    // a malformed shape is not trusted: the source is rebuilt from what can be read of it
    const odd = { sheet: "S", row: 3, shape: { fields: ["quantity"], columns: ["c"] } };
    expect(sourceOf({ source: odd })).toEqual({ sheet: "S", row: 3, cells: {} });
  });
});
