// A delivery sold ahead of credit (domain.md §4, iscc-rules.md TV-3) is served by the next credit
// of its product at its site into ANY account it may draw on, as in the sample workbook: oil
// delivered before the first crushing, then oil produced from seed of two origins. The ledger
// keeps the delivery at its own date and cell; the backing by later credit is a line of its own,
// dated and linked by that credit (issue 14: one truth across the views).
import { type EngineResult, runEngine } from "../../../src/engine";
import { ledger, sale, uco } from "../build";

const seed = (date: string, quantity: string, sd: string, country: string) =>
  uco(date, quantity, sd, {
    product: "Rapeseed",
    rawMaterial: "Rapeseed",
    countryOfOrigin: country,
    wasteResidue: "no",
  });

const crush = (date: string, quantity: string) => ({
  date,
  inputProduct: "Rapeseed",
  inputQuantity: quantity,
  outputProduct: "Rapeseed oil",
  factor: "0.4",
  unit: "t",
  ghg: { total: "30.1", method: "AV" },
});

const oilSale = (date: string, quantity: string) => sale(date, quantity, { product: "Rapeseed oil" });

/** account → [opening, received, produced, consumed, delivered, transferred, closing] */
function balances(result: EngineResult, periodStart: string): Record<string, string[]> {
  const rows = result.balances.filter((b) => b.periodStart === periodStart);
  return Object.fromEntries(
    rows.map((b) => [
      `${b.product} ${b.characteristics.countryOfOrigin || "-"}`,
      [b.opening, b.received, b.produced, b.consumed, b.delivered, b.transferred, b.closing],
    ]),
  );
}

describe("oil sold before any oil is produced, produced later in the same period from two origins", () => {
  const result = runEngine(
    ledger({
      receipts: [seed("2025-01-05", "300", "IN-DE", "DE"), seed("2025-01-06", "300", "IN-FR", "FR")],
      // 500 t seed at 0.4: 300 t DE → 120 t oil DE, then 200 t FR → 80 t oil FR
      production: [crush("2025-02-03", "500")],
      deliveries: [oilSale("2025-01-24", "150")],
    }),
    { today: "2025-04-15" },
  );

  it("warns of the overdraft at the delivery's date and cell, and closes no balance below zero", () => {
    expect(result.findings.map((f) => f.code)).toEqual(["overdraft"]);
    expect(result.findings[0]).toMatchObject({ severity: "warning", sheet: "Deliveries", cell: "C2" });
    expect(result.findings[0]?.message).toContain("2025-01-24");
    expect(result.findings[0]?.message).toContain("-150");
  });

  it("declares the delivery in one line per characteristic set that served it", () => {
    expect(
      result.declarations.map((d) => [
        d.characteristics.countryOfOrigin,
        d.quantity,
        d.status,
        d.ghg[0]?.total,
      ]),
    ).toEqual([
      ["DE", "120", "new", "30.1"],
      ["FR", "30", "new", "30.1"],
    ]);
    expect(result.declarations.map((d) => d.inputs.map((i) => [i.sd, i.quantity]))).toEqual([
      [["IN-DE", "300"]],
      [["IN-FR", "75"]],
    ]);
  });

  it("books the delivery on the accounts that served it; no account with blank characteristics", () => {
    expect(balances(result, "2025-01-01")).toEqual({
      "Rapeseed DE": ["0", "300", "0", "300", "0", "0", "0"],
      "Rapeseed FR": ["0", "300", "0", "200", "0", "0", "100"],
      "Rapeseed oil DE": ["0", "0", "120", "0", "120", "0", "0"],
      "Rapeseed oil FR": ["0", "0", "80", "0", "30", "0", "50"],
    });
  });

  it("writes the delivery at its own date and cell, the later backing as lines of the credit", () => {
    const oil = result.ledger.entries().filter((e) => e.account.includes("rapeseed oil"));
    const waiting = "|iscc eu|rapeseed oil|||eu red compliant|||awaiting";
    expect(
      oil.map((e) => [e.date, e.account, e.kind, e.quantity, e.running, e.source?.sheet, e.source?.cell]),
    ).toEqual([
      // no account of oil exists yet: the delivery waits at product level, at its own date and cell
      ["2025-01-24", waiting, "delivery", "-150", "-150", "Deliveries", "C2"],
      [
        "2025-02-03",
        "|iscc eu|rapeseed oil|rapeseed|de|eu red compliant|no|",
        "production-out",
        "120",
        "120",
        "Production",
        "C2",
      ],
      // the oil made on 2025-02-03 backs it: lines dated and linked by the production row
      ["2025-02-03", waiting, "backed", "120", "-30", "Production", "C2"],
      [
        "2025-02-03",
        "|iscc eu|rapeseed oil|rapeseed|de|eu red compliant|no|",
        "backed",
        "-120",
        "0",
        "Production",
        "C2",
      ],
      [
        "2025-02-03",
        "|iscc eu|rapeseed oil|rapeseed|fr|eu red compliant|no|",
        "production-out",
        "80",
        "80",
        "Production",
        "C2",
      ],
      ["2025-02-03", waiting, "backed", "30", "0", "Production", "C2"],
      [
        "2025-02-03",
        "|iscc eu|rapeseed oil|rapeseed|fr|eu red compliant|no|",
        "backed",
        "-30",
        "50",
        "Production",
        "C2",
      ],
    ]);
    expect(oil.filter((e) => e.kind === "backed").map((e) => e.reference)).toEqual(
      Array(4).fill("Fuel AG (sold ahead on 2025-01-24)"),
    );
    expect(oil[0]?.awaiting).toMatchObject({ product: "Rapeseed oil", scheme: "ISCC EU" });
    expect(oil.slice(1).filter((e) => e.awaiting)).toHaveLength(2);
  });

  it("the overdraft finding and the product-level line agree on date and amount", () => {
    const line = result.ledger.entries().find((e) => e.awaiting);
    expect(result.findings[0]?.details).toMatchObject({ date: line?.date, running: line?.running });
    // no account's own running balance went below zero
    expect(result.balances.map((b) => b.firstOverdraft)).toEqual([null, null, null, null]);
  });

  it("still makes the overdraft an error in continuous mode", () => {
    const strict = runEngine(
      ledger({
        receipts: [seed("2025-01-05", "300", "IN-DE", "DE")],
        production: [crush("2025-02-03", "300")],
        deliveries: [oilSale("2025-01-24", "100")],
        settings: { mode: "continuous" },
      }),
      { today: "2025-04-15" },
    );
    expect(strict.findings.map((f) => [f.code, f.severity, f.cell])).toEqual([["overdraft", "error", "C2"]]);
    expect(strict.declarations.map((d) => [d.characteristics.countryOfOrigin, d.quantity, d.status])).toEqual(
      [["DE", "100", "blocked"]],
    );
  });
});

describe("a short on an emptied account moves to the account whose credit serves it", () => {
  const result = runEngine(
    ledger({
      receipts: [
        uco("2025-01-05", "100", "IN-DE"),
        uco("2025-01-20", "100", "IN-FR", { countryOfOrigin: "FR" }),
      ],
      deliveries: [sale("2025-01-10", "140")],
    }),
    { today: "2025-04-15" },
  );

  it("reverses the short on the first account and books it on the second, both balances adding up", () => {
    const f = result.findings;
    expect(f.map((x) => [x.code, x.cell])).toEqual([["overdraft", "C2"]]);
    expect(balances(result, "2025-01-01")).toEqual({
      "UCO DE": ["0", "100", "0", "0", "100", "0", "0"],
      "UCO FR": ["0", "100", "0", "0", "40", "0", "60"],
    });
    expect(
      result.ledger.entries().map((e) => [e.date, e.account.split("|")[4], e.kind, e.quantity, e.running]),
    ).toEqual([
      ["2025-01-05", "de", "receipt", "100", "100"],
      ["2025-01-10", "de", "delivery", "-140", "-40"],
      ["2025-01-20", "fr", "receipt", "100", "100"],
      ["2025-01-20", "de", "backed", "40", "0"],
      ["2025-01-20", "fr", "backed", "-40", "60"],
    ]);
    // the backing lines are the receipt's: its date, its cell; the delivery's line keeps its own
    expect(result.ledger.entries().map((e) => `${e.source?.sheet}!${e.source?.cell}`)).toEqual([
      "Receipts!C2",
      "Deliveries!C2",
      "Receipts!C3",
      "Receipts!C3",
      "Receipts!C3",
    ]);
    expect(result.balances.map((b) => [b.characteristics.countryOfOrigin, b.firstOverdraft])).toEqual([
      ["DE", "2025-01-10"],
      ["FR", null],
    ]);
    expect(result.declarations.map((d) => [d.characteristics.countryOfOrigin, d.quantity])).toEqual([
      ["DE", "100"],
      ["FR", "40"],
    ]);
  });
});

describe("oil sold in one period, produced only in the next", () => {
  const result = runEngine(
    ledger({
      receipts: [seed("2025-01-05", "300", "IN-DE", "DE"), seed("2025-01-06", "300", "IN-FR", "FR")],
      production: [crush("2025-04-03", "500")],
      deliveries: [oilSale("2025-03-20", "150")],
    }),
    { today: "2025-07-15" },
  );

  it("closes the first period at -150 t on a blank oil account, with the error at the delivery's cell", () => {
    const negative = result.findings.filter((f) => f.code === "negative-balance");
    expect(negative.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["error", "Deliveries", "C2"],
      ["error", "Deliveries", "C2"],
    ]);
    expect(negative[0]?.message).toContain("2025-03-31");
    expect(negative[0]?.message).toContain("-150");
    expect(result.findings.filter((f) => f.code === "overdraft").map((f) => f.cell)).toEqual(["C2"]);
    expect(balances(result, "2025-01-01")["Rapeseed oil -"]).toEqual([
      "0",
      "0",
      "0",
      "0",
      "150",
      "0",
      "-150",
    ]);
  });

  it("shows the delivery waiting at its own date, then booked at the close as unbacked", () => {
    const oil = result.ledger
      .entries()
      .filter((e) => e.account.includes("rapeseed oil") && e.date < "2025-04-01");
    expect(oil.map((e) => [e.date, e.kind, e.quantity, e.running, !!e.awaiting, e.source?.cell])).toEqual([
      ["2025-03-20", "delivery", "-150", "-150", true, "C2"],
      ["2025-03-31", "unbacked", "150", "0", true, "C2"],
      ["2025-03-31", "unbacked", "-150", "-150", false, "C2"],
    ]);
    const blank = result.balances.find((b) => b.periodStart === "2025-01-01" && b.product === "Rapeseed oil");
    // overdrawn from the day of the sale, not from the close line that books it (break-test #16)
    expect(blank?.firstOverdraft).toBe("2025-03-20");
    // opening below zero: the next period is below zero from its first day
    const next = result.balances.find(
      (b) =>
        b.periodStart === "2025-04-01" && b.product === "Rapeseed oil" && !b.characteristics.countryOfOrigin,
    );
    expect(next?.firstOverdraft).toBe("2025-04-01");
  });

  it("issues no declaration, and the next period's oil does not repay the closed period's debt", () => {
    // the oil sold is listed held back (p-issue), with the part no credit backs
    expect(result.declarations.map((d) => [d.status, d.quantity, d.unbacked])).toEqual([
      ["blocked", "150", "150"],
    ]);
    expect(balances(result, "2025-04-01")).toMatchObject({
      "Rapeseed oil -": ["-150", "0", "0", "0", "0", "0", "-150"],
      "Rapeseed oil DE": ["0", "0", "120", "0", "0", "0", "120"],
      "Rapeseed oil FR": ["0", "0", "80", "0", "0", "0", "80"],
    });
  });
});

describe("shorts wait for credit they may draw on, oldest first", () => {
  const result = runEngine(
    ledger({
      receipts: [
        uco("2025-01-20", "100", "IN-RED"),
        uco("2025-01-25", "200", "IN-ISCC", { claim: "ISCC compliant" }),
      ],
      deliveries: [sale("2025-01-10", "150", { claim: "ISCC compliant" }), sale("2025-01-11", "50")],
    }),
    { today: "2025-04-15" },
  );

  it("passes over an older short the credit cannot serve (ISCC compliant needs ISCC compliant input)", () => {
    expect(result.findings.map((f) => [f.code, f.cell])).toEqual([
      ["overdraft", "C2"],
      ["overdraft", "C3"],
    ]);
    expect(result.declarations.map((d) => [d.delivery.row, d.characteristics.claim, d.quantity])).toEqual([
      [2, "ISCC compliant", "150"],
      [3, "EU RED compliant", "50"],
    ]);
    const rows = result.balances.map((b) => [b.characteristics.claim, b.received, b.delivered, b.closing]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ["EU RED compliant", "100", "50", "50"],
        ["ISCC compliant", "200", "150", "50"],
      ]),
    );
    expect(rows).toHaveLength(2);
  });
});

describe("several withdrawals left short at the close", () => {
  const result = runEngine(
    ledger({
      receipts: [uco("2025-04-10", "500", "IN-1")],
      deliveries: [sale("2025-02-10", "30"), sale("2025-03-10", "20")],
    }),
    { today: "2025-07-15" },
  );

  it("closes one account at their sum, pointing at the oldest delivery, in every period they stay unpaid", () => {
    const negative = result.findings.filter((f) => f.code === "negative-balance");
    expect(negative.map((f) => [f.cell, f.message.includes("-50")])).toEqual([
      ["C2", true],
      ["C2", true],
    ]);
    expect(result.balances.map((b) => [b.periodStart, b.characteristics.countryOfOrigin, b.closing])).toEqual(
      [
        ["2025-01-01", "", "-50"],
        ["2025-04-01", "DE", "500"],
        ["2025-04-01", "", "-50"],
      ],
    );
  });
});
