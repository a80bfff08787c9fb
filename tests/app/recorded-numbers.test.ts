// (brk26 §S8) The numbers a workbook records as issued in MB Trace and MB Config: which count
// (an issued, cancelled or replaced line; a printed SD sheet massbal listed as its own) and which do
// not (a draft, a line held back, a number the register lists, its split lines or their base, a
// number typed in the books' delivery rows, a DRAFT sheet).
import type { IssuedDeclarationInput } from "../../src/engine/model";
import { recordedNumbers } from "../../src/app/recorded-numbers";
import type { CellValue, WorkbookSnapshot } from "../../src/workbook/port";

const HEADER = ["Outgoing SD", "Status", "Dispatch date", "Customer"];
const trace = (rows: CellValue[][]) => ({
  name: "MB Trace",
  visibility: "visible" as const,
  values: [HEADER, ...rows],
});
const config = (names: string[]) => ({
  name: "MB Config",
  visibility: "veryHidden" as const,
  values: names.map((n) => ["generated", n]),
});
const book = (...sheets: WorkbookSnapshot["sheets"]): WorkbookSnapshot => ({ name: "copy.xlsx", sheets });
const listed = (...numbers: string[]) => numbers.map((number) => ({ number }) as IssuedDeclarationInput);

describe("recordedNumbers", () => {
  const cases: [string, WorkbookSnapshot, IssuedDeclarationInput[], string[], string[]][] = [
    ["an issued line", book(trace([["ACM-2025-0001", "Issued"]])), [], [], ["ACM-2025-0001@MB Trace!A2"]],
    [
      "a cancelled line",
      book(
        trace([
          ["", ""],
          ["A-7", "Cancelled"],
        ]),
      ),
      [],
      [],
      ["A-7@MB Trace!A3"],
    ],
    ["a replaced line", book(trace([["A-7", "replaced"]])), [], [], ["A-7@MB Trace!A2"]],
    [
      "two lines of one number, said once",
      book(
        trace([
          ["A-7", "Issued"],
          ["A-7", "Issued"],
        ]),
      ),
      [],
      [],
      ["A-7@MB Trace!A2"],
    ],
    [
      "a printed sheet listed",
      book(config(["MB Summary", "SD A-7"])),
      [],
      [],
      ['A-7@the hidden MB Config, which lists its printed sheet "SD A-7"'],
    ],
    // must not count
    [
      "a draft line",
      book(
        trace([
          ["", "Draft"],
          ["DRAFT 1", "Draft"],
        ]),
      ),
      [],
      [],
      [],
    ],
    ["a line held back", book(trace([["", "Held back"]])), [], [], []],
    ["listed in the register", book(trace([["A-7", "Issued"]]), config(["SD A-7"])), listed("A-7"), [], []],
    [
      "a split line of a listed base",
      book(trace([["ORH-2025-0004-1", "Issued"]])),
      listed("ORH-2025-0004"),
      [],
      [],
    ],
    [
      "the base of listed split lines",
      book(trace([["ORH-2025-0004", "Issued"]])),
      listed("ORH-2025-0004-1"),
      [],
      [],
    ],
    ["typed in the books", book(trace([["4711", "Issued"]])), [], ["4711"], []],
    ["a DRAFT sheet listed", book(config(["SD DRAFT 1", "SD DRAFT 2 (2)"])), [], [], []],
    [
      "a user's sheet named MB Trace with other columns",
      book({ name: "MB Trace", visibility: "visible", values: [["Nr"], ["A-7"]] }),
      [],
      [],
      [],
    ],
  ];
  it.each(cases)("%s", (_, snapshot, register, typed, want) => {
    expect(recordedNumbers(snapshot, register, typed).map((r) => `${r.number}@${r.place}`)).toEqual(want);
  });

  it("two numbers sharing a base are not one: ACM-25-002 is not ACM-25-001", () => {
    const found = recordedNumbers(book(trace([["ACM-25-002", "Issued"]])), listed("ACM-25-001"));
    expect(found.map((r) => r.number)).toEqual(["ACM-25-002"]);
  });
});
