// Settings sheets in German and English, and the words of a ledger's type column.
import { fieldsOf, KINDS } from "../../../src/workbook/fields";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet, throughXlsx } from "../fixtures";

describe("settings sheets", () => {
  it("reads a German settings sheet with percentages and words for the options", async () => {
    const { sheets, ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet(
          "Einstellungen",
          [
            ["Parameter", "Wert"],
            ["Firma", "Müller Biofuels GmbH"],
            ["Zertifizierungssystem", "ISCC PLUS"],
            ["Bilanzzeitraum (Monate)", "3"],
            ["Periodenbeginn", serial("2025-01-01")],
            ["Bestandstoleranz", "0,5 %"],
            ["Umrechnungstoleranz", 0.02],
            ["Modus", "kontinuierlich"],
            ["THG-Pooling", "schlechtester Wert"],
            ["Cap carry forward at stock", "ja"],
            ["Präfix", "MB-DE"],
          ],
          { formats: { B5: "dd.mm.yyyy", B7: "0%" } },
        ),
      ),
    );
    expect(findings).toEqual([]);
    expect(sheets[0]).toMatchObject({ name: "Einstellungen", kind: "settings", headerRow: null, rows: 10 });
    expect(sheets[0]!.headers).toMatchObject({
      companyName: "Firma",
      periodMonths: "Bilanzzeitraum (Monate)",
    });
    const { source, ...settings } = ledger.settings;
    expect(settings).toEqual({
      companyName: "Müller Biofuels GmbH",
      scheme: "ISCC PLUS",
      periodMonths: 3,
      periodStart: "2025-01-01",
      stockTolerance: "0.005",
      conversionTolerance: "0.02",
      mode: "continuous",
      ghgPooling: "worst-value",
      plusCapCarryForward: true,
      sdPrefix: "MB-DE",
    });
    expect(source).toMatchObject({
      sheet: "Einstellungen",
      row: 2,
      cells: { companyName: "B2", sdPrefix: "B11" },
    });
  });

  it("flags settings it cannot use, at their cells, and keeps the rest", async () => {
    const { ledger, findings } = readWorkbook(
      await throughXlsx(
        sheet("Settings", [
          ["Company name", "Acme"],
          ["Period length", "a quarter"],
          ["Scheme", "RSB"],
          ["Period start", "someday"],
        ]),
      ),
    );
    expect(findings.map((f) => [f.code, f.severity, f.cell])).toEqual([
      // a period length or start not read is an error holding back every declaration (p-period, brk19 §1-2)
      ["invalid-value", "error", "B2"],
      // a scheme not read is an error too: the run would otherwise declare under ISCC EU (brk19 0b)
      ["invalid-value", "error", "B3"],
      ["invalid-date", "error", "B4"],
    ]);
    expect(ledger.settings).toMatchObject({ companyName: "Acme" });
    expect(ledger.settings.periodMonths).toBeUndefined();
  });
});

describe("the type column of a combined ledger", () => {
  it.each([
    ["Receipt", "Sale"],
    ["Purchase", "Sale"],
    ["Eingang", "Ausgang"],
    ["Zugang", "Abgang"],
    ["IN", "out"],
    ["Einkauf", "Verkauf"],
  ])("reads %s as a receipt and %s as a delivery", async (inWord, outWord) => {
    const { ledger } = readWorkbook(
      await throughXlsx(
        sheet("Journal", [
          ["Date", "Type", "Product", "Quantity", "Supplier / customer"],
          [serial("2025-01-02"), inWord, "UCO", 10, "A"],
          [serial("2025-01-03"), outWord, "UCO", 4, "B"],
        ]),
      ),
    );
    expect(ledger.receipts.map((r) => [r.source.row, r.supplier])).toEqual([[2, "A"]]);
    expect(ledger.deliveries.map((d) => [d.source.row, d.customer])).toEqual([[3, "B"]]);
  });
});

describe("the field lists for the mapping editor", () => {
  it("offers every kind's fields with labels and required flags", () => {
    expect(
      fieldsOf("receipts")
        .filter((f) => f.required)
        .map((f) => f.id),
    ).toEqual(["date", "product", "quantity"]);
    expect(fieldsOf("ledger").map((f) => f.id)).toEqual(
      expect.arrayContaining(["direction", "inQuantity", "outQuantity", "counterparty"]),
    );
    expect(fieldsOf("settings").map((f) => f.id)).toContain("periodMonths");
    expect(fieldsOf("unknown")).toEqual([]);
    for (const spec of KINDS) {
      const ids = spec.fields.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const need of spec.needs) for (const id of need) expect(ids).toContain(id);
      for (const f of spec.fields) expect(f.label).not.toBe("");
    }
  });
});
