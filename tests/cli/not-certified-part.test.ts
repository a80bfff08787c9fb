// (p-notcert, new-user test brk10) A column of the part of a quantity that is NOT certified or
// NOT compliant: "nicht zertifiziert (t)" was read as the sustainable part (15 of 20 t declared,
// no finding), "Non-ISCC (t)" or "ohne Zertifikat (t)" ignored (the whole 20 t declared or
// credited). Through the real massbal declare on a real .xlsx: refused at its heading (reason
// negated-heading), nothing of the sheet declared, and the balances it feeds incomplete.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";
import {
  NO_VALUE_PARTS,
  NOT_CERTIFIED_PARTS,
  NOT_COVERED_PARTS,
  OUTSIDE_SCHEME_PARTS,
  YES_VALUE_PARTS,
} from "../workbook/negated-spellings";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** A report's declarations that were issued or are new. */
const declared = (report: Awaited<ReturnType<typeof declareBook>>) =>
  report.declarations.filter((x) => x.status === "new" || x.status === "issued");

/** Deliveries of 20 t with 15 under heading `h` in F, beside receipts of 100 t: massbal declare's report. */
const partOf20 = (h: string) =>
  declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: [
      deliveryHeader().map((c) => (c === "Sustainable" ? h : c)),
      sale("2025-02-10", 20, null).map((c) => (c === "yes" ? 15 : c)),
    ],
  });

/** The report says `h` is refused at F1 of Deliveries, declares nothing, and holds every balance incomplete. */
async function refusedAtF1(h: string): Promise<void> {
  const report = await partOf20(h);
  const said = report.findings.filter((f) => f.code === "mapping-uncertain");
  expect(said.map((f) => [f.severity, f.sheet, f.cell])).toEqual([["error", "Deliveries", "F1"]]);
  expect(said[0]?.message).toContain("the opposite of");
  expect(declared(report)).toEqual([]);
  expect(report.balances.every((b) => !b.complete)).toBe(true);
}

describe("a column of the part that is not certified is never read as, nor beside, the whole", () => {
  // brk11 n1 "hors ISCC (t)" ignored, x2 "Menge ohne SD (t)" read as the quantity the SD declares
  it.each([
    ...NOT_CERTIFIED_PARTS,
    ...OUTSIDE_SCHEME_PARTS.filter((h) => /hors|außerhalb|fuera/.test(h)),
    ...NOT_COVERED_PARTS.filter((h) => /Menge ohne SD|without PoS|sans DD/.test(h)),
  ])("deliveries of 20 t with 15 under %s: an error at F1, nothing declared", refusedAtF1);

  it.each(["davon nicht zertifiziert (t)", "dont non certifié (t)", "Non-ISCC (t)", "sin certificado (t)"])(
    "receipts of 20 t with 15 under %s: the balance incomplete, nothing declared from it",
    async (h) => {
      const report = await declareBook(folder.path, {
        Receipts: [[...ISSUING_RECEIPT_HEADER, h], [...receipt("2025-01-05", "IN-1", 20, 30), 15] as Cell[]],
        Deliveries: [deliveryHeader(), sale("2025-02-10", 10, null)],
      });
      const said = report.findings.filter((f) => f.code === "mapping-uncertain");
      expect(said.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
        ["error", "Receipts", `${String.fromCharCode(65 + ISSUING_RECEIPT_HEADER.length)}1`],
      ]);
      expect(report.balances.every((b) => !b.complete)).toBe(true);
      expect(declared(report)).toEqual([]);
    },
  );
});

// (p-bars, brk10 d4) "nachhaltig: nein (t)" was read as THE sustainable part: 15 t of material that
// is not sustainable declared as sustainable
describe("a heading that gives its meaning the value no is the part that is NOT it", () => {
  it.each(NO_VALUE_PARTS)(
    "deliveries of 20 t with 15 under %s: an error at F1, nothing declared",
    refusedAtF1,
  );

  it.each(YES_VALUE_PARTS.slice(0, 2))("with the value yes, %s: the 15 t are declared", async (h) => {
    const report = await partOf20(h);
    expect(report.findings.filter((f) => f.code === "mapping-uncertain")).toEqual([]);
    expect(declared(report).map((x) => x.quantity)).toEqual(["15"]);
  });
});
