// Certificate registers as staff head them in six languages, through real .xlsx files (exceljs):
// each is read as the register, and its validity dates strike the credit of a receipt whose
// supplier certificate had expired. A register the workbook keeps but that cannot be read leaves
// the balances of the receipts it would check incomplete: their credit is unknown, not given
// (domain.md §4, §7).
import { runEngine } from "../../../src/engine";
import type { EngineResult } from "../../../src/engine";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { receipts } from "../certificate-books";
import { serial, sheet, throughXlsx } from "../fixtures";

const SUPPLIER = "EU-ISCC-Cert-DE100-1";
const SETTINGS = sheet("Settings", [
  ["Setting", "Value"],
  ["Company name", "Handel GmbH"],
  ["Company address", "Hafenstr. 1, Hamburg"],
]);
const RECEIPTS = receipts(SUPPLIER);
const SALES = sheet("Deliveries", [
  ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
  [serial("2025-01-20"), "Fuel AG", "UCO", 50, "yes"],
]);

/** The register's row of `header`: the supplier's certificate, expired on 31 Dec 2024. */
function expiredRow(header: string[], validity: [string, string]): CellValue[] {
  return header.map((_, i) => {
    const last = header.length - 1;
    if (i === 0) return SUPPLIER;
    if (i === last) return serial(validity[1]);
    if (i === last - 1) return serial(validity[0]);
    return i === 1 ? "Saipol" : "ISCC EU";
  });
}

async function run(register: ReturnType<typeof sheet>): Promise<EngineResult & { kinds: string[] }> {
  const read = readWorkbook(await throughXlsx(SETTINGS, RECEIPTS, SALES, register));
  // the engine returns the reading's findings it was given first, each once: never add them again
  const result = runEngine(read.ledger, { today: "2025-04-15", findings: read.findings });
  return {
    ...result,
    kinds: read.sheets.map((s) => `${s.name}:${s.kind}`),
  };
}

describe("a certificate register headed in another language", () => {
  // [sheet name, headings]: number, holder, (scheme), valid from, valid until
  it.each([
    ["Certificats", ["N° de certificat", "Titulaire", "Norme", "Valable du", "Valable jusqu'au"]],
    ["Feuil1", ["N° de certificat", "Titulaire", "Norme", "Valable du", "Valable jusqu'au"]],
    ["Zertifikate", ["Zert.-Nr.", "Firma", "Standard", "von", "bis"]],
    ["Tabelle1", ["Zert.-Nr.", "Firma", "Standard", "von", "bis"]],
    ["Zertifikate", ["Zertifikatsnummer", "Inhaber", "gültig ab", "gültig bis"]],
    ["Certificados", ["Nº certificado", "Titular", "Válido desde", "Válido hasta"]],
    ["Hoja1", ["Nº certificado", "Titular", "Fecha de emisión", "Fecha de caducidad"]],
    ["Certificati", ["Numero certificato", "Titolare", "Valido dal", "Valido fino al"]],
    ["Foglio1", ["Numero certificato", "Titolare", "Data di emissione", "Data di scadenza"]],
    ["Certificaten", ["Certificaatnummer", "Houder", "Geldig van", "Geldig tot"]],
    ["Blad1", ["Certificaatnummer", "Houder", "Ingangsdatum", "Vervaldatum"]],
    // a new user's registers, under a sheet name that says no kind
    ["Register", ["Certificat", "Détenteur", "Début de validité", "Fin de validité"]],
    ["Register", ["Certificat", "Société", "Émis le", "Expire le"]],
    ["Register", ["Certificado", "Empresa", "Inicio validez", "Fin validez"]],
    ["Register", ["Certificado", "Empresa", "Vigente desde", "Vigente hasta"]],
    ["Register", ["Certificato", "Azienda", "Inizio validità", "Fine validità"]],
    ["Register", ["Certificaat", "Bedrijf", "Ingangsdatum", "Einddatum"]],
    ["Register", ["Certificaat", "Bedrijf", "Geldig vanaf", "Geldig t/m"]],
    ["Register", ["Zertifikat", "Firma", "Gültigkeitsbeginn", "Gültigkeitsende"]],
    ["Register", ["Zertifikat", "Firma", "Ausgestellt am", "Läuft ab am"]],
    ["Register", ["Zertifikatsnr.", "Lieferant", "von", "bis"]],
    ["Register", ["Certificate", "Company", "Valid from", "Valid thru"]],
    ["Register", ["Certificate no.", "Holder", "Validity start", "Validity end"]],
  ])("%s %j is read as the register, and an expired certificate gives no credit", async (name, header) => {
    const result = await run(sheet(name, [header, expiredRow(header, ["2023-01-01", "2024-12-31"])]));
    expect(result.kinds).toContain(`${name}:certificates`);
    expect(result.findings.filter((f) => f.code === "header-not-found")).toEqual([]);
    expect(result.findings.map((f) => `${f.code}@${f.sheet}!${f.cell}`)).toContain(
      "certificate-invalid@Receipts!C2",
    );
  });
});

describe("a certificate register that cannot be read", () => {
  it.each([
    // a register without its validity columns
    ["Certificates", ["Certificate no.", "Holder", "Remarks"]],
    ["Zertifikate", ["Zertifikat-Nr.", "Inhaber", "Bemerkung"]],
    // a register named so whose header is not found at all
    ["Certificats", ["Colonne 1", "Colonne 2", "Colonne 3"]],
  ])("%s %j leaves the balance of the receipts it would check incomplete", async (name, header) => {
    const result = await run(sheet(name, [header, [SUPPLIER, "Saipol", "2024"]]));
    const said = result.findings.find((f) => f.code === "header-not-found");
    expect(said?.sheet).toBe(name);
    // where a header row was found, the message names the user's own unmapped headings
    if (name !== "Certificats") expect(said?.message).toContain(`headed "${header[2]}"`);
    const uco = result.balances.find((b) => b.product === "UCO");
    // the credit is unknown, not given: never complete, and nothing declared from it
    expect(uco?.complete).toBe(false);
    expect(result.declarations.map((d) => d.status)).toEqual(["blocked"]);
  });

  // a sheet of certificate numbers whose headings say no register, under a name that says no kind
  it.each([
    [["Certificat", "Société", "Validité du", "Validité au"], serial("2024-06-01"), serial("2024-12-31")],
    [["Zertifikat", "Firma", "Beginn", "Ende"], serial("2024-06-01"), serial("2024-12-31")],
    [["Certificate", "Company", "Start", "End"], serial("2024-06-01"), serial("2024-12-31")],
    [["Certificat", "Détenteur", "Début de validité", "Fin de validité"], "1 juin 2024", "31 déc. 2024"],
    [["Certificate", "Company", "Validity", "Remark"], "01.06.2024 - 31.12.2024", ""],
    [["Certificate", "Company", "Validity", "Remark"], "1 Jun 2024 to 31 Dec 2024", ""],
  ])(
    "a sheet of certificate numbers headed %j is an unread register or a read one, never credited silently",
    async (header, from, until) => {
      const rows = [
        header,
        [SUPPLIER, "Saipol", from, until],
        ["ISCC-PLUS-Cert-DE105-4", "Handel", from, until],
      ];
      const result = await run(sheet("Register", rows));
      expect(result.kinds).toContain("Register:certificates");
      const uco = result.balances.find((b) => b.product === "UCO");
      const said = result.findings.find((f) => f.code === "header-not-found" && f.sheet === "Register");
      if (said) {
        expect(said.severity).toBe("error");
        expect(uco?.complete).toBe(false);
        if (header[2] === "Validity") expect(said.message).toContain("split it into two columns");
      } else {
        // read: its validity refused at the cell, or the expired certificate strikes the credit
        expect(
          result.findings.some((f) => f.severity === "error" && f.sheet === "Register") ||
            uco?.received === "0",
        ).toBe(true);
      }
      expect(result.declarations.map((d) => d.status)).not.toContain("issued");
    },
  );

  it("a sheet whose first columns hold no certificate numbers is not taken for a register", async () => {
    const result = await run(
      sheet("Register", [
        ["Name", "Company", "Start", "End"],
        ["Anna", "Saipol", "x", "y"],
      ]),
    );
    expect(result.kinds).not.toContain("Register:certificates");
  });

  it.each([["31.13.2026"], ["Ende 2026"], ["2026"]])(
    "a register row whose validity %j is refused leaves the balance of its certificate's receipts incomplete",
    async (until) => {
      const header = ["Certificate no.", "Holder", "Valid from", "Valid until"];
      const result = await run(
        sheet("Certificates", [header, [SUPPLIER, "Saipol", serial("2024-01-01"), until]]),
      );
      // the refused validity is said once, at its cell
      expect(result.findings.filter((f) => f.sheet === "Certificates").map((f) => f.cell)).toEqual(["D2"]);
      // the receipt's credit is unknown, not none: no negative balance, never complete
      expect(result.balances.find((b) => b.product === "UCO")?.complete).toBe(false);
      expect(result.findings.filter((f) => f.code === "negative-balance")).toEqual([]);
    },
  );

  it("a register that can be read leaves the balance complete", async () => {
    const header = ["Certificate no.", "Holder", "Valid from", "Valid until"];
    const result = await run(
      sheet("Certificates", [header, expiredRow(header, ["2024-01-01", "2026-12-31"])]),
    );
    expect(result.balances.find((b) => b.product === "UCO")?.complete).toBe(true);
  });
});
