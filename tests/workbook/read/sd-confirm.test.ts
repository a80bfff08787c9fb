// brk8 #19: a supplier may number its SDs with letters an invoice, order or delivery-note number
// also starts with ("FA-25-01" from Fett AG, "PO-2025-001" from Pyro Oil BV). The cell is still
// refused (which it is cannot be told from the cell: unclear is never read as yes), but the finding
// says how to confirm it, and the way it offers is really read: "SD FA-25-01" is that SD's number,
// with the same key as the bare number. Where a word names the document ("Rechnung 4711") the way
// is not offered, since a label before it would not make it an SD's number.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { readSdNumberCell } from "../../../src/workbook/sd-number";
import { sdKey } from "../../../src/engine/sd-key";
import { serial, sheet, throughXlsx } from "../fixtures";

/** Supplier SD numbers whose letters are another document's usual prefix, as real suppliers number. */
const PREFIXED = [
  "FA-25-01",
  "PO-2025-001",
  "RE-4711",
  "RG 2025/17",
  "INV-2025-17",
  "LS-4711",
  "BL 4711",
  "DN-7",
  "WE-4711",
  "ORD-88",
  "fa-25-01",
];

/** Cells that name the document in a word, or are written so a label would not confirm them. */
const NAMED = ["Rechnung 4711", "Invoice 2025-17", "Lieferschein 4711", "Fact. 4711", "Bestellung 88"];

const RECEIPTS = ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Claim", "Country of origin"];
const receipt = (sd: CellValue): CellValue[] => [
  serial("2025-01-08"),
  "Fett AG",
  sd,
  "Rapeseed oil",
  100,
  "EU RED compliant",
  "DE",
];

async function messageAtC2(sd: string): Promise<string> {
  const { findings } = await readWorkbook(
    await throughXlsx(sheet("Receipts", [RECEIPTS, receipt(sd)], { formats: { A2: "yyyy-mm-dd" } })),
  );
  const at = findings.filter((f) => f.cell === "C2");
  expect(at).toEqual([expect.objectContaining({ code: "invalid-value", severity: "error" })]);
  return at[0]!.message;
}

describe("an SD number that starts like another document's", () => {
  it.each(PREFIXED)("%p is refused, and the finding offers a way to confirm it that is read", async (sd) => {
    const message = await messageAtC2(sd);
    expect(message).toContain("not an SD number");
    expect(message).toContain(`type "SD ${sd}" in the cell to confirm it`);
    // the way offered is read as the SD's number, keyed as the bare number (so linked SDs match)
    const confirmed = readSdNumberCell("text", `SD ${sd}`);
    expect(confirmed).toEqual({ kind: "ok", value: `SD ${sd}` });
    expect(sdKey(`SD ${sd}`)).toBe(sdKey(sd));
  });

  it.each(NAMED)("%p is refused without offering a label that would not be read", async (sd) => {
    const message = await messageAtC2(sd);
    expect(message).not.toContain("to confirm it");
    expect(readSdNumberCell("text", sd)).toMatchObject({ kind: "bad" });
  });
});
