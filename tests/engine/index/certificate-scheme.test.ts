// Credit of one scheme never backs a declaration of another (brk20 A6, engine/rules/certificate-scheme.ts):
// a supplier certificate whose number ("ISCC-PLUS-Cert-…", "ISCC-CORSIA-Cert-…") or register row
// names a scheme whose credit ISCC EU cannot take gives no credit, an error at its cell naming both; an own
// certificate of another scheme holds the declarations back. Numbers of any other shape, and a
// certificate of the row's own scheme, change nothing.
import { type EngineResult, runEngine } from "../../../src/engine";
import { isccNumbers, numberScheme, registerScheme } from "../../../src/engine/certificate-scheme";
import { ledger, sale, uco } from "../build";

const today = { today: "2025-06-15" };

/** ISCC's own number shapes, as staff type them (case, separators, spaces), and the scheme each names. */
const SHAPES: [string, string | undefined][] = [
  ["EU-ISCC-Cert-DE100-12345678", "ISCC EU"],
  ["eu-iscc-cert-de100-12345678", "ISCC EU"],
  ["EU ISCC Cert DE100 12345678", "ISCC EU"],
  ["EU-ISCC-Cert-DE100-1/SD/42", "ISCC EU"],
  ["ＥＵ-ＩＳＣＣ-Ｃｅｒｔ-ＤＥ１００-１", "ISCC EU"],
  ["ISCC-PLUS-Cert-PL214-12345678", "ISCC PLUS"],
  ["iscc plus cert DE100 1", "ISCC PLUS"],
  ["ISCC-CORSIA-Cert-US201-1234", "ISCC CORSIA"],
  ["ISCC-CORSIA-PLUS-Cert-US201-1234", "ISCC CORSIA PLUS"],
  // shapes that say no scheme here: other schemes (ISCC EU accepts those recognised under RED II),
  // a prefix without a number, the bare words
  ["DE-B-REDcert-1234-5678", undefined],
  ["REDcert-EU-123", undefined],
  ["2BS010001", undefined],
  ["KZR-INiG/ISCC/123", undefined],
  ["SURE-EU-Cert-123", undefined],
  ["RSB-EU-RED-123", undefined],
  ["DE-100-12345", undefined],
  ["12345", undefined],
  ["EU-ISCC-Cert", undefined],
  ["ISCC PLUS", undefined],
  ["ISCC-Cert-DE100-1", undefined],
];

/** Register scheme cells and the scheme each names (none: nothing is said). */
const REGISTER_CELLS: [string, string | undefined][] = [
  ["ISCC EU", "ISCC EU"],
  ["ISCC-EU (RED II)", "ISCC EU"],
  ["ISCC PLUS", "ISCC PLUS"],
  ["ISCC+", "ISCC PLUS"],
  ["ISCC CORSIA", "ISCC CORSIA"],
  ["ISCC CORSIA PLUS", "ISCC CORSIA PLUS"],
  ["", undefined],
  ["REDcert-EU", undefined],
  ["2BSvs", undefined],
  ["ISCC EU / PLUS", undefined],
  ["ISCC", undefined],
];

describe("the scheme a certificate's number names", () => {
  it.each(SHAPES)("%s", (text, scheme) => {
    expect(numberScheme(text)).toBe(scheme);
  });

  it.each(REGISTER_CELLS)("register cell %j", (text, scheme) => {
    expect(registerScheme(text)).toBe(scheme);
  });

  it("finds each ISCC number of a cell, one number typed twice as one", () => {
    expect(isccNumbers("EU-ISCC-Cert-DE100-12345 / EU-ISCC-Cert-DE100-67890").map((n) => n.number)).toEqual([
      "eu-iscc-cert-de100-12345",
      "eu-iscc-cert-de100-67890",
    ]);
    expect(isccNumbers("EU-ISCC-Cert-DE100-1, ISCC-PLUS-Cert-DE100-2").map((n) => n.scheme)).toEqual([
      "ISCC EU",
      "ISCC PLUS",
    ]);
    expect(isccNumbers("DE-B-REDcert-1 / 2BS01")).toEqual([]);
  });
});

/** The own certificate of a book under `rowScheme`: the fixture's ISCC EU one, an ISCC PLUS one for PLUS. */
const ownOf = (rowScheme: string) => (rowScheme === "ISCC PLUS" ? "ISCC-PLUS-Cert-DE200-1" : undefined);
const scheme = (r: EngineResult) => r.findings.filter((f) => f.code === "certificate-scheme");
const received = (r: EngineResult) => r.balances.map((b) => b.received).join(",");

/** One receipt of 100 t under `rowScheme` with `certificate`, a sale of 40 t; a register row when given. */
function run(certificate: string, rowScheme = "ISCC EU", register?: string, own?: string): EngineResult {
  return runEngine(
    ledger({
      receipts: [uco("2025-01-10", "100", "IN-1", { supplierCertificate: certificate, scheme: rowScheme })],
      deliveries: [sale("2025-02-01", "40", { scheme: rowScheme })],
      ...(register !== undefined
        ? {
            certificates: [
              {
                certificateNumber: certificate,
                holder: "Saipol",
                scheme: register,
                validFrom: "2024-01-01",
                validUntil: "2026-01-01",
              },
              {
                certificateNumber: own ?? "EU-ISCC-Cert-DE200-1",
                holder: "Acme GmbH",
                validFrom: "2024-01-01",
                validUntil: "2026-01-01",
              },
            ],
          }
        : {}),
      ...(own ? { settings: { ownCertificate: own } } : {}),
    }),
    today,
  );
}

describe("a supplier certificate of another scheme gives no credit", () => {
  it.each([
    ["ISCC-PLUS-Cert-PL214-12345678", "ISCC EU", "ISCC PLUS"],
    ["ISCC-CORSIA-Cert-US201-1234", "ISCC EU", "ISCC CORSIA"],
  ])("%s on a receipt under %s", (certificate, rowScheme, stated) => {
    const r = run(certificate, rowScheme);
    expect(scheme(r).map((f) => [f.severity, f.sheet, f.cell, f.details])).toEqual([
      ["error", "Receipts", "F2", { certificate, stated, scheme: rowScheme, noCredit: true }],
    ]);
    expect(scheme(r)[0]?.message).toContain(`is an ${stated} certificate`);
    expect(received(r)).toBe("0");
    // no declaration draws on it
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("the register's scheme cell says it for a number of another shape", () => {
    const r = run("DE-B-123-456", "ISCC EU", "ISCC PLUS");
    expect(scheme(r).map((f) => [f.cell, f.details, f.related])).toEqual([
      [
        "F2",
        {
          certificate: "DE-B-123-456",
          stated: "ISCC PLUS",
          scheme: "ISCC EU",
          row: "Certificates!C2",
          noCredit: true,
        },
        [{ sheet: "Certificates", cell: "C2" }],
      ],
    ]);
    expect(received(r)).toBe("0");
  });

  it("the register listing an ISCC PLUS number without a scheme cell still refuses it (brk20 s11)", () => {
    const r = run("ISCC-PLUS-Cert-PL214-12345678", "ISCC EU", "");
    expect(scheme(r)).toHaveLength(1);
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });
});

describe("what must not change", () => {
  // the control: a number of a shape that names no scheme, credited as before
  const control = (rowScheme: string) =>
    received(run("DE-B-123-456", rowScheme, undefined, ownOf(rowScheme)));

  it.each([
    ["EU-ISCC-Cert-DE100-12345", "ISCC EU", undefined],
    ["EU-ISCC-Cert-DE100-12345", "ISCC EU", "ISCC EU"],
    ["ISCC-PLUS-Cert-PL214-12345678", "ISCC PLUS", undefined],
    ["ISCC-PLUS-Cert-PL214-12345678", "ISCC PLUS", "ISCC PLUS"],
    ["DE-B-REDcert-1234-5678", "ISCC EU", undefined],
    ["DE-B-REDcert-1234-5678", "ISCC EU", "REDcert-EU"],
    ["2BS010001", "ISCC PLUS", undefined],
    // ISCC PLUS takes ISCC certificates ("Only ISCC"): ISCC EU and CORSIA ones on its rows as before
    ["EU-ISCC-Cert-DE100-12345", "ISCC PLUS", undefined],
    ["EU-ISCC-Cert-DE100-12345", "ISCC PLUS", "ISCC EU"],
    ["ISCC-CORSIA-Cert-US201-1234", "ISCC PLUS", undefined],
    ["DE-B-123-456", "ISCC EU", ""],
  ])("%s under %s (register scheme %j)", (certificate, rowScheme, register) => {
    const r = run(certificate, rowScheme, register, ownOf(rowScheme));
    expect(scheme(r)).toEqual([]);
    if (register === undefined) expect(received(r)).toBe(control(rowScheme));
  });

  it("an ISCC EU book on an ISCC EU certificate issues its declaration", () => {
    const r = run("EU-ISCC-Cert-DE100-12345");
    expect(received(r)).toBe("100");
    expect(r.declarations.map((d) => d.status)).toEqual(["new"]);
  });
});

describe("an own certificate of another scheme holds the declarations back", () => {
  it("ISCC PLUS on Settings of an ISCC EU book: one error at its cell for all declarations", () => {
    const r = runEngine(
      ledger({
        receipts: [uco("2025-01-10", "100", "IN-1")],
        deliveries: [sale("2025-02-01", "40"), sale("2025-02-03", "30")],
        settings: {
          ownCertificate: "ISCC-PLUS-Cert-DE200-1",
          source: { sheet: "Settings", row: 0, cells: { ownCertificate: "B4" } },
        },
      }),
      today,
    );
    expect(scheme(r).map((f) => [f.sheet, f.cell, f.details])).toEqual([
      [
        "Settings",
        "B4",
        {
          certificate: "ISCC-PLUS-Cert-DE200-1",
          stated: "ISCC PLUS",
          scheme: "ISCC EU",
          held: 2,
          date: "2025-06-15",
        },
      ],
    ]);
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("the register's scheme cell says it of the own certificate", () => {
    const r = run("EU-ISCC-Cert-DE100-12345", "ISCC EU", "ISCC EU", "DE-B-999");
    expect(scheme(r)).toEqual([]);
    const r2 = runEngine(
      ledger({
        receipts: [uco("2025-01-10", "100", "IN-1")],
        deliveries: [sale("2025-02-01", "40")],
        certificates: [
          { certificateNumber: "EU-ISCC-Cert-DE100-1", validFrom: "2024-01-01", validUntil: "2026-01-01" },
          {
            certificateNumber: "DE-B-999",
            scheme: "ISCC PLUS",
            validFrom: "2024-01-01",
            validUntil: "2026-01-01",
          },
        ],
        settings: { ownCertificate: "DE-B-999" },
      }),
      today,
    );
    expect(scheme(r2).map((f) => [f.details.stated, f.details.row, f.details.held])).toEqual([
      ["ISCC PLUS", "Certificates!C3", 1],
    ]);
  });
});

// brk20 A1: without a certificate register a placeholder where the supplier's number goes was
// credited with no finding, quieter than a blank (a missing-value warning): now it gets the blank's
describe("a supplier certificate placeholder without a register is said as a blank is", () => {
  const missing = (r: EngineResult) =>
    r.findings.filter((f) => f.code === "missing-value").map((f) => [f.severity, f.cell]);
  it.each(["", "-", "–", "keins", "k.A.", "n/a", "tbd", "none", "?", "0"])("%j", (certificate) => {
    expect(missing(run(certificate))).toEqual([["warning", "F2"]]);
  });
  it.each(["EU-ISCC-Cert-DE100-1", "DE-B-REDcert-1234-5678", "12345"])(
    "%j is a number: nothing said",
    (certificate) => {
      expect(missing(run(certificate))).toEqual([]);
    },
  );
});
