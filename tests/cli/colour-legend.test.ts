// Rows a colour legend marks as cancelled or unconfirmed, through massbal on a real .xlsx (issue 15
// break-test #9, workbook/colour-legend.ts): "Legende: rot = storniert, grau = noch nicht
// bestätigt" above the receipts, a row filled red and one grey. Neither is booked silently: each is
// refused at its row naming the legend, and the account is incomplete; a row filled in a colour the
// legend says is done is booked, and fills on a sheet without a legend change nothing.
import path from "node:path";
import ExcelJS from "exceljs";
import { RECEIPT_COLUMNS } from "../../src/books";
import { addCertificates, receiptRow } from "./receipt-rows";
import { checkJson, freshFolderPerTest, rowMarks } from "./run-massbal";

jest.setTimeout(90_000);

interface Report {
  findings: { code: string; severity: string; message: string; sheet: string | null; cell: string | null }[];
  balances: { received: string; complete: boolean }[];
}

const folder = freshFolderPerTest();

/**
 * Receipts of 20, 500, 300 and 40 t filled `fills` (ARGB or none), under `legend` if any (or, p-misc,
 * below the table after a blank line, or right of it on the first receipt's row; or, p-legsheet, on
 * a sheet of its own named `where`, after the deliveries).
 */
async function check(
  legend: string | null,
  fills: (string | null)[],
  name = "colours.xlsx",
  where: string = "above",
): Promise<Report> {
  const wb = new ExcelJS.Workbook();
  const receipts = wb.addWorksheet("Eingang");
  if (legend && where === "above") receipts.addRows([[legend], []]);
  receipts.addRow([...RECEIPT_COLUMNS]);
  [20, 500, 300, 40].forEach((qty, i) => {
    const cells = receiptRow(new Date(Date.UTC(2025, 0, 5 + i)), `SD-${i + 1}`, qty);
    const row = receipts.addRow(legend && where === "right" && i === 0 ? [...cells, null, legend] : cells);
    const argb = fills[i];
    if (argb) row.eachCell((cell) => (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb } }));
  });
  if (legend && where === "below") receipts.addRows([[], [legend]]);
  const sales = wb.addWorksheet("Verkauf");
  sales.addRow(["Date", "Customer", "Product", "Quantity (t)", "Sustainable"]);
  sales.addRow([new Date(Date.UTC(2025, 1, 10)), "Fuel AG", "UCO", 700, "yes"]);
  if (legend && !["above", "below", "right"].includes(where)) wb.addWorksheet(where).addRows([[legend]]);
  await addCertificates(wb).xlsx.writeFile(path.join(folder.path, name));
  return checkJson<Report>(folder.path, name);
}

const RED = "FFFF0000";
const GREY = "FFBFBFBF";
const GREEN = "FFC6EFCE";

it("red = storniert and grau = noch nicht bestätigt: both rows refused naming the legend, the account incomplete", async () => {
  const report = await check("Legende: rot = storniert, grau = noch nicht bestätigt, grün = gebucht", [
    null,
    RED,
    GREY,
    GREEN,
  ]);
  expect(rowMarks(report.findings)).toEqual([
    ["error", "row-unconfirmed", "Eingang!A5"],
    ["error", "row-unconfirmed", "Eingang!A6"],
  ]);
  const said = report.findings.filter((f) => f.code === "row-unconfirmed").map((f) => f.message);
  expect(said[0]).toContain(
    'row 5 is filled red = storniert, which the legend at A1 ("Legende: rot = storniert',
  );
  expect(said[1]).toContain("row 6 is filled grey = noch nicht bestätigt");
  expect(report.findings.filter((f) => f.code === "negative-balance")).toEqual([]);
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["60", false]]);
});

it("a fill the legend does not name is refused too; without a legend fills change nothing", async () => {
  const unnamed = await check("Legend: red = cancelled", [null, "FF00B0F0", null, null]);
  expect(rowMarks(unnamed.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A5"]]);
  expect(unnamed.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
    "in a colour (#00B0F0) the add-in cannot match to the legend at A1",
  );
  const plain = await check(null, [null, RED, GREY, null], "plain.xlsx");
  expect(rowMarks(plain.findings)).toEqual([]);
  expect(plain.balances.map((b) => b.received)).toEqual(["860"]);
});

// (p-misc) a legend below the table or to the right of it gives colours their status as one above does
it.each<["below" | "right", string]>([
  ["below", "A7"],
  ["right", "J2"],
])("a legend %s the table: the red row refused naming it, the account incomplete", async (where, cell) => {
  const report = await check("Legende: rot = storniert", [null, RED, null, null], `${where}.xlsx`, where);
  expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A3"]]);
  expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
    `row 3 is filled red = storniert, which the legend at ${cell}`,
  );
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
});

// (p-legend2, brk10) a legend books a row of a colour only where it says the colour is done
const YELLOW = "FFFFFF00";

it("rot = storniert, gelb = SD fehlt noch: the yellow row is refused quoting its meaning, not booked as done", async () => {
  const report = await check("Legende: rot = storniert, gelb = SD fehlt noch", [null, YELLOW, null, null]);
  expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A5"]]);
  const said = report.findings.find((f) => f.code === "row-unconfirmed")?.message;
  // a proof missing leaves the row out (3df5d45): refused as the legend's meaning
  // (p-legend3) a proof-missing meaning has its own words, not "cancelled, not confirmed or a draft"
  expect(said).toContain("row 5 is filled yellow = SD fehlt noch: the colour legend at A1");
  expect(said).toContain(
    "says the supplier's Sustainability Declaration (or other proof) for rows of this colour is missing",
  );
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
});

it.each<[string, string]>([
  ["rot = nicht nachhaltig", RED],
  ["hellrot = storniert", "FFFF9999"],
  ["Storno (rot markiert)", "FFFFC7CE"],
  ["jaune = en attente du DD", YELLOW],
])("a legend of no word read before (%j) below the table: its colour's row refused", async (legend, fill) => {
  const report = await check(legend, [null, fill, null, null], "unknown.xlsx", "below");
  expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A3"]]);
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
});

it("grün = gebucht alone: the green row booked, a red row refused as a colour the legend does not name", async () => {
  const report = await check("grün = gebucht", [null, RED, GREEN, null], "done.xlsx", "below");
  expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A3"]]);
  expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
    'in a colour (#FF0000) the add-in cannot match to the legend at A7 ("grün = gebucht")',
  );
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
});

it("rote Schrift = storniert: font colours cannot be read, no row booked, said once at the legend and once on the sheet it reaches", async () => {
  const report = await check("rote Schrift = storniert", [null, null, null, null], "font.xlsx", "below");
  // (p-legend3) a font legend reaches the data sheets without a legend of their own (Verkauf)
  expect(rowMarks(report.findings)).toEqual([
    ["error", "row-unconfirmed", "Eingang!A7"],
    ["error", "row-unconfirmed", "Verkauf!A2"],
  ]);
  expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
    "by the colour of their text, which the add-in cannot read",
  );
  // no row of either sheet booked, so no balance at all
  expect(report.balances).toEqual([]);
});

// (p-legsheet, brk10 c1) a legend on a sheet of its own covers the receipts of another sheet
it.each<[string, string]>([
  ["Legende", "rot = storniert"],
  ["Légende", "rouge = annulé"],
  ["Kleuren", "rood = geannuleerd"],
])(
  "a legend on a sheet %j (%j): the red row refused naming it, nothing said of that sheet",
  async (sheet, legend) => {
    const report = await check(legend, [null, RED, null, null], "sheet.xlsx", sheet);
    expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A3"]]);
    expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      `row 3 is filled red = ${legend.split(" = ")[1]}, which the legend at ${sheet === "Légende" ? "'Légende'" : sheet}!A1`,
    );
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
  },
);

// (p-legsheet, brk10) a phrase of marked rows above the table is a legend
it.each<[string, string]>([
  ["grau hinterlegte Zeilen prüfen", GREY],
  ["lignes en gris à vérifier", GREY],
])("%j above the table: the row of its colour refused, not booked", async (legend, fill) => {
  const report = await check(legend, [null, fill, null, null], "phrase.xlsx");
  expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A5"]]);
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
});

// (p-legsheet, brk10 c6) a fill about as near to two legend colours of different meanings is refused
it("#FF6600 under rot = storniert and orange = geprüft: refused as between the two, not booked as orange", async () => {
  const report = await check(
    "Legende: rot = storniert, orange = geprüft",
    [null, "FFFF6600", null, null],
    "near.xlsx",
  );
  expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A5"]]);
  expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
    "row 5 is filled #FF6600, as near to orange = geprüft as to red = storniert",
  );
  expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
});

// (brk11) a meaning books its colour's rows only when it says done and nothing else
it.each<[string, string, string]>([
  ["gelb = gebucht, SD fehlt noch", YELLOW, "yellow = gebucht, SD fehlt noch"],
  ["yellow = booked twice", YELLOW, "yellow = booked twice"],
  ["gelb = Prüfung offen", YELLOW, "yellow = Prüfung offen"],
  ["green = done except PoS", GREEN, "green = done except PoS"],
  ["gelb = gebucht,\nSD fehlt noch", YELLOW, "yellow = gebucht, SD fehlt noch"],
  ["gelb = SD fehlt seit 12.03.", YELLOW, "yellow = SD fehlt seit 12.03"],
])(
  "%j below the table: the row of its colour refused quoting the whole meaning",
  async (legend, fill, said) => {
    const report = await check(legend, [null, fill, null, null], "meaning.xlsx", "below");
    expect(rowMarks(report.findings)).toEqual([["error", "row-unconfirmed", "Eingang!A3"]]);
    expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      // (brk12) a proof missing or a line booked twice leaves its rows out: either wording names it
      // (p-legend3: a proof missing in its own words, after a colon)
      `row 3 is filled ${said}${/SD fehlt/.test(said) ? ":" : ","} `,
    );
    expect(report.balances.map((b) => [b.received, b.complete])).toEqual([["360", false]]);
  },
);

// (brk11) a legend of text colours books no row, however worded and whatever it says
it.each(["texte en rouge = annulé", "rot geschrieben = storniert", "green font = booked"])(
  "%j: font colours cannot be read, no row booked, said once at the legend",
  async (legend) => {
    const report = await check(legend, [null, null, null, null], "font-words.xlsx", "below");
    // (p-legend3) a font legend reaches the data sheets without a legend of their own (Verkauf)
    expect(rowMarks(report.findings)).toEqual([
      ["error", "row-unconfirmed", "Eingang!A7"],
      ["error", "row-unconfirmed", "Verkauf!A2"],
    ]);
    expect(report.findings.find((f) => f.code === "row-unconfirmed")?.message).toContain(
      "by the colour of their text, which the add-in cannot read",
    );
    expect(report.balances).toEqual([]);
  },
);
