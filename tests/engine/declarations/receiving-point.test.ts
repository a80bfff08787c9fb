// The receiving point of a declaration (p-shipto): the delivery row's ship-to address, printed on
// the SD as its "address of receipt/receiving point". A book without such a column declares as it
// did before the field was read: the same fingerprint (no declaration-stale on issued ones).
import { runEngine } from "../../../src/engine";
import { ledger, registerOf, sale, uco } from "../build";

const receipts = [uco("2025-01-02", "60", "IN-1")];

describe("the receiving point of a declaration", () => {
  it("keeps the fingerprint a book without a delivery-address column had before (pinned)", () => {
    const d = runEngine(ledger({ receipts, deliveries: [sale("2025-02-01", "10")] })).declarations[0]!;
    expect(d.fingerprint).toBe("e3df41c123f0ef1e1c00b23cbc7b1cc6f1dc373be340314e80f7364bb449a1d5");
    expect(d.receivingAddress).toBe("");
  });

  it("declares the row's delivery address as the receiving point, the dispatch point untouched", () => {
    const where = "Tanklager Süd, Hafenstr. 5, Hamburg";
    const books = ledger({ receipts, deliveries: [sale("2025-02-01", "10", { receivingAddress: where })] });
    const d = runEngine(books).declarations[0]!;
    expect(d.receivingAddress).toBe(where);
    expect(d.recipient.address).toBe("Kai 2, 24103 Kiel");
    const plain = runEngine(ledger({ receipts, deliveries: [sale("2025-02-01", "10")] })).declarations[0]!;
    expect(d.dispatchAddress).toBe(plain.dispatchAddress);
  });

  it("an issued declaration of a book without the column is not stale when checked again", () => {
    const issued = registerOf(
      runEngine(ledger({ receipts, deliveries: [sale("2025-02-01", "10")] })).declarations,
    );
    const again = runEngine(ledger({ receipts, deliveries: [sale("2025-02-01", "10")], issued }), {
      today: "2025-04-01",
    });
    expect(again.findings.filter((f) => f.code === "declaration-stale")).toEqual([]);
    expect(again.declarations.map((d) => d.status)).toEqual(["issued"]);
  });
});
