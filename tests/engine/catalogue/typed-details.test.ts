// Details hold facts, the message table holds the sentences (issue 15): each reason the engine
// states as a closed code renders the very sentence detection used to write itself. The expected
// texts below are the messages as they were before the reasons became codes, so a change in the
// wording table shows here as well as in the golden texts.
import { runEngine } from "../../../src/engine";
import { ledger, press, sale, uco } from "../build";

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
const OUT = "Deliveries!F2: the sustainable quantity";

describe("invalid-quantity: a sustainable part's problem is a code, worded as before", () => {
  it.each([
    [
      { production: { sustainableInputQuantity: "60", sustainableInputQuantityUnit: "bags" } },
      "unit-unknown",
      `${IN} 60 bags has a unit the add-in does not know; no sustainable input was counted.`,
    ],
    [
      { production: { sustainableInputQuantity: "120" } },
      "out-of-range",
      `${IN} 120 must lie between zero and the input quantity; no sustainable input was counted, correct it.`,
    ],
    [
      { production: { unit: "m3", sustainableInputQuantity: "5", sustainableInputQuantityUnit: "t" } },
      "unconvertible",
      `${IN} 5 t cannot be converted to m³ without a density or heating value on the row; no sustainable input was counted.`,
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
