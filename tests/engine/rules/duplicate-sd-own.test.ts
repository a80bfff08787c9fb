// ownIsIncoming (rules/duplicate-sd-own.ts) as a property: for random receipts and deliveries
// sharing a few SD numbers in several spellings (labels, case, separators, blanks), it pairs
// exactly the deliveries its statement names, in delivery order, each with the first receipt
// giving its number. The statement is written out plainly (every receipt compared per delivery),
// so a faster shape of the function can find neither less nor more.
import fc from "fast-check";
import { ownIsIncoming } from "../../../src/engine/rules/duplicate-sd-own";
import { sdKey } from "../../../src/engine/sd-key";
// (p-hold) A number the register (MB Declarations) holds as the parts of a split delivery ("4711-1",
// "4711-2" for the row's "4711") stays with that row when another row repeats the number in another
// spelling, whatever the dates: the add-in's own lines name their stem in their record (exact); a
// typed register's parts ("4711-1", "4711/1", "4711 a") are read as parts only where that names one
// row alone (numbering.ts partOf, rules/duplicate-sd-own.ts registerHolds).
import { runEngine } from "../../../src/engine";
import type { EngineResult } from "../../../src/engine";
import { partOf } from "../../../src/engine/numbering";
import { ledger, sale, typedRegister, uco } from "../build";
import type { Delivery, Receipt } from "../../../src/engine/records";

const NUMBERS = ["", "AS-25-001", "as 25 001", "SD 2025-0001", "2025-0001", "Nr. 4711", "4711", "SD", "-"];

/** A receipt as intake keeps it, for the fields the function reads: its SD number and sdKey. */
const receipt = (sd: string, i: number) => ({ sd, sdKey: sdKey(sd), seq: i }) as unknown as Receipt;
const delivery = (sdNumber: string, i: number) => ({ sdNumber, seq: i }) as unknown as Delivery;

/** The statement: each delivery whose own number's sdKey is the sdKey of a receipt, with the first such receipt. */
function statement(receipts: Receipt[], deliveries: Delivery[]): [Delivery, Receipt][] {
  return deliveries.flatMap((d): [Delivery, Receipt][] => {
    const key = sdKey(d.sdNumber);
    const r = key === "" ? undefined : receipts.find((x) => x.sdKey === key);
    return r ? [[d, r]] : [];
  });
}

describe("ownIsIncoming", () => {
  it("pairs each delivery whose number an incoming SD gives with the first receipt giving it", () => {
    const number = fc.constantFrom(...NUMBERS);
    fc.assert(
      fc.property(fc.array(number, { maxLength: 12 }), fc.array(number, { maxLength: 12 }), (rs, ds) => {
        const receipts = rs.map(receipt);
        const deliveries = ds.map(delivery);
        expect(ownIsIncoming(receipts, deliveries)).toEqual(statement(receipts, deliveries));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ["AS-25-001", "as 25 001"],
    ["SD-2025-0001", "SD 2025-0001"],
  ])("receipts %p twice, a delivery %p: paired with the first receipt", (incoming, own) => {
    const receipts = [receipt("9", 0), receipt(incoming, 1), receipt(incoming, 2)];
    const deliveries = [delivery("", 0), delivery(own, 1)];
    expect(ownIsIncoming(receipts, deliveries)).toEqual([[deliveries[1], receipts[1]]]);
  });
});

describe("partOf reads a register number as a part of a split, or not", () => {
  it.each([
    ["4711-1", { stem: "4711", part: "1" }],
    ["4711-2", { stem: "4711", part: "2" }],
    ["4711/1", { stem: "4711", part: "1" }],
    ["4711 / 2", { stem: "4711", part: "2" }],
    ["4711 a", { stem: "4711", part: "a" }],
    ["4711-b", { stem: "4711", part: "b" }],
    ["SD-2025-0003-1", { stem: "SD-2025-0003", part: "1" }],
    ["SD 4711-12", { stem: "SD 4711", part: "12" }],
    ["SD-2025-0001", null],
    ["SD 2025 0001", null],
    ["4711-1234", null],
    ["4711a", null],
    ["SD-1", null],
    ["4711", null],
  ])("%p → %j", (number, expected) => {
    expect(partOf(number)).toEqual(expected);
  });
});

/** Two receipts of two raw materials: 15 t delivered is declared in two lines (a split). */
const receipts = [
  uco("2025-01-05", "10", "IN-1"),
  uco("2025-01-06", "10", "IN-2", { rawMaterial: "Animal fat", ghg: { total: "20", method: "AV" } }),
];
const split = sale("2025-03-05", "15", { sdNumber: "4711" });

/** [status, number, quantity] of each declaration of the later run, and its duplicate-sd cells. */
function outcome(result: EngineResult): { lines: string[][]; repeats: (string | undefined)[] } {
  return {
    lines: result.declarations.map((d) => [d.status, d.number, d.quantity]),
    repeats: result.findings.filter((f) => f.code === "duplicate-sd").map((f) => f.cell),
  };
}

describe("the register's parts of a split keep the number with their row", () => {
  // the register an earlier massbal wrote for the row typed "4711" (engine/issue/outside.ts)
  const first = runEngine(ledger({ receipts, deliveries: [{ ...split, sdNumber: "" }] }), {
    today: "2025-04-15",
  });
  const register = typedRegister(first.declarations, 2, "4711");

  it("that register holds the delivery's split as 4711-1 and 4711-2", () => {
    expect(register.map((d) => d.number)).toEqual(["4711-1", "4711-2"]);
  });

  it.each(["SD 4711", "sd-4711", "SD4711"])(
    "an earlier row typed %p later is the repeat, held back (the add-in's register, its records)",
    (typed) => {
      const earlier = sale("2025-03-01", "2", { sdNumber: typed });
      for (const deliveries of [
        [split, earlier],
        [earlier, split],
      ]) {
        const next = runEngine(ledger({ receipts, deliveries, issued: register }), {
          today: "2025-04-15",
        });
        const row = deliveries.indexOf(earlier) + 2;
        expect(outcome(next)).toEqual({
          lines: [
            ["issued", "4711-1", "10"],
            ["issued", "4711-2", "5"],
            ["blocked", "", "2"],
          ],
          repeats: [`H${row}`],
        });
      }
    },
  );

  it.each([
    ["4711-1", "4711-2"],
    ["4711/1", "4711/2"],
    ["4711 a", "4711 b"],
  ])("a typed register of %p and %p: the row 4711 keeps it, nothing recorded twice", (one, two) => {
    const typed = [
      { number: one, status: "Issued" },
      { number: two, status: "Issued" },
    ];
    const earlier = sale("2025-03-01", "2", { sdNumber: "SD 4711" });
    const next = runEngine(ledger({ receipts, deliveries: [split, earlier], issued: typed }), {
      today: "2025-04-15",
    });
    const { lines, repeats } = outcome(next);
    expect(lines.map(([status, number]) => [status, number])).toEqual([
      ["issued", one],
      ["issued", two],
      ["blocked", ""],
    ]);
    expect(repeats).toEqual(["H3"]);
  });

  it("a typed register naming both rows (parts of each spelling) is no answer: the earlier date keeps it", () => {
    const typed = [
      { number: "4711-1", status: "Issued" },
      { number: "SD 4711/1", status: "Issued" },
    ];
    const earlier = sale("2025-03-01", "2", { sdNumber: "SD 4711" });
    const next = runEngine(ledger({ receipts, deliveries: [split, earlier], issued: typed }), {
      today: "2025-04-15",
    });
    expect(outcome(next).repeats).toEqual(["H2"]);
  });
});
