// A certificate register row refused at one of its cells (a validity date that is no day:
// "unbefristet", "2025", blank, "siehe Anhang", 31.02.2025 …) is left out of the register the
// engine reads, but the register holds the certificate: a receipt (or the own certificate) that
// matches only such rows is unclear, never "not in the certificate register", and the finding
// names the row's cell to correct. A valid row beside it is not taken as valid. No credit is taken
// on a guess: the receipt gives none and its account is incomplete (credit unknown, not none).
// Through real .xlsx files (exceljs) read by the workbook layer; a property over the engine's
// register keys (documentKey) and over workbooks read in memory.
import fc from "fast-check";
import { runEngine, type EngineResult, type Finding } from "../../../src/engine";
import type { CellValue, SheetSnapshot } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { ledger, uco } from "../../engine/build";
import { cert, receipts, REGISTER_HEADER, SALES, SUPPLIER } from "../certificate-books";
import { serial, sheet, throughXlsx } from "../fixtures";

const OWN = "EU-ISCC-Cert-DE105-7";
const NOT_IN = "is not in the certificate register";

/** Values of a validity cell that cannot be read as a day, as staff type them (de, en, fr, others). */
const UNREADABLE: CellValue[] = [
  "unbefristet",
  "siehe Anhang",
  "31.02.2025",
  "Ende 2026",
  "unlimited",
  "open-ended",
  "Feb 30, 2025",
  "see attachment",
  "illimité",
  "31/02/2025",
  "30 février 2025",
  "2025",
  2025,
  "",
];

const settings = (own?: string) =>
  sheet("Settings", [
    ["Setting", "Value"],
    ["Company name", "Handel GmbH"],
    ["Company address", "Hafenstr. 1, Hamburg"],
    ...(own ? [["Own certificate", own]] : []),
  ]);

/** A register row of `number` valid 2024–2026, with `value` in the column `at` ("from", D, or "until", E). */
function row(number: CellValue, at: "from" | "until", value: CellValue): CellValue[] {
  const cells = cert("");
  cells[0] = number;
  cells[at === "from" ? 3 : 4] = value;
  return cells;
}
const valid = cert;

async function run(rows: CellValue[][], own?: string, xlsx = true): Promise<EngineResult> {
  const sheets: SheetSnapshot[] = [
    settings(own),
    receipts(),
    SALES,
    sheet("Certificates", [REGISTER_HEADER, ...rows]),
  ];
  const snapshot = xlsx ? await throughXlsx(...sheets) : { name: "Books.xlsx", sheets };
  const read = readWorkbook(snapshot);
  return runEngine(read.ledger, { today: "2025-04-15", findings: read.findings });
}

const of = (r: EngineResult, code: string): Finding[] => r.findings.filter((f) => f.code === code);
const reason = (f: Finding | undefined) => (f?.details as { reason?: string } | undefined)?.reason;
const uco1 = (r: EngineResult) => r.balances.find((b) => b.product === "UCO");

describe.each([
  ["Valid until", "until", "E"],
  ["Valid from", "from", "D"],
] as const)("the supplier's register row with %s unreadable", (_, at, col) => {
  it.each(UNREADABLE.map((v) => [v]))(
    "%j: the receipt names the row's cell, never 'not in the register'",
    async (value) => {
      const r = await run([row(SUPPLIER, at, value), valid(OWN)], OWN);
      // the register's own refusal, at its cell
      const said = r.findings.filter((f) => f.sheet === "Certificates" && f.severity === "error");
      expect(said.map((f) => f.cell)).toEqual([`${col}2`]);
      expect(of(r, "certificate-unknown")).toEqual([]);
      expect(r.findings.filter((f) => f.message.includes(NOT_IN))).toEqual([]);
      const f = of(r, "certificate-invalid");
      expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["error Receipts!C2"]);
      expect(f[0]?.details).toMatchObject({ reason: "unreadable row", row: `Certificates!${col}2` });
      expect(f[0]?.message).toContain(
        `the certificate register row for ${SUPPLIER} at Certificates!${col}2 could not be read`,
      );
      expect(f[0]?.message).toContain("Correct that cell");
      // no credit on a guess: none given, and the account incomplete (credit unknown, not none)
      expect(uco1(r)).toMatchObject({ received: "0", complete: false });
      expect(of(r, "negative-balance")).toEqual([]);
      expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
    },
  );

  it.each([
    ["valid row first", true],
    ["unreadable row first", false],
  ])("beside a valid row over the day (%s): unclear, not valid, both rows named", async (_, first) => {
    const rows = [valid(SUPPLIER), row(SUPPLIER, at, "unbefristet")];
    const r = await run([...(first ? rows : rows.reverse()), valid(OWN)], OWN);
    const refused = first ? 3 : 2;
    const f = of(r, "certificate-invalid");
    expect(f).toHaveLength(1);
    expect(f[0]?.details).toMatchObject({
      reason: "unreadable row",
      row: `Certificates!${col}${refused}`,
      validRow: `Certificates!A${first ? 2 : 3}`,
    });
    expect(f[0]?.related).toEqual([
      { sheet: "Certificates", cell: `${col}${refused}` },
      { sheet: "Certificates", cell: `A${first ? 2 : 3}` },
    ]);
    expect(uco1(r)).toMatchObject({ received: "0", complete: false });
  });
});

it("a suspended row over the day outweighs a row not read: the suspension is said", async () => {
  const stop = [...cert(SUPPLIER).slice(0, 3), serial("2025-01-01"), serial("2026-12-31"), "suspended"];
  const r = await run([stop, row(SUPPLIER, "until", "unbefristet"), valid(OWN)], OWN);
  expect(of(r, "certificate-invalid").map(reason)).toEqual(["suspended"]);
});

it("a row whose number cell cannot be read matches no certificate", async () => {
  // its number unknown: every receipt's credit is in doubt, but no receipt is matched to it
  const r = await run([row({ error: "#REF!" }, "until", "unbefristet"), valid(OWN)], OWN);
  expect(of(r, "certificate-invalid")).toEqual([]);
  expect(of(r, "certificate-unknown").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Receipts!C2"]);
  expect(uco1(r)).toMatchObject({ received: "0", complete: false });
});

it.each([
  ["an error value", { error: "#N/A" }],
  ["a formula never calculated", { formula: "A1" }],
] as [string, CellValue][])(
  "a row read with %s in its Status is not taken as valid: the receipt names the Status cell",
  async (_, status) => {
    const unread = cert(SUPPLIER);
    unread[5] = status;
    const sheets = [
      settings(OWN),
      receipts(),
      SALES,
      sheet("Certificates", [REGISTER_HEADER, unread, valid(OWN)]),
    ];
    const read = readWorkbook(await throughXlsx(...sheets));
    // the status column's letter, as a run gives it (app/run.ts layoutOf)
    const l = { ...read.ledger, layout: { Certificates: { status: "F" } } };
    const r = runEngine(l, { today: "2025-04-15", findings: read.findings });
    const f = of(r, "certificate-invalid");
    expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["error Receipts!C2"]);
    expect(f[0]?.details).toMatchObject({
      reason: "unreadable row",
      row: "Certificates!F2",
      label: "Status",
    });
    expect(uco1(r)).toMatchObject({ received: "0", complete: false });
  },
);

describe("the own certificate's register row unreadable", () => {
  it.each(UNREADABLE.map((v) => [v]))(
    "%j: every declaration held back naming the row's cell, never 'not in the register'",
    async (value) => {
      const r = await run([valid(SUPPLIER), row(OWN, "until", value)], OWN);
      expect(r.findings.filter((f) => f.message.includes(NOT_IN))).toEqual([]);
      const f = of(r, "own-certificate-invalid");
      expect(f.map((x) => `${x.severity} ${x.sheet}!${x.cell}`)).toEqual(["error Settings!B4"]);
      expect(f[0]?.details).toMatchObject({ reason: "unreadable row", row: "Certificates!E3" });
      expect(f[0]?.message).toContain(
        `the certificate register row for your own certificate ${OWN} at Certificates!E3 could not be read`,
      );
      expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
      // no credit lapses on the guess: the supplier's receipt keeps its credit
      expect(uco1(r)).toMatchObject({ received: "100" });
    },
  );

  it("beside a valid row of the own certificate: unclear, every declaration held back", async () => {
    const r = await run([valid(SUPPLIER), valid(OWN), row(OWN, "from", "siehe Anhang")], OWN);
    const f = of(r, "own-certificate-invalid");
    expect(f.map(reason)).toEqual(["unreadable row"]);
    expect(f[0]?.details).toMatchObject({ row: "Certificates!D4" });
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("with every row of the own certificate readable and valid, the declaration is issued", async () => {
    const r = await run([valid(SUPPLIER), valid(OWN)], OWN);
    expect(of(r, "own-certificate-invalid")).toEqual([]);
    expect(r.declarations.map((d) => d.status)).toEqual(["new"]);
  });
});

// a certificate number as issuers write it, and the same number typed another way (documentKey)
const NUMBER = fc
  .tuple(
    fc.constantFrom("EU-ISCC-Cert-", "ISCC-PLUS-Cert-", "REDcert-EU-", "2BS"),
    fc.constantFrom("DE", "FR", "NL", ""),
    fc.integer({ min: 1, max: 99_999_999 }),
  )
  .map(([scheme, country, n]) => `${scheme}${country}${n}`);
const respelled = (n: string, how: number) =>
  [n, n.toLowerCase(), n.replace(/-/g, " "), ` ${n.replace(/-/g, "–")} `, n.replace(/-/g, "")][how] as string;

describe("property: a refused row never yields 'not in the register' for its number", () => {
  it("engine: any refused row of the receipt's number, beside any readable rows", () => {
    fc.assert(
      fc.property(
        NUMBER,
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...UNREADABLE.map(String)),
        fc.array(fc.constantFrom("valid", "suspended", "expired", "pending"), { maxLength: 2 }),
        (number, how, value, statuses) => {
          const l = {
            ...ledger({
              certificates: statuses.map((status) => ({
                certificateNumber: number,
                validFrom: "2024-01-01",
                validUntil: "2026-12-31",
                status,
              })),
              receipts: [uco("2025-01-05", "10", "IN-1", { supplierCertificate: respelled(number, how) })],
            }),
            refusedCertificates: [
              { number, source: { sheet: "Certificates", cell: "D9" }, label: "Valid until", value },
            ],
          };
          const r = runEngine(l, { today: "2025-04-15" });
          expect(of(r, "certificate-unknown")).toEqual([]);
          const f = of(r, "certificate-invalid");
          expect(f).toHaveLength(1);
          // a row that says the certificate did not cover the day is said as it is; else the row not read
          const definite = statuses.some((s) => s !== "valid" && s !== "pending");
          expect(reason(f[0])).toBe(
            definite ? (statuses.includes("suspended") ? "suspended" : "not valid") : "unreadable row",
          );
          // no credit from the receipt (an account of no credit at all may not be listed)
          expect(r.balances.find((b) => b.product === "UCO")?.received ?? "0").toBe("0");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("workbook: a row refused at a validity cell, its number respelled on the receipt", async () => {
    await fc.assert(
      fc.asyncProperty(
        NUMBER,
        fc.constantFrom(...UNREADABLE),
        fc.constantFrom("from" as const, "until" as const),
        fc.boolean(),
        async (number, value, at, beside) => {
          const rows = [row(number, at, value), ...(beside ? [valid(number)] : []), valid(OWN)];
          const sheets = [
            settings(OWN),
            receipts(number.toLowerCase()),
            SALES,
            sheet("Certificates", [REGISTER_HEADER, ...rows]),
          ];
          const read = readWorkbook({ name: "Books.xlsx", sheets });
          const r = runEngine(read.ledger, { today: "2025-04-15", findings: read.findings });
          expect(r.findings.filter((f) => f.message.includes(NOT_IN))).toEqual([]);
          expect(of(r, "certificate-invalid").map(reason)).toEqual(["unreadable row"]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
