// (m-prod) A production row's Status or remark, and a production sheet's yes/no column about
// sustainability (workbook/production-remarks.ts, production-yes-no.ts):
// - "Original fehlt", "SD folgt", "PoS pending" on a production row were refused with a receipt's
//   wording ("a receipt gives no sustainable credit until its SD has come"): now in a production's
//   words (production-document-missing);
// - "nicht nachhaltig", "konventionell", "not sustainable", "ohne SD" on a production row did
//   nothing: the run's whole input was converted into sustainable output. Now refused at the
//   remark (production-not-sustainable), unless the row's part column says 0 (the remark agrees);
// - a column "Nachhaltig | nein" (yes/no) beside no part column was dropped without a word: now an
//   error at its heading (production-yes-no) and the sheet's balances incomplete; a column that
//   answers yes throughout agrees with the whole input and is left alone.
import type { Finding } from "../../../src/engine/result";
import type { CellValue } from "../../../src/workbook/port";
import { productionDenial } from "../../../src/workbook/production-remarks";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** Remarks that say a production run is not sustainable, by language. */
const NOT_SUSTAINABLE: Record<string, string[]> = {
  de: ["nicht nachhaltig", "konventionell", "Konventionelle Ware", "fossil", "ohne SD"],
  en: ["not sustainable", "conventional", "non-sustainable", "without PoS"],
  fr: ["non durable", "conventionnel", "sans DD"],
  es: ["no sostenible", "convencional"],
  it: ["non sostenibile", "convenzionale"],
  nl: ["niet duurzaam", "conventioneel"],
  pl: ["nie zrównoważony", "niezrównoważony", "konwencjonalny"],
};

/** Remarks that say a document of the run is missing, to come or void. */
const DOCUMENT_MISSING: Record<string, string[]> = {
  de: ["Original fehlt", "SD folgt", "Beleg fehlt"],
  en: ["PoS pending", "document missing"],
  fr: ["DD en attente"],
  nl: ["nog geen SD"],
};

/** Remarks of other things: the row booked as before. */
const NOTHING = ["Charge 12", "Tank 3", "nachhaltig", "100 % nachhaltig", "ISCC EU", "Schicht B"];

const flat = (table: Record<string, string[]>) =>
  Object.entries(table).flatMap(([lang, list]) => list.map((t) => [lang, t] as const));

const reasons = (findings: Finding[]) =>
  findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.code} ${f.cell} ${f.details && "reason" in f.details ? String(f.details.reason) : ""}`);

/**
 * A production sheet read: 1000 t of rapeseed pressed into 420 t of oil on 1 February 2025 and
 * 100 t into 42 t the next day, `texts` under `heading` in the last column (one per row);
 * `part`: a "davon nachhaltig (t)" column after the input with each row's part.
 */
function readProduction(heading: string, texts: [CellValue, CellValue], part?: [CellValue, CellValue]) {
  const head = ["Date", "Input product", "Input quantity (t)", ...(part ? ["davon nachhaltig (t)"] : [])];
  const row = (i: 0 | 1): CellValue[] => [
    serial("2025-02-01") + i,
    "Rapeseed",
    i === 0 ? 1000 : 100,
    ...(part ? [part[i]] : []),
    "Rapeseed oil",
    i === 0 ? 420 : 42,
    texts[i],
  ];
  const rows = [[...head, "Output product", "Output quantity (t)", heading], row(0), row(1)];
  return readWorkbook({ name: "books.xlsx", sheets: [sheet("Production", rows)] });
}

describe("a production row's remark", () => {
  it.each(flat(NOT_SUSTAINABLE))("%s %j: refused at its remark, never converted whole", (_, text) => {
    expect(productionDenial(text, () => "yes")).toBe("production-not-sustainable");
    const got = readProduction("Bemerkung", ["Charge 1", text]);
    // was: no finding, both rows converted
    expect(reasons(got.findings)).toEqual(["row-unconfirmed F3 production-not-sustainable"]);
    expect(got.ledger.production.map((p) => p.inputQuantity)).toEqual(["1000"]);
    expect(got.ledger.incomplete?.length).toBeGreaterThan(0);
  });

  it.each(flat(NOT_SUSTAINABLE))("%s %j beside a part of 0: the remark agrees, the row booked", (_, text) => {
    expect(productionDenial(text, () => "no")).toBeNull();
    const got = readProduction("Bemerkung", ["", text], [1000, 0]);
    expect(reasons(got.findings)).toEqual([]);
    expect(got.ledger.production.map((p) => p.sustainableInputQuantity)).toEqual(["1000", "0"]);
  });

  it.each(flat(NOT_SUSTAINABLE))("%s %j beside a part above 0: refused", (_, text) => {
    expect(reasons(readProduction("Remark", ["", text], [1000, 60]).findings)).toEqual([
      "row-unconfirmed G3 production-not-sustainable",
    ]);
  });

  it.each(flat(DOCUMENT_MISSING))("%s %j: refused in a production's words, not a receipt's", (_, text) => {
    expect(productionDenial(text, () => "yes")).toBe("production-document-missing");
    const got = readProduction("Bemerkung", ["", text]);
    expect(reasons(got.findings)).toEqual(["row-unconfirmed F3 production-document-missing"]);
    const message = got.findings.find((f) => f.code === "row-unconfirmed")?.message ?? "";
    expect(message).toContain("production in row 3");
    expect(message).not.toContain("a receipt gives no sustainable credit");
  });

  it.each(NOTHING)("%j: the row booked as before", (text) => {
    expect(productionDenial(text, () => "yes")).toBeNull();
    const got = readProduction("Bemerkung", ["", text]);
    expect(reasons(got.findings)).toEqual([]);
    expect(got.ledger.production.map((p) => p.inputQuantity)).toEqual(["1000", "100"]);
  });

  it("only part of the run sustainable in words: refused as a part, as on receipts", () => {
    expect(reasons(readProduction("Bemerkung", ["", "nur 60 t nachhaltig"]).findings)).toEqual([
      "row-unconfirmed F3 part-sustainable",
    ]);
  });
});

describe("a production sheet's yes/no column about sustainability", () => {
  it.each([
    ["Nachhaltig", "ja", "nein"],
    ["Sustainable", "yes", "no"],
    ["Durable", "oui", "non"],
    ["Sostenibile", "sì", "no"],
    ["Duurzaam", "ja", "nee"],
    ["Zrównoważony", "tak", "nie"],
    ["ISCC", "x", "-"],
    ["Nachhaltig (J/N)", "J", "N"],
  ])("%s with %j and %j: an error at its heading, the balances held", (heading, yes, no) => {
    const got = readProduction(heading, [yes, no]);
    // was: dropped without a word, both runs converted whole
    expect(reasons(got.findings)).toEqual(["mapping-uncertain F1 production-yes-no"]);
    expect(got.ledger.incomplete?.length).toBeGreaterThan(0);
  });

  it.each([
    ["Nachhaltig", "ja"],
    ["Sustainable", "yes"],
    ["ISCC", "x"],
  ])("%s answering %j throughout: agrees with the whole input, nothing said", (heading, yes) => {
    const got = readProduction(heading, [yes, yes]);
    expect(got.findings.filter((f) => f.cell === "F1")).toEqual([]);
    expect(got.ledger.incomplete ?? []).toEqual([]);
  });

  it("beside a part column the part is read: the yes/no column is not said", () => {
    const got = readProduction("Nachhaltig", ["ja", "nein"], [1000, 0]);
    expect(reasons(got.findings)).toEqual([]);
  });
});
