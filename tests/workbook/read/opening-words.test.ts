// Opening stock and balances brought forward, however staff write them (p-opening; issue brk9):
// "Bestand", "Saldovortrag", "Bestand 01.01.", "Opening 1 Jan", "Stock initial", "Existencia
// inicial", "Beginvoorraad", "Giacenza iniziale"… in the supplier, product, SD number, date or a
// label cell of a row with a quantity (in the quantity column or a running balance column), with
// and without a date. The add-in has no row kind for opening credit, so such a line is refused at
// the cell that says it and never booked; the account it could belong to is incomplete, and no
// negative balance is reported on it: a clerk is never told both "the balances are incomplete"
// and "UCO closes at -30 t" (workbook/opening-rows.ts balanceLine, sayTotal). Through real .xlsx
// files, read and run through the engine.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { FETT_CERT, fettAg, openingBook, receiptsHead } from "../../cli/opening-books";

type Cell = ExcelJS.CellValue;
const D = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const HEAD = receiptsHead("Beleg", "Bestand (t)");
/** where a word may stand: the column of HEAD (0-based) and its letter */
const AT = { date: 0, supplier: 1, sd: 3, product: 4, beleg: 7 } as const;
type Place = keyof typeof AT;
const LETTER = "ABCDEFGHI";

/** The line: `word` at `place`, 50 t in the quantity column or the Bestand column, dated or not; `more`: cells of a booking too. */
function line(
  word: string,
  place: Place,
  o: { balanceCol?: boolean; dated?: boolean; more?: boolean },
): Cell[] {
  const row: Cell[] = Array.from({ length: HEAD.length }, () => null);
  if (o.dated && place !== "date") row[AT.date] = D("2025-01-01");
  if (place !== "product") row[AT.product] = "UCO";
  if (o.more) {
    if (place !== "supplier") row[AT.supplier] = "Fett AG";
    row[2] = FETT_CERT;
    row[6] = "EU RED compliant";
  }
  row[AT[place]] = word;
  row[o.balanceCol ? 8 : 5] = 50;
  return row;
}

async function run(first: Cell[], after: Cell[][] = []) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(openingBook(HEAD, first, after)))
    wb.addWorksheet(name).addRows(rows);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Opening.xlsx")).readSnapshot());
  const result = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
  const errors = result.findings.filter((f) => f.severity === "error");
  return {
    receipts: read.ledger.receipts.map((r) => r.quantity),
    refused: read.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${f.code} ${f.cell} ${(f.details as { reason?: string }).reason ?? ""}`),
    incomplete: (read.ledger.incomplete ?? []).map((i) => (i.products ?? ["(all)"]).join(",")),
    negative: errors.filter((f) => f.code === "negative-balance").length,
    uco: result.balances.filter((b) => b.product === "UCO").map((b) => [b.received, b.closing, b.complete]),
    messages: read.findings.map((f) => f.message),
  };
}

// real spellings, de/en/fr/es/nl/it, as staff write them
const WORDS = [
  "Bestand",
  "Anfangsbestand",
  "Saldovortrag",
  "Vortrag",
  "Übertrag",
  "Vorjahr",
  "Übertrag aus Vorjahr",
  "Bestandsvortrag",
  "Eröffnungsbestand",
  "Opening stock",
  "Opening balance",
  "Opening inventory",
  "Carried forward",
  "Brought forward",
  "b/f",
  "Balance brought forward",
  "Stock initial",
  "Report à nouveau",
  "Solde d'ouverture",
  "Existencia inicial",
  "Existencias iniciales",
  "Saldo inicial",
  "Inventario inicial",
  "Beginvoorraad",
  "Openingsvoorraad",
  "Beginsaldo",
  "Saldo iniziale",
  "Giacenza iniziale",
  "Rimanenze iniziali",
  "Riporto",
  // (brk10) booked as receipts before: stock and carried balances in other words
  "Lagerbestand",
  "Restbestand",
  "Solde reporté",
  "Solde à nouveau",
  "Solde antérieur",
];
// with a date or a unit after the word, as in a date cell
const DATED = [
  "Bestand 01.01.",
  "Bestand 01.01.2025",
  "Übertrag 31.12.2024",
  "Saldovortrag per 01.01.2025",
  "Anfangsbestand 2025",
  "Opening 1 Jan",
  "Opening 1 January 2025",
  "Balance b/f 01/01/2025",
  "Stock initial au 1er janvier",
  "Saldo inicial a 1 de enero",
  "Beginvoorraad 1 jan 2025",
  "Giacenza iniziale al 01/01/2025",
  "Bestand (t)",
  "Opening",
  "Eröffnung 01.01.2025",
  // (p-opening) dates in other orders and languages: read as an opening line, never as a date
  "Report à nouveau 1er janvier 2026",
  "Saldo iniziale al 1° gennaio",
  "Saldo iniziale al 1º gennaio",
  "Opening balance 1 Jan 2026",
  "Bestand per 31.12.2025",
  "b/f 31/12/25",
  "Saldo inicial a 1º de enero de 2026",
  "Stock d'ouverture au 1 janv. 2026",
  "Beginvoorraad per 1 mrt. 2025",
  "Übertrag, 31.12.2024",
  // (brk10) words that say a balance only alone or with a date (ALONE below)
  "Stand 01.01.2025",
  "Inventur 31.12.2024",
  "Restmenge Vorjahr",
  "Lagerbestand 01.01.2025",
  "Stock 01/01/2025",
  "Balance 1 Jan 2025",
  "Inventory 31/12/2024",
  "Inventaire au 31/12/2024",
  "Voorraad per 1 jan 2025",
  "Existencias a 1 de enero",
  "Giacenza al 01/01/2025",
  "Rimanenza al 31/12/2024",
];
/** Of DATED, the lines whose word is a balance only alone or with a date ("Opening", "Stand 01.01.2025"). */
const ALONE = new Set([
  "Opening",
  "Eröffnung 01.01.2025",
  "Stand 01.01.2025",
  "Inventur 31.12.2024",
  "Restmenge Vorjahr",
  "Stock 01/01/2025",
  "Balance 1 Jan 2025",
  "Inventory 31/12/2024",
  "Inventaire au 31/12/2024",
  "Voorraad per 1 jan 2025",
  "Existencias a 1 de enero",
  "Giacenza al 01/01/2025",
  "Rimanenza al 31/12/2024",
]);

/** The line is refused at `cell` (opening-credit), not booked; UCO incomplete, no negative balance. */
function expectRefused(r: Awaited<ReturnType<typeof run>>, cell: string, reason = "opening-credit") {
  expect(r.refused).toEqual([`totals-row ${cell} ${reason}`]);
  expect(r.receipts).toEqual(["20", "10"]);
  expect(r.incomplete).toEqual(["UCO"]);
  expect(r.negative).toBe(0);
  expect(r.uco).toEqual([["30", "-30", false]]);
}

describe("an opening line above the first booking, in every cell it is written in", () => {
  const places: Place[] = ["supplier", "product", "sd", "beleg"];
  const cases = places.flatMap((place) =>
    WORDS.map((word) => [word, place, LETTER[AT[place]] + "2"] as [string, Place, string]),
  );
  it.each(cases)("%p as the %s, dated, 50 t: refused at %s, UCO incomplete", async (word, place, cell) => {
    expectRefused(await run(line(word, place, { dated: true })), cell);
  });

  it.each(DATED)(
    "%p in the date column: refused at A2 as an opening line, not 'type a date'",
    async (word) => {
      const r = await run(line(word, "date", {}));
      expectRefused(r, "A2");
      expect(r.messages.join(" ")).toContain("carries credit over from before the books' first row");
      expect(r.messages.join(" ")).not.toMatch(/type .*date/i);
    },
  );

  it.each(DATED)("%p as the supplier of a full booking row: refused at B2", async (word) => {
    expectRefused(await run(line(word, "supplier", { dated: true, more: true })), "B2");
  });

  it.each<[string, Place, { balanceCol?: boolean; dated?: boolean; more?: boolean }, string]>([
    ["Bestand", "supplier", { dated: false }, "B2"],
    ["Bestand", "supplier", { dated: true, balanceCol: true }, "B2"],
    ["Saldovortrag", "product", { dated: true, balanceCol: true }, "E2"],
    ["Anfangsbestand", "beleg", { dated: true, more: true }, "H2"],
    ["Opening stock", "sd", { dated: true, more: true }, "D2"],
    ["Bestand 01.01.", "date", { balanceCol: true, more: true }, "A2"],
  ])("%p as the %s (%j): refused at %s", async (word, place, o, cell) => {
    expectRefused(await run(line(word, place, o)), cell);
  });

  it("the balance word in the product cell names no product: every product of the sheet, said", async () => {
    const r = await run(line("Saldovortrag", "product", { dated: true }));
    expect(r.messages.join(" ")).toContain("every product of this sheet (UCO)");
  });
});

describe("a balance word in a row shaped like a booking, below the first booking", () => {
  it.each<[string, Place, string]>([
    ["Bestand", "supplier", "B4"],
    ["Saldovortrag", "product", "E4"],
    ["Übertrag 31.12.2024", "date", "A4"],
    ["Beginvoorraad", "beleg", "H4"],
  ])("%p as the %s beside an SD number: refused at %s, never booked", async (word, place, cell) => {
    const row = line(word, place, { dated: true, more: true });
    row[AT.sd] = place === "sd" ? word : "SD-9";
    const r = await run(fettAg("2025-01-02", "SD-0", 0.001), [row]);
    expect(r.refused).toEqual([`totals-row ${cell} opening-line`]);
    expect(r.receipts).toEqual(["0.001", "20", "10"]);
    expect(r.negative).toBe(0);
  });
});

describe("names and remarks that only start like a balance word are bookings", () => {
  it.each<[string, Place]>([
    ["Saldo Trading S.L.", "supplier"],
    ["Bestandsware UCO", "product"],
    ["Bestand geprüft", "beleg"],
    ["Opening hours", "beleg"],
    // (p-opening) a month is a month as date-fns names it, not a word that starts like one
    ["Saldo Marino", "supplier"],
    ["Bestand Augsburg", "supplier"],
    ["Saldo Gentile S.p.A.", "supplier"],
    ["Übertrag Maier", "beleg"],
    ["Vortrag GmbH", "supplier"],
    // (brk10) words that say a balance only alone or with a date, here in names
    ["Stand Hamburg", "supplier"],
    ["Stock Logistics GmbH", "supplier"],
    ["Balance Energy Ltd", "supplier"],
    ["Inventur geprüft", "beleg"],
    ["Restmenge aus Tank 3", "beleg"],
    ["Voorraad Rotterdam B.V.", "supplier"],
  ])("%p as the %s: booked", async (word, place) => {
    const row = fettAg("2025-01-02", "SD-0", 50);
    row[AT[place]] = word;
    const r = await run(row);
    expect(r.refused.filter((f) => f.startsWith("totals-row"))).toEqual([]);
    expect(r.receipts).toEqual(["50", "20", "10"]);
  });
});

// The rule stated: whatever the cells of the first row hold beside it, a balance word alone in any
// of its text cells makes it no booking; the account is incomplete, and no negative balance is said.
describe("property: a row with a balance word in any of its cells is never booked", () => {
  it("holds for any word, any place, any quantity column, dated or not, with or without a booking's cells", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WORDS, ...DATED),
        fc.constantFrom<Place>("supplier", "product", "sd", "beleg", "date"),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        async (word, place, balanceCol, dated, more) => {
          const r = await run(line(word, place, { balanceCol, dated, more }));
          expect(r.receipts).toEqual(["20", "10"]);
          expect(r.refused).toEqual([`totals-row ${LETTER[AT[place]]}2 opening-credit`]);
          expect(r.uco).toEqual([["30", "-30", false]]);
          expect(r.negative).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// (p-opening) Below the first booking, with no SD number, certificate or supplier: an opening or
// carried-over balance that is not the sum of the rows above states a balance the books do not
// derive (a new year's opening, a correction). It was skipped as a total with a note, UCO complete
// at -25 t with a negative-balance error; now refused at its label, UCO incomplete. A page's
// carry-over that is the sum of the rows above (25 t) is still a total, and so is a closing balance.
describe("an opening or carried-over balance below the first booking", () => {
  /** 5 t, 20 t, then the line, then 10 t: 25 t above it. */
  const mid = (row: Cell[]) => run(fettAg("2025-01-02", "SD-0", 5), [row]);
  const CLOSINGS = ["Endbestand", "Closing balance", "c/f", "À reporter", "Saldo final", "Eindvoorraad"];
  const places: Place[] = ["supplier", "beleg", "date"];
  const cases = places.flatMap((place) =>
    [...WORDS, ...DATED].map((word) => [word, place, LETTER[AT[place]] + "4"] as [string, Place, string]),
  );

  // a word that labels the row (its first text cell) is compared; one after the product's cell
  // ("UCO", then "Bestand" in Beleg), or one that is a balance only alone ("Opening"), makes a row
  // shaped like a booking: refused as such (opening-line), never booked either
  const compared = (word: string, place: Place) => place !== "beleg" && !ALONE.has(word);
  it.each(cases)("%p as the %s, 40 t: refused at %s, UCO incomplete", async (word, place, cell) => {
    const r = await mid(line(word, place, { dated: place !== "date" }).map((v, i) => (i === 5 ? 40 : v)));
    const reason = compared(word, place) ? "stated-balance" : "opening-line";
    expect(r.refused).toEqual([`totals-row ${cell} ${reason}`]);
    expect(r.receipts).toEqual(["5", "20", "10"]);
    expect(r.incomplete).toEqual(["UCO"]);
    expect(r.negative).toBe(0);
    expect(r.uco).toEqual([["35", "-25", false]]);
    if (reason === "stated-balance")
      expect(r.messages.join(" ")).toContain("of 40, where the rows above add up to 25");
  });

  it.each(["Bestand", "Übertrag", "b/f", "Report à nouveau", "Saldo iniziale"])(
    "%p with 40 in a column not added up (Bestand (t)), the quantity blank: refused",
    async (word) => {
      const row = line(word, "supplier", { dated: true, balanceCol: true });
      const r = await mid(row.map((v, i) => (i === 4 ? null : v)));
      expect(r.refused).toEqual(["totals-row B4 stated-balance"]);
      expect(r.uco).toEqual([["35", "-25", false]]);
      expect(r.messages.join(" ")).toContain("in a column the add-in does not add up");
    },
  );

  it.each(["Übertrag", "Carried forward", "b/f", "Report à nouveau", "Riporto", "Saldovortrag"])(
    "%p with 25 t, the sum of the rows above: a page's carry-over, skipped, UCO complete",
    async (word) => {
      const r = await mid(line(word, "supplier", { dated: true }).map((v, i) => (i === 5 ? 25 : v)));
      expect(r.refused.filter((f) => f.startsWith("totals-row"))).toEqual([]);
      expect(r.receipts).toEqual(["5", "20", "10"]);
      expect(r.uco).toEqual([["35", "-25", true]]);
    },
  );

  it.each(CLOSINGS)("%p with 40 t, a closing balance: carries nothing in, skipped", async (word) => {
    const r = await mid(line(word, "supplier", { dated: true }).map((v, i) => (i === 5 ? 40 : v)));
    expect(r.refused.filter((f) => f.startsWith("totals-row"))).toEqual([]);
    expect(r.uco).toEqual([["35", "-25", true]]);
  });

  it("a Summe then an Übertrag repeating it: both totals, the second compared with the same rows", async () => {
    const sum = line("Summe Januar", "supplier", { dated: true }).map((v, i) => (i === 5 ? 25 : v));
    const carry = line("Übertrag", "supplier", { dated: true }).map((v, i) => (i === 5 ? 25 : v));
    const r = await run(fettAg("2025-01-02", "SD-0", 5), [sum, carry]);
    expect(r.refused.filter((f) => f.startsWith("totals-row"))).toEqual([]);
    expect(r.uco).toEqual([["35", "-25", true]]);
  });
});

// (p-opening) a balance word that is the value of its column on every row is a name ("Saldo" the
// product, "Bestand" the supplier): booked, never refused row by row. Where it stands beside other
// values of the column, each of its lines is still refused (the add-in cannot tell which it is).
describe("a balance word that names every row's product or supplier", () => {
  /** The book with every "UCO" (or "Fett AG") written `name`, the first row a receipt of 5 t. */
  async function named(name: string, was: string, rows: "all" | "some") {
    const wb = new ExcelJS.Workbook();
    const book = openingBook(HEAD, fettAg("2025-01-02", "SD-0", 5));
    for (const [sheet, lines] of Object.entries(book))
      wb.addWorksheet(sheet).addRows(
        lines.map((l, i) =>
          rows === "all" || sheet !== "UCO" || i === 1 ? l.map((v) => (v === was ? name : v)) : l,
        ),
      );
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    return readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "Named.xlsx")).readSnapshot());
  }

  it.each([
    ["Saldo", "UCO"],
    ["Bestand", "UCO"],
    ["Bestand", "Fett AG"],
    ["Vortrag", "Fett AG"],
    ["Saldo", "Fett AG"],
  ])("%p as every row's %p: booked", async (name, was) => {
    const read = await named(name, was, "all");
    expect(read.findings.filter((f) => f.code === "totals-row")).toEqual([]);
    expect(read.ledger.receipts.map((r) => r.quantity)).toEqual(["5", "20", "10"]);
  });

  it.each([
    ["Saldo", "UCO", "E2"],
    ["Bestand", "Fett AG", "B2"],
  ])("%p as one row's %p among others: refused at %s", async (name, was, cell) => {
    const read = await named(name, was, "some");
    expect(read.findings.filter((f) => f.code === "totals-row").map((f) => f.cell)).toEqual([cell]);
    expect(read.ledger.receipts.map((r) => r.quantity)).toEqual(["20", "10"]);
  });
});
