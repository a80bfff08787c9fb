// h-transfer3: the same delivery note on two transfer rows, or two production rows, is judged as on
// receipts and deliveries (brk27 S3): the second row of a note already given for the same two sites
// and product (a transfer), or the same site, input and output (a production row), is refused at
// its note cell, not booked, the balances it feeds incomplete. Must not change: one note listing two
// products (a transfer), or a crushing's two outputs (production), are each read; a sheet with no
// note column reads its rows as they stand.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

// a delivery note's heading in seven languages (duplicate-notes.test.ts has the whole table)
const NOTES = [
  "Lieferschein-Nr.",
  "Delivery note no.",
  "N° BL",
  "N. DDT",
  "Nº albarán",
  "Pakbonnummer",
  "Nr WZ",
];

const TRANSFER = ["Datum", "Von Standort", "Nach Standort", "Produkt", "Menge (t)"];
const move = (product = "UCO", to = "Venlo"): CellValue[] => [
  serial("2025-02-01"),
  "Hamburg",
  to,
  product,
  10,
];
const PRODUCTION = [
  "Datum",
  "Einsatzprodukt",
  "Einsatzmenge (t)",
  "Ausbringungsprodukt",
  "Ausbringungsmenge (t)",
];
const made = (output = "Rapsöl", qty = 40): CellValue[] => [serial("2025-02-01"), "Raps", 100, output, qty];

const read = (name: string, head: string[], rows: CellValue[][]) =>
  readWorkbook({ name: "B.xlsx", sheets: [sheet(name, [head, ...rows])] });
const repeats = async (r: ReturnType<typeof readWorkbook>) =>
  (await r).findings.filter((f) => f.code === "duplicate-row");

describe("transfers: one note twice between the same sites, of the same product", () => {
  it.each(NOTES)("under %p: the second refused at its note cell", async (heading) => {
    const r = await read(
      "Umlagerungen",
      [...TRANSFER, heading],
      [
        [...move(), "LS 1"],
        [...move(), "LS 1"],
      ],
    );
    expect(r.ledger.transfers.map((t) => t.source.row)).toEqual([2]);
    expect(await repeats(r)).toMatchObject([
      {
        severity: "error",
        cell: "F3",
        details: { reason: "same-note", value: "LS 1", read: "2", label: heading },
      },
    ]);
    expect(r.ledger.incomplete).toMatchObject([{ kinds: ["transfers"], products: ["UCO"], sites: ["Hamburg", "Venlo"] }]); // prettier-ignore
  });

  // must not change
  it.each([
    [
      "two products on one note",
      [
        [...move("UCO"), "LS 1"],
        [...move("Tallöl"), "LS 1"],
      ],
    ],
    [
      "one note to two sites",
      [
        [...move("UCO", "Venlo"), "LS 1"],
        [...move("UCO", "Rotterdam"), "LS 1"],
      ],
    ],
    [
      "two notes",
      [
        [...move(), "LS 1"],
        [...move(), "LS 2"],
      ],
    ],
  ] as [string, CellValue[][]][])("%s: both read", async (_, rows) => {
    const r = await read("Umlagerungen", [...TRANSFER, "Lieferschein-Nr."], rows);
    expect(r.ledger.transfers).toHaveLength(2);
    expect(await repeats(r)).toEqual([]);
  });

  it("no note column: both rows read as they stand", async () => {
    const r = await read("Umlagerungen", TRANSFER, [move(), move()]);
    expect(r.ledger.transfers).toHaveLength(2);
    expect(await repeats(r)).toEqual([]);
  });
});

describe("production: one note twice for the same input and output", () => {
  it.each(NOTES)("under %p: the second refused at its note cell", async (heading) => {
    const r = await read(
      "Produktion",
      [...PRODUCTION, heading],
      [
        [...made(), "P-7"],
        [...made(), "P-7"],
      ],
    );
    expect(r.ledger.production.map((p) => p.source.row)).toEqual([2]);
    expect(await repeats(r)).toMatchObject([
      { severity: "error", cell: "F3", details: { reason: "same-note" } },
    ]);
    expect(r.ledger.incomplete).toMatchObject([{ kinds: ["production"], products: ["Raps", "Rapsöl"] }]);
  });

  it("a crushing's oil and meal on one note: both read", async () => {
    const r = await read("Produktion", [...PRODUCTION, "Lieferschein-Nr."], [[...made("Rapsöl"), "P-7"], [...made("Rapsschrot", 58), "P-7"]]); // prettier-ignore
    expect(r.ledger.production).toHaveLength(2);
    expect(await repeats(r)).toEqual([]);
  });
});
