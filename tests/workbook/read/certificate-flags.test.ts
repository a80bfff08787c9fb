// A certificate register's yes/no flag column ("Gesperrt" = ja, "Suspended" = yes, "Gültig" =
// nein, "Nicht gültig" = ja …) is the register's status (workbook/certificate-flags.ts): a flag
// that says suspended, withdrawn or not valid takes the receipt's credit whatever a Status column
// beside it says (any that refuses the day refuses it), a blank or unclear flag is refused at its
// cell (certificate-invalid "unreadable row": no credit, account incomplete), and a flag that says
// nothing against the certificate leaves the receipt its credit. Headings in de/en/fr/es/it/nl,
// through real .xlsx files read by the workbook layer.
import fc from "fast-check";
import { runEngine, type EngineResult, type Finding } from "../../../src/engine";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { flagHeading } from "../../../src/workbook/certificate-flags";
import { cert, receipts, REGISTER_HEADER, SALES, SUPPLIER } from "../certificate-books";
import { sheet, throughXlsx } from "../fixtures";

const settings = sheet("Settings", [
  ["Setting", "Value"],
  ["Company name", "Handel GmbH"],
  ["Company address", "Hafenstr. 1, Hamburg"],
]);

/** The register with the supplier's row valid by its dates, its Status `status`, and a last column `heading` = `flag`. */
async function run(
  heading: string,
  flag: CellValue,
  status: CellValue = "",
  xlsx = true,
): Promise<EngineResult> {
  const row = cert(SUPPLIER);
  row[5] = status;
  const sheets = [
    settings,
    receipts(),
    SALES,
    sheet("Certificates", [
      [...REGISTER_HEADER, heading],
      [...row, flag],
    ]),
  ];
  const snapshot = xlsx ? await throughXlsx(...sheets) : { name: "Books.xlsx", sheets };
  const read = readWorkbook(snapshot);
  return runEngine(read.ledger, { today: "2025-04-15", findings: read.findings });
}

const of = (r: EngineResult, code: string): Finding[] => r.findings.filter((f) => f.code === code);
const reason = (f: Finding | undefined) => (f?.details as { reason?: string } | undefined)?.reason;
const uco = (r: EngineResult) => r.balances.find((b) => b.product === "UCO");

/** Flags that say the certificate does not cover the day, with the yes/no that says so, in six languages. */
const REFUSING: [string, string, string][] = [
  ["Gesperrt", "ja", "suspended"],
  ["Suspended", "yes", "suspended"],
  ["Suspendiert?", "x", "suspended"],
  ["Zertifikat gesperrt (ja/nein)", "Ja", "suspended"],
  ["Suspendu", "oui", "suspended"],
  ["Suspendido", "sí", "suspended"],
  ["Sospeso", "sì", "suspended"],
  ["Geschorst", "ja", "suspended"],
  ["Entzogen", "ja", "withdrawn"],
  ["Withdrawn", "yes", "withdrawn"],
  ["Revoked", "Y", "withdrawn"],
  ["Retiré", "oui", "withdrawn"],
  ["Retirado", "si", "withdrawn"],
  ["Ritirato", "sì", "withdrawn"],
  ["Ingetrokken", "ja", "withdrawn"],
  ["Ungültig", "ja", "not valid"],
  ["Invalid", "yes", "not valid"],
  ["Abgelaufen", "ja", "not valid"],
  ["Invalide", "oui", "not valid"],
  ["Caducado", "sí", "not valid"],
  ["Scaduto", "sì", "not valid"],
  ["Ongeldig", "ja", "not valid"],
  ["Gültig", "nein", "not valid"],
  ["Valid", "no", "not valid"],
  ["Aktiv", "nein", "not valid"],
  ["Zertifikat gültig?", "nein", "not valid"],
  ["Valide", "non", "not valid"],
  ["Válido", "no", "not valid"],
  ["Valido", "no", "not valid"],
  ["Geldig", "nee", "not valid"],
  ["Actief", "nee", "not valid"],
  ["Nicht gültig", "ja", "not valid"],
  ["Not valid", "yes", "not valid"],
  ["Non valide", "oui", "not valid"],
  ["No válido", "sí", "not valid"],
  ["Non valido", "sì", "not valid"],
  ["Niet geldig", "ja", "not valid"],
  ["Nicht gesperrt", "nein", "suspended"],
  ["Not suspended", "no", "suspended"],
  ["Gültigkeit", "nein", "not valid"],
  ["Validity", "expired", "not valid"],
  ["Geldigheid", "verlopen", "not valid"],
];

/** Flags that say nothing against the certificate: the receipt keeps its credit. */
const PASSING: [string, CellValue][] = [
  ["Gesperrt", "nein"],
  ["Suspended", "no"],
  ["Entzogen", "nein"],
  ["Suspendu", "non"],
  ["Ritirato", "no"],
  ["Ungültig", "nein"],
  ["Gültig", "ja"],
  ["Valid", "yes"],
  ["Aktiv", "ja"],
  ["Valide", "oui"],
  ["Geldig", "ja"],
  ["Nicht gültig", "nein"],
  ["Nicht gesperrt", "ja"],
  ["Gültigkeit", "ja"],
  ["Validité", "valide"],
  ["Gesperrt", 0],
  ["Gültig", true],
];

describe("a register flag that says the certificate does not cover the day", () => {
  it.each(REFUSING)("%s = %s: certificate-invalid %s, no credit", async (heading, value, says) => {
    const r = await run(heading, value);
    expect(of(r, "certificate-invalid").map((f) => `${f.sheet}!${f.cell} ${reason(f)}`)).toEqual([
      `Receipts!C2 ${says}`,
    ]);
    expect(uco(r)?.received).toBe("0");
    expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it.each(PASSING)("%s = %j: the receipt keeps its credit, nothing said", async (heading, value) => {
    const r = await run(heading, value);
    expect(of(r, "certificate-invalid")).toEqual([]);
    expect(r.findings.filter((f) => f.sheet === "Certificates")).toEqual([]);
    expect(uco(r)).toMatchObject({ received: "100", complete: true });
  });
});

describe("a blank or unclear flag is refused at its cell, never read as either", () => {
  it.each([
    ["Gesperrt", ""],
    ["Gesperrt", "vielleicht"],
    ["Suspended", "?"],
    ["Gültig", "seit 2024"],
    ["Entzogen", 2],
    ["Valid", { error: "#N/A" }],
    ["Gültigkeit", "01.01.2024 - 31.12.2026"],
  ] as [string, CellValue][])("%s = %j", async (heading, value) => {
    const r = await run(heading, value, "valid", false);
    const said = r.findings.filter((f) => f.sheet === "Certificates" && f.severity === "error");
    expect(said.map((f) => `${f.code} ${f.cell} ${reason(f)}`)).toEqual([
      "invalid-value G2 certificate-flag",
    ]);
    expect(said[0]?.message).toContain(heading);
    const f = of(r, "certificate-invalid");
    expect(f.map((x) => `${x.sheet}!${x.cell} ${reason(x)}`)).toEqual(["Receipts!C2 unreadable row"]);
    expect(f[0]?.details).toMatchObject({ row: "Certificates!G2" });
    expect(uco(r)).toMatchObject({ received: "0", complete: false });
  });
});

describe("a register with a Status column and a flag: any that refuses the day refuses it", () => {
  it.each([
    ["valid", "Gesperrt", "ja", "suspended"],
    ["", "Entzogen", "ja", "withdrawn"],
    ["aktiv", "Gültig", "nein", "not valid"],
    ["suspended", "Gesperrt", "nein", "suspended"],
    ["withdrawn", "Gültig", "ja", "withdrawn"],
  ])("Status %j, %s = %s: %s", async (status, heading, value, says) => {
    const r = await run(heading, value, status, false);
    expect(of(r, "certificate-invalid").map(reason)).toEqual([says]);
    expect(uco(r)?.received).toBe("0");
  });
});

it("property: a flag saying suspended, withdrawn or not valid never gives credit, in any language", async () => {
  const refusing = REFUSING.filter(([h]) => flagHeading(h)?.yes !== null);
  const yes = ["ja", "Ja", "yes", "Y", "x", "X", "oui", "sí", "si", "sì", "1", 1, true];
  const no = ["nein", "no", "N", "non", "nee", "0", 0, false];
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...refusing),
      fc.constantFrom(...yes),
      fc.constantFrom(...no),
      fc.constantFrom("", "valid", "gültig", "aktiv", "active"),
      async ([heading, typed], y, n, status) => {
        // the value that refuses: a yes under a heading whose yes refuses, else a no
        const value = flagHeading(heading)?.yes === "valid" ? n : y;
        void typed;
        const r = await run(heading, value, status, false);
        expect(uco(r)?.received).toBe("0");
        expect(r.declarations.filter((d) => d.status === "new")).toEqual([]);
      },
    ),
    { numRuns: 60 },
  );
});

describe("flagHeading: what is not a flag", () => {
  it.each([
    "Holder",
    "Remarks",
    "Bemerkung",
    "Issued",
    "OK",
    "Scheme",
    "Certification body",
    "Valid from",
    "Gültig bis",
    "",
  ])("%j is no flag", (heading) => expect(flagHeading(heading)).toBeNull());
});
