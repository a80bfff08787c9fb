// ownIsIncoming (rules/duplicate-sd-own.ts) as a property: for random receipts and deliveries
// sharing a few SD numbers in several spellings (labels, case, separators, blanks), it pairs
// exactly the deliveries its statement names, in delivery order, each with the first receipt
// giving its number. The statement is written out plainly (every receipt compared per delivery),
// so a faster shape of the function can find neither less nor more.
import fc from "fast-check";
import { ownIsIncoming } from "../../../src/engine/rules/duplicate-sd-own";
import { sdKey } from "../../../src/engine/sd-key";
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
