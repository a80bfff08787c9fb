// The one fold of letters NFD leaves whole (engine/fold.ts plainLetters), and the word lists that
// read through it: Polish "ł" as "l" in every one of them, upper case too.
import { foldedText, plainLetters, words } from "../../src/engine/fold";
import { statusCellWords } from "../../src/engine/certificate-status-words";
import { nameWords } from "../../src/workbook/sheet-site-words";
import { namesSent } from "../../src/workbook/transfer-received";

describe("plainLetters", () => {
  it.each([
    ["wysłane", "wyslane"],
    ["Łódź", "Lódź"],
    ["DŁUGOŚĆ", "DLUGOŚĆ"],
    ["Mængde", "Mængde"],
    ["", ""],
  ])("%s → %s", (text, folded) => expect(plainLetters(text)).toBe(folded));

  it("is what NFD alone leaves: foldedText keeps ł, plainLetters takes it", () => {
    expect(foldedText("Wysłane")).toBe("wysłane");
    expect(plainLetters(foldedText("Wysłane"))).toBe("wyslane");
    expect(words("Wysłane")).toEqual(["wys", "ane"]);
  });

  it("the lists that read through it fold ł and Ł alike", () => {
    expect(statusCellWords("SD WYSŁANE")).toEqual(["sd", "wyslane"]);
    expect(nameWords("Łódź")).toEqual(["lodz"]);
    expect(namesSent("Ilość wysłana (t)")).toBe(true);
    expect(namesSent("ILOŚĆ WYSŁANA (t)")).toBe(true);
  });
});
