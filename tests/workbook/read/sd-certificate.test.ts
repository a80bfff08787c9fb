// SD cells that name something other than an issued SD (p-sd6), through real .xlsx files built by
// exceljs: a certificate's number ("Cert 4711", the label naming a certificate alone), an SD still
// planned or on its way ("SD-1 geplant", "SD-1 en route"), a letter after a space ("SD 1035 A").
// Each is refused at its cell as in doubt, on a receipt and on a delivery, never credited or
// declared under a number the cell does not say; real shapes stay read.
import fc from "fast-check";
import { readSdNumberCell } from "../../../src/workbook/sd-number";
import { books } from "./sd-lookalikes-books";

/** A certificate's number typed where the SD number goes. */
const CERTIFICATES = [
  "Cert 4711",
  "Cert. 4711",
  "Cert-4711",
  "Cert4711",
  "cert no. 4711",
  "Cert-Nr. 4711",
  "ISCC Cert 4711",
  "EU ISCC Cert 4711",
  "Zert. 4711",
  "Zertifikat 4711",
  "Certificate 4711",
  "Certificate No. 2025-0001",
  "ISCC-Cert-DE100-4711",
  "EU-ISCC-Cert-DE100-12345678",
  "ISCC-PLUS-Cert-DE100-12345678",
];

/** SD numbers that repeat a certificate's code or name a scheme, each an SD's number. */
const SD_SHAPES = [
  "EU-ISCC-Cert-DE100-10001 SD 2025-0001",
  "EU-ISCC-Cert-DE100-1/SD/42",
  "ISCC-PLUS-Cert-DE100-SD-2025-17",
  "EU ISCC Cert DE100 SD 2020 00017",
  "REDcert-EU SD 2025-3",
  "REDcert 4711",
  "Cert SD 4711",
  "PoS Cert 4711",
];

describe("a certificate's number in an SD cell", () => {
  it.each(CERTIFICATES)(
    "receipt %p: refused at its cell as a certificate number, no credit",
    async (cell) => {
      // beside a receipt of another SD, so that the UCO account is there to show what is credited
      const { at, received, complete } = await books([cell, "SD-2025-0009"]);
      const [refused] = at("Receipts", "D2");
      expect(refused).toMatchObject({
        code: "invalid-value",
        severity: "error",
        details: { reason: "sd-in-doubt", read: "a certificate number", value: cell },
      });
      expect(refused!.message).toContain("looks like a certificate number");
      expect(refused!.message).toContain("Supplier certificate column");
      expect(received).toEqual(["100"]);
      expect(complete).toBe(false);
    },
  );

  it.each(CERTIFICATES)("delivery %p: refused at its cell, not declared", async (cell) => {
    const { at, result } = await books(["SD-2025-0001"], [[cell, "SD-2025-0001"]]);
    expect(at("Deliveries", "F2")).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        details: expect.objectContaining({ read: "a certificate number" }),
      }),
    ]);
    expect(result.declarations.map((d) => d.number)).not.toContain(cell);
  });

  it.each(SD_SHAPES)("%p names an SD and is read as typed", async (cell) => {
    const { at, received } = await books([cell]);
    expect(at("Receipts", "D2")).toEqual([]);
    expect(received).toEqual(["100"]);
  });
});

describe("an SD still planned or on its way, or with a letter after a space", () => {
  it.each([
    "SD-1 geplant",
    "SD-1 (geplant)",
    "SD-1 in transit",
    "SD-1 planned",
    "SD-1 en route",
    "SD-1 unterwegs",
    "SD-1 scheduled",
    "SD-1 prévu",
    "SD-1 erwartet",
    "planned SD-1",
    // no SD number found in public shapes ends in a letter after a space: a variant or a note
    "SD 1035 A",
    "SD-1035 b",
  ])("%p is refused at its cell as in doubt, on a receipt and a delivery", async (cell) => {
    const { at, received } = await books([cell, "SD-2025-0009"], [[cell, "SD-2025-0009"]]);
    expect(at("Receipts", "D2")).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        details: expect.objectContaining({ reason: "sd-in-doubt" }),
      }),
    ]);
    expect(at("Deliveries", "F2")).toEqual([
      expect.objectContaining({
        code: "invalid-value",
        details: expect.objectContaining({ reason: "sd-in-doubt" }),
      }),
    ]);
    expect(received).toEqual(["100"]);
  });

  it("reads a letter joined to the number as part of it (SD-1035-A, SD 1035A)", async () => {
    const { at, received } = await books(["SD-1035-A", "SD 1036A"]);
    expect([...at("Receipts", "D2"), ...at("Receipts", "D3")]).toEqual([]);
    expect(received).toEqual(["200"]);
  });
});

describe("property: a certificate word before a bare number never reads as an SD", () => {
  const word = fc.constantFrom(
    "Cert",
    "cert.",
    "CERT",
    "Zert",
    "Zertifikat",
    "Certificate",
    "ISCC Cert",
    "EU-ISCC-Cert",
  );
  const sep = fc.constantFrom(" ", "-", ". ", "-Nr. ", " No. ", "_");
  const digits = fc.stringMatching(/^[1-9][0-9]{0,7}$/);
  it("is refused as a certificate number, in a text and a list cell", () => {
    fc.assert(
      fc.property(word, sep, digits, (w, s, d) => {
        for (const type of ["text", "list"] as const) {
          const read = readSdNumberCell(type, `${w}${s}${d}`);
          expect(read).toMatchObject({ kind: "bad", reason: "sd-in-doubt", detail: "a certificate number" });
        }
      }),
    );
  });
});
