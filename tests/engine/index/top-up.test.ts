// (p-misc) The extra quantity of a delivery declared before (a top-up) needs a declaration of its
// own, and goes through what a new declaration goes through: its date of issuance is checked
// (issue-date-too-early at the delivery's date cell) and, where its credit falls short, it is listed
// held back in a Declare run with the credit found as its inputs and the rest as `unbacked`, never
// numbered (unbacked.test.ts for new deliveries), rather than left out of the declarations.
import fc from "fast-check";
import { type Declaration, type EngineResult, runEngine } from "../../../src/engine";
import { dec } from "../../../src/engine/quantity";
import { ledger, registerOf, sale, uco } from "../build";

/** Where the add-in writes each new number: the row then carries it (a top-up is bound by it). */
const layout = { Deliveries: { sdNumber: "H" } };
const receipts = [uco("2025-01-05", "40", "IN-1"), uco("2025-03-10", "40", "IN-2")];

/** 30 t sold on 20 February, declared on 25 February: the register and the number on its row. */
function declared(): { issued: ReturnType<typeof registerOf>; sd: string } {
  const first = runEngine(ledger({ receipts, deliveries: [sale("2025-02-20", "30")], layout }), {
    today: "2025-02-25",
  });
  expect(first.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "30"]]);
  return { issued: registerOf(first.declarations), sd: first.declarations[0]?.rowSd ?? "" };
}

/** The same delivery raised to `quantity`, declared again. */
function raised(quantity: string, settings = {}, today?: string): EngineResult {
  const { issued, sd } = declared();
  const deliveries = [sale("2025-02-20", quantity, { sdNumber: sd })];
  return runEngine(ledger({ receipts, deliveries, issued, settings, layout }), today ? { today } : {});
}

const listed = (r: EngineResult) =>
  r.declarations.map((d: Declaration) => [
    d.status,
    d.number,
    d.quantity,
    d.unbacked,
    d.inputs.map((i) => `${i.sd} ${i.quantity}`),
    d.heldBy?.map((h) => `${h.code} ${h.cell}`),
  ]);

describe("a top-up's credit falls short", () => {
  it("is listed held back: the extra quantity, the credit found, the rest unbacked", () => {
    // 200 t now: 30 t issued, 170 t more of which 50 t has credit (IN-1 10 t, IN-2 40 t)
    const r = raised("200", {}, "2025-04-25");
    expect(listed(r)).toEqual([
      ["issued", "SD-2025-0001", "30", undefined, ["IN-1 30"], undefined],
      ["blocked", "", "170", "120", ["IN-1 10", "IN-2 40"], ["negative-balance C2"]],
    ]);
    // the row keeps the number it carries; the blocked one takes none
    expect(r.declarations[1]?.rowSd).toBe("SD-2025-0001");
    expect(r.findings.find((f) => f.code === "negative-balance")?.holdsBack).toEqual([
      { sheet: "Deliveries", cell: "C2" },
    ]);
  });

  it("stays blocked when drafts are asked for, and Check lists only what was issued", () => {
    const { issued, sd } = declared();
    const input = ledger({
      receipts,
      deliveries: [sale("2025-02-20", "200", { sdNumber: sd })],
      issued,
      layout,
    });
    const draft = runEngine(input, { today: "2025-04-25", draft: true });
    expect(draft.declarations.map((d) => [d.status, d.quantity])).toEqual([
      ["issued", "30"],
      ["blocked", "170"],
    ]);
    const check = runEngine(input, { today: "2025-04-25", declare: false });
    expect(check.declarations.map((d) => [d.status, d.quantity])).toEqual([["issued", "30"]]);
  });
});

describe("a top-up's date of issuance is checked as a new declaration's is", () => {
  it("is held back where the Settings date is before the receipt its extra draws on", () => {
    // 50 t now: the extra 20 t draws 10 t of IN-1 and 10 t of IN-2, received 10 March
    const r = raised("50", { issueDate: "2025-03-01" });
    expect(listed(r)).toEqual([
      ["issued", "SD-2025-0001", "30", undefined, ["IN-1 30"], undefined],
      ["blocked", "", "20", undefined, ["IN-1 10", "IN-2 10"], ["issue-date-too-early A2"]],
    ]);
    const f = r.findings.find((x) => x.code === "issue-date-too-early");
    expect(f?.details).toMatchObject({
      from: "settings",
      received: "2025-03-10",
      sd: "IN-2",
      earliest: "2025-03-10",
    });
  });

  it("is issued on the date given where that is on or after both", () => {
    const r = raised("50", { issueDate: "2025-03-10" });
    expect(r.declarations.map((d) => [d.status, d.number, d.quantity, d.issueDate])).toEqual([
      ["issued", "SD-2025-0001", "30", "2025-02-25"],
      ["new", "SD-2025-0002", "20", "2025-03-10"],
    ]);
  });
});

describe("property: every delivery that grew is declared for its whole quantity, or listed held back", () => {
  it("holds for any receipts, sales and raises", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (incoming, sales) => {
          const ins = incoming.map((q, i) => uco(`2025-01-0${i + 1}`, String(q), `IN-${i + 1}`));
          const rows = sales.map(([q], i) => sale(`2025-02-1${i}`, String(q), { customer: `C${i}` }));
          const first = runEngine(ledger({ receipts: ins, deliveries: rows, layout }), {
            today: "2025-02-28",
          });
          const numbers = rows.map(
            (_, i) => first.declarations.find((d) => d.delivery.row === i + 2 && d.number)?.rowSd,
          );
          const grown = rows.map((r, i) => ({
            ...r,
            quantity: String(Number(r.quantity) + (sales[i]?.[1] ?? 0)),
            ...(numbers[i] ? { sdNumber: numbers[i] } : {}),
          }));
          const issued = registerOf(first.declarations);
          const r = runEngine(ledger({ receipts: ins, deliveries: grown, issued, layout }), {
            today: "2025-03-31",
          });
          grown.forEach((row, i) => {
            const mine = r.declarations.filter((d) => d.delivery.row === i + 2);
            const total = mine.reduce((s, d) => s.plus(d.quantity), dec(0));
            expect(total.equals(row.quantity)).toBe(true);
            // only credit is declared: what lacks it is unbacked, and such a declaration is held back
            for (const d of mine) {
              const inputs = d.inputs.reduce((s, x) => s.plus(x.quantity), dec(0));
              expect(inputs.plus(d.unbacked ?? 0).equals(d.quantity)).toBe(true);
              if (d.unbacked) expect(d).toMatchObject({ status: "blocked", number: "" });
            }
          });
        },
      ),
      { numRuns: 80 },
    );
  });
});
