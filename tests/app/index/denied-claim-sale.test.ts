// (brk27 N4) A delivery whose Claim cell denies compliance ("Not ISCC compliant", "konventionell",
// "No claim", in the workbook's seven languages) is a sale of material that is not sustainable:
// booked (it leaves the tank) without drawing credit or getting a declaration, and without an
// error. A claim that is unclear ("-", "n/a", "?", "tbd") is refused at its cell as before, and
// holds back its own declaration and the product's declarations from its date on (they may draw
// other credit once it is corrected), not the deliveries before it. On receipts the same table
// serves: a denial gives no credit, an unclear claim is refused. End to end, in memory.
import fc from "fast-check";
import { declareWorkbook } from "../../../src/app/index";
import type { CheckOutcome } from "../../../src/app/types";
import { MemoryWorkbook } from "../../../src/workbook/memory/memory-workbook";
import type { CellValue, WorkbookSnapshot } from "../../../src/workbook/port";

const TODAY = { today: "2025-04-02" };
const SETTINGS: CellValue[][] = [
  ["Setting", "Value"],
  ["Company name", "Acme Bio GmbH"],
  ["Company address", "Hafenweg 1, 20457 Hamburg, Germany"],
  ["Own certificate", "EU-ISCC-Cert-DE100-77777"],
  ["Scheme", "ISCC EU"],
  ["Period length (months)", 3],
  ["First period start", "2025-01-01"],
];
const REC_HEAD = ["Datum", "Lieferant", "Lieferanten-Zertifikat", "Nachweis-Nr.", "Produkt", "Menge (t)"];
const REC_MORE = [
  "Rohstoff",
  "Herkunftsland",
  "Claim",
  "Abfall/Reststoff",
  "THG gesamt",
  "Inbetriebnahme Anlage",
];
const rec = (date: string, sd: string, qty: number, claim: string): CellValue[] => [
  ...[date, "Good AG", "EU-ISCC-Cert-DE100-10001", sd, "Rapsöl", qty],
  ...["Raps", "DE", claim, "nein", 30, "2010-01-01"],
];
const DEL_HEAD = ["Datum", "Kunde", "Kundenadresse", "Kundenzertifikat", "Produkt", "Menge (t)", "Claim"];
const del = (date: string, qty: number, claim: string | null): CellValue[] => [
  ...[date, "Kunde AG", "Industriestr. 5, 46049 Oberhausen", "EU-ISCC-Cert-DE100-20002", "Rapsöl", qty],
  claim,
];

function book(receipts: CellValue[][], deliveries: CellValue[][], delHead = DEL_HEAD): WorkbookSnapshot {
  const sheet = (name: string, values: CellValue[][]) => ({ name, values });
  return {
    name: "Books.xlsx",
    sheets: [
      sheet("Einstellungen", SETTINGS),
      sheet("Wareneingang", [[...REC_HEAD, ...REC_MORE], ...receipts]),
      sheet("Warenausgang", [delHead, ...deliveries]),
    ],
  } as WorkbookSnapshot;
}

const RECEIPTS = [
  rec("2025-01-10", "S-1", 100, "EU RED compliant"),
  rec("2025-02-10", "S-2", 50, "EU RED compliant"),
];

async function declare(snapshot: WorkbookSnapshot): Promise<CheckOutcome> {
  return declareWorkbook(MemoryWorkbook.fromSnapshot(snapshot), TODAY);
}

/** brk27 c06: 31 t EU RED compliant on 01.03., then 30 t with `claim` on 02.03. */
const c06 = (claim: string) =>
  declare(book(RECEIPTS, [del("2025-03-01", 31, "EU RED compliant"), del("2025-03-02", 30, claim)]));

const errorsAt = (o: CheckOutcome, cell: string) =>
  o.findings.filter((f) => f.severity === "error" && f.sheet === "Warenausgang" && f.cell === cell);

/** Spellings that deny compliance, as staff write them (de/en/fr/it/es/nl/pl). */
const DENIED: [string, string][] = [
  ["en", "Not ISCC compliant"],
  ["en", "No claim"],
  ["en", "conventional"],
  ["en", "fossil"],
  ["en", "non-sustainable"],
  ["en", "EU RED compliant: no"],
  ["de", "nicht ISCC-konform"],
  ["de", "konventionell"],
  ["de", "konventionelle Ware"],
  ["de", "kein Claim"],
  ["de", "nicht nachhaltig"],
  ["fr", "non durable"],
  ["fr", "conventionnel"],
  ["fr", "sans claim"],
  ["fr", "non conforme ISCC"],
  ["it", "non sostenibile"],
  ["it", "convenzionale"],
  ["it", "fossile"],
  ["it", "nessun claim"],
  ["es", "no sostenible"],
  ["es", "convencional"],
  ["es", "fósil"],
  ["es", "sin claim"],
  ["nl", "niet duurzaam"],
  ["nl", "conventioneel"],
  ["nl", "fossiel"],
  ["nl", "geen claim"],
  ["pl", "niezrównoważony"],
  ["pl", "konwencjonalny"],
  ["pl", "kopalny"],
  ["pl", "brak claimu"],
];

/** Spellings that say nothing sure: refused at the cell, never a sale either way (de/en/fr/it/es/nl/pl). */
const UNCLEAR: [string, string][] = [
  ["any", "-"],
  ["any", "–"],
  ["any", "n/a"],
  ["any", "?"],
  ["en", "tbd"],
  ["en", "unknown"],
  ["en", "non-fossil"],
  ["de", "k.A."],
  ["de", "offen"],
  ["de", "nein"],
  ["fr", "à vérifier"],
  ["it", "da verificare"],
  ["es", "pendiente"],
  ["nl", "onbekend"],
  ["nl", "n.v.t."],
  ["pl", "nie"],
];

describe("a delivery's claim that denies compliance is a sale of material that is not sustainable", () => {
  it.each(DENIED)(
    "%s %j: no error, the other delivery's declaration is issued, the sale drew nothing",
    async (_, claim) => {
      const o = await c06(claim);
      expect(o.findings.filter((f) => f.severity === "error")).toEqual([]);
      const sds = o.declarations.filter((d) => d.status === "new");
      expect(sds.map((d) => [d.quantity, d.inputs.map((i) => [i.sd, i.quantity])])).toEqual([
        ["31", [["S-1", "31"]]],
      ]);
      expect(o.declarations).toHaveLength(1);
      expect(o.balances.map((b) => [b.delivered, b.closing, b.complete])).toEqual([["31", "119", true]]);
    },
  );

  it("is booked as a sale: the physical stock counts it", async () => {
    const o = await c06("Not ISCC compliant");
    expect(o.products.map((p) => p.bookPhysicalStock)).toEqual(["89"]);
  });

  it.each([
    ["ja", "a Sustainable yes beside it"],
    ["30", "a sustainable part above none"],
  ])("beside %j (%s) it contradicts the row: refused at the Claim cell, not declared", async (part) => {
    const head = [...DEL_HEAD, part === "ja" ? "Nachhaltig" : "davon nachhaltig (t)"];
    const yes = part === "ja" ? "ja" : "31";
    const o = await declare(
      book(
        RECEIPTS,
        [
          [...del("2025-03-01", 31, "EU RED compliant"), yes],
          [...del("2025-03-02", 30, "konventionell"), part],
        ],
        head,
      ),
    );
    expect(errorsAt(o, "G3").map((f) => f.code)).toEqual(["invalid-value"]);
    expect(o.declarations.filter((d) => d.quantity === "30")).toEqual([]);
  });

  it.each([["nein"], ["0"]])("beside a Sustainable %j it agrees: a sale, no error", async (part) => {
    const head = [...DEL_HEAD, part === "nein" ? "Nachhaltig" : "davon nachhaltig (t)"];
    const yes = part === "nein" ? "ja" : "31";
    const o = await declare(
      book(
        RECEIPTS,
        [
          [...del("2025-03-01", 31, "EU RED compliant"), yes],
          [...del("2025-03-02", 30, "fossil"), part],
        ],
        head,
      ),
    );
    expect(o.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(o.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "31"]]);
  });
});

describe("a delivery's unclear claim is refused at its cell and holds back only what it can change", () => {
  it.each(UNCLEAR)("%s %j: an error at G3, the earlier 31 t declaration is issued", async (_, claim) => {
    const o = await c06(claim);
    expect(errorsAt(o, "G3").map((f) => f.code)).toEqual(["invalid-value"]);
    expect(o.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "31"]]);
  });

  it("holds back a declaration of the product dated on or after it", async () => {
    const o = await declare(
      book(RECEIPTS, [
        del("2025-03-01", 31, "EU RED compliant"),
        del("2025-03-02", 30, "-"),
        del("2025-03-03", 20, null),
      ]),
    );
    expect(o.declarations.map((d) => [d.status, d.quantity])).toEqual([
      ["new", "31"],
      ["blocked", "20"],
    ]);
  });

  it("holds back the period's earlier declarations where its quantity could make the period close negative", async () => {
    const o = await declare(
      book(RECEIPTS, [del("2025-03-01", 120, "EU RED compliant"), del("2025-03-02", 40, "n/a")]),
    );
    // 150 t in, 120 t declared: 30 t left, less than the 40 t the unclear row may draw
    expect(o.declarations.map((d) => [d.status, d.quantity])).toEqual([["blocked", "120"]]);
  });

  it("holds back the period's earlier declarations where one account it may draw on could close negative, whatever the others hold", async () => {
    // two characteristic sets of Rapsöl: rapeseed 150 t in, sunflower 500 t in. Its own set is
    // unknown, so the 70 t of the unclear row could be rapeseed's, where 60 t are left after the
    // 90 t: the sum over both accounts (560 t) must not cover it
    const sunflower = [...rec("2025-01-20", "S-3", 500, "EU RED compliant")];
    sunflower[6] = "Sonnenblumen";
    const o = await declare(
      book(
        [...RECEIPTS, sunflower],
        [del("2025-03-01", 90, "EU RED compliant"), del("2025-03-02", 70, "n/a")],
      ),
    );
    expect(o.balances.map((b) => b.closing).sort()).toEqual(["500", "60"]);
    expect(o.declarations.map((d) => [d.status, d.quantity])).toEqual([["blocked", "90"]]);
  });

  it("never becomes a sustainable delivery: it draws nothing and the balance is incomplete", async () => {
    const o = await c06("-");
    expect(o.balances.map((b) => [b.delivered, b.complete])).toEqual([["31", false]]);
  });
});

describe("real claims are unchanged on a delivery", () => {
  it.each([
    ["EU RED compliant"],
    ["EU RED konform"],
    ["conforme RED UE"],
    ["EU RED conform"],
    ["RED II compliant"],
  ])("%j is declared", async (claim) => {
    const o = await c06(claim);
    expect(o.declarations.map((d) => [d.status, d.quantity])).toEqual([
      ["new", "31"],
      ["new", "30"],
    ]);
  });

  it.each([["ISCC EU"], ["ISCC PLUS mass balance"], ["nachhaltig"]])(
    "%j stays refused as unclear",
    async (claim) => {
      const o = await c06(claim);
      expect(errorsAt(o, "G3").map((f) => f.code)).toEqual(["invalid-value"]);
    },
  );
});

describe("the same table on receipts", () => {
  const receiptClaim = (claim: string) =>
    declare(
      book(
        [rec("2025-01-10", "S-1", 100, "EU RED compliant"), rec("2025-02-10", "S-2", 50, claim)],
        [del("2025-03-01", 80, null)],
      ),
    );

  it.each(DENIED)("%s %j: the receipt gives no credit, said at its cell", async (_, claim) => {
    const o = await receiptClaim(claim);
    const f = o.findings.find((x) => x.sheet === "Wareneingang" && x.cell === "I3");
    expect([f?.code, f?.severity]).toEqual(["invalid-value", "error"]);
    expect(o.balances.map((b) => b.received)).toEqual(["100"]);
  });

  it.each(UNCLEAR)("%s %j: refused at its cell, its credit unknown", async (_, claim) => {
    const o = await receiptClaim(claim);
    const f = o.findings.find((x) => x.sheet === "Wareneingang" && x.cell === "I3");
    expect([f?.code, f?.severity]).toEqual(["invalid-value", "error"]);
    expect(o.balances.map((b) => [b.received, b.complete])).toEqual([["100", false]]);
  });
});

describe("property: a denied row never adds to what is declared", () => {
  it("declared quantity with a denied row ≤ without it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ day: fc.integer({ min: 1, max: 28 }), qty: fc.integer({ min: 1, max: 90 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(...DENIED.map(([, c]) => c)),
        async (sales, day, qty, claim) => {
          const rows = sales.map((s) =>
            del(`2025-03-${String(s.day).padStart(2, "0")}`, s.qty, "EU RED compliant"),
          );
          const denied = del(`2025-03-${String(day).padStart(2, "0")}`, qty, claim);
          const sum = (o: CheckOutcome) =>
            o.declarations.filter((d) => d.status === "new").reduce((n, d) => n + Number(d.quantity), 0);
          const without = await declare(book(RECEIPTS, rows));
          const withIt = await declare(book(RECEIPTS, [...rows, denied]));
          expect(sum(withIt)).toBeLessThanOrEqual(sum(without));
          expect(withIt.declarations.length).toBeLessThanOrEqual(without.declarations.length);
          expect(withIt.balances.map((b) => b.delivered)).toEqual(without.balances.map((b) => b.delivered));
        },
      ),
      { numRuns: 12 },
    );
  });
});
