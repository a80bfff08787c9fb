import { CATALOGUE } from "../../src/engine/catalogue/codes";
import { cellPlace } from "../../src/engine/catalogue/location";
import { detail } from "./catalogue/detail";
// One golden test per finding code the engine owns: the code, its severity, the cell it points
// at, and a message that says where. The last test checks that no owned code is left untested.
import { FINDING_CODES, type Finding, type Ledger, runEngine } from "../../src/engine";
import { type LedgerParts, ledger, registerOf, sale, uco } from "./build";
import { finding } from "../../src/engine/findings";
import { withMessage } from "../../src/engine/catalogue/render";
import { SAMPLES } from "./catalogue/samples";

const WORKBOOK_OWNED = new Set(["header-not-found", "cell-error"]);
const ENGINE_ALSO = new Set(["missing-value", "invalid-number", "invalid-date", "invalid-unit"]);
const tested = new Set<string>();

function expectFinding(
  parts: LedgerParts | Ledger,
  code: string,
  severity: string,
  sheet: string | undefined,
  cell: string | undefined,
): Finding {
  const input =
    "receipts" in parts && Array.isArray(parts.receipts) && parts.receipts[0] && "source" in parts.receipts[0]
      ? (parts as Ledger)
      : ledger(parts as LedgerParts);
  const result = runEngine(input, { today: "2025-04-15" });
  const found = result.findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  const f = found[0] as Finding;
  expect(f).toMatchObject({ code, severity });
  expect(f.sheet).toBe(sheet);
  expect(f.cell).toBe(cell);
  // a finding without a cell names what it concerns (a product at a site), else the settings
  const product = detail(f, "product");
  const where =
    code === "stock-count-missing"
      ? `${String(product)}${detail(f, "site") ? ` at site ${String(detail(f, "site"))}` : ""}`
      : "Settings";
  expect(f.message.startsWith(sheet ? `${cellPlace(sheet, cell ?? "")}: ` : `${where}: `)).toBe(true);
  tested.add(code);
  return f;
}

describe("intake", () => {
  it("missing-value: a blank required field drops the row", () => {
    const f = expectFinding(
      { receipts: [uco("2025-01-05", "10", "IN-1", { product: "  " })] },
      "missing-value",
      "error",
      "Receipts",
      "B2",
    );
    expect(f.message).toContain("product is empty");
  });

  it("missing-value: a blank supplier certificate on an incoming SD is a warning", () => {
    expectFinding(
      { receipts: [uco("2025-01-05", "10", "IN-1", { supplierCertificate: "" })] },
      "missing-value",
      "warning",
      "Receipts",
      "F2",
    );
  });

  it("invalid-number", () => {
    const f = expectFinding(
      { receipts: [uco("2025-01-05", "12,5 t", "IN-1")] },
      "invalid-number",
      "error",
      "Receipts",
      "C2",
    );
    expect(f.message).toContain('"12,5 t"');
  });

  it("invalid-date", () => {
    expectFinding({ deliveries: [sale("31.02.2025", "5")] }, "invalid-date", "error", "Deliveries", "A2");
  });

  it("invalid-unit", () => {
    expectFinding(
      { receipts: [uco("2025-01-05", "10", "IN-1", { unit: "barrels" })] },
      "invalid-unit",
      "error",
      "Receipts",
      "D2",
    );
  });

  it("invalid-quantity", () => {
    expectFinding(
      { deliveries: [sale("2025-01-05", "-5")] },
      "invalid-quantity",
      "error",
      "Deliveries",
      "C2",
    );
  });

  it("unknown-scheme (added code): falls back to the profile's scheme", () => {
    expectFinding(
      { receipts: [uco("2025-01-05", "10", "IN-1", { scheme: "RSB" })] },
      "unknown-scheme",
      "warning",
      "Receipts",
      "H2",
    );
  });
});

describe("incoming SDs", () => {
  it("duplicate-sd: the same SD from the same supplier, spelled differently", () => {
    const f = expectFinding(
      {
        receipts: [
          uco("2025-01-05", "10", "SD-77"),
          uco("2025-01-06", "10", "sd-77", { supplier: "SAIPOL S.A." }),
        ],
      },
      "duplicate-sd",
      "error",
      "Receipts",
      "G3",
    );
    expect(f.related).toEqual([{ sheet: "Receipts", cell: "G2" }]);
  });

  const register = [
    { certificateNumber: "EU-ISCC-Cert-DE100-1", validFrom: "2024-01-01", validUntil: "2025-01-31" },
  ];

  it("certificate-invalid: expired on the dispatch date", () => {
    const f = expectFinding(
      { certificates: register, receipts: [uco("2025-02-05", "10", "IN-1")] },
      "certificate-invalid",
      "error",
      "Receipts",
      "F2",
    );
    expect(f.related).toEqual([{ sheet: "Certificates", cell: "A2" }]);
    expect(f.message).toContain("expired");
  });

  it("certificate-invalid: suspended", () => {
    const suspended = [{ ...register[0], status: "Suspended" }];
    expectFinding(
      { certificates: suspended, receipts: [uco("2025-01-05", "10", "IN-1")] },
      "certificate-invalid",
      "error",
      "Receipts",
      "F2",
    );
  });

  it("certificate-unknown", () => {
    expectFinding(
      {
        certificates: register,
        receipts: [uco("2025-01-05", "10", "IN-1", { supplierCertificate: "EU-ISCC-Cert-XX" })],
      },
      "certificate-unknown",
      "warning",
      "Receipts",
      "F2",
    );
  });

  // a register row of the number refused at a cell: in the register, unclear (not "not in it")
  const unreadRow = {
    number: "EU-ISCC-Cert-DE100-1",
    source: { sheet: "Certificates", cell: "D7" },
    label: "Valid until",
    value: "unbefristet",
  };

  it("certificate-invalid: the only register row of the certificate could not be read", () => {
    const f = expectFinding(
      { ...ledger({ receipts: [uco("2025-01-05", "10", "IN-1")] }), refusedCertificates: [unreadRow] },
      "certificate-invalid",
      "error",
      "Receipts",
      "F2",
    );
    expect(f.details).toMatchObject({ reason: "unreadable row", row: "Certificates!D7" });
    expect(f.related).toEqual([{ sheet: "Certificates", cell: "D7" }]);
    expect(f.message).toContain(
      'the certificate register row for EU-ISCC-Cert-DE100-1 at Certificates!D7 could not be read (Valid until "unbefristet")',
    );
  });

  it("certificate-invalid: a row not read beside a valid row over the day is unclear, not valid", () => {
    const f = expectFinding(
      {
        ...ledger({ certificates: register, receipts: [uco("2025-01-05", "10", "IN-1")] }),
        refusedCertificates: [unreadRow],
      },
      "certificate-invalid",
      "error",
      "Receipts",
      "F2",
    );
    expect(f.details).toMatchObject({ reason: "unreadable row", validRow: "Certificates!A2" });
    expect(f.related).toEqual([
      { sheet: "Certificates", cell: "D7" },
      { sheet: "Certificates", cell: "A2" },
    ]);
  });

  it("date-outside-period: before a configured first period, an error naming the start that takes it in", () => {
    const f = expectFinding(
      { settings: { periodStart: "2025-01-01" }, receipts: [uco("2024-12-30", "10", "IN-1")] },
      "date-outside-period",
      "error",
      "Receipts",
      "A2",
    );
    expect(detail(f, "setStart")).toBe("2024-10-01");
    expect(f.message).toContain("set the first period start in Settings to 2024-10-01");
  });
});

describe("periods and balances", () => {
  it("period-too-long: points at the settings cell", () => {
    const f = expectFinding(
      {
        settings: { periodMonths: 12, source: { sheet: "Settings", row: 4, cells: { periodMonths: "B4" } } },
      },
      "period-too-long",
      "error",
      "Settings",
      "B4",
    );
    expect(f.details).toMatchObject({ months: 12, max: 3 });
  });

  it("period-too-long: from a host setting without a cell", () => {
    expectFinding({ settings: { periodMonths: 6 } }, "period-too-long", "error", undefined, undefined);
  });

  it("negative-balance", () => {
    expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1")],
        deliveries: [sale("2025-01-06", "4"), sale("2025-01-07", "8")],
      },
      "negative-balance",
      "error",
      "Deliveries",
      "C3",
    );
  });

  it("negative-balance at a production row speaks of its sustainable input, not of a declaration", () => {
    const f = expectFinding(
      {
        receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed" })],
        production: [
          {
            date: "2025-01-06",
            inputProduct: "Rapeseed",
            inputQuantity: "150",
            outputProduct: "Rapeseed oil",
            outputQuantity: "60",
          },
        ],
      },
      "negative-balance",
      "error",
      "Production",
      "C2",
    );
    expect(detail(f, "short")).toBe("production");
    expect(f.message).toContain("the production on this row took more sustainable input than came in");
    expect(f.message).not.toContain("declaration");
  });

  it("overdraft", () => {
    expectFinding(
      { receipts: [uco("2025-01-09", "10", "IN-1")], deliveries: [sale("2025-01-06", "4")] },
      "overdraft",
      "warning",
      "Deliveries",
      "C2",
    );
  });

  it("carry-over-exceeds-stock", () => {
    expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1")],
        stockCounts: [{ date: "2025-03-31", product: "uco", quantity: "9.99" }],
      },
      "carry-over-exceeds-stock",
      "warning",
      "Stock",
      "C2",
    );
  });

  it("stock-deviation", () => {
    expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1")],
        stockCounts: [{ date: "2025-02-01", product: "UCO", quantity: "12" }],
      },
      "stock-deviation",
      "warning",
      "Stock",
      "C2",
    );
  });

  it("unit-mismatch: litres without a density in an account kept in tonnes", () => {
    const f = expectFinding(
      { receipts: [uco("2025-01-05", "10", "IN-1")], deliveries: [sale("2025-01-06", "500", { unit: "L" })] },
      "unit-mismatch",
      "error",
      "Deliveries",
      "C2",
    );
    expect(f.details).toMatchObject({ unit: "L", accountUnit: "t" });
  });

  it("claim-exceeds-input", () => {
    expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1")],
        deliveries: [sale("2025-01-06", "5", { claim: "ISCC compliant" })],
      },
      "claim-exceeds-input",
      "error",
      "Deliveries",
      "G2",
    );
  });

  it("issue-date-too-early (added code, p-issue): the run's day before the dispatch, at the delivery's date", () => {
    const f = expectFinding(
      { receipts: [uco("2025-01-05", "10", "IN-1")], deliveries: [sale("2025-04-20", "10")] },
      "issue-date-too-early",
      "error",
      "Deliveries",
      "A2",
    );
    expect(f.details).toMatchObject({ date: "2025-04-15", from: "run", earliest: "2025-04-20" });
  });

  it("linked-sd-unavailable (added code): a link to an SD with no credit left, at the link", () => {
    const f = expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1"), uco("2025-01-06", "10", "IN-2")],
        deliveries: [sale("2025-01-07", "10", { linkedSds: ["IN-9"] })],
      },
      "linked-sd-unavailable",
      "error",
      "Deliveries",
      "K2",
    );
    expect(f.details).toMatchObject({ sds: "IN-9", asked: "10", available: "0", unit: "t" });
  });
});

describe("conversions", () => {
  const seed = uco("2025-01-05", "100", "IN-1", { product: "Rapeseed" });

  it("conversion-factor-missing", () => {
    expectFinding(
      {
        receipts: [seed],
        production: [
          { date: "2025-01-06", inputProduct: "Rapeseed", inputQuantity: "100", outputProduct: "Oil" },
        ],
      },
      "conversion-factor-missing",
      "error",
      "Production",
      "F2",
    );
  });

  it("conversion-same-product (a code that was in use but unlisted): a product converted into itself", () => {
    expectFinding(
      {
        receipts: [seed],
        production: [
          {
            date: "2025-01-06",
            inputProduct: "Rapeseed",
            inputQuantity: "10",
            outputProduct: "Rapeseed",
            outputQuantity: "9",
          },
        ],
      },
      "conversion-same-product",
      "warning",
      "Production",
      "D2",
    );
  });

  it("conversion-factor-deviates", () => {
    const f = expectFinding(
      {
        receipts: [seed],
        factors: [{ inputProduct: "Rapeseed", outputProduct: "Oil", factor: "0.40" }],
        production: [
          {
            date: "2025-01-06",
            inputProduct: "Rapeseed",
            inputQuantity: "100",
            outputProduct: "Oil",
            outputQuantity: "45",
            ghg: { total: "20" },
          },
        ],
      },
      "conversion-factor-deviates",
      "warning",
      "Production",
      "E2",
    );
    expect(f.related).toEqual([{ sheet: "Factors", cell: "C2" }]);
  });
});

describe("GHG", () => {
  it("ghg-missing: an output declaration without the operator's GHG value", () => {
    expectFinding(
      {
        receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed" })],
        production: [
          {
            date: "2025-01-06",
            inputProduct: "Rapeseed",
            inputQuantity: "100",
            outputProduct: "Oil",
            factor: "0.4",
          },
        ],
        deliveries: [sale("2025-01-07", "40", { product: "Oil" })],
      },
      "ghg-missing",
      "warning",
      "Deliveries",
      "C2",
    );
  });

  it("ghg-total-mismatch (not AV: warning)", () => {
    expectFinding(
      {
        receipts: [
          uco("2025-01-05", "10", "IN-1", { ghg: { total: "20", eec: "10", ep: "5", method: "DDV" } }),
        ],
      },
      "ghg-total-mismatch",
      "warning",
      "Receipts",
      "N2",
    );
  });

  it("ghg-saving-below-threshold", () => {
    const f = expectFinding(
      {
        receipts: [
          uco("2025-01-05", "10", "IN-1", { ghg: { total: "40" }, installationStartDate: "2023-01-01" }),
        ],
      },
      "ghg-saving-below-threshold",
      "error",
      "Receipts",
      "N2",
    );
    expect(f.details).toMatchObject({ saving: "57.45", minimum: "65" });
  });

  it("ghg-value-unsupported", () => {
    expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1")],
        deliveries: [sale("2025-01-06", "10", { ghg: { total: "12.4" } })],
      },
      "ghg-value-unsupported",
      "error",
      "Deliveries",
      "L2",
    );
  });

  it("ghg-method-invalid: an unknown method", () => {
    expectFinding(
      { receipts: [uco("2025-01-05", "10", "IN-1", { ghg: { total: "12", method: "guess" } })] },
      "ghg-method-invalid",
      "error",
      "Receipts",
      "O2",
    );
  });
});

describe("transfers and declarations", () => {
  it("transfer-not-allowed: a site missing from the register", () => {
    expectFinding(
      {
        transfers: [
          {
            date: "2025-01-05",
            fromSite: "A",
            toSite: "Z",
            product: "UCO",
            quantity: "1",
            scheme: "ISCC PLUS",
          },
        ],
      },
      "transfer-not-allowed",
      "error",
      "Transfers",
      "C2",
    );
  });

  it("declaration-stale: the register's fingerprint no longer matches the rows", () => {
    const f = expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1")],
        deliveries: [sale("2025-01-06", "10", { sdNumber: "SD-2025-0001" })],
        issued: [
          { number: "SD-2025-0001", deliverySheet: "Deliveries", deliveryRow: 2, fingerprint: "00ff" },
        ],
      },
      "declaration-stale",
      "warning",
      "Deliveries",
      "C2",
    );
    expect(f.related).toEqual([{ sheet: "MB Declarations", cell: "D2" }]);
  });
});

describe("declarations before and after they are issued", () => {
  const receipts = [uco("2025-01-05", "100", "IN-1")];
  /** the register a first run leaves, and the delivery rows as the add-in leaves them (numbers written in) */
  function issue(deliveries: ReturnType<typeof sale>[]) {
    const first = runEngine(ledger({ receipts, deliveries }), { today: "2025-04-15" });
    const numbered = deliveries.map((d, i) => ({
      ...d,
      sdNumber: first.declarations.find((x) => x.delivery.row === i + 2)?.rowSd ?? d.sdNumber,
    }));
    return { issued: registerOf(first.declarations), numbered };
  }

  it("declaration-incomplete: lists each blank PoS field with the cell to fill in, and issues nothing", () => {
    const f = expectFinding(
      {
        receipts: [uco("2025-01-05", "10", "IN-1", { rawMaterial: "" })],
        deliveries: [sale("2025-01-06", "10", { customerAddress: "" })],
        settings: { companyAddress: "" },
      },
      "declaration-incomplete",
      "error",
      "Deliveries",
      "C2",
    );
    // the dispatch address is the company's unless the row gives one; each field is a code, with
    // its cells, or the sheets a column for it would be added to
    expect(detail(f, "missing")).toEqual([
      { field: "companyAddress", cells: [], sheets: [] },
      { field: "customerAddress", cells: [{ sheet: "Deliveries", cell: "M2" }], sheets: ["Deliveries"] },
      { field: "dispatchAddress", cells: [], sheets: ["Deliveries"] },
      { field: "rawMaterial", cells: [{ sheet: "Receipts", cell: "J2" }], sheets: ["Receipts"] },
    ]);
    expect(f.message).toContain(
      "dispatch address (add a Dispatch address column to Deliveries, or give the company address in the Settings sheet, or Settings in the pane)",
    );
    expect(f.message).toContain("recipient address (Deliveries!M2)");
    expect(f.message).toContain("raw material (Receipts!J2)");
    expect(f.message).toContain("own company address (the Settings sheet, or Settings in the pane)");
    expect(f.related).toEqual([
      { sheet: "Deliveries", cell: "M2" },
      { sheet: "Receipts", cell: "J2" },
    ]);
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "10", "IN-1", { rawMaterial: "" })],
        deliveries: [sale("2025-01-06", "10", { customerAddress: "" })],
      }),
    );
    expect(r.declarations.map((d) => [d.status, d.number])).toEqual([["blocked", ""]]);
  });

  it("ghg-saving-below-threshold on the outgoing line: a produced value below the installation's minimum", () => {
    const input = ledger({
      receipts: [uco("2025-01-05", "10", "IN-1", { installationStartDate: "2022-06-01" })],
      production: [
        {
          date: "2025-01-06",
          inputProduct: "UCO",
          inputQuantity: "10",
          outputProduct: "HVO",
          outputQuantity: "10",
          ghg: { total: "40" },
        },
      ],
      deliveries: [sale("2025-01-07", "10", { product: "HVO" })],
    });
    const r = runEngine(input, { today: "2025-04-15" });
    const found = r.findings.filter((x) => x.code === "ghg-saving-below-threshold");
    expect(found.map((x) => [x.severity, x.sheet, x.cell])).toEqual([["error", "Deliveries", "C2"]]);
    expect(found[0]?.details).toMatchObject({ total: "40", saving: "57.45", minimum: "65", outgoing: true });
    expect(found[0]?.message).toMatch(
      /^Deliveries!C2: the declaration for this delivery would carry a GHG value of 40/,
    );
    expect(r.declarations.map((d) => [d.status, d.number])).toEqual([["blocked", ""]]);
  });

  it("declaration-needs-correction: less quantity than declared", () => {
    const { issued, numbered } = issue([sale("2025-01-06", "10")]);
    const f = expectFinding(
      { receipts, deliveries: [{ ...numbered[0]!, quantity: "8" }], issued },
      "declaration-needs-correction",
      "error",
      "Deliveries",
      "C2",
    );
    expect(f.details).toMatchObject({ number: "SD-2025-0001", issued: "10", now: "8", why: "less" });
    expect(f.message).toContain("massbal declare --cancel SD-2025-0001");
  });

  it("declaration-needs-correction: its number on a row that is another customer's delivery", () => {
    const { issued, numbered } = issue([sale("2025-01-06", "10")]);
    const f = expectFinding(
      { receipts, deliveries: [{ ...numbered[0]!, customer: "Other Fuels GmbH", quantity: "12" }], issued },
      "declaration-needs-correction",
      "error",
      "Deliveries",
      "C2",
    );
    expect(f.details).toMatchObject({ number: "SD-2025-0001", why: "other" });
    expect((f.details as { cells?: string }).cells).toContain("→ Other Fuels GmbH");
    expect(f.message).toContain("this row is another delivery");
  });

  // (p-folder) a row without a number is found by what it is: its SD cell names nothing, and the
  // finding says so instead of telling the user to clear a number the row does not carry
  it("declaration-needs-correction: a row found by its contents whose date moved by more than 3 days", () => {
    const { issued } = issue([sale("2025-01-06", "10")]);
    const f = expectFinding(
      { receipts, deliveries: [sale("2025-01-20", "10")], issued },
      "declaration-needs-correction",
      "error",
      "Deliveries",
      "C2",
    );
    expect(f.details).toMatchObject({ number: "SD-2025-0001", why: "other", named: false });
    expect(f.message).toContain("this row carries no SD number");
    expect(f.message).toContain("dispatch date 2025-01-06 → 2025-01-20");
    expect(f.message).not.toMatch(/SD number cell|is named on this row|number was typed/);
  });

  it("declaration-needs-correction: the delivery is gone", () => {
    const { issued } = issue([sale("2025-01-06", "10")]);
    const f = expectFinding(
      { receipts, deliveries: [], issued },
      "declaration-needs-correction",
      "error",
      "MB Declarations",
      "A2",
    );
    expect(f.details).toMatchObject({ why: "gone" });
  });

  it("declaration-needs-correction: a cell of its row refused is named, and cancelling is not offered", () => {
    const { issued } = issue([sale("2025-01-06", "10")]);
    const refused = finding(
      "invalid-number",
      "error",
      { sheet: "Deliveries", cell: "C2" },
      { value: "12,5 t?", field: "quantity" },
    );
    const r = runEngine(ledger({ receipts, deliveries: [], issued }), {
      today: "2025-04-15",
      findings: [refused],
    });
    const f = r.findings.find((x) => x.code === "declaration-needs-correction");
    expect(f?.details).toMatchObject({
      why: "unreadable",
      sure: true,
      row: "Deliveries row 2",
      cells: "its cell C2",
    });
    expect(f?.message).toContain("do not cancel it");
    expect(f?.message).not.toContain("--cancel");
    // a refused row elsewhere on the sheet may be it: named, and cancelling only if it is gone
    const elsewhere = { ...refused, cell: "C9" };
    const may = runEngine(ledger({ receipts, deliveries: [], issued }), {
      today: "2025-04-15",
      findings: [elsewhere],
    });
    const g = may.findings.find((x) => x.code === "declaration-needs-correction");
    expect(g?.details).toMatchObject({ why: "unreadable", sure: false, cells: "Deliveries!C9" });
    expect(g?.message).toContain("Only if its row was deleted");
  });

  it("declaration-ambiguous: two changed deliveries could each be the one declared", () => {
    const { issued } = issue([sale("2025-01-06", "10")]);
    const r = runEngine(
      ledger({ receipts, deliveries: [sale("2025-01-06", "11"), sale("2025-01-06", "12")], issued }),
      { today: "2025-04-15" },
    );
    const found = r.findings.filter((x) => x.code === "declaration-ambiguous");
    expect(found.map((x) => [x.severity, x.sheet, x.cell])).toEqual([
      ["error", "Deliveries", "C2"],
      ["error", "Deliveries", "C3"],
    ]);
    expect(found[0]?.message).toMatch(
      /^Deliveries!C2: this delivery may be the one declaration SD-2025-0001/,
    );
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    tested.add("declaration-ambiguous");
  });

  it("declaration-number-duplicate: an issued number typed on a second row", () => {
    const { issued, numbered } = issue([sale("2025-01-06", "10")]);
    const f = expectFinding(
      { receipts, deliveries: [numbered[0]!, sale("2025-01-08", "5", { sdNumber: "SD-2025-0001" })], issued },
      "declaration-number-duplicate",
      "error",
      "Deliveries",
      "H3",
    );
    expect(f.details).toMatchObject({ number: "SD-2025-0001", owner: "Deliveries row 2" });
  });

  it("declaration-issued-outside: a number typed on a row before any register holds it", () => {
    const f = expectFinding(
      { receipts, deliveries: [sale("2025-01-06", "10", { sdNumber: "ORH/2025/3" })] },
      "declaration-issued-outside",
      "warning",
      "Deliveries",
      "H2",
    );
    expect(f.details).toMatchObject({ number: "ORH/2025/3", quantity: "10", unit: "t" });
  });

  it("input-incomplete: a sheet read in part holds back the declarations of its products only", () => {
    const input = ledger({
      receipts: [uco("2025-01-05", "100", "IN-1"), uco("2025-01-05", "100", "IN-2", { product: "POME" })],
      deliveries: [sale("2025-01-06", "10"), sale("2025-01-06", "10", { product: "POME" })],
    });
    input.incomplete = [
      { kinds: ["receipts"], products: ["uco "], source: { sheet: "More receipts", cell: "A3" } },
    ];
    const f = expectFinding(input, "input-incomplete", "error", "More receipts", "A3");
    expect(f.holdsBack).toEqual([{ sheet: "Deliveries", cell: "C2" }]);
    const r = runEngine(input, { today: "2025-04-15" });
    expect(r.declarations.map((d) => [d.product, d.status])).toEqual([
      ["UCO", "blocked"],
      ["POME", "new"],
    ]);
    // where reading reported the sheet itself (header-not-found), that finding holds them back
    const header = {
      code: "header-not-found" as const,
      severity: "error" as const,
      message: "x",
      details: { label: "Receipts", missing: "Quantity" },
      sheet: "More receipts",
      cell: "A3",
    };
    const read = runEngine(input, { today: "2025-04-15", findings: [header] });
    expect(read.findings.map((x) => x.code)).not.toContain("input-incomplete");
    expect(read.declarations.map((d) => [d.product, d.status, d.heldBy?.map((h) => h.code)])).toEqual([
      ["UCO", "blocked", ["header-not-found"]],
      ["POME", "new", undefined],
    ]);
  });

  it("declaration-record-unreadable: a register record edited by hand", () => {
    const f = expectFinding(
      {
        receipts,
        deliveries: [sale("2025-01-06", "10", { sdNumber: "SD-2025-0001" })],
        issued: [{ number: "SD-2025-0001", record: "{edited" }],
      },
      "declaration-record-unreadable",
      "warning",
      "MB Declarations",
      "A2",
    );
    expect(f.message).toContain("its number stays used");
  });
});

describe("credit an auditor would strike", () => {
  it("co-product-input-differs (added code): a row of a batch stating another input, booked on its own", () => {
    const row = { date: "2025-01-06", inputProduct: "Rapeseed", inputQuantity: "100", unit: "t" };
    expectFinding(
      {
        receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed" })],
        production: [
          { ...row, outputProduct: "Oil", outputQuantity: "42", batchId: "B-1" },
          { ...row, inputProduct: "Sunflower", outputProduct: "Meal", outputQuantity: "56", batchId: "B-1" },
        ],
      },
      "co-product-input-differs",
      "warning",
      "Production",
      "B3",
    );
  });

  it("stock-count-missing (added code): no count, credit above the book stock; names the product and site", () => {
    const f = expectFinding(
      {
        receipts: [uco("2025-01-05", "100", "IN-1", { site: "Hamburg" })],
        deliveries: [sale("2025-02-01", "70", { sustainable: "no", site: "Hamburg" })],
      },
      "stock-count-missing",
      "warning",
      undefined,
      undefined,
    );
    expect(f.message.startsWith("UCO at site Hamburg: ")).toBe(true);
    expect(f.details).toMatchObject({ closing: "100", physical: "30", carried: "30", lapsed: "70" });
  });

  const own = {
    ownCertificate: "EU-ISCC-Cert-OWN-1",
    source: { sheet: "Settings", row: 2, cells: { ownCertificate: "B3" } },
  };
  const unreadRowOwn = {
    number: "EU-ISCC-Cert-OWN-1",
    source: { sheet: "Certificates", cell: "E9" },
    label: "Valid until",
    value: "",
  };
  const ownRegister = [
    { certificateNumber: "EU-ISCC-Cert-OWN-1", validFrom: "2024-04-01", validUntil: "2025-03-31" },
    { certificateNumber: "EU-ISCC-Cert-DE100-1", validFrom: "2024-01-01", validUntil: "2026-12-31" },
  ];

  it("own-certificate-invalid (added code): credit carried into a day the own certificate does not cover", () => {
    const f = expectFinding(
      { settings: own, certificates: ownRegister, receipts: [uco("2025-01-05", "100", "IN-1")] },
      "own-certificate-invalid",
      "warning",
      "Settings",
      "B3",
    );
    expect(f.related).toEqual([{ sheet: "Certificates", cell: "E2" }]);
  });

  it("own-certificate-invalid (added code): a declaration dated on such a day is held back, at the delivery", () => {
    expectFinding(
      {
        settings: own,
        certificates: ownRegister,
        receipts: [uco("2025-04-05", "40", "IN-1")],
        deliveries: [sale("2025-05-10", "40")],
      },
      "own-certificate-invalid",
      "error",
      "Deliveries",
      "A2",
    );
  });

  it("own-certificate-invalid (added code): its register row could not be read, every declaration held back", () => {
    const f = expectFinding(
      {
        ...ledger({
          settings: own,
          certificates: ownRegister.slice(1),
          receipts: [uco("2025-01-05", "40", "IN-1")],
          deliveries: [sale("2025-02-10", "40")],
        }),
        refusedCertificates: [{ ...unreadRowOwn }],
      },
      "own-certificate-invalid",
      "error",
      "Settings",
      "B3",
    );
    expect(f.details).toMatchObject({ reason: "unreadable row", row: "Certificates!E9", held: 1 });
    expect(f.message).not.toContain("is not in the certificate register");
  });
});

// engine codes whose detection is tested beside the rule that raises them (their wording by the
// catalogue's golden texts, tests/engine/catalogue)
const TESTED_ELSEWHERE = new Set([
  "implausible-value", // index/units-property.test.ts
  "sustainable-conflict", // workbook/read/misread-values.test.ts
  "date-is-year", // intake.test.ts
  "site-not-listed", // index/site-register.test.ts, cli/site-register.test.ts
  "conversion-impossible", // index/credit-refusals.test.ts
  "batch-id-alike", // index/credit-refusals.test.ts, cli/claims-batches-transfers.test.ts
  "production-input-repeated", // index/credit-refusals.test.ts, cli/claims-batches-transfers.test.ts (brk19 #4)
  "engine-error", // index/properties.test.ts, index/incomplete.test.ts
  "stock-count-conflict", // workbook/read/tanks-certificates.test.ts
  "transfer-ghg-not-used", // workbook/read/ghg-intake-kinds.test.ts (p-ghg2)
  "final-fuel-ghg-per-mass", // cli/product-catalogue.test.ts (p-cat)
  "ghg-units-mixed", // cli/ghg-pool-units.test.ts, cli/ghg-dry-mass.test.ts (p-ghgpool, p-drymass)
  "declaration-invented", // index/invented-lines.test.ts, cli/outside-number.test.ts (p-folder)
  "certificate-unstated", // index/site-certificate.test.ts, cli/site-certificate.test.ts (p-sitecert)
  "certificate-scheme", // index/certificate-scheme.test.ts, cli/certificate-scheme.test.ts (brk20 A6)
  "energy-content-differs", // declaration-energy.test.ts, cli/sd-energy.test.ts (brk22 §4)
  "energy-content-disagrees", // workbook/read/energy-content-check.test.ts, cli/sd-energy.test.ts
  "stock-count-next-day", // index/next-day-counts.test.ts, cli/next-day-counts.test.ts (brk22 §3)
  "stock-below-zero", // index/next-day-counts.test.ts, cli/next-day-counts.test.ts (brk22 §3)
  "stock-count-product-alike", // index/next-day-counts.test.ts (brk22 §14)
  "heating-value-unused", // declaration-energy.test.ts, cli/sd-energy.test.ts (brk24 §3)
  "arrival-before-dispatch", // index/transfer-arrival.test.ts (brk26 L4)
  "transfer-in-transit", // index/transfer-arrival.test.ts, cli/transfer-days.test.ts (h-transfer3)
  "transit-loss", // index/transfer-not-booked.test.ts, index/transfer-difference.test.ts, cli/claims-batches-transfers.test.ts (brk22 §9)
  "date-after-run-day", // index/run-day.test.ts, workbook/read/run-day-spellings.test.ts, cli/run-day.test.ts (brk27 W1)
  "declaration-period-closed", // index/period-closed.test.ts, cli/last-year-sheets.test.ts (brk22 §12)
  "certificate-holder-differs", // rules/certificate-holder-differs.test.ts (brk27 S5)
  "delivery-to-self", // rules/delivery-to-self.test.ts (brk27 S7)
  "customer-certificate-invalid", // rules/customer-certificate-invalid.test.ts (brk27 S6)
]);

afterAll(() => {
  // the engine's codes, and the reading codes it raises too for a record's field
  const owned = FINDING_CODES.filter(
    (c) =>
      !WORKBOOK_OWNED.has(c) &&
      !TESTED_ELSEWHERE.has(c) &&
      (CATALOGUE[c].layer === "engine" || ENGINE_ALSO.has(c)),
  );
  expect(owned.filter((c) => !tested.has(c))).toEqual([]);
});

describe("quantities that cannot be right", () => {
  it("invalid-quantity: a sustainable part above the delivered quantity", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "10", "IN-1")],
        deliveries: [sale("2025-01-06", "5", { sustainable: "7" })],
      }),
    );
    // the sale is not declared, so 10 t of credit stand against 5 t in the tank, which no count shows
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["stock-count-missing", undefined, undefined],
      ["invalid-quantity", "Deliveries", "F2"],
    ]);
    expect(r.findings[1]?.message).toContain("between zero and the quantity");
  });

  it("invalid-quantity receipt-part: a receipt's stated part below its quantity gives no credit", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "10", "IN-1", { sustainablePart: "4", sustainablePartUnit: "t" })],
      }),
    );
    const at = r.findings.find((f) => f.code === "invalid-quantity");
    expect([at?.sheet, at?.details]).toEqual([
      "Receipts",
      { field: "sustainablePart", value: "4 t", reason: "receipt-part" },
    ]);
    expect(at?.message).toContain("as a receipt row of its own");
    expect(r.balances.every((b) => b.received === "0" && !b.complete)).toBe(true);
  });

  it("invalid-quantity: more sustainable input than input", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-05", "100", "IN-1", { product: "Rapeseed" })],
        production: [
          {
            date: "2025-01-06",
            inputProduct: "Rapeseed",
            inputQuantity: "50",
            sustainableInputQuantity: "60",
            outputProduct: "Oil",
            factor: "0.4",
            ghg: { total: "20" },
          },
        ],
      }),
    );
    // the 50 t left the books physically, so the credit kept above the book stock lapses (a warning)
    expect(r.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual([
      ["stock-count-missing", undefined, undefined],
      ["invalid-quantity", "Production", "G2"],
    ]);
    // what cannot be read gives no credit and draws nothing: never the whole input
    expect(r.balances.find((b) => b.product === "Rapeseed")?.consumed).toBe("0");
    expect(r.balances.find((b) => b.product === "Oil")?.produced ?? "0").toBe("0");
  });
});

describe("read findings the engine carries (workbook/colour-legend.ts)", () => {
  it("row-unconfirmed, reason colours-unread: the legend's sheet left out, its balance incomplete, the error kept at the legend", () => {
    // the golden sample of the reason (catalogue/samples.ts): at the legend, Eingang!A30
    const sample = SAMPLES["row-unconfirmed"].find((x) => x.details.reason === "colours-unread");
    const read = withMessage({ code: "row-unconfirmed", severity: "error", ...sample! });
    const input = ledger({
      receipts: [uco("2025-01-05", "100", "IN-1")],
      deliveries: [sale("2025-02-01", "70")],
    });
    // the reader left each row of the sheet out at the legend's cell (table.ts leftOut)
    input.incomplete = [
      { kinds: ["receipts"], products: ["UCO"], source: { sheet: "Eingang", cell: "A30" } },
    ];
    const result = runEngine(input, { today: "2025-04-15", findings: [read] });
    const f = result.findings.find((x) => x.code === "row-unconfirmed");
    expect(f).toMatchObject({ severity: "error", sheet: "Eingang", cell: "A30" });
    expect(f?.message).toContain("this Excel cannot read cell fills");
    expect(result.balances.map((b) => b.complete)).toEqual([false]);
  });
});

describe("read findings of a legend's colour meaning and font colours (p-legend2, workbook/colour-legend.ts)", () => {
  it.each([
    "colour-meaning",
    "colour-fonts",
    "colour-between",
    "colour-conditional",
    "colour-elsewhere",
    "colour-ambiguous",
    "colour-proof-missing",
  ])(
    "row-unconfirmed, reason %s: the row's balance incomplete, the error kept where it was read",
    (reason) => {
      const sample = SAMPLES["row-unconfirmed"].find((x) => x.details.reason === reason);
      const read = withMessage({ code: "row-unconfirmed", severity: "error", ...sample! });
      const input = ledger({ receipts: [uco("2025-01-05", "100", "IN-1")], deliveries: [] });
      input.incomplete = [
        { kinds: ["receipts"], products: ["UCO"], source: { sheet: "Eingang", cell: sample!.cell! } },
      ];
      const result = runEngine(input, { today: "2025-04-15", findings: [read] });
      const f = result.findings.find((x) => x.code === "row-unconfirmed");
      expect(f).toMatchObject({ severity: "error", sheet: "Eingang", cell: sample!.cell });
      expect(f?.message).toContain(
        {
          "colour-meaning": "does not read as booked",
          "colour-fonts": "colour of their text",
          "colour-between": "cannot tell which of the two is meant",
          "colour-conditional": "does not read colours set by conditional formatting",
          "colour-elsewhere": "on another sheet gives its colour; this sheet has no legend of its own",
          "colour-ambiguous": "legends of other sheets give different meanings",
          "colour-proof-missing":
            "says the supplier's Sustainability Declaration (or other proof) for rows of this colour is missing",
        }[reason] as string,
      );
      expect(result.balances.map((b) => b.complete)).toEqual([false]);
    },
  );
});

describe("read findings of a colour legend's line (workbook/table-totals.ts)", () => {
  it("rows-after-blank, reason legend-line: names the legend's line, not a blank row, and where to move it", () => {
    const f = withMessage({
      code: "rows-after-blank",
      severity: "error",
      sheet: "Receipts",
      cell: "A4",
      details: { label: "3", reason: "legend-line" },
    });
    expect(f.message).toBe(
      "Receipts!A4: this row and those below it are not read, because row 3 above, a line of the colour legend, ends the data as a blank row does; move the legend above the header or below the last booking if they belong to the books.",
    );
  });
});

describe("read findings of a share on two scales (workbook/cell-numbers.ts readShare, share-units.ts)", () => {
  it("invalid-value, reason share-fraction: names both readings and asks for the percentage", () => {
    const f = withMessage({
      code: "invalid-value",
      severity: "error",
      sheet: "Deliveries",
      cell: "F3",
      details: { label: "Sustainable part", value: "1", reason: "share-fraction" },
    });
    expect(f.message).toContain('Deliveries!F3: "1" in Sustainable part is a plain number of at most 1');
    expect(f.message).toContain("1 % or a fraction of 1 (100 %, where 1 is all of the quantity)");
    expect(f.message).toContain("write the share as a percentage, 1 % or 100 %");
  });

  it("invalid-value, reason share-over-one: no fraction of 1; asks for a fraction or the percentage", () => {
    const f = withMessage({
      code: "invalid-value",
      severity: "error",
      sheet: "Deliveries",
      cell: "F4",
      details: { label: "Sustainable part", value: "80", reason: "share-over-one" },
    });
    expect(f.message).toContain('Deliveries!F4: "80" in Sustainable part is a plain number above 1');
    expect(f.message).toContain("such as 0.8, or as a percentage, such as 80 %");
  });
});

describe("read findings of text in a column of the quantity (p-values: workbook/rival-columns.ts)", () => {
  const said = (reason: "sd-quantity-text" | "second-quantity-text", side?: "in" | "out") =>
    withMessage({
      code: "invalid-number",
      severity: "error",
      sheet: "Eingang",
      cell: "F4",
      details: {
        label: "Menge lt. SD (t)",
        value: "s. Anlage",
        reason,
        read: '"Menge (t)"',
        ...(side ? { side } : {}),
        dropped: true,
      },
    }).message;

  it("sd-quantity-text on a receipt: the supplier's SD caps the credit; type the quantity from the SD", () => {
    expect(said("sd-quantity-text", "in")).toBe(
      'Eingang!F4: "s. Anlage" in Menge lt. SD (t) is not a number, and this column holds the quantity the supplier\'s SD declares, which caps the credit the receipt gives; the add-in does not look the quantity up elsewhere (in an attachment, an annex or another row): type the quantity from the SD into this cell, such as 20 or 20 t (this row is not read until it is fixed).',
    );
  });

  it("sd-quantity-text on a delivery names its own SD; with no side, the SD", () => {
    expect(said("sd-quantity-text", "out")).toContain(
      "the delivery's own SD declares, which must be the quantity delivered",
    );
    expect(said("sd-quantity-text")).toContain(
      "holds the quantity the SD declares; the add-in does not look",
    );
  });

  it("second-quantity-text names the column read and asks for the quantity or a blank", () => {
    expect(said("second-quantity-text")).toContain(
      'this column also holds the row\'s quantity beside "Menge (t)", and a row is read only where the two agree',
    );
    expect(said("second-quantity-text")).toContain(
      "type the quantity here, such as 20 or 20 t, or clear the cell",
    );
  });
});
