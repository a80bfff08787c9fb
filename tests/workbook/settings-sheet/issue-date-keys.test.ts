// The issue date of new declarations under the keys staff write in the seven languages (brk19 §10,
// §12): "Ausstelldatum" and "Ausstellungsdatum", "Issue date", "Date d'émission", "Fecha de
// emisión", "Data di emissione", "Uitgiftedatum", "Data wystawienia" and their usual variants
// are read as the issue date, never left unread (an unread issue date dates every declaration the
// day of the run). A settings sheet in Polish, named or not, is the settings sheet.
import { Grid } from "../../../src/workbook/grid";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { settingsEntries } from "../../../src/workbook/settings-sheet";
import { unreadSettingRows } from "../../../src/workbook/settings-unread";
import { serial, sheet } from "../fixtures";

const ISSUE_DATE_KEYS = [
  // de
  "Ausstelldatum",
  "Ausstellungsdatum",
  "Datum der Ausstellung",
  // en
  "Issue date",
  "Date of issue",
  "Issuing date",
  "Issue date of new declarations",
  // fr
  "Date d'émission",
  "Date de délivrance",
  // es
  "Fecha de emisión",
  "Fecha de expedición",
  // it
  "Data di emissione",
  "Data di rilascio",
  // nl
  "Uitgiftedatum",
  "Datum van afgifte",
  "Afgiftedatum",
  // pl
  "Data wystawienia",
  "Data wydania",
  // (brk26 L3) the date the SDs carry, named by the declaration
  "SD-Datum",
  "SD Datum",
  "Datum der SD",
  "Datum der Nachhaltigkeitserklärung",
  "SD date",
  "Date of the sustainability declaration",
  "Date de la SD",
  "Date de la déclaration de durabilité",
  "Fecha de la SD",
  "Fecha de la declaración de sostenibilidad",
  "Data della SD",
  "Data della dichiarazione di sostenibilità",
  "Datum van de duurzaamheidsverklaring",
  "Data deklaracji",
];

it.each(ISSUE_DATE_KEYS)("%s is read as the issue date", (key) => {
  const g = new Grid(
    sheet("Settings", [
      ["Setting", "Value"],
      [key, serial("2025-04-02")],
    ]),
  );
  expect(settingsEntries(g).map((e) => e.field.id)).toEqual(["issueDate"]);
  expect(unreadSettingRows(g, settingsEntries(g))).toEqual([]);
  const read = readWorkbook({
    name: "Books.xlsx",
    sheets: [sheet("Settings", [[key, serial("2025-04-02")]])],
  });
  expect(read.ledger.settings.issueDate).toBe("2025-04-02");
});

it.each<[string, CellValue[][]]>([
  // brk19 §10: a Polish settings sheet was of kind unknown, and every declaration blocked
  [
    "Ustawienia",
    [
      ["", ""],
      ["Nazwa firmy", "Olejarnia Sp. z o.o."],
      ["Adres firmy", "ul. Portowa 1, Gdańsk"],
      ["Numer certyfikatu", "EU-ISCC-Cert-PL214-1"],
      ["Prefiks numerów SD", "OP"],
      ["Data wystawienia", serial("2025-04-02")],
    ],
  ],
  [
    "Settings",
    [
      ["Nazwa firmy", "Olejarnia Sp. z o.o."],
      ["Numer certyfikatu", "EU-ISCC-Cert-PL214-1"],
      ["Prefiks numerów SD", "OP"],
      ["Data wystawienia", "02.04.2025"],
    ],
  ],
])("a Polish settings sheet named %s is the settings sheet, each key read", (name, rows) => {
  const read = readWorkbook({ name: "Books.xlsx", sheets: [sheet(name, rows)] });
  expect(read.sheets.find((s) => s.name === name)?.kind).toBe("settings");
  expect(read.ledger.settings).toMatchObject({
    companyName: "Olejarnia Sp. z o.o.",
    ownCertificate: "EU-ISCC-Cert-PL214-1",
    sdPrefix: "OP",
    issueDate: "2025-04-02",
  });
  expect(read.findings.filter((f) => f.sheet === name)).toEqual([]);
});

// (brk26 L3) Must not be read as the issue date: a cut-off day ("Stichtag": the day a stock or
// balance is taken) and a voucher's date ("Belegdatum": any booking document's) are other dates.
// Left unread, the warning quotes the date cell as the user sees it, not its serial "45749".
it.each([
  ["Stichtag", "dd.mm.yyyy", "2 Apr 2025"],
  ["Belegdatum", "dd/mm/yyyy", "2 Apr 2025"],
  ["Stichtag", "mmm yyyy", "Apr 2025"],
  ["Stichtag", "General", "45749"],
])("%s (a cell formatted %s) is no issue date; the warning shows %s", (key, format, shown) => {
  const g = new Grid(
    sheet(
      "Settings",
      [
        ["Setting", "Value"],
        [key, serial("2025-04-02")],
      ],
      { formats: { B2: format } },
    ),
  );
  expect(settingsEntries(g)).toEqual([]);
  const unread = unreadSettingRows(g, settingsEntries(g));
  expect(
    unread.map((f) => [
      f.cell,
      ...(({ label, value }) => [label, value])(f.details as { label?: string; value?: string }),
    ]),
  ).toEqual([["A2", key, shown]]);
  expect(unread[0]?.message).toContain(`"${key}" ("${shown}") was not read`);
});
