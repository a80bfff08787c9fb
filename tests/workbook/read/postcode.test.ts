// (h-postcode) A postcode kept as a number loses its leading zeros ("01067" stored as 1067): read
// as its number format shows it, and refused at its cell where it shows fewer digits than the
// country's postcodes (src/workbook/postcode.ts). Must not change: a postcode typed as text, a
// number of all its digits, a 4-digit postcode of a 4-digit country, house numbers, phone numbers.
import type { CellValue } from "../../../src/workbook/port";
import { shortPostcode, shownNumber } from "../../../src/workbook/postcode";
import { readWorkbook } from "../../../src/workbook/read";
import { sheet } from "../fixtures";

/** [country, number in the cell, its number format]: refused, Excel may have dropped a leading zero. */
const REFUSED: [string | null, number, string | null][] = [
  ["DE", 1067, null], // 01067 Dresden
  ["DE", 4109, "General"], // 04109 Leipzig
  ["DE", 1067, "0000"], // a format of four zeros shows four
  ["FR", 1000, null], // 01000 Bourg-en-Bresse
  ["IT", 100, null], // 00100 Roma
  ["ES", 8001, null], // 08001 Barcelona
  ["PL", 950, null], // 00-950 Warszawa
  ["PL", 1234, "General"], // 01-234 Warszawa
  ["FI", 100, null], // 00100 Helsinki
  ["US", 2108, null], // 02108 Boston
  ["RO", 10011, null], // 010011 București
  ["NO", 150, null], // 0150 Oslo
  ["DK", 800, null], // 0800 Høje-Taastrup
  ["AU", 800, null], // 0800 Darwin
  ["BR", 1310100, null], // 01310-100 São Paulo
  [null, 1067, null], // no country: a postcode has five digits
  [null, 1010, null], // 1010 Wien or 01010? not known without the country
];

/** [country, number, format, shown]: read as shown, nothing refused. */
const READ: [string | null, number, string | null, string][] = [
  ["DE", 20457, null, "20457"],
  ["DE", 1067, "00000", "01067"],
  ["DE", 1067, "[$-407]00000", "01067"],
  ["DE", 1067, '"D-"00000', "D-01067"],
  ["FR", 75001, null, "75001"],
  ["IT", 48123, null, "48123"],
  ["IT", 100, "00000", "00100"],
  ["ES", 28001, null, "28001"],
  ["PL", 61245, null, "61245"],
  ["PL", 1234, "00-000", "01-234"],
  ["PL", 1234, "00\\-000", "01-234"],
  ["NL", 1012, null, "1012"],
  ["AT", 1010, null, "1010"],
  ["CH", 8001, null, "8001"],
  ["BE", 1000, null, "1000"],
  ["DK", 2100, null, "2100"],
  ["US", 21081234, "00000-0000", "02108-1234"],
  ["RO", 10011, "000000", "010011"],
  [null, 20457, null, "20457"],
];

describe("a number postcode short of its country's digits is refused", () => {
  it.each(REFUSED)("%s %d (format %s)", (country, n, format) => {
    expect(shortPostcode(n, format, country)).not.toBeNull();
  });
});

describe("must not change: a number of all its digits, as its format shows it", () => {
  it.each(READ)("%s %d (format %s) reads %s", (country, n, format, shown) => {
    expect(shortPostcode(n, format, country)).toBeNull();
    expect(shownNumber(n, format)).toBe(shown);
  });

  it("formats that are not zeros show the number as stored", () => {
    expect(shownNumber(1067, "General")).toBe("1067");
    expect(shownNumber(1067, "@")).toBe("1067");
    expect(shownNumber(1067.5, "00000")).toBe("1067.5");
    expect(shownNumber(45000, "dd.mm.yyyy")).toBe("45000");
  });
});

function read(sheets: [string, CellValue[][], Record<string, string>?][]) {
  const r = readWorkbook({
    name: "b.xlsx",
    sheets: sheets.map(([name, rows, formats]) => sheet(name, rows, { formats: formats ?? {} })),
  });
  return {
    refused: r.findings
      .filter((f) => (f.details as { reason?: string } | undefined)?.reason === "postcode-digits")
      .map((f) => `${f.sheet}!${f.cell}`),
    deliveries: r.ledger.deliveries.map((d) => d.customerAddress ?? null),
    company: r.ledger.settings?.companyAddress ?? null,
  };
}

const DELIVERY_HEAD = [
  "Date",
  "Customer",
  "Customer address",
  "Product",
  "Quantity (t)",
  "House no.",
  "Phone",
];

/** The customer address heading in the seven languages. */
const CUSTOMER_ADDRESS = [
  "Kundenadresse",
  "Customer address",
  "Adresse du client",
  "Indirizzo cliente",
  "Dirección del cliente",
  "Adres klant",
  "Adres klienta",
];

describe("an address cell holding a number: read as shown, refused where short", () => {
  it.each(CUSTOMER_ADDRESS)("%s", (heading) => {
    const got = read([
      [
        "Deliveries",
        [
          [...DELIVERY_HEAD.slice(0, 2), heading, ...DELIVERY_HEAD.slice(3)],
          [45700, "Kunde AG", 1067, "UCO", 10, 3, 4711],
          [45701, "Kunde AG", 1067, "UCO", 10, 3, 4711],
          [45702, "Kunde AG", "Hauptstr. 5, 01067 Dresden", "UCO", 10, 12, 35112345],
          [45703, "Kunde AG", "Hauptstr. 5, 1010 Wien", "UCO", 10, 1, 1234],
        ],
        { C3: "00000", A2: "dd.mm.yyyy", A3: "dd.mm.yyyy", A4: "dd.mm.yyyy", A5: "dd.mm.yyyy" },
      ],
    ]);
    expect(got.refused).toEqual(["Deliveries!C2"]);
    expect(got.deliveries).toEqual([null, "01067", "Hauptstr. 5, 01067 Dresden", "Hauptstr. 5, 1010 Wien"]);
  });

  it("the settings' company address", () => {
    const settings = (address: CellValue) =>
      read([
        [
          "Settings",
          [
            ["Setting", "Value"],
            ["Company name", "Acme GmbH"],
            ["Company address", address],
          ],
        ],
      ]);
    expect(settings(1067).refused).toEqual(["Settings!B3"]);
    expect(settings(1067).company).toBeNull();
    expect(settings("Hauptstr. 5, 01067 Dresden").company).toBe("Hauptstr. 5, 01067 Dresden");
    expect(settings("Hauptstr. 5, 01067 Dresden").refused).toEqual([]);
  });
});
