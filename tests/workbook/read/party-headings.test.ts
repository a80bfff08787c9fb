// (p-shipto2) The buyer and the ship-to party (party-words.ts, party-headings.ts): the SD's recipient
// is the buyer whichever column stands first; beside it a ship-to party's column is said at its
// heading where it names another party, never read as the customer and never refusing the row.
// Before, SAP's "Auftraggeber | Warenempfänger" read the ship-to party as the customer and dropped
// the buyer without a word, and "Kunde | Warenempfänger" refused every row where the two differ.
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";

jest.setTimeout(60_000);

const REST = ["Date", "Product", "Quantity (t)", "Sustainable"];
const ROW = ["2024-03-05", "UCO", 50, "yes"];

async function parties(a: string, b: string, second = "Neste Porvoo Refinery") {
  const read = readWorkbook(
    await throughXlsx(
      sheet("Deliveries", [
        [a, b, ...REST],
        ["Nordic Fuels Oy", second, ...ROW],
      ]),
    ),
  );
  const columns = read.sheets[0]?.columns ?? {};
  return {
    customer: columns.customer,
    findings: read.findings.filter((f) => f.sheet === "Deliveries").map((f) => `${f.code}@${f.cell}`),
    booked: read.ledger.deliveries.map((d) => d.customer),
  };
}

const PAIRS: [string, string][] = [
  ["Auftraggeber", "Warenempfänger"],
  ["Kunde", "Warenempfänger"],
  ["Sold-to party", "Ship-to party"],
  ["Customer", "Consignee"],
  ["Besteller", "Warenempfänger"],
  ["Donneur d'ordre", "Destinataire des marchandises"],
  ["Solicitante", "Destinatario de la mercancía"],
  ["Committente", "Destinatario merci"],
  ["Opdrachtgever", "Goederenontvanger"],
  ["Zleceniodawca", "Odbiorca towaru"],
];

describe("a buyer's column beside a ship-to party's", () => {
  it.each(PAIRS)(
    "%s | %s: the buyer is the customer, the ship-to party said at its heading",
    async (buyer, shipTo) => {
      expect(await parties(buyer, shipTo)).toEqual({
        customer: "A",
        findings: ["mapping-uncertain@B1"],
        booked: ["Nordic Fuels Oy"],
      });
      // the ship-to party first: still the buyer
      const back = readWorkbook(
        await throughXlsx(
          sheet("Deliveries", [
            [shipTo, buyer, ...REST],
            ["Neste Porvoo Refinery", "Nordic Fuels Oy", ...ROW],
          ]),
        ),
      );
      expect(back.sheets[0]?.columns.customer).toBe("B");
      expect(back.ledger.deliveries.map((d) => d.customer)).toEqual(["Nordic Fuels Oy"]);
    },
  );

  it("where the two name one party nothing is said", async () => {
    expect(await parties("Auftraggeber", "Warenempfänger", "Nordic Fuels Oy")).toEqual({
      customer: "A",
      findings: [],
      booked: ["Nordic Fuels Oy"],
    });
  });

  it("a ship-to party's column alone is the customer, exactly as before", async () => {
    for (const h of ["Warenempfänger", "Ship-to party", "Consignee"]) {
      const read = readWorkbook(
        await throughXlsx(
          sheet("Deliveries", [
            [h, ...REST],
            ["Neste Porvoo Refinery", ...ROW],
          ]),
        ),
      );
      expect(read.sheets[0]?.columns.customer).toBe("A");
      expect(read.ledger.deliveries.map((d) => d.customer)).toEqual(["Neste Porvoo Refinery"]);
    }
  });

  it("two buyers' columns that differ stay refused (must not change)", async () => {
    const two = await parties("Kunde", "Customer");
    expect(two.findings).toEqual(expect.arrayContaining(["invalid-value@B2"]));
    expect(two.booked).toEqual([]);
  });
});
