// An SD cell holding one number plus any further word (p-sd3): the words a new user typed beside
// the number ("SD-2 folgt", "~SD-2", "SD-2 u. SD-4", "FA-4711") through real .xlsx files built by
// exceljs, and a property: any SD number with any word beside it that is not a harmless label is
// refused at its cell, never credited under a number the cell does not say.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import { readSdNumberCell } from "../../../src/workbook/sd-number";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx-workbook";
import { fold } from "../../../src/workbook/normalise";

const HEAD = ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"];

/** Receipts of 100 t of UCO, one per SD cell; the engine's findings at D2 and the UCO received. */
async function receipt(sd: string) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Receipts");
  ws.addRow(HEAD);
  ws.addRow([
    new Date(Date.UTC(2025, 1, 20)),
    "Saipol",
    "EU-ISCC-Cert-DE100-1",
    sd,
    "UCO",
    100,
    "EU RED compliant",
  ]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const read = readWorkbook(await (await XlsxWorkbook.fromBuffer(buffer, "SD.xlsx")).readSnapshot());
  const result = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
  const received = result.balances.filter((b) => b.product === "UCO").map((b) => b.received);
  return { at: result.findings.filter((f) => f.sheet === "Receipts" && f.cell === "D2"), received };
}

describe("an SD cell with a word beside the number is refused at its cell", () => {
  it.each([
    ["SD-2 u. SD-4", "sd-several"],
    ["SD-2 bis SD-4", "sd-several"],
    ["SD-2 – SD-4", "sd-several"],
    ["SD-2/-4", "sd-several"],
    ["SD-2 y SD-4", "sd-several"],
    ["SD-2 e SD-4", "sd-several"],
    ["SD-2 SD-4", "sd-several"],
    ["SD-2 and SD-4", "sd-several"],
    ["SD-2 et SD-4", "sd-several"],
    ["SD-2 en SD-4", "sd-several"],
    ["SD-2; SD-4", "sd-several"],
    ["SD-2 to SD-4", "sd-several"],
    ["SD-2 folgt", "sd-in-doubt"],
    ["SD-2 fehlt", "sd-in-doubt"],
    ["SD-2 missing", "sd-in-doubt"],
    ["SD-2 prov.", "sd-in-doubt"],
    ["~SD-2", "sd-in-doubt"],
    ["ca. SD-2", "sd-in-doubt"],
    ["SD-2 (vermutlich)", "sd-in-doubt"],
    ["SD-2 (angefragt)", "sd-in-doubt"],
    ["SD-2 (à confirmer)", "sd-in-doubt"],
    ["SD-2 (provisoire)", "sd-in-doubt"],
    ["SD-2 (por confirmar)", "sd-in-doubt"],
    ["SD-2 (da confermare)", "sd-in-doubt"],
    ["SD-2 (nog te bevestigen)", "sd-in-doubt"],
    ["FA-4711", "sd-other-document"],
    ["Fact. 4711", "sd-other-document"],
    ["BL 4711", "sd-other-document"],
    ["WE-4711", "sd-other-document"],
  ])("%p: %p, no credit", async (cell, reason) => {
    const { at, received } = await receipt(cell);
    expect(at).toEqual([
      expect.objectContaining({ code: "invalid-value", details: expect.objectContaining({ reason }) }),
    ]);
    expect(received.every((q) => q === "0")).toBe(true);
  });

  it.each(["SD-Nr: SD-2025-0001", "Nr. SD-2025-0001", "SD No. 2025-0001", "ISCC-PoS 123", "SD 2025-0001"])(
    "%p: harmless labels beside the number, read as typed and credited",
    async (cell) => {
      const { at, received } = await receipt(cell);
      expect(at).toEqual([]);
      expect(received).toEqual(["100"]);
    },
  );
});

const LABELS = new Set([
  "sd",
  "pos",
  "poc",
  "nr",
  "no",
  "n",
  "nummer",
  "number",
  "numero",
  "num",
  "iscc",
  "eu",
]);

describe("property: any SD number with any further word", () => {
  const sd = fc
    .tuple(fc.constantFrom("SD-", "ISCC-EU-SD-", "SD/", "DE-B-113-", ""), fc.stringMatching(/^[0-9]{1,8}$/))
    .map(([p, d]) => p + d)
    .filter((s) => /[1-9]/.test(s));
  const word = fc
    .stringMatching(/^[\p{L}]{1,12}[.)]?$/u)
    .filter((w) => !LABELS.has(fold(w).replace(/[.)]$/, "")));

  it("is refused at the cell, never read as a number it does not say", () => {
    fc.assert(
      fc.property(sd, word, fc.boolean(), fc.constantFrom(" ", " (", "  "), (n, w, before, gap) => {
        const text = before ? `${w}${gap}${n}` : `${n}${gap}${w}`;
        const read = readSdNumberCell("text", text);
        // an issuer's code before a bare number ("NwN 2025/17") is part of the number, read as typed
        if (read.kind === "ok") expect(read.value).toBe(text.trim());
        else expect(read).toMatchObject({ kind: "bad", code: "invalid-value" });
        if (!(before && /^\p{L}{2,8}$/u.test(w) && /^\d/.test(n))) expect(read.kind).toBe("bad");
      }),
    );
  });
});
