// A transfer the books cannot book moves nothing and gives no site a unit (brk22 §10, §11):
// - one asking more credit than the sending site holds is refused whole, never booked in part (the
//   row states one quantity), and both sites' balances are incomplete until it is corrected;
// - where the sending site's credit is itself incomplete (a receipt refused at its cell), what it
//   holds is not known: the finding says so (never "holds only 0 t"), and the receiving site's sale
//   is no negative-balance (no false major non-conformity) but held, its balance incomplete;
// - a transfer refused for its unit (litres, no density) sets no unit at the receiving site, whose
//   own delivery in tonnes is then read as kept.
// And what must not change: a transfer of what the site holds moves it all, and a receiving site's
// shortfall that no refused transfer explains stays a negative-balance.
import { type EngineResult, runEngine } from "../../../src/engine";
import type { ReceiptInput, TransferInput } from "../../../src/engine";
import { ledger, type NoSource, sale, uco } from "../build";
import { PLUS_SITES, plusTransfer } from "../transfer-books";

const today = { today: "2025-04-15" };
const plus = { scheme: "ISCC PLUS", claim: "bio-circular" } as const;
const received = (quantity: string, extra: Partial<NoSource<ReceiptInput>> = {}) =>
  uco("2025-01-05", quantity, "IN-1", { site: "Hamburg", ...plus, ...extra });
const transfer = (quantity: string, extra: Partial<NoSource<TransferInput>> = {}): NoSource<TransferInput> =>
  plusTransfer(quantity, { countryOfOrigin: "DE", ...extra });

function run(receipts: NoSource<ReceiptInput>[], transfers: NoSource<TransferInput>[]): EngineResult {
  return runEngine(
    ledger({
      settings: { scheme: "ISCC PLUS" },
      sites: PLUS_SITES,
      receipts,
      transfers,
      deliveries: [
        sale("2025-03-01", "30", { site: "Venlo", ...plus }),
        sale("2025-03-02", "60", { site: "Hamburg", ...plus }),
      ],
    }),
    today,
  );
}

/** Per site: transferred out, in, closing, unit, complete. */
function bySite(r: EngineResult): Record<string, [string, string, string, string, boolean]> {
  const out: Record<string, [string, string, string, string, boolean]> = {};
  for (const b of r.balances)
    out[b.site] = [b.transferredOut, b.transferredIn, b.closing, b.unit, b.complete];
  return out;
}

const codes = (r: EngineResult) => r.findings.filter((f) => f.severity === "error").map((f) => f.code);
const heldBy = (r: EngineResult) =>
  r.declarations.map((d) => [d.dispatchDate, d.status, (d.heldBy ?? []).map((h) => h.code)]);

describe("a transfer the books cannot book moves nothing", () => {
  it("140 t from a site holding 100 t: refused whole, nothing moves, both sites incomplete, no negative-balance", () => {
    const r = run([received("100")], [transfer("140")]);
    expect(bySite(r)).toEqual({
      // before: Hamburg sent 100 t and closed at -60 t (a negative-balance), Venlo got 100 t
      Hamburg: ["0", "0", "40", "t", false],
      Venlo: ["0", "0", "-30", "t", false],
    });
    expect(codes(r)).toEqual(["transfer-not-allowed"]);
    const f = r.findings.find((x) => x.code === "transfer-not-allowed");
    expect(f?.cell).toBe("E2");
    expect(f?.message).toContain(
      "this transfer from Hamburg to Venlo is not booked: Hamburg holds only 100 t of UCO credit with these characteristics on 2025-02-01, less than the 140 t the transfer moves, so nothing is moved",
    );
    expect(f?.message).not.toContain("were not moved");
    expect(heldBy(r)).toEqual([
      ["2025-03-01", "blocked", ["transfer-not-allowed"]],
      ["2025-03-02", "blocked", ["transfer-not-allowed"]],
    ]);
  });

  it("credit unknown at the sending site: no 'holds only 0 t', the receiving site incomplete and held, no negative-balance", () => {
    const r = run([received("100", { claim: "ISCC PLUS certified" })], [transfer("40")]);
    expect(codes(r)).toEqual(["invalid-value", "transfer-not-allowed"]);
    const f = r.findings.find((x) => x.code === "transfer-not-allowed");
    expect(f?.message).toContain("what Hamburg holds of UCO credit on 2025-02-01 is not known");
    expect(f?.message).not.toContain("holds only");
    expect(f?.details).toMatchObject({ reason: "short", held: "0", quantity: "40", unknown: true });
    const s = bySite(r);
    expect(s.Venlo).toEqual(["0", "0", "-30", "t", false]);
    expect(s.Hamburg?.[4]).toBe(false);
    expect(heldBy(r).map(([date, status]) => [date, status])).toEqual([
      ["2025-03-01", "blocked"],
      ["2025-03-02", "blocked"],
    ]);
  });

  it("credit unknown at the sending site, but the transfer's quantity is held: it moves", () => {
    const r = run(
      [
        received("100"),
        uco("2025-01-06", "20", "IN-2", { site: "Hamburg", ...plus, claim: "ISCC PLUS certified" }),
      ],
      [transfer("40")],
    );
    expect(codes(r)).toEqual(["invalid-value"]);
    expect(bySite(r).Venlo?.slice(0, 3)).toEqual(["0", "40", "10"]);
    expect(bySite(r).Hamburg?.slice(0, 3)).toEqual(["40", "0", "0"]);
  });

  it("40000 L with no density: refused for its unit, Venlo's own delivery in t is read (no 'kept in m³')", () => {
    const r = run([received("100")], [transfer("40000", { unit: "L" })]);
    expect(codes(r)).toEqual(["unit-mismatch"]);
    expect(r.findings.filter((f) => f.code === "unit-mismatch").map((f) => [f.sheet, f.cell])).toEqual([
      ["Transfers", "E2"],
    ]);
    expect(bySite(r)).toEqual({
      Hamburg: ["0", "0", "40", "t", false],
      Venlo: ["0", "0", "-30", "t", false],
    });
  });

  it("what the site holds moves whole; the receiving site's own shortfall stays a negative-balance", () => {
    const r = run([received("100")], [transfer("20")]);
    expect(bySite(r)).toEqual({
      Hamburg: ["20", "0", "20", "t", true],
      Venlo: ["0", "20", "-10", "t", true],
    });
    expect(codes(r)).toContain("negative-balance");
    expect(r.findings.find((f) => f.code === "negative-balance")?.message).toContain("site Venlo");
  });
});

// (brk22 §9) a transfer kept with what left one site and what arrived at the other
describe("a transfer kept as sent and received", () => {
  const said = (r: EngineResult) => r.findings.filter((f) => f.code === "transit-loss");

  it("40 t sent, 39.5 t received: Hamburg gives 40, Venlo gets 39.5, the 0.5 t lost said (info)", () => {
    const r = run([received("100")], [transfer("40", { received: "39.5" })]);
    expect(bySite(r)).toEqual({
      Hamburg: ["40", "0", "0", "t", true],
      Venlo: ["0", "39.5", "9.5", "t", true],
    });
    expect(said(r).map((f) => [f.severity, f.sheet, f.cell])).toEqual([["info", "Transfers", "K2"]]);
    expect(said(r)[0]?.message).toContain(
      "40 t of UCO left Hamburg on 2025-02-01 and 39.5 t arrived at Venlo: the 0.5 t lost in transit",
    );
    expect(heldBy(r).map(([date, status]) => [date, status])).toEqual([
      ["2025-03-01", "new"],
      ["2025-03-02", "new"],
    ]);
  });

  it("a loss that leaves the receiving site short is its negative-balance, never hidden", () => {
    const r = run([received("100")], [transfer("40", { received: "25" })]);
    expect(bySite(r).Venlo?.slice(0, 3)).toEqual(["0", "25", "-5"]);
    expect(codes(r)).toContain("negative-balance");
  });

  it("received in its own unit: 40 t sent, 39 500 kg received is 39.5 t", () => {
    const r = run([received("100")], [transfer("40", { received: "39500", receivedUnit: "kg" })]);
    expect(bySite(r).Venlo?.slice(0, 3)).toEqual(["0", "39.5", "9.5"]);
    expect(said(r)[0]?.details).toMatchObject({ sent: "40", received: "39.5", lost: "0.5", unit: "t" });
  });

  it("more received than sent: nothing moves, both sites incomplete, an error at the received cell", () => {
    const r = run([received("100")], [transfer("40", { received: "40.5" })]);
    expect(bySite(r)).toEqual({
      Hamburg: ["0", "0", "40", "t", false],
      Venlo: ["0", "0", "-30", "t", false],
    });
    expect(said(r).map((f) => [f.severity, f.cell])).toEqual([["error", "K2"]]);
    expect(said(r)[0]?.message).toContain("no more can arrive than left, so nothing is moved");
    expect(codes(r)).not.toContain("negative-balance");
    expect(heldBy(r).map(([, status]) => status)).toEqual(["blocked", "blocked"]);
  });

  // (brk25 T2) "0" received: refused at its cell, and then nothing moves (before: "the row was left
  // out", yet Venlo was credited all 40 t sent)
  it.each(["0", "-1"])("received %p: refused at its cell, nothing moved, both sites incomplete", (recv) => {
    const r = run([received("100")], [transfer("40", { received: recv })]);
    expect(bySite(r)).toEqual({
      Hamburg: ["0", "0", "40", "t", false],
      Venlo: ["0", "0", "-30", "t", false],
    });
    expect(r.findings.filter((f) => f.severity === "error").map((f) => [f.code, f.cell])).toEqual([
      ["invalid-quantity", "K2"],
    ]);
    expect(r.findings.find((f) => f.code === "invalid-quantity")?.message).toContain(
      "(the row was left out)",
    );
    expect(codes(r)).not.toContain("negative-balance");
  });

  it.each(["40", undefined])("received %p (equal, or not stated): moved whole, nothing said", (recv) => {
    const r = run([received("100")], [transfer("40", recv === undefined ? {} : { received: recv })]);
    expect(bySite(r).Venlo?.slice(0, 3)).toEqual(["0", "40", "10"]);
    expect(said(r)).toEqual([]);
  });

  // a property: for any loss, what left equals what arrived plus what is said lost
  it.each([
    ["40", "0.001"],
    ["40", "12.345"],
    ["7.5", "7.499"],
    ["100", "99.9999"],
  ])("%p t sent, %p t received: out = in + lost, exactly", (sent, recv) => {
    const r = run([received("100")], [transfer(sent, { received: recv })]);
    const s = bySite(r);
    expect([s.Hamburg?.[0], s.Venlo?.[1]]).toEqual([sent, recv]);
    const d = said(r)[0]?.details as { lost: string };
    expect(Number(sent) - Number(recv) - Number(d.lost)).toBeCloseTo(0, 9);
  });
});
