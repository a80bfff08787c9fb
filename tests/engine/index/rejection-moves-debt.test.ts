// A rejected receipt can move a debt (domain.md §4; docs/rules.md "Selling ahead"): a period that
// closes short leaves the debt on the account the withdrawal drew on last, and only that account's
// later credit repays it (book/shorts.ts, closeShorts). Where the rejected receipt's account was
// that account, the debt falls on another, and the next period's credit, which repaid it before,
// now backs a production row: the product converted gets credit it did not get before. That is
// why the property "rejecting receipts never increases …" (properties.test.ts) compares only the
// credit taken in for books that went below zero; CI found it once on a book whose shortfall was
// no finding because the product was incomplete. What must hold whatever the debt does: nothing
// more is issued. Every declaration that credit reaches is held back by the product's negative
// balance, or by its incompleteness.
import { type Ledger, runEngine } from "../../../src/engine";
import { dec } from "../../../src/engine/quantity";
import { biodieselFrom, ledger, sale, uco } from "../build";

const UNREAD: Ledger["incomplete"] = [{ kinds: ["receipts"], source: { sheet: "Receipts", cell: "A1" } }];

/**
 * 1 t of Tallow UCO (ISCC compliant) and 1 t of UCO (IN-2) in January, 12 t sold: 11 t short at the
 * close of January. 10 t of UCO in February, pressed into 10 t of Biodiesel and sold. `why`
 * rejects IN-2; `unread` leaves the receipts sheet incomplete.
 */
function books(why: Record<string, unknown> | null, unread: boolean): Ledger {
  const base = ledger({
    receipts: [
      uco("2025-01-02", "1", "IN-1", { claim: "ISCC compliant", rawMaterial: "Tallow" }),
      uco("2025-01-03", "1", "IN-2", { claim: "EU RED compliant", ...why }),
      uco("2025-02-02", "10", "IN-3", { claim: "EU RED compliant" }),
    ],
    deliveries: [sale("2025-01-10", "12"), sale("2025-02-20", "10", { product: "Biodiesel" })],
    production: [biodieselFrom("2025-02-05", "10")],
    settings: { periodMonths: 1 },
  });
  return unread ? { ...base, incomplete: UNREAD } : base;
}

const produced = (r: ReturnType<typeof runEngine>) =>
  r.balances.filter((b) => b.product === "Biodiesel").reduce((s, b) => s.plus(b.produced), dec(0));
const issued = (r: ReturnType<typeof runEngine>) =>
  r.declarations.filter((d) => d.status === "new").reduce((s, d) => s.plus(d.quantity), dec(0));

describe("a rejected receipt that moves a debt frees credit, and nothing more is issued", () => {
  it.each<[string, Record<string, unknown>, boolean, string]>([
    ["an unreadable claim", { unreadable: ["claim"] }, false, "negative-balance"],
    ["an unreadable raw material", { unreadable: ["rawMaterial"] }, false, "negative-balance"],
    [
      "a GHG saving below the threshold",
      { ghg: { total: "60", unit: "g CO2eq/MJ" }, installationStartDate: "2022-01-01" },
      false,
      "negative-balance",
    ],
    [
      "an unreadable claim, the receipts sheet incomplete",
      { unreadable: ["claim"] },
      true,
      "input-incomplete",
    ],
    [
      "a GHG saving below the threshold, the receipts sheet incomplete",
      { ghg: { total: "60", unit: "g CO2eq/MJ" }, installationStartDate: "2022-01-01" },
      true,
      "input-incomplete",
    ],
  ])("IN-2 rejected for %s", (_, why, unread, holding) => {
    const before = runEngine(books(null, unread), { today: "2026-01-10" });
    const after = runEngine(books(why, unread), { today: "2026-01-10" });
    // the debt moved: before, IN-3 repaid it and the press found no credit; now it finds 10 t
    expect([produced(before).toFixed(), produced(after).toFixed()]).toEqual(["0", "10"]);
    const uco = (r: ReturnType<typeof runEngine>) =>
      r.balances
        .filter((b) => b.product === "UCO" && b.periodStart === "2025-02-01")
        .map((b) => [b.characteristics.rawMaterial, b.closing]);
    expect(uco(before)).toEqual([
      ["Tallow", "0"],
      ["Used cooking oil", "-10"],
    ]);
    expect(uco(after)).toEqual([
      ["Tallow", "-11"],
      ["Used cooking oil", "0"],
    ]);
    // and nothing more is issued: the Biodiesel it backs is held back by what holds the UCO
    expect([issued(before).toFixed(), issued(after).toFixed()]).toEqual(["0", "0"]);
    const biodiesel = after.declarations.find((d) => d.product === "Biodiesel");
    expect(biodiesel && [biodiesel.status, biodiesel.unbacked ?? ""]).toEqual(["blocked", ""]);
    expect(biodiesel?.heldBy?.map((h) => h.code)).toContain(holding);
  });
});
