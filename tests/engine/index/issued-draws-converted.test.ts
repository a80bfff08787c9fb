// (brk21 §1) An issued declaration of a product made by a production row, or moved by a transfer,
// keeps the incoming SDs it cites through the conversion or the move: a receipt booked later but
// dated earlier, a production or transfer row raised, or a chain of two conversions never moves
// what it drew to a new declaration, so no incoming SD is cited beyond its quantity across issued
// and new declarations. What the books no longer give it is declaration-needs-correction (why
// inputs), as for direct trade (issued-draws.test.ts); books re-declared unchanged stay quiet.
import fc from "fast-check";
import { type EngineResult, runEngine } from "../../../src/engine";
import type { ProductionInput, TransferInput } from "../../../src/engine/model";
import { type LedgerParts, ledger, registerOf, sale, uco } from "../build";
import { plusTransfer } from "../transfer-books";

type NoSource<T> = Omit<T, "source">;
type Parts = Pick<LedgerParts, "receipts" | "deliveries" | "production" | "transfers" | "sites" | "settings">;
const layout = { Deliveries: { sdNumber: "H" } };

/** Declares `parts`; the register and the sales as the add-in leaves them (numbers on the rows). */
function issue(parts: Parts): { issued: ReturnType<typeof registerOf>; rows: Parts["deliveries"] } {
  const r = runEngine(ledger({ ...parts, layout }), { today: "2025-04-02" });
  const rows = (parts.deliveries ?? []).map((s, i) => {
    const d = r.declarations.find((x) => x.status === "new" && x.delivery.row === i + 2);
    return d ? { ...s, sdNumber: d.rowSd } : s;
  });
  return { issued: registerOf(r.declarations), rows };
}

function again(parts: Parts, issued: ReturnType<typeof registerOf>): EngineResult {
  return runEngine(ledger({ ...parts, issued, layout }), { today: "2025-04-02" });
}

/** Quantity cited per incoming SD over the issued and new declarations. */
function cited(r: EngineResult): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of r.declarations)
    if (d.status === "issued" || d.status === "new")
      for (const i of d.inputs) out[i.sd] = (out[i.sd] ?? 0) + Number(i.quantity);
  return out;
}

const lines = (r: EngineResult) =>
  r.declarations.map((d) => [d.status, d.quantity, d.inputs.map((i) => `${i.sd} ${i.quantity}`)]);
const codes = (r: EngineResult) =>
  r.findings.filter((f) => f.code.startsWith("declaration-")).map((f) => `${f.code} ${f.severity}`);
const errors = (r: EngineResult) => r.findings.filter((f) => f.severity === "error").map((f) => f.code);

const seed = (date: string, q: string, sd: string, ghg = "30", site?: string) =>
  uco(date, q, sd, {
    product: "Rapeseed",
    rawMaterial: "Rapeseed",
    wasteResidue: "no",
    ghg: { total: ghg, method: "actual" },
    ...(site ? { site } : {}),
  });
/** `input` t of Rapeseed crushed into `output` t of Rapeseed oil on `date` (its own GHG values). */
const crush = (date: string, input: string, output: string): NoSource<ProductionInput> => ({
  date,
  inputProduct: "Rapeseed",
  inputQuantity: input,
  outputProduct: "Rapeseed oil",
  outputQuantity: output,
  unit: "t",
  ghg: { total: "40", method: "actual" },
});
/** `input` t of Rapeseed oil made into `output` t of Biodiesel on `date`. */
const esterify = (date: string, input: string, output: string): NoSource<ProductionInput> => ({
  date,
  inputProduct: "Rapeseed oil",
  inputQuantity: input,
  outputProduct: "Biodiesel",
  outputQuantity: output,
  unit: "t",
  ghg: { total: "45", method: "actual" },
});
const oil = (date: string, q: string, customer: string, product = "Rapeseed oil") =>
  sale(date, q, { customer, product });

const g0: Parts = {
  receipts: [seed("2025-01-10", "1000", "IN-1")],
  production: [crush("2025-02-01", "1000", "420")],
  deliveries: [oil("2025-03-01", "300", "Nordic Oy")],
};
const in0 = seed("2025-01-05", "500", "IN-0", "10");
const third = oil("2025-03-10", "300", "Third Co");

describe("an issued declaration of a production's output keeps the incoming SDs it cites", () => {
  it("issued from the output: it cites the input's incoming SD in the input's terms", () => {
    const { issued, rows } = issue(g0);
    expect(issued).toHaveLength(1);
    const r = again({ ...g0, deliveries: rows }, issued);
    expect(lines(r)).toEqual([["issued", "300", ["IN-1 714.285714"]]]);
    expect(codes(r)).toEqual([]);
  });

  it("a receipt dated earlier, crushed too, and a new delivery: the new SD cites what is left of IN-1", () => {
    const { issued, rows } = issue(g0);
    const r = again(
      {
        receipts: [...(g0.receipts ?? []), in0],
        production: [...(g0.production ?? []), crush("2025-02-10", "500", "210")],
        deliveries: [...(rows ?? []), third],
      },
      issued,
    );
    expect(lines(r)).toEqual([
      ["issued", "300", ["IN-1 714.285714"]],
      ["new", "300", ["IN-0 500", "IN-1 214.285714"]],
    ]);
    expect(cited(r)["IN-1"]).toBeLessThanOrEqual(1000);
    expect(codes(r)).toEqual([]);
  });

  it("a receipt dated earlier and the production row raised to crush it: no second citation of IN-1", () => {
    const { issued, rows } = issue(g0);
    const r = again(
      {
        receipts: [...(g0.receipts ?? []), in0],
        production: [crush("2025-02-01", "1500", "630")],
        deliveries: [...(rows ?? []), third],
      },
      issued,
    );
    expect(lines(r)).toEqual([
      ["issued", "300", ["IN-1 714.285714"]],
      ["new", "300", ["IN-0 500", "IN-1 214.285714"]],
    ]);
    // the production row behind the issued SD changed: stale (a warning), never a second citation
    expect(codes(r)).toEqual(["declaration-stale warning"]);
    // the new SD's GHG values are those of the oil it draws (the output's own)
    expect(r.declarations[1]?.ghg.map((g) => g.total)).toEqual(["40"]);
  });

  it("the cited receipt made smaller (another receipt crushed instead): declaration-needs-correction, no new IN-1", () => {
    const { issued, rows } = issue(g0);
    const r = again(
      {
        receipts: [seed("2025-01-10", "600", "IN-1"), seed("2025-01-20", "400", "IN-2")],
        production: g0.production,
        deliveries: [...(rows ?? []), third],
      },
      issued,
    );
    const f = r.findings.find((x) => x.code === "declaration-needs-correction");
    expect(f?.details).toMatchObject({ why: "inputs", cells: "IN-1: 714.285714 t cited, 600 t there" });
    const added = r.declarations.filter((d) => d.status !== "issued");
    expect(added.flatMap((d) => d.inputs.map((i) => i.sd))).not.toContain("IN-1");
    expect(added.every((d) => d.status !== "new")).toBe(true);
  });

  it("forward flow (a later receipt crushed after): the new SD cites exactly what is left", () => {
    const { issued, rows } = issue(g0);
    const r = again(
      {
        receipts: [...(g0.receipts ?? []), seed("2025-02-20", "500", "IN-2", "10")],
        production: [...(g0.production ?? []), crush("2025-02-25", "500", "210")],
        deliveries: [...(rows ?? []), third],
      },
      issued,
    );
    expect(lines(r)).toEqual([
      ["issued", "300", ["IN-1 714.285714"]],
      ["new", "300", ["IN-1 285.714286", "IN-2 428.571429"]],
    ]);
    expect(codes(r)).toEqual([]);
  });

  it("sold ahead of the crushing (the delivery dated before the production): re-declared, still issued and quiet", () => {
    const parts: Parts = { ...g0, deliveries: [oil("2025-01-20", "300", "Nordic Oy")] };
    const { issued, rows } = issue(parts);
    const r = again({ ...parts, deliveries: rows }, issued);
    expect(lines(r)).toEqual([["issued", "300", ["IN-1 714.285714"]]]);
    expect(codes(r)).toEqual([]);
    expect(errors(r)).toEqual([]);
  });

  it("a chain of two conversions (rapeseed → oil → biodiesel): a receipt dated earlier and both rows raised", () => {
    const chain: Parts = {
      receipts: [seed("2025-01-10", "1000", "IN-1")],
      production: [crush("2025-02-01", "1000", "400"), esterify("2025-02-05", "400", "400")],
      deliveries: [oil("2025-03-01", "200", "Nordic Oy", "Biodiesel")],
    };
    const { issued, rows } = issue(chain);
    const first = again({ ...chain, deliveries: rows }, issued);
    expect(lines(first)).toEqual([["issued", "200", ["IN-1 500"]]]);
    expect(codes(first)).toEqual([]);
    const r = again(
      {
        receipts: [...(chain.receipts ?? []), in0],
        production: [crush("2025-02-01", "1500", "600"), esterify("2025-02-05", "600", "600")],
        deliveries: [...(rows ?? []), oil("2025-03-10", "400", "Third Co", "Biodiesel")],
      },
      issued,
    );
    expect(lines(r)).toEqual([
      ["issued", "200", ["IN-1 500"]],
      ["new", "400", ["IN-0 500", "IN-1 500"]],
    ]);
    expect(cited(r)).toEqual({ "IN-1": 1000, "IN-0": 500 });
  });
});

const SITES: NonNullable<Parts["sites"]> = [
  {
    site: "Hamburg",
    company: "Acme",
    country: "DE",
    certificateNumber: "EU-ISCC-Cert-DE1-1",
    certificationBody: "CB",
  },
  {
    site: "Venlo",
    company: "Acme",
    country: "NL",
    certificateNumber: "EU-ISCC-Cert-NL1-1",
    certificationBody: "CB",
  },
];
const move = (date: string, quantity: string): NoSource<TransferInput> =>
  plusTransfer(quantity, { date, countryOfOrigin: "DE" });
/** A row at `site`, under ISCC PLUS (credit moves between sites only there). */
const at = <T extends object>(site: string, x: T): T => ({
  ...x,
  site,
  scheme: "ISCC PLUS",
  claim: "bio-circular",
});

describe("an issued declaration of credit moved by a transfer keeps the incoming SDs it cites", () => {
  const t0: Parts = {
    settings: { scheme: "ISCC PLUS" },
    sites: SITES,
    receipts: [at("Hamburg", uco("2025-01-10", "100", "IN-1", { ghg: { total: "20", method: "actual" } }))],
    transfers: [move("2025-02-01", "100")],
    deliveries: [at("Venlo", sale("2025-03-01", "60", { customer: "Nordic Oy" }))],
  };

  it("re-declared unchanged: issued and quiet", () => {
    const { issued, rows } = issue(t0);
    const r = again({ ...t0, deliveries: rows }, issued);
    expect(lines(r)).toEqual([["issued", "60", ["IN-1 60"]]]);
    expect(codes(r)).toEqual([]);
  });

  it("a receipt dated earlier at the sending site, the transfer raised and a new delivery: no second citation", () => {
    const { issued, rows } = issue(t0);
    const r = again(
      {
        ...t0,
        receipts: [...(t0.receipts ?? []), at("Hamburg", uco("2025-01-05", "50", "IN-0"))],
        transfers: [move("2025-02-01", "150")],
        deliveries: [...(rows ?? []), at("Venlo", sale("2025-03-10", "60", { customer: "Third Co" }))],
      },
      issued,
    );
    expect(lines(r)).toEqual([
      ["issued", "60", ["IN-1 60"]],
      ["new", "60", ["IN-0 50", "IN-1 10"]],
    ]);
    expect(cited(r)).toEqual({ "IN-1": 70, "IN-0": 50 });
  });
});

describe("over random receipts, crushing and dates, no incoming SD is cited beyond its quantity", () => {
  const receipt = fc.record({ day: fc.integer({ min: 1, max: 60 }), q: fc.integer({ min: 50, max: 600 }) });
  it("issued in one run; receipts added earlier, production rows raised or added before the next", () => {
    fc.assert(
      fc.property(
        fc.array(receipt, { minLength: 1, maxLength: 3 }),
        fc.array(receipt, { maxLength: 3 }),
        fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 10, max: 200 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (first, added, sold, soldLater, raise) => {
          const receipts = first.map((x, i) => seed(dayOf(x.day), String(x.q), `IN-${i}`));
          const total = first.reduce((s, x) => s + x.q, 0);
          const parts: Parts = {
            receipts,
            // all that was received crushed on one day, 40 % oil
            production: [crush(dayOf(65), String(total), String((total * 4) / 10))],
            deliveries: sold.map((q, i) => oil(dayOf(70 + i), String(q), `C${i}`)),
          };
          const { issued, rows } = issue(parts);
          // the same books declared again: what was issued reads as issued, no finding about it
          expect(codes(again({ ...parts, deliveries: rows }, issued))).toEqual([]);
          const more = added.map((x, i) => seed(dayOf(x.day), String(x.q), `IN-A${i}`));
          const extra = added.reduce((s, x) => s + x.q, 0);
          const production =
            extra === 0
              ? parts.production
              : raise
                ? [crush(dayOf(65), String(total + extra), String(((total + extra) * 4) / 10))]
                : [...(parts.production ?? []), crush(dayOf(66), String(extra), String((extra * 4) / 10))];
          const later = soldLater.map((q, i) => oil(dayOf(80 + i), String(q), `L${i}`));
          const all = [...more, ...receipts];
          const r = again({ receipts: all, production, deliveries: [...(rows ?? []), ...later] }, issued);
          const size = new Map(all.map((x) => [x.sdNumber, Number(x.quantity)]));
          // six decimals each line: the register's rounding, never a second citation
          for (const [sd, q] of Object.entries(cited(r)))
            expect(q).toBeLessThanOrEqual((size.get(sd) ?? 0) + 0.00001);
          const before = new Set(issued.map((x) => x.number));
          for (const d of r.declarations.filter((x) => x.status === "issued"))
            expect(before.has(d.number)).toBe(true);
          expect(r.findings.filter((f) => f.code === "declaration-needs-correction")).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Day `n` of 2025 (1-based) as YYYY-MM-DD. */
function dayOf(n: number): string {
  return new Date(Date.UTC(2025, 0, n)).toISOString().slice(0, 10);
}
