// h-transfer3: a transfer kept with the quantity sent, the quantity received and their difference
// ("Versandmenge | Empfangsmenge | Differenz"). The difference must be sent − received, or received −
// sent where the whole column runs that way; one that fits neither, or only the way the column does
// not run, refuses the transfer at its cell (transit-loss error: nothing moved, both sites
// incomplete). Where sent and received differ, the sending site gives what left, the receiving one
// gets what arrived, and the loss is said (transit-loss info). Must not change: a transfer with no
// difference column, and a difference that agrees.
import { type EngineResult, runEngine } from "../../../src/engine";
import type { TransferInput } from "../../../src/engine";
import { ledger, type NoSource } from "../build";
import { hamburgUco, PLUS_SITES, plusTransfer } from "../transfer-books";

type Row = Partial<NoSource<TransferInput>> & { difference?: string; differenceUnit?: string };

function run(rows: Row[]): EngineResult {
  return runEngine(
    ledger({
      settings: { scheme: "ISCC PLUS", periodMonths: 3, periodStart: "2025-01-01" },
      sites: PLUS_SITES,
      receipts: [hamburgUco()],
      transfers: rows.map((x) => plusTransfer("10", { countryOfOrigin: "DE", received: "9.5", ...x })),
    }),
    { today: "2025-07-15" },
  );
}

const moved = (r: EngineResult, site: string) =>
  r.balances.filter((b) => b.site === site).reduce((s, b) => s + Number(b.transferredIn) - Number(b.transferredOut), 0); // prettier-ignore
const refusals = (r: EngineResult) =>
  r.findings.filter((f) => f.code === "transit-loss" && f.severity === "error");

describe("a difference beside the quantity sent and the quantity received", () => {
  it.each([
    ["sent − received", "0.5"],
    ["received − sent", "-0.5"],
  ])("%s on every row (%p): booked, Hamburg gives 10, Venlo gets 9.5, the loss said", (_, diff) => {
    const r = run([{ difference: diff }, { difference: diff, date: "2025-02-02" }]);
    expect(refusals(r)).toEqual([]);
    expect(moved(r, "Hamburg")).toBe(-20);
    expect(moved(r, "Venlo")).toBe(19);
    const info = r.findings.filter((f) => f.code === "transit-loss" && f.severity === "info");
    expect(info).toHaveLength(2);
    expect(info[0]?.message).toContain("the 0.5 t lost in transit leave the credit of Hamburg");
  });

  it("a difference that is neither way (0.7 beside 10 and 9.5): refused at its cell, nothing moved", () => {
    const r = run([{ difference: "0.7" }]);
    const [f] = refusals(r);
    expect(f?.details).toMatchObject({
      unread: "difference",
      difference: "0.7",
      sent: "10",
      received: "9.5",
    });
    expect(f?.message).toContain(
      "neither what was sent less what arrived nor what arrived less what was sent",
    );
    expect([moved(r, "Hamburg"), moved(r, "Venlo")]).toEqual([0, 0]);
    expect(r.balances.filter((b) => b.site === "Hamburg").map((b) => b.complete)).toEqual([false]);
    expect(r.balances.filter((b) => b.site === "Venlo" && b.complete)).toEqual([]);
  });

  it("a column that runs sent − received on most rows: the row giving received − sent is refused", () => {
    const r = run([
      { difference: "0.5" },
      { difference: "0.5", date: "2025-02-02" },
      { difference: "-0.5", date: "2025-02-03" },
    ]);
    expect(refusals(r).map((f) => f.details)).toMatchObject([
      { unread: "difference-way", way: "sent-received" },
    ]);
    expect(refusals(r)[0]?.message).toContain("the column's other rows give what was sent less what arrived");
    expect(moved(r, "Hamburg")).toBe(-20);
  });

  it("as many rows each way: each row that fits one way only is refused", () => {
    const r = run([{ difference: "0.5" }, { difference: "-0.5", date: "2025-02-02" }]);
    expect(refusals(r).map((f) => (f.details as { way?: string }).way)).toEqual(["", ""]);
    expect(moved(r, "Hamburg")).toBe(0);
  });

  it("a 0 beside equal quantities fits either way; a difference in kg converts exactly", () => {
    const r = run([
      { received: "10", difference: "0" },
      { difference: "500", differenceUnit: "kg", date: "2025-02-02" },
    ]);
    expect(refusals(r)).toEqual([]);
    expect(moved(r, "Venlo")).toBe(19.5);
  });

  it("a difference in % is no quantity: refused at its cell as a unit that does not convert", () => {
    const r = run([{ difference: "5", differenceUnit: "%" }]);
    expect(refusals(r).map((f) => (f.details as { unread?: string }).unread)).toEqual(["unit"]);
    expect(refusals(r)[0]?.message).toContain("a share in % is no quantity");
  });

  // must not change: no difference column
  it("no difference: booked on the two quantities as before", () => {
    const r = run([{}]);
    expect(refusals(r)).toEqual([]);
    expect([moved(r, "Hamburg"), moved(r, "Venlo")]).toEqual([-10, 9.5]);
  });
});
