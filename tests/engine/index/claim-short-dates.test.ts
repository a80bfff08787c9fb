// claim-exceeds-input (TV-10) is not reported where the missing credit may come only from a row
// booking could not book (unit-mismatch), but only a row dated by the period's close can: one
// dated in a later period cannot have backed the claim (as negative-balance judges its own close).
import { runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

/** 200 t of ISCC compliant UCO, 250 t of it sold in February, and a receipt in m³ of `date` booking cannot book. */
const run = (date: string) =>
  runEngine(
    ledger({
      receipts: [
        uco("2025-01-02", "200", "IN-ISCC", { claim: "ISCC compliant" }),
        uco(date, "50", "IN-M3", { claim: "ISCC compliant", unit: "m3" }),
      ],
      deliveries: [sale("2025-02-01", "250", { claim: "ISCC compliant" })],
    }),
    { today: "2025-07-15" },
  );

describe("claim-exceeds-input and the date of a row booking could not book", () => {
  it.each([
    ["before the sale", "2025-01-10", false],
    ["after the sale, before the close", "2025-03-20", false],
    ["in the next period", "2025-05-05", true],
  ])("unbooked %s (%s): reported %s", (_, date, reported) => {
    const r = run(date);
    const codes = r.findings.map((f) => f.code);
    expect(codes).toContain("unit-mismatch");
    expect(codes.includes("claim-exceeds-input")).toBe(reported);
    // the negative balance of the first quarter is judged alike
    expect(codes.includes("negative-balance")).toBe(reported);
  });
});
