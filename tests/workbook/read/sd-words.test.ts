// An SD cell holding one number plus any further word (p-sd3): the words a new user typed beside
// the number ("SD-2 folgt", "~SD-2", "SD-2 u. SD-4", "FA-4711") through real .xlsx files built by
// exceljs, and a property: any SD number with any word beside it that is not a harmless label is
// refused at its cell, never credited under a number the cell does not say.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runEngine } from "../../../src/engine/index";
import { readWorkbook } from "../../../src/workbook/read";
import { readSdNumberCell } from "../../../src/workbook/sd-number";
import { SD_LABELS as LABELS } from "../../../src/workbook/sd-token";
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
    ["IN-1 / IN-2", "sd-several"],
    ["4711 no 4712", "sd-several"],
    ["SD 2025 SD 0001", "sd-several"],
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
    ["ca 4711", "sd-in-doubt"],
    ["etwa 4711", "sd-in-doubt"],
    ["approx 2025-17", "sd-in-doubt"],
    ["siehe 4711", "sd-in-doubt"],
    ["4711 Nr.", "sd-in-doubt"],
    ["SD-2025-0001 SD", "sd-in-doubt"],
    ["FA-4711", "sd-other-document"],
    ["Fact. 4711", "sd-other-document"],
    ["BL 4711", "sd-other-document"],
    ["WE-4711", "sd-other-document"],
    // a range, placeholder letters, a date, a part, two numbers by a space, a revision
    ["SD-1017..91017", "sd-in-doubt"],
    ["SD-1080xx", "sd-in-doubt"],
    ["SD-1081-XX", "sd-in-doubt"],
    ["SD-1140 2025-01-08", "sd-in-doubt"],
    ["SD-1141 08.01.2025", "sd-in-doubt"],
    ["SD-1143 1/2", "sd-in-doubt"],
    ["SD-1119 11192", "sd-in-doubt"],
    ["PoS 1036 rev.1", "sd-in-doubt"],
    ["SD-1031 v2", "sd-in-doubt"],
  ])("%p: %p, no credit", async (cell, reason) => {
    const { at, received } = await receipt(cell);
    expect(at).toEqual([
      expect.objectContaining({ code: "invalid-value", details: expect.objectContaining({ reason }) }),
    ]);
    expect(received.every((q) => q === "0")).toBe(true);
  });

  // "Nr. 4711": a label that names the number; "AB-4711": letters and digits in one token, the
  // shape of countless issuers' numbers ("AB" is as well the initials of an issuer as an order
  // confirmation, and one refused would leave a real SD unbookable), so read as typed
  it.each([
    "SD-Nr: SD-2025-0001",
    "Nr. SD-2025-0001",
    "SD No. 2025-0001",
    "ISCC-PoS 123",
    "SD 2025-0001",
    "Nr. 4711",
    "N° 4711",
    "AB-4711",
    "n.º 1012",
    "Teilnachweis TNW-1021",
    "REDcert² SD 2025-1023",
    "Nachhaltigkeitsnachweis Nr. 1041",
    "Proof of Sustainability 1043",
    "EU-ISCC-Cert-DE100-10001 SD 2025-0001",
    "SD 2025 0001",
  ])("%p: harmless labels beside the number, read as typed and credited", async (cell) => {
    const { at, received } = await receipt(cell);
    expect(at).toEqual([]);
    expect(received).toEqual(["100"]);
  });
});

/**
 * SD numbers as suppliers print them (the shapes of tests/workbook/read/sd-spellings.property's
 * generator): ISCC certificate-based numbers with scheme, "Cert" and issuer prefixes, system
 * numbers with years and sequences, split by spaces, underscores, dots, slashes or dashes. A
 * certificate's number alone ("EU-ISCC-Cert-DE100-12345678") is no SD's: sd-certificate.test.ts.
 */
const REAL_SHAPES = [
  "ISCC-PLUS-Cert-DE100-SD-2025-17",
  "iscc_eu_sd 2020-17",
  "eu-iscc-cert de100-sd-2020-1",
  "EU ISCC Cert DE100 SD 2020 00017",
  "EU-ISCC-Cert-DE100 SD-2020-1",
  "ISCC PLUS SD 2025/7",
  "REDcert-EU SD 2025-3",
  "ISCC–EU–SD–2021–0042",
  "nwn 2020 17",
  "K 1",
  "NwN_2020.00017",
  "pos.2024.00001",
  "EU\u00a0ISCC\u00a0SD\u00a02025\u00a01",
];

describe("real SD shapes are one number each", () => {
  it.each(REAL_SHAPES)("%p is read as typed and credited", async (cell) => {
    const { at, received } = await receipt(cell);
    expect(at).toEqual([]);
    expect(received).toEqual(["100"]);
  });
});

describe("property: any SD number with any further word", () => {
  const sd = fc
    .tuple(fc.constantFrom("SD-", "ISCC-EU-SD-", "SD/", "DE-B-113-", ""), fc.stringMatching(/^[0-9]{1,8}$/))
    .map(([p, d]) => p + d)
    .filter((s) => /[1-9]/.test(s));
  const word = fc.stringMatching(/^[\p{L}]{1,12}[.)]?$/u);
  const isLabel = (w: string) => LABELS.has(fold(w).replace(/[.)]$/, ""));

  it("is refused at the cell, never read as a number it does not say", () => {
    fc.assert(
      fc.property(sd, word, fc.boolean(), fc.constantFrom(" ", " (", "  "), (n, w, before, gap) => {
        const text = before ? `${w}${gap}${n}` : `${n}${gap}${w}`;
        const read = readSdNumberCell("text", text);
        // a label before the number ("Nr. 4711") or an issuer's code before a bare number ("NwN
        // 2025/17") is part of what was typed, read as typed; after the number, even a label is not
        if (read.kind === "ok") expect(read.value).toBe(text.trim());
        else expect(read).toMatchObject({ kind: "bad", code: "invalid-value" });
        const code = /^\p{L}{1,8}$/u.test(w) && /^\d/.test(n);
        if (!(before && gap !== " (" && (isLabel(w) || code))) expect(read.kind).toBe("bad");
      }),
      { numRuns: 500 },
    );
  });

  it("side by side, a number led by letters after another's digits makes the cell name several", () => {
    fc.assert(
      fc.property(
        sd,
        sd.filter((s) => /^\p{L}/u.test(s)),
        (a, b) => {
          expect(readSdNumberCell("text", `${a} ${b}`)).toMatchObject({ kind: "bad", reason: "sd-several" });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("between two numbers, any word or sign makes the cell name several", () => {
    // a label between them names no part of one number ("SD-4 eu DE-B-113-5", "4711 no 4712")
    const between = fc.oneof(word, fc.constantFrom(...LABELS), fc.constantFrom("–", "-", "~", "&", "+", "/"));
    fc.assert(
      fc.property(sd, sd, between, (a, b, w) => {
        const read = readSdNumberCell("text", `${a} ${w} ${b}`);
        expect(read).toMatchObject({ kind: "bad", code: "invalid-value" });
        // a lone letter may belong to a number ("SD-10 v SD-1": sd-in-doubt, refused as well; CI of
        // ca7eb54 found it by a random seed, the code of 2ed04ca reads it so too); so may a lone
        // letter with its abbreviation's dot ("SD-1 v. SD-1": seed -1000031748 in the CI of 55b8113)
        const reasons = /^\p{L}\.?$/u.test(w) ? ["sd-several", "sd-in-doubt"] : ["sd-several"];
        expect(reasons).toContain(read.kind === "bad" ? read.reason : read.kind);
      }),
      { numRuns: 500 },
    );
  });
});
