// A sites sheet's address column in de, en, fr, it, es, nl, pl (h-dispatch): each site's address,
// the SD's dispatch point of the site's deliveries (engine/site-address.ts).
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const HEADINGS = [
  "Address",
  "Site address",
  "Adresse",
  "Anschrift",
  "Standortadresse",
  "Adresse du site",
  "Indirizzo",
  "Dirección",
  "Adres",
  "Adres zakładu",
  "Dirección de la planta",
  "Plant address",
  "Indirizzo stabilimento",
  "Adresse de l'usine",
  "Werksanschrift",
];

it("reads the address column of a sites sheet in every language", async () => {
  const sheets = HEADINGS.map((h, i) =>
    sheet(`Sites ${i + 1}`, [
      ["Site", "Company", "Country", h],
      ["Hamburg", "Acme GmbH", "DE", "Kattwykdamm 3, 21107 Hamburg"],
      ["Venlo", "Acme GmbH", "NL", "Industrieweg 7, 5928 Venlo"],
    ]),
  );
  const read = readWorkbook(await throughXlsx(...sheets)).sheets;
  expect(
    read.map(
      (s, i) =>
        `${HEADINGS[i]} → ${s.kind}:${Object.entries(s.columns).find(([, l]) => l === "D")?.[0] ?? "-"}`,
    ),
  ).toEqual(HEADINGS.map((h) => `${h} → sites:address`));
});
