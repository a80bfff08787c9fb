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
