// The sustainable yes/no column of a delivery sheet in the languages staff write it, and one the
// reader cannot name (new-user test: "Durable: non" declared as sustainable): never left at "all
// of it is sustainable" without a word.
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import type { ColumnMapping } from "../../../src/workbook/types";
import { answerOf, tellsNotSustainable } from "../../../src/workbook/unmapped-sustainable";
import { CONFIG_SHEET, configSheetRows, emptyConfig } from "../../../src/workbook/config";
import { plain, serial, sheet } from "../fixtures";

const D = serial("2026-01-05");
const HEAD = ["Date", "Client", "Adresse client", "Produit", "Quantité (t)"];
const base = (i: number): CellValue[] => [D, "Fuel SA", "1 rue du Port, Rouen", "UCO", 60 - i * 30];

function read(header: string, values: CellValue[], mappings: ColumnMapping[] = []) {
  const rows = [[...HEAD, header], ...values.map((v, i) => [...base(i), v])];
  const config = mappings.length
    ? [sheet(CONFIG_SHEET, plain(configSheetRows({ ...emptyConfig(), mappings })))]
    : [];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Expéditions", rows), ...config] });
}

describe("sustainable headings in the workbook's languages are the Sustainable column", () => {
  it.each([
    ["Durable", "non", "oui"],
    ["Durable (oui/non)", "non", "oui"],
    ["Sostenible", "no", "si"],
    ["Sostenible", "no", "sí"],
    ["Sustentável", "não", "sim"],
    ["Zrównoważony", "nie", "tak"],
    ["Duurzaam", "nee", "ja"],
    ["Nachhaltig", "nein", "ja"],
    ["Nachhaltig (ja/nein)", "nein", "ja"],
    ["Duurzaam", "no", "yes"],
    ["Sustentável", "no", "yes"],
    ["Sostenibile", "no", "yes"],
    ["Hållbar", "nej", "ja"],
    ["Sustainable", "no", "yes"],
  ])("%s: %s is read as no, %s as yes", (header, no, yes) => {
    const { sheets, ledger, findings } = read(header, [no, yes]);
    expect(sheets[0]?.columns.sustainable).toBe("F");
    expect(findings.filter((f) => f.code === "mapping-uncertain")).toEqual([]);
    expect(ledger.deliveries[0]?.sustainable).toBe("no");
    expect(ledger.deliveries[1]?.sustainable).toBe("yes");
  });

  it.each([
    ["Durable", "non"],
    ["Sostenible", "no"],
    ["Nachhaltig", "nein"],
  ])("%s: a %s delivery is not sustainable", (header, no) => {
    expect(read(header, [no, no]).ledger.deliveries.map((d) => d.sustainable)).toEqual(["no", "no"]);
  });
});

describe("an unmapped column that says some deliveries are not sustainable", () => {
  it.each([
    ["ISCC", ["no", "yes"], "no"],
    ["ISCC", ["non ISCC", "ISCC"], "non ISCC"],
    ["Remarks", ["not sustainable - conventional", ""], "not sustainable - conventional"],
    ["Bemerkung", ["konventionell", "nachhaltig"], "konventionell"],
    ["Statut", ["non durable", "durable"], "non durable"],
    ["Status", ["Nicht nachhaltig", "Nachhaltig"], "Nicht nachhaltig"],
    ["Kenmerk", ["nee", "ja"], "nee"],
    ["Bærekraftig", ["nei", "ja"], "nei"],
    ["ISCC?", ["", "x"], "x"],
    ["ISCC (EU)", ["-", "x"], "-"],
  ])(
    "%s %j: an error at its heading, and no delivery of the sheet is declared",
    (header, values, example) => {
      const { findings, ledger } = read(header, values);
      // a column of "ISCC" / "non ISCC" reads as claims too (unmapped-claims.ts): said once, as this
      const f = findings.find((x) => x.code === "mapping-uncertain" && /Sustainable yes\/no/.test(x.message));
      expect([f?.severity, f?.cell]).toEqual(["error", "F1"]);
      expect(f?.message).toContain(`such as "${example}"`);
      expect(f?.message).toContain("Map it as Sustainable yes/no in the add-in's Sheets tab");
      expect(f?.message).toContain("no delivery of this sheet is declared until the column is mapped");
      // (p-remarks2) a remark or Status cell that says its own delivery is not sustainable is
      // refused at its cell as well (sold-without-sd): the sheet has no Sustainable column to say no
      const refused = findings.filter((x) => x.code === "row-unconfirmed");
      const remark = ["Remarks", "Bemerkung", "Statut", "Status"].includes(header);
      expect(refused.map((x) => [x.cell, x.details?.reason])).toEqual(
        remark ? [["F2", "sold-without-sd"]] : [],
      );
      expect(ledger.deliveries).toHaveLength(remark ? 1 : 2);
      for (const d of ledger.deliveries) expect(d.unreadable).toContain("sustainable");
    },
  );

  it.each([
    ["Bemerkung", ["Lot 7", "Tank 3"]],
    ["Remarks", ["ISCC EU", "ISCC EU"]],
    ["Lot", ["x", ""]],
    ["Paid", ["x", "-"]],
    ["Notes", ["urgent", "no", "call first", "Tank 3"]],
    ["Certificate", ["EU-ISCC-Cert-FR200-1", ""]],
    ["ISCC", ["yes", "yes"]],
  ])("%s %j says nothing of sustainability: nothing is said and deliveries stay whole", (header, values) => {
    const { findings, ledger } = read(header, values);
    expect(findings.filter((x) => x.code === "mapping-uncertain")).toEqual([]);
    for (const d of ledger.deliveries) expect(d.unreadable ?? []).not.toContain("sustainable");
  });

  it("a sheet that lists only sustainable deliveries (no such column) reads as before", () => {
    const rows = [HEAD, base(0), base(1)];
    const { findings, ledger } = readWorkbook({ name: "books.xlsx", sheets: [sheet("Expéditions", rows)] });
    expect(findings).toEqual([]);
    expect(ledger.deliveries.map((d) => [d.sustainable, d.unreadable])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it("the user's unmapping of Sustainable on the sheet says it has no such column", () => {
    const unmapped = [{ sheet: "Expéditions", field: "sustainable", column: "" }];
    const { findings, ledger } = read("Paid", ["no", "yes"], unmapped);
    expect(findings.filter((x) => x.code === "mapping-uncertain")).toEqual([]);
    for (const d of ledger.deliveries) expect(d.unreadable ?? []).not.toContain("sustainable");
  });

  it("on a combined ledger only the deliveries (out) lose their declaration", () => {
    const rows: CellValue[][] = [
      ["Datum", "Art", "Produkt", "Menge (t)", "Nachweis-Nr.", "ISCC"],
      [D, "Eingang", "UCO", 100, "IN-1", "ja"],
      [D, "Ausgang", "UCO", 60, "", "nein"],
    ];
    const { findings, ledger } = readWorkbook({ name: "books.xlsx", sheets: [sheet("Buch", rows)] });
    expect(findings.find((x) => x.code === "mapping-uncertain")?.cell).toBe("F1");
    expect(ledger.receipts[0]?.unreadable ?? []).not.toContain("sustainable");
    expect(ledger.deliveries[0]?.unreadable).toContain("sustainable");
  });
});

describe("which answers tell that a delivery is not sustainable", () => {
  it.each([
    ["non", "no"],
    ["NEIN", "no"],
    ["não", "no"],
    ["oui", "yes"],
    ["Sí", "yes"],
    ["x", "sign-yes"],
    ["-", "sign-no"],
    ["0", "sign-no"],
    ["not sustainable - conventional", "not-sustainable"],
    ["non-ISCC", "not-sustainable"],
    ["conventional", "not-sustainable"],
    ["ISCC compliant", "sustainable"],
    ["durable", "sustainable"],
    ["Tank 3", null],
  ])("%s answers %s", (text, answer) => {
    expect(answerOf(text)).toBe(answer);
  });

  it("a word tells anywhere; a sign or a blank only under a heading about sustainability", () => {
    expect(tellsNotSustainable(["no", "yes"], 0, false)).toBe(true);
    expect(tellsNotSustainable(["sign-no", "sign-yes"], 0, false)).toBe(false);
    expect(tellsNotSustainable(["sign-no", "sign-yes"], 0, true)).toBe(true);
    expect(tellsNotSustainable(["sign-yes"], 1, false)).toBe(false);
    expect(tellsNotSustainable(["sign-yes"], 1, true)).toBe(true);
    expect(tellsNotSustainable(["yes", "sustainable"], 0, true)).toBe(false);
    // most values are something else: a remark that happens to say "no"
    expect(tellsNotSustainable(["no", null, null], 0, false)).toBe(false);
  });
});
