// The event of a booked row (src/engine/book/row-event.ts RowEvent) against what it replaces: a
// context per row with the row's quantity cell made as a CellRef (quantityCell). Whatever the
// rows' cells (in a shared shape or not, on the row's own line or elsewhere, row numbers of any
// size), and with contexts copied from a row's event between its lines (a short's backing line),
// the ledger gives back the same lines, cells included; and the row's cell is quantityCell's.
import fc from "fast-check";
import type { Account } from "../../../src/engine/book/accounts";
import { LedgerTable } from "../../../src/engine/book/ledger-table";
import { quantityCell, RowEvent } from "../../../src/engine/book/row-event";
import type { Source } from "../../../src/engine/model";
import { dec, ZERO } from "../../../src/engine/quantity";
import { CellShapes } from "../../../src/engine/source-cells";

/** An account row as the ledger keeps it: its key, unit and parts (only the key and unit are shown). */
const ACCOUNT: Pick<Account, "key" | "unit" | "id"> = {
  key: "a",
  unit: "t",
  id: {
    site: "S",
    scheme: "ISCC EU",
    product: "UCO",
    characteristics: { rawMaterial: "", countryOfOrigin: "", claim: "", wasteResidue: "", annexIxPart: "" },
  },
};

const FIELDS = ["date", "quantity", "inputQuantity", "product"] as const;
/** A row number as a reader may give it: usual, 0, 7 or more digits, not an integer. */
const rowNumber = fc.oneof(
  fc.integer({ min: 1, max: 5000 }),
  fc.constantFrom(0, 9_999_999, 10_000_000, 123_456_789, 2.5, -3),
);
/** A cell of the row: on its own line (letters + its row number) or anywhere else. */
const cellOn = (row: number) =>
  fc.oneof(
    fc.constantFrom("A", "C", "Z", "AB", "XFD", "AAAA").map((letters) => `${letters}${row}`),
    fc.constantFrom("", "C0", "B7", "$A$1", "Sheet2!C9"),
  );
/** A row's source: its cells in a shared shape (as the reader builds them) or in its own map. */
const source = (shapes: CellShapes) =>
  fc.tuple(fc.constantFrom("Receipts", "Deliveries"), rowNumber, fc.boolean()).chain(([sheet, row, shared]) =>
    fc
      .uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 4 })
      .chain((fields) => fc.tuple(...fields.map((f) => cellOn(row).map((c) => [f, c] as const))))
      .map((pairs): Source => {
        const cells = Object.fromEntries(pairs);
        return shared ? shapes.compact({ sheet, row, cells }) : { sheet, row, cells };
      }),
  );

describe("the event of a booked row", () => {
  it("gives the ledger the lines a CellRef per row gave it, copied contexts between them", () => {
    const shapes = new CellShapes();
    // one pair of tables for every run (a table's columns are allocated by 65,536 lines): each
    // run's lines are compared from where the run began
    const byEvent = new LedgerTable();
    const byCell = new LedgerTable();
    const ra = byEvent.accountRow(ACCOUNT);
    const rb = byCell.accountRow(ACCOUNT);
    const linesFrom = (table: LedgerTable, from: number) =>
      Array.from({ length: table.length - from }, (_, i) => table.entry(from + i));
    const step = fc.tuple(source(shapes), fc.integer({ min: 1, max: 3 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (rows) => {
        const from = byEvent.length;
        const e = new RowEvent();
        rows.forEach(([s, lines, copied], i) => {
          const reference = `R-${i % 3}`;
          e.start(s, "2025-01-05", reference);
          const old = { reference, source: quantityCell(s) };
          for (let l = 0; l < lines; l++) {
            byEvent.add(ra, "receipt", dec(l), false, ZERO, e.date, e);
            byCell.add(rb, "receipt", dec(l), false, ZERO, "2025-01-05", old);
            if (!copied) continue;
            // a backing line: the row's cell under another reference, then the row again
            byEvent.add(ra, "backed", dec(l), false, ZERO, e.date, { reference: "ahead", source: e.source });
            byCell.add(rb, "backed", dec(l), false, ZERO, "2025-01-05", {
              reference: "ahead",
              source: old.source,
            });
          }
        });
        expect(JSON.stringify(linesFrom(byEvent, from))).toBe(JSON.stringify(linesFrom(byCell, from)));
        rows.forEach(([s], i) => {
          e.start(s, "2025-01-05", `R-${i}`);
          expect(e.source).toEqual(quantityCell(s));
          expect(e.sheet).toBe(s.sheet);
        });
      }),
      { numRuns: 300 },
    );
  });
});
