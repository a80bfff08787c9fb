// (p-rows2, break test brk14 #10) The words an invalid-value finding offers for a ledger's type
// cell: before, only English, German and French pairs ("Eingang or Ausgang", "Entrée or Sortie"),
// so an Italian or Spanish clerk was told words of another language. Now a pair in each of the six
// languages, and each word offered is one the add-in reads, on the side the pair gives it.
import { findingBody } from "../../src/engine/catalogue/render";
import { direction } from "../../src/workbook/direction-words";

/** The words the finding offers for an unread type word, as "X or Y" pairs. */
function offered(): [string, string][] {
  const text = findingBody({
    code: "invalid-value",
    severity: "error",
    sheet: "Registro",
    cell: "B4",
    details: { label: "Type (in or out)", value: "Reso" },
  } as never);
  const list = /\(([^()]*)\)[^()]*$/.exec(text)?.[1] ?? "";
  return list.split(", ").map((pair) => pair.split(" or ") as [string, string]);
}

describe("the type words offered for a ledger's unread type cell", () => {
  it("name a receipt-or-sale pair in each of the six languages", () => {
    const words = offered().flat();
    for (const w of ["Eingang", "Receipt", "Entrée", "Compra", "Carico", "Scarico", "Inkoop", "Verkoop"])
      expect(words).toContain(w);
  });

  it.each(offered())("%s or %s: read as in and out", (inWord, outWord) => {
    expect([direction(inWord), direction(outWord)]).toEqual(["in", "out"]);
  });
});
