import { detail } from "./catalogue/detail";
import { runEngine } from "../../src/engine";
import { fingerprint } from "../../src/engine/fingerprint";
import { ledger, registerOf, sale, uco } from "./build";

const twoSets = [
  uco("2025-01-02", "60", "IN-DE"),
  uco("2025-01-03", "60", "IN-NL", { countryOfOrigin: "NL", ghg: { total: "14" } }),
];

describe("outgoing declarations", () => {
  it("splits a delivery over two characteristic sets into -1 and -2, oldest credit first", () => {
    const r = runEngine(
      ledger({
        settings: { sdPrefix: "ACME", companyName: "Acme GmbH", ownCertificate: "EU-ISCC-Cert-DE200" },
        receipts: twoSets,
        deliveries: [sale("2025-02-01", "100")],
      }),
      { today: "2025-02-02" },
    );
    expect(
      r.declarations.map((d) => [d.number, d.quantity, d.characteristics.countryOfOrigin, d.ghg[0]?.total]),
    ).toEqual([
      ["ACME-2025-0001-1", "60", "DE", "12.5"],
      ["ACME-2025-0001-2", "40", "NL", "14"],
    ]);
    expect(r.declarations[0]).toMatchObject({
      issueDate: "2025-02-02",
      dispatchDate: "2025-02-01",
      supplier: { name: "Acme GmbH", certificate: "EU-ISCC-Cert-DE200" },
      recipient: { name: "Fuel AG" },
      chainOfCustody: "Mass balance",
      euRedCompliant: true,
      status: "new",
    });
  });

  it("honours explicit links to incoming SDs before FIFO", () => {
    const r = runEngine(
      ledger({ receipts: twoSets, deliveries: [sale("2025-02-01", "50", { linkedSds: ["in-nl"] })] }),
    );
    expect(r.declarations.map((d) => [d.quantity, d.inputs.map((i) => i.sd)])).toEqual([["50", ["IN-NL"]]]);
  });

  it("keeps a number the delivery row already carries and never reuses it", () => {
    const r = runEngine(
      ledger({
        receipts: twoSets,
        deliveries: [sale("2025-02-01", "10", { sdNumber: "SD-2025-0001" }), sale("2025-02-02", "10")],
      }),
      { today: "2025-03-01" },
    );
    // the typed number was issued outside the add-in: nothing of it is listed or recorded, and
    // the delivery gets no second declaration (issue/outside.ts)
    expect(r.declarations.map((d) => [d.number, d.status])).toEqual([["SD-2025-0002", "new"]]);
    expect(r.findings.filter((f) => f.code === "declaration-issued-outside").map((f) => f.cell)).toEqual([
      "H2",
    ]);
  });

  it("keeps register numbers and reports no staleness when the rows are unchanged", () => {
    const books = ledger({ receipts: twoSets, deliveries: [sale("2025-02-01", "10")] });
    const first = runEngine(books, { today: "2025-03-01" });
    const d = first.declarations[0]!;
    const issued = registerOf(first.declarations);
    const again = runEngine(ledger({ receipts: twoSets, deliveries: [sale("2025-02-01", "10")], issued }), {
      today: "2025-04-01",
    });
    expect(again.declarations.map((x) => [x.number, x.status])).toEqual([[d.number, "issued"]]);
    expect(again.declarations[0]).toEqual({ ...d, status: "issued" });
    expect(again.findings).toEqual([]);
    const more = runEngine(ledger({ receipts: twoSets, deliveries: [sale("2025-02-01", "11")], issued }), {
      today: "2025-04-01",
    });
    expect(
      more.findings.map((f) => [f.code, detail(f, "fields"), detail(f, "extra"), detail(f, "unit")]),
    ).toEqual([["declaration-stale", "quantity", "1", "t"]]);
    expect(more.declarations.map((x) => [x.number, x.status, x.quantity])).toEqual([
      [d.number, "issued", "10"],
      ["SD-2025-0002", "new", "1"],
    ]);
  });

  it("holds new declarations back while an error in their reach exists, and makes none when asked not to", () => {
    const books = ledger({
      receipts: [...twoSets, uco("2025-01-04", "-1", "IN-X")],
      deliveries: [sale("2025-02-01", "10")],
    });
    const held = runEngine(books).declarations;
    expect(held.map((d) => [d.status, d.number, d.heldBy?.map((f) => f.code)])).toEqual([
      ["blocked", "", ["invalid-quantity"]],
    ]);
    expect(runEngine(books, { draft: true }).declarations.map((d) => [d.status, d.number])).toEqual([
      ["draft", ""],
    ]);
    expect(runEngine(books, { declare: false }).declarations).toEqual([]);
  });

  it("gives a stable SHA-256 fingerprint that appears in JSON", () => {
    const books = ledger({ receipts: twoSets, deliveries: [sale("2025-02-01", "10")] });
    const a = runEngine(books).declarations[0]!;
    const b = JSON.parse(JSON.stringify(runEngine(books).declarations[0]));
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it("shows hosts only its fields, and keeps its fingerprint when spread, cloned or frozen", () => {
    const books = ledger({ receipts: twoSets, deliveries: [sale("2025-02-01", "10")] });
    const expected = runEngine(books).declarations[0]!.fingerprint;
    const d = runEngine(books).declarations[0]!;
    expect(Reflect.ownKeys(structuredClone(d))).toEqual(Object.keys(d));
    expect(Object.keys(d)).toContain("fingerprint");
    expect(
      Object.getOwnPropertySymbols(d).filter((s) => Object.prototype.propertyIsEnumerable.call(d, s)),
    ).toEqual([]);
    expect({ ...d, status: "draft" }.fingerprint).toBe(expected);
    const frozen = Object.freeze(runEngine(books).declarations[0]!);
    expect(frozen.fingerprint).toBe(expected);
    expect(frozen.fingerprint).toBe(expected);
  });

  it("fingerprints the delivery row, the line's quantity and each batch drawn on with its rows", () => {
    const books = ledger({
      receipts: [uco("2025-01-02", "60", "IN-1"), uco("2025-01-03", "60", "IN-2")],
      deliveries: [sale("2025-02-01", "100"), sale("2025-02-02", "5")],
    });
    const [r1, r2] = books.receipts;
    const [s1, s2] = books.deliveries;
    const [a, b] = runEngine(books).declarations;
    expect(a?.fingerprint).toBe(fingerprint([s1, "100", ["60", [r1], []], ["40", [r2], []]]));
    expect(b?.fingerprint).toBe(fingerprint([s2, "5", ["5", [r2], []]]));
  });
});

describe("empty books", () => {
  it("have no periods, balances or declarations, and no findings", () => {
    const result = runEngine(ledger({}));
    expect({ ...result, ledger: result.ledger.entries() }).toEqual({
      findings: [],
      balances: [],
      ledger: [],
      declarations: [],
      periods: [],
    });
  });

  it("with a period start set, report that period", () => {
    expect(runEngine(ledger({ settings: { periodStart: "2025-01-01" } })).periods).toEqual([
      { start: "2025-01-01", end: "2025-03-31" },
    ]);
  });
});
