// A settings sheet in German, English, French, Spanish, Italian or Dutch (brk8 item 11): its sheet
// name makes it the settings, each key is read as its setting (settings-fields.ts, one list), and a
// row with a key and a value that is not read is said at its cell (settings-unread.ts), never
// dropped: a period length or first period start not read changes every balance.
import fc from "fast-check";
import { Grid } from "../../../src/workbook/grid";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { settingsEntries } from "../../../src/workbook/settings-sheet";
import { unreadSettingRows } from "../../../src/workbook/settings-unread";
import { serial, sheet } from "../fixtures";

/** The keys staff write, by the setting they name. */
const KEYS: [string, string][] = [
  // de
  ["Firmenname", "companyName"],
  ["Eigene Zertifikatsnummer", "ownCertificate"],
  ["Bilanzierungszeitraum (Monate)", "periodMonths"],
  ["Beginn des ersten Zeitraums", "periodStart"],
  ["Präfix SD-Nummern", "sdPrefix"],
  ["Ausstellungsdatum", "issueDate"],
  // en
  ["Company name", "companyName"],
  ["Own certificate", "ownCertificate"],
  ["Period length (months)", "periodMonths"],
  ["First period start", "periodStart"],
  ["SD number prefix", "sdPrefix"],
  // fr
  ["Raison sociale", "companyName"],
  ["Adresse de l'entreprise", "companyAddress"],
  ["Certificat propre", "ownCertificate"],
  ["Durée de la période (mois)", "periodMonths"],
  ["Début de la première période", "periodStart"],
  ["Préfixe SD", "sdPrefix"],
  ["Date d'émission", "issueDate"],
  // es
  ["Razón social", "companyName"],
  ["Certificado propio", "ownCertificate"],
  ["Duración del periodo (meses)", "periodMonths"],
  ["Inicio del primer periodo", "periodStart"],
  ["Prefijo SD", "sdPrefix"],
  ["Fecha de emisión", "issueDate"],
  // it
  ["Ragione sociale", "companyName"],
  ["Indirizzo", "companyAddress"],
  ["Certificato proprio", "ownCertificate"],
  ["Durata del periodo (mesi)", "periodMonths"],
  ["Inizio primo periodo", "periodStart"],
  ["Prefisso SD", "sdPrefix"],
  ["Data di emissione", "issueDate"],
  ["Separatore decimale", "decimalSeparator"],
  // nl
  ["Bedrijfsnaam", "companyName"],
  ["Bedrijfsadres", "companyAddress"],
  ["Eigen certificaat", "ownCertificate"],
  ["Schema", "scheme"],
  ["Periodelengte (maanden)", "periodMonths"],
  ["Begin eerste periode", "periodStart"],
  ["SD-voorvoegsel", "sdPrefix"],
  ["Uitgiftedatum", "issueDate"],
  ["Decimaalteken", "decimalSeparator"],
];

const grid = (rows: CellValue[][], name = "Settings") => new Grid(sheet(name, rows));

it.each(KEYS)("%s is read as %s", (key, id) => {
  const g = grid([
    ["Setting", "Value"],
    [key, "x"],
  ]);
  expect(settingsEntries(g).map((e) => e.field.id)).toEqual([id]);
  expect(unreadSettingRows(g, settingsEntries(g))).toEqual([]);
});

it.each(["Einstellungen", "Paramètres", "Configuración", "Impostazioni", "Instellingen", "Settings"])(
  "a sheet named %s with a period length of 1 is the settings: monthly periods",
  (name) => {
    const read = readWorkbook({
      name: "Books.xlsx",
      sheets: [
        sheet(name, [
          ["Schema", "ISCC EU"],
          ["Periodelengte (maanden)", 1],
        ]),
      ],
    });
    expect(read.sheets.find((s) => s.name === name)?.kind).toBe("settings");
    expect(read.ledger.settings.periodMonths).toBe(1);
  },
);

describe("a settings row not read is said at its cell", () => {
  it.each([
    ["Bilanzjahr", 2025],
    // "Préfixe des déclarations" is the SD prefix's key, read since brk19 §10 (unread-setting-kinds.test.ts)
    ["Responsable qualité", "M. Dupont"],
    ["Verantwoordelijke", "J. Jansen"],
  ] as [string, CellValue][])("%s", (key, value) => {
    const g = grid([
      ["Paramètre", "Valeur"],
      ["Company name", "A"],
      [key, value],
    ]);
    const said = unreadSettingRows(g, settingsEntries(g));
    expect(said.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual(["warning invalid-value A3"]);
    expect(said[0]?.message).toContain(`"${key}"`);
    expect(said[0]?.message).toContain("Period length (months), First period start");
  });

  // p-period: a key like a period's is an error, as its value may state the period every balance rests on
  it("Periodo contable | mensual, a period not read, is an error", () => {
    const g = grid([
      ["Company name", "A"],
      ["Periodo contable", "mensual"],
    ]);
    const said = unreadSettingRows(g, settingsEntries(g));
    expect(said.map((f) => `${f.severity} ${f.code} ${f.cell}`)).toEqual(["error invalid-value A2"]);
  });

  it("a setting written twice: the second row names the first", () => {
    const g = grid([
      ["Period length", 1],
      ["Periodelengte (maanden)", 3],
    ]);
    const said = unreadSettingRows(g, settingsEntries(g));
    expect(said.map((f) => f.cell)).toEqual(["A2"]);
    expect(said[0]?.message).toContain("Settings!A1");
  });

  it("the heading row and rows without a value are no setting", () => {
    const g = grid([["Instelling", "Waarde"], ["Opmerking"], ["Bedrijfsnaam", "Olie BV"]]);
    expect(unreadSettingRows(g, settingsEntries(g))).toEqual([]);
  });

  it("property: every row with a key and a value is read or said, never dropped", () => {
    const keys = [...KEYS.map(([k]) => k), "Bilanzjahr", "Notiz", "Ansprechpartner", "Telefon", "Periodo"];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...keys), fc.constantFrom<CellValue>("x", 1, serial("2025-01-01"))),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (rows) => {
          const g = grid(rows);
          const entries = settingsEntries(g);
          const said = unreadSettingRows(g, entries);
          expect(entries.length + said.length).toBe(rows.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
