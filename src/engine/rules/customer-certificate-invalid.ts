// customer-certificate-invalid (brk27 S6; domain.md §8): the declaration presents the recipient's
// certificate, so where the certificate register says it did not cover the delivery's day
// (expired, not yet valid, suspended, withdrawn, a status not valid or not understood, or a row of
// it not read) the declaration is held back, an error at the customer certificate cell. A
// certificate the register does not list, or a book without a register: nothing is said (as before).
import { certificateRegister, isCertificatePlaceholder, refusedRegister, registerGap } from "../certificates";
import { cellOf, finding } from "../findings";
import { documentKey } from "../normalise";
import type { Books, Certificate, RefusedCertificate } from "../records";
import { type Rule, statusOf } from "./rule";

type Registers = { read: Map<string, Certificate[]>; refused: Map<string, RefusedCertificate[]> };
// one register per run: the books object lives and dies with it
const registers = new WeakMap<object, Registers>();
function registerOf(books: Pick<Books, "certificates" | "refusedCertificates">): Registers {
  let r = registers.get(books);
  if (!r) {
    r = {
      read: certificateRegister(books.certificates),
      refused: refusedRegister(books.refusedCertificates),
    };
    registers.set(books, r);
  }
  return r;
}

export const customerCertificateInvalid: Rule<"customer-certificate-invalid"> = {
  code: "customer-certificate-invalid",
  declaration(c, ctx) {
    const d = c.alloc.delivery;
    const books = ctx.certificates;
    if (!books || (books.certificates.length === 0 && !books.refusedCertificates)) return [];
    if (d.customerCertificate === "" || isCertificatePlaceholder(d.customerCertificate)) return [];
    const key = documentKey(d.customerCertificate);
    const { read, refused } = registerOf(books);
    const entries = read.get(key);
    const unread = refused.get(key);
    if (!entries && !unread) return [];
    const gap = registerGap(entries ?? [], unread ?? [], d.date);
    if (!gap) return [];
    const at = cellOf(d.source, "customerCertificate");
    const f =
      gap.reason === "unreadable row"
        ? finding(
            "customer-certificate-invalid",
            "error",
            at,
            {
              certificate: d.customerCertificate,
              customer: d.customer,
              reason: "unreadable row",
              date: d.date,
              row: `${gap.refused[0]?.at.sheet}!${gap.refused[0]?.at.cell}`,
            },
            gap.refused.map((r) => r.at),
          )
        : finding(
            "customer-certificate-invalid",
            "error",
            at,
            {
              certificate: d.customerCertificate,
              customer: d.customer,
              reason: gap.reason,
              ...statusOf(gap),
              date: d.date,
              validFrom: gap.certificate.validFrom,
              validUntil: gap.certificate.validUntil,
            },
            [cellOf(gap.certificate.source, "certificateNumber")],
          );
    f.reach = { deliveries: [{ sheet: d.source.sheet, row: d.source.row }] };
    return [f];
  },
};
