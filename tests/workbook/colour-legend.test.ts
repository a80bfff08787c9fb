// A colour legend above a table (issue 15 break-test #9, workbook/colour-legend.ts): legends in
// the six languages give fill colours a status; a fill is matched to a colour by hue, never a row
// booked silently where the legend says its colour is cancelled or not confirmed.
import { colourOf, legendOf } from "../../src/workbook/colour-legend";
import { Grid } from "../../src/workbook/grid";
import {
  type BookCell,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
} from "../../src/books";
import { readWorkbook } from "../../src/workbook/read";
import { bookToExcel } from "../../src/workbook/xlsx/write-book";
import { snapshotSheet } from "../../src/workbook/xlsx/sheet-snapshot";
import { deliveryHeader, sale } from "../cli/sd-books";

const gridOf = (legend: string) =>
  new Grid({
    name: "Receipts",
    visibility: "visible",
    values: [[legend], [], ["Date", "Product", "Quantity (t)"]],
  });

describe("a legend's words", () => {
  it.each<[string, string, string[]]>([
    ["de", "Legende: rot = storniert, grau = noch nicht bestätigt", ["red", "grey"]],
    ["de", "Farben: gelb = Entwurf; grün = gebucht", ["yellow"]],
    ["en", "Legend: red = cancelled, grey = not yet confirmed", ["red", "grey"]],
    ["en", "Key: orange – pending / green – delivered", ["orange"]],
    ["fr", "Légende : rouge = annulé, gris = non confirmé", ["red", "grey"]],
    ["es", "Leyenda: rojo = anulado, gris = pendiente", ["red", "grey"]],
    ["it", "Legenda: rosso = annullato, grigio = in attesa", ["red", "grey"]],
    ["nl", "Legenda: rood = geannuleerd, grijs = niet bevestigd", ["red", "grey"]],
  ])("%s %j: the colours that leave a row out are %j", (_, text, refused) => {
    const legend = legendOf(gridOf(text), 2);
    expect(legend?.cell).toBe("A1");
    expect(legend?.entries.filter((x) => x.refuse).map((x) => x.colour)).toEqual(refused);
  });

  it.each(["Rotterdam = Standort 2", "Rot: 5 t", "Rot storniert", "Zeilen in Rot", "Grün-Anteil"])(
    "%j gives no colour a meaning: no legend",
    (text) => expect(legendOf(gridOf(text), 2)).toBeNull(),
  );

  // (p-legend2) only a meaning said to be done books a row of its colour; any other refuses it
  it.each<[string, string]>([
    ["de", "grün = gebucht"],
    ["de", "grün = geprüft"],
    ["de", "grün: erledigt"],
    ["de", "grün = OK"],
    ["en", "green = booked"],
    ["en", "green = checked"],
    ["en", "green – done"],
    ["fr", "vert = comptabilisé"],
    ["fr", "vert = vérifié"],
    ["es", "verde = contabilizado"],
    ["es", "verde = aprobado"],
    ["it", "verde = verificato"],
    ["it", "verde = approvato"],
    ["nl", "groen = geboekt"],
    ["nl", "groen = goedgekeurd"],
  ])("%s %j: a legend whose colour is done, rows of it booked", (_, text) => {
    const legend = legendOf(gridOf(text), 2);
    expect(legend?.entries.map((e) => [e.colour, e.done, e.refuse])).toEqual([["green", true, false]]);
  });

  it.each<[string, string]>([
    ["de", "gelb = SD fehlt noch"],
    ["de", "rot = nicht nachhaltig"],
    ["de", "rot = doppelt erfasst"],
    ["de", "gelb = nicht gebucht"],
    ["en", "yellow = awaiting SD"],
    ["en", "yellow = PoS not yet received"],
    ["en", "red = not sustainable / excluded"],
    ["fr", "jaune = en attente du DD"],
    ["fr", "rouge = non durable"],
    ["es", "amarillo = falta la PoS"],
    ["it", "giallo = manca la PoS"],
    ["nl", "geel = PoS ontbreekt"],
    ["de", "grün = geprüft?"],
  ])("%s %j: a meaning not read as done, rows of its colour refused", (_, text) => {
    const legend = legendOf(gridOf(text), 2);
    expect(legend?.cell).toBe("A1");
    expect(legend?.entries.map((e) => e.done)).toEqual([false]);
  });

  it.each<[string, string, string]>([
    ["de", "hellrot = storniert", "red"],
    ["de", "Dunkelgrün = gebucht", "green"],
    ["de", "hell-gelb = offen", "yellow"],
    ["en", "light red = cancelled", "red"],
    ["en", "dark green: booked", "green"],
    ["fr", "rouge clair = annulé", "red"],
    ["es", "rojo claro = anulado", "red"],
    ["it", "rosso chiaro = annullato", "red"],
    ["nl", "lichtrood = geannuleerd", "red"],
    ["de", "Storno (rot markiert)", "red"],
    ["en", "cancelled (marked red)", "red"],
    ["fr", "annulé (en rouge)", "red"],
    ["es", "anulado (marcado en rojo)", "red"],
  ])("%s %j: a shade or a colour in brackets names its hue (%s)", (_, text, colour) => {
    expect(legendOf(gridOf(text), 2)?.entries.map((e) => e.colour)).toEqual([colour]);
  });

  // (p-legsheet, brk10) a phrase of marking rows by a colour is a legend: its rows refused unless done
  it.each<[string, string, string, boolean]>([
    ["de", "grau hinterlegte Zeilen prüfen", "grey", false],
    ["de", "Bemerkung: grau hinterlegte Zeilen prüfen", "grey", false],
    ["de", "Rot markierte Zeilen sind storniert", "red", false],
    ["de", "Rot hinterlegt = storniert", "red", false],
    ["de", "Zeilen in Grau: prüfen", "grey", false],
    ["de", "Gelbe Zeilen = SD fehlt noch", "yellow", false],
    ["de", "Stornierte Buchungen sind rot markiert", "red", false],
    ["de", "grün markierte Zeilen sind gebucht", "green", true],
    ["en", "grey-shaded rows: check", "grey", false],
    ["en", "Rows highlighted in yellow: awaiting SD", "yellow", false],
    ["en", "Grey rows: to be checked", "grey", false],
    ["en", "Cancelled rows are highlighted in red", "red", false],
    ["fr", "lignes en gris à vérifier", "grey", false],
    ["fr", "lignes grises = à vérifier", "grey", false],
    ["fr", "Lignes surlignées en jaune : en attente du DD", "yellow", false],
    ["es", "filas marcadas en rojo = anuladas", "red", false],
    ["es", "filas en gris: por revisar", "grey", false],
    ["it", "righe evidenziate in giallo: da controllare", "yellow", false],
    ["it", "righe in grigio da verificare", "grey", false],
    ["nl", "grijs gemarkeerde regels controleren", "grey", false],
    ["nl", "rijen in het rood: geannuleerd", "red", false],
  ])("%s %j: a phrase of marked rows gives %s a meaning (done: %s)", (_, text, colour, done) => {
    const legend = legendOf(gridOf(text), 2);
    expect(legend?.entries.map((e) => [e.colour, e.done])).toEqual([[colour, done]]);
  });

  it.each([
    "rote Schrift = storniert",
    "red font = cancelled",
    "police rouge = annulé",
    "testo rosso = annullato",
  ])("%j: a font colour, marked as such", (text) =>
    expect(legendOf(gridOf(text), 2)?.entries.map((e) => e.font)).toEqual([true]),
  );
});

describe("a fill's colour", () => {
  it.each<[string, string | null]>([
    ["#FF0000", "red"],
    ["#FFC7CE", "red"], // Excel's "Bad" style
    ["#C00000", "red"],
    ["#BFBFBF", "grey"],
    ["#D9D9D9", "grey"],
    ["#808080", "grey"],
    ["#FFFF00", "yellow"],
    ["#FFEB9C", "yellow"], // Excel's "Neutral" style
    ["#C6EFCE", "green"], // Excel's "Good" style
    ["#92D050", "green"],
    ["#00B0F0", "blue"],
    ["#FFC000", "orange"],
    ["#7030A0", "purple"],
    ["#FFFFFF", null],
    ["#000000", null],
    ["", null],
  ])("%s is %s", (hex, colour) => expect(colourOf(hex)).toBe(colour));
});

// (p-misc) a legend below the table or to the right of it is read too; a remark on a booking's
// row, inside the table, is no legend
describe("where the legend stands", () => {
  const HEAD = ["Date", "Product", "Quantity (t)"];
  const ROW = [45662, "UCO", 20];
  const grid = (values: unknown[][]) =>
    new Grid({ name: "Receipts", visibility: "visible", values: values as never });
  it.each<[string, unknown[][], string]>([
    ["below the data, after a blank line", [HEAD, ROW, ROW, [], ["Legende: rot = storniert"]], "A5"],
    ["below the data, in another column", [HEAD, ROW, [], [null, null, "Legend: red = cancelled"]], "C4"],
    ["right of the table, on a data row", [HEAD, [...ROW, null, "rouge = annulé"], ROW], "E2"],
  ])("%s: read", (_, values, cell) => {
    const legend = legendOf(grid(values), 0);
    expect(legend?.cell).toBe(cell);
    expect(legend?.entries.find((x) => x.colour === "red")?.refuse).toBe(true);
  });

  it("a remark inside the table on a booking's row is no legend", () => {
    const values = [[...HEAD, "Remark"], [...ROW, "rot = storniert laut Lieferant"], ROW];
    expect(legendOf(grid(values), 0)).toBeNull();
  });

  it("above the header wins over one below", () => {
    const values = [["Legend: grey = not confirmed"], HEAD, ROW, [], ["Legende: rot = storniert"]];
    expect(legendOf(grid(values), 1)?.cell).toBe("A1");
  });
});

describe("a legend on a sheet of both sides whose fills the host could not read", () => {
  it("both blocks left out, said once at the legend", () => {
    const rows: BookCell[][] = [
      [...ISSUING_RECEIPT_HEADER, null, ...deliveryHeader()],
      [...issuingReceipt("2025-01-05", "AS-1", 60, 30), null, ...sale("2025-02-01", 20, null)],
      [...issuingReceipt("2025-01-06", "AS-2", 40, 30), null, ...sale("2025-02-10", 30, null)],
      [],
      ["Legende: rot = storniert"],
    ];
    const wb = bookToExcel(plainBook({ Handel: rows, Settings: ISSUING_SETTINGS }));
    const sheets = wb.worksheets.map((ws) => snapshotSheet(ws, false));
    const handel = sheets.find((s) => s.name === "Handel")!;
    const { ledger, findings } = readWorkbook({
      name: "books.xlsx",
      sheets: sheets.map((s) => (s === handel ? { ...handel, fillsUnread: true } : s)),
    });
    expect([ledger.receipts.length, ledger.deliveries.length]).toEqual([0, 0]);
    const said = findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.sheet}!${f.cell}`);
    expect(said).toEqual(["row-unconfirmed Handel!A5"]);
  });
});
