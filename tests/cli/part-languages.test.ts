// (p-misc) The sustainable part beside the quantity in French, Spanish, Dutch and Italian, through
// the real massbal declare on a real .xlsx: declared as that part, as "davon nachhaltig (t)" is.
// "Quantité durable (t)" was a second quantity refused as disagreeing (quantity-columns-disagree,
// "make them agree"), and nothing was declared; "Part durable (%)" was not read, and the delivery
// was declared whole.
import { ISSUING_RECEIPT_HEADER, issuingReceipt as receipt, type BookCell as Cell } from "../../src/books";
import { declareBook, deliveryHeader, sale } from "./sd-books";
import { freshFolderPerTest } from "./run-massbal";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

it.each([
  ["davon nachhaltig (t)", 20],
  ["Quantité durable (t)", 20],
  ["dont durable (t)", 20],
  ["Part durable (%)", 40],
  ["Cantidad sostenible (t)", 20],
  ["de los cuales sostenible (t)", 20],
  ["Duurzame hoeveelheid (t)", 20],
  ["waarvan duurzaam (t)", 20],
  ["Quantità sostenibile (t)", 20],
  ["di cui sostenibile (t)", 20],
  // p-parts (brk11): part words × certified/ISCC/bio, compounds; unread before, 50 t declared
  ["Nachhaltigkeitsanteil (%)", 40],
  ["Sustainability share (%)", 40],
  ["Anteil zertifiziert (%)", 40],
  ["ISCC-Anteil (%)", 40],
  ["Bio-Anteil (%)", 40],
  ["davon ISCC (t)", 20],
  ["Certified part (t)", 20],
  ["waarvan gecertificeerd (t)", 20],
  ["di cui certificata (t)", 20],
  ["de los cuales certificado (t)", 20],
  // a second quantity refused as disagreeing before ("make them agree")
  ["ISCC-Menge (t)", 20],
  ["Menge zertifiziert (t)", 20],
])("%s %s beside 50 t: 20 t declared, no quantity refused", async (heading, part) => {
  const report = await declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: [
      deliveryHeader().map((c) => (c === "Sustainable" ? heading : c)),
      sale("2025-02-10", 50, null).map((c, i): Cell => (i === 5 ? part : c)),
    ],
  });
  expect(report.findings.filter((f) => f.code.startsWith("quantity") || f.code.includes("quantity"))).toEqual(
    [],
  );
  expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "20"]]);
});

// (p-values) words of "part" that named no field: "Nachhaltiger Teil (t)" and its kin were left
// unread and the delivery of 50 t was declared whole; "davon Teil zertifiziert" read a plain 20 as 20 t
it.each([
  ["Nachhaltiger Teil (t)", 20],
  ["Zertifizierter Teil (%)", 40],
  ["Certified part (t)", 20],
  ["Portion durable (%)", 40],
  ["Parte certificada (t)", 20],
  ["Duurzaam deel (t)", 20],
  ["Quota certificata (%)", 40],
])("%s %s beside 50 t: 20 t declared", async (heading, part) => {
  const report = await declareBook(folder.path, {
    Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
    Deliveries: [
      deliveryHeader().map((c) => (c === "Sustainable" ? heading : c)),
      sale("2025-02-10", 50, null).map((c, i): Cell => (i === 5 ? part : c)),
    ],
  });
  expect(report.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "20"]]);
});

it.each(["davon Teil zertifiziert", "Nachhaltiger Teil", "Deel duurzaam"])(
  "%s (no unit, no %%) with a plain 20 beside 50 t: refused at its cell, nothing declared",
  async (heading) => {
    const report = await declareBook(folder.path, {
      Receipts: [ISSUING_RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 100, 30)],
      Deliveries: [
        deliveryHeader().map((c) => (c === "Sustainable" ? heading : c)),
        sale("2025-02-10", 50, null).map((c, i): Cell => (i === 5 ? 20 : c)),
      ],
    });
    expect(
      report.findings.filter((f) => f.code === "invalid-value").map((f) => [f.severity, f.sheet, f.cell]),
    ).toEqual([["error", "Deliveries", "F2"]]);
    expect(report.declarations.filter((d) => d.status === "new" || d.status === "issued")).toEqual([]);
  },
);
