// Details hold facts, the message table holds the sentences (issue 15): each reason the engine
// states as a closed code renders the very sentence detection used to write itself. The expected
// texts below are the messages as they were before the reasons became codes, so a change in the
// wording table shows here as well as in the golden texts.
import { runEngine } from "../../../../src/engine";
import { ledger, press, registerOf, sale, uco } from "../../build";

const today = { today: "2025-04-15" };

/** The invalid-quantity findings of 100 t of Rapeseed pressed into Oil, or of a sale of 50 t of UCO. */
function invalidQuantities(row: { production: object } | { delivery: object }) {
  const parts =
    "production" in row
      ? {
          receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed" })],
          production: [press({ factor: "0.41", ...row.production })],
        }
      : {
          receipts: [uco("2025-01-05", "100", "IN-1")],
          deliveries: [sale("2025-03-01", "50", row.delivery)],
        };
  return runEngine(ledger(parts), today).findings.filter((f) => f.code === "invalid-quantity");
}

const IN = "Production!G2: the sustainable input quantity";
// the credit the row converts is unknown, so the account is incomplete (p-engine5: was "no sustainable input was counted")
const UNKNOWN =
  "no sustainable input is counted for this row until it is corrected; the credit it converts is unknown, so the balances it feeds are incomplete";
const OUT = "Deliveries!F2: the sustainable quantity";

describe("invalid-quantity: a sustainable part's problem is a code, worded as before", () => {
  it.each([
    [
      { production: { sustainableInputQuantity: "60", sustainableInputQuantityUnit: "bags" } },
      "unit-unknown",
      `${IN} 60 bags has a unit the add-in does not know; ${UNKNOWN}.`,
    ],
    [
      { production: { sustainableInputQuantity: "120" } },
      "out-of-range",
      `${IN} 120 must lie between zero and the input quantity: correct it; ${UNKNOWN}.`,
    ],
    [
      { production: { unit: "m3", sustainableInputQuantity: "5", sustainableInputQuantityUnit: "t" } },
      "unconvertible",
      `${IN} 5 t cannot be converted to m³ without a density or heating value on the row; ${UNKNOWN}.`,
    ],
    [
      { delivery: { sustainable: "70" } },
      "out-of-range",
      `${OUT} 70 must lie between zero and the quantity; nothing was declared, correct the sustainable part.`,
    ],
    [
      { delivery: { sustainable: "-5" } },
      "out-of-range",
      `${OUT} -5 must lie between zero and the quantity; nothing was declared, correct the sustainable part.`,
    ],
    [
      { delivery: { unit: "m3", sustainable: "5", sustainableUnit: "t" } },
      "unconvertible",
      `${OUT} 5 t cannot be converted to m³ without a density or heating value on the row; nothing was declared.`,
    ],
  ] as const)("%j: %s", (row, reason, message) => {
    const found = invalidQuantities(row);
    expect(found.map((f) => f.message)).toEqual([message]);
    expect(found[0]?.details).toMatchObject({ reason });
  });
});

describe("the register's findings state facts, worded as before", () => {
  const receipts = [uco("2025-01-05", "100", "IN-1")];
  const deliveries = [sale("2025-01-06", "10"), sale("2025-01-07", "20")];
  const first = runEngine(ledger({ receipts, deliveries }), today);
  const register = registerOf(first.declarations);
  const unreadable = (issued: typeof register) =>
    runEngine(ledger({ receipts, deliveries, issued }), today).findings.filter(
      (f) => f.code === "declaration-record-unreadable",
    );
  const TAIL =
    "its number stays used, and what the register's columns show is kept as issued. MB Declarations is not for editing by hand.";

  it("declaration-record-unreadable, foreign: a record edited by hand", () => {
    const [one, two] = register;
    const found = unreadable([{ ...one!, record: "{edited" }, two!]);
    expect(found.map((f) => f.message)).toEqual([
      `'MB Declarations'!A2: the record of declaration ${one!.number} cannot be read (it is not a record this add-in wrote); ${TAIL}`,
    ]);
    expect(found[0]?.details).toEqual({ number: one!.number, reason: "foreign" });
  });

  it("declaration-record-unreadable, other-declaration: a record copied from another row", () => {
    const [one, two] = register;
    const found = unreadable([{ ...one!, record: two!.record }, two!]);
    expect(found.map((f) => f.message)).toEqual([
      `'MB Declarations'!A2: the record of declaration ${one!.number} cannot be read (it is the record of ${two!.number}); ${TAIL}`,
    ]);
    expect(found[0]?.details).toEqual({ number: one!.number, reason: "other-declaration", of: two!.number });
  });

  it("declaration-stale: the extra quantity and its unit, each a fact", () => {
    const more = [sale("2025-01-06", "15"), sale("2025-01-07", "20")];
    const found = runEngine(ledger({ receipts, deliveries: more, issued: register }), today).findings.filter(
      (f) => f.code === "declaration-stale",
    );
    expect(found.map((f) => f.message)).toEqual([
      `Deliveries!C2: declaration ${register[0]!.number} was issued from rows that have changed since: quantity; what was issued stays as issued, and the extra 5 t gets a declaration of its own. Check the change; if the declaration is now wrong, cancel it (Cancel declaration in the pane, or massbal declare --cancel ${register[0]!.number}) and a corrected one is issued with a new number.`,
    ]);
    expect(found[0]?.details).toMatchObject({ fields: "quantity", extra: "5", unit: "t" });
  });
});
