// Declared into a second file, the same books would give their numbers again to other rows: the
// register of issued declarations lives in the audited copy, not in the input (new-user test
// #12). A declare run reads the registers of the workbooks beside its input and its output and
// stops, writing nothing, where a number it would issue names other rows there; the same
// declaration written into a second file is allowed. An existing output that cannot be read is
// never replaced (its register would be lost), and a broken workbook is named in the user's words.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  type BookCell as Cell,
  day as d,
  ISSUING_RECEIPT_HEADER as RECEIPT_HEADER,
  ISSUING_SETTINGS as SETTINGS,
  issuingReceipt as receipt,
  plainBook,
} from "../../src/books";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal, sha256 } from "./run-massbal";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

const sale = (date: string, customer: string, qty: number): Cell[] => [
  d(date),
  customer,
  `${customer} Str. 1`,
  "Rapeseed oil",
  qty,
  "yes",
];

async function writeBook(
  file: string,
  sales: Cell[][],
  receipts = [receipt("2025-01-05", "IN-1", 1000, 30)],
  settings = SETTINGS,
) {
  const book = plainBook({
    Receipts: [RECEIPT_HEADER, ...receipts],
    Deliveries: [
      ["Date", "Customer", "Customer address", "Product", "Quantity (t)", "Sustainable"],
      ...sales,
    ],
    Settings: settings,
  });
  await writeBookFile(book, path.join(folder.path, file));
}

interface Report {
  declarations: { number: string; status: string; customer: string }[];
}

function declare(input: string, out: string, ...more: string[]) {
  const run = massbal(["declare", input, "--json", "--out", out, "--force", ...more], folder.path);
  return { ...run, report: run.stdout.trim() ? (JSON.parse(run.stdout) as Report) : null };
}

const FIRST = [sale("2025-02-01", "Fuel AG", 50), sale("2025-02-05", "Blend BV", 30)];

describe("declaring the same books into a second file", () => {
  it.each([
    ["a delivery inserted above", [sale("2025-01-20", "Late GmbH", 40), ...FIRST]],
    ["the first delivery changed", [sale("2025-02-01", "Fuel AG", 45), FIRST[1]!]],
    ["the first delivery deleted", [FIRST[1]!]],
  ])("after %s, stops before writing: the numbers are issued in the first copy", async (_, changed) => {
    await writeBook("books.xlsx", FIRST);
    const first = declare("books.xlsx", "a.xlsx");
    expect(first.report!.declarations.map((x) => [x.number, x.status])).toEqual([
      ["ON-2025-0001", "new"],
      ["ON-2025-0002", "new"],
    ]);
    await writeBook("books.xlsx", changed);
    const second = declare("books.xlsx", "b.xlsx");
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/ON-2025-0001(,| is| are).*already issued in a\.xlsx \(MB Declarations\)/);
    expect(second.stderr).toMatch(/Declare into that copy \(--out "a\.xlsx" --force\)/);
    expect(second.stderr).toMatch(/nothing was written to b\.xlsx/);
    expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(false);
    // into the first copy, the numbers are kept and the next one is new
    const kept = declare("books.xlsx", "a.xlsx");
    expect(kept.stderr).toMatch(/keeping the 2 declarations issued in a\.xlsx/);
    expect(kept.report!.declarations.filter((x) => x.status === "new").map((x) => x.number)).not.toContain(
      "ON-2025-0001",
    );
  });

  it("allows the very same declarations written into a second file", async () => {
    await writeBook("books.xlsx", FIRST);
    declare("books.xlsx", "a.xlsx");
    const again = declare("books.xlsx", "b.xlsx");
    expect(again.stderr).not.toMatch(/already issued/);
    expect(again.report!.declarations.map((x) => x.number)).toEqual(["ON-2025-0001", "ON-2025-0002"]);
    expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(true);
  });

  it("names the other copy as it is typed from where massbal runs", async () => {
    mkdirSync(path.join(folder.path, "books"));
    await writeBook("books/books.xlsx", FIRST);
    const first = massbal(["declare", "books/books.xlsx", "--out", "books/a.xlsx", "--force"], folder.path);
    expect(first.code).not.toBe(2);
    await writeBook("books/books.xlsx", [sale("2025-01-20", "Late GmbH", 40), ...FIRST]);
    const second = massbal(["declare", "books/books.xlsx", "--out", "books/b.xlsx", "--force"], folder.path);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already issued in books\/a\.xlsx .*--out "books\/a\.xlsx" --force/);
  });

  it("check runs are not stopped: they issue nothing", async () => {
    await writeBook("books.xlsx", FIRST);
    declare("books.xlsx", "a.xlsx");
    await writeBook("books.xlsx", [sale("2025-01-20", "Late GmbH", 40), ...FIRST]);
    const run = massbal(["check", "books.xlsx", "--out", "c.xlsx", "--force"], folder.path);
    expect(run.stderr).not.toMatch(/already issued/);
    expect(existsSync(path.join(folder.path, "c.xlsx"))).toBe(true);
  });
});

// (p-outside) A split's base number names all its lines (as --cancel treats it): a number beside
// counts as taken where the new one equals it, is its base, or is a line of it or of its base.
describe("a split's number in a copy beside", () => {
  /** Rapeseed and sunflower oil, 10 t each: 15 t delivered is declared in two lines (a split). */
  const TWO_KINDS = [
    receipt("2025-01-05", "IN-1", 10, 30),
    receipt("2025-01-06", "IN-2", 10, 40).map((c) => (c === "Rapeseed" ? "Sunflower" : c)),
  ];
  const split = [sale("2025-02-01", "Fuel AG", 15)];
  const single = [sale("2025-02-05", "Blend BV", 5)];

  it.each([
    ["the lines -1, -2 beside, their base here", split, single, /ON-2025-0001 \(there as ON-2025-0001-1\b/],
    ["the number beside, lines of it here", single, split, /ON-2025-0001-1 \(there as ON-2025-0001\b/],
  ])("%s: stops before writing", async (_, there, here, said) => {
    await writeBook("books.xlsx", there, TWO_KINDS);
    const first = declare("books.xlsx", "a.xlsx");
    expect(first.code).not.toBe(2);
    await writeBook("other.xlsx", here, TWO_KINDS);
    const second = declare("other.xlsx", "b.xlsx");
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(said);
    expect(second.stderr).toMatch(/already issued in a\.xlsx \(MB Declarations\)/);
    expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(false);
  });

  it("allows the very same split written into a second file", async () => {
    await writeBook("books.xlsx", split, TWO_KINDS);
    declare("books.xlsx", "a.xlsx");
    const again = declare("books.xlsx", "b.xlsx");
    expect(again.stderr).not.toMatch(/already issued/);
    expect(again.report!.declarations.map((x) => x.number)).toEqual(["ON-2025-0001-1", "ON-2025-0001-2"]);
  });
});

// (p-folder) The deliveries are compared too, by what each is (date, customer, product, site,
// quantity: the register's identity): a delivery declared in a copy beside gets no second
// declaration here under another number. Before, only numbers were compared, so a changed SD prefix
// gave Fuel AG's delivery OX-2025-0001 here while a.xlsx holds ON-2025-0001 for it.
describe("a delivery declared in a copy beside, under another number", () => {
  /** The settings with the SD number prefix `prefix` (the company renumbers its declarations). */
  const prefixed = (prefix: string) =>
    SETTINGS.map((r) => (r[0] === "SD number prefix" ? [r[0], prefix] : r));

  it("stops before writing, naming the copy, its register cell and number, and what to do", async () => {
    await writeBook("books.xlsx", FIRST);
    expect(declare("books.xlsx", "a.xlsx").code).toBe(0);
    // the same books, a new delivery added and the prefix changed, declared into another file
    const more = [...FIRST, sale("2025-03-01", "Nordic Oy", 20)];
    await writeBook("books.xlsx", more, undefined, prefixed("OX"));
    const second = declare("books.xlsx", "b.xlsx");
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /Deliveries row 2 \(50 t Rapeseed oil to Fuel AG, dispatched 2025-02-01\) is already declared in a\.xlsx as ON-2025-0001 \('MB Declarations'!A2\), and this run would issue OX-2025-0001 for it/,
    );
    expect(second.stderr).toMatch(/Deliveries row 3 .* as ON-2025-0002 \('MB Declarations'!A3\)/);
    expect(second.stderr).not.toMatch(/Nordic Oy/);
    expect(second.stderr).toMatch(/a second declaration for one delivery claims its credit twice/);
    expect(second.stderr).toMatch(
      /Declare into that copy \(--out "a\.xlsx" --force\), which keeps its register/,
    );
    expect(second.stderr).toMatch(/nothing was written to b\.xlsx/);
    expect(existsSync(path.join(folder.path, "b.xlsx"))).toBe(false);
    // the advice followed: into a.xlsx, its two declarations are kept and only Nordic Oy's is new
    const kept = declare("books.xlsx", "a.xlsx");
    expect(kept.code).toBe(0);
    expect(kept.report!.declarations.map((x) => [x.number, x.status, x.customer])).toEqual([
      ["ON-2025-0001", "issued", "Fuel AG"],
      ["ON-2025-0002", "issued", "Blend BV"],
      ["OX-2025-0001", "new", "Nordic Oy"],
    ]);
  });

  it("a delivery typed in kg there and in t here is the same delivery", async () => {
    await writeBook("books.xlsx", FIRST);
    declare("books.xlsx", "a.xlsx");
    const kg = plainBook({
      Receipts: [RECEIPT_HEADER, receipt("2025-01-05", "IN-1", 1000, 30)],
      Deliveries: [
        ["Date", "Customer", "Customer address", "Product", "Quantity (kg)", "Sustainable"],
        ...FIRST.slice(0, 1).map((r) => r.map((c, i) => (i === 4 ? Number(c) * 1000 : c))),
      ],
      Settings: prefixed("OX"),
    });
    await writeBookFile(kg, path.join(folder.path, "kg.xlsx"));
    const second = declare("kg.xlsx", "b.xlsx");
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(
      /\(50000 kg Rapeseed oil to Fuel AG.*already declared in a\.xlsx as ON-2025-0001/,
    );
  });

  it("allows deliveries not declared there, and one whose declaration there was withdrawn", async () => {
    await writeBook("books.xlsx", FIRST);
    declare("books.xlsx", "a.xlsx");
    // Fuel AG's delivery called off: its row deleted, its declaration withdrawn in a.xlsx
    await writeBook("books.xlsx", [FIRST[1]!]);
    const cancel = ["--cancel", "ON-2025-0001", "--by", "Anna", "--reason", "called off"];
    const withdrawn = declare("books.xlsx", "a.xlsx", ...cancel);
    expect(withdrawn.report!.declarations.map((x) => [x.number, x.status])).toEqual([
      ["ON-2025-0001", "cancelled"],
      ["ON-2025-0002", "issued"],
    ]);
    // other books: Fuel AG's delivery (withdrawn there) and one not declared there
    await writeBook(
      "other.xlsx",
      [FIRST[0]!, sale("2025-03-01", "Nordic Oy", 20)],
      undefined,
      prefixed("OX"),
    );
    const other = declare("other.xlsx", "c.xlsx");
    expect(other.stderr).not.toMatch(/already declared/);
    expect(other.report!.declarations.map((x) => [x.number, x.status, x.customer])).toEqual([
      ["OX-2025-0001", "new", "Fuel AG"],
      ["OX-2025-0002", "new", "Nordic Oy"],
    ]);
  });
});

describe("files that cannot be read", () => {
  const damaged: [string, (good: Buffer) => Buffer][] = [
    ["cut off", (good) => good.subarray(0, Math.floor(good.length / 2))],
    [
      "with a damaged part",
      (good) => {
        const b = Buffer.from(good);
        b.fill(0, 2000, 2400);
        return b;
      },
    ],
  ];

  it.each(damaged)("an input %s is named in the user's words, not the zip library's", async (_, damage) => {
    await writeBook("good.xlsx", FIRST);
    writeFileSync(
      path.join(folder.path, "books.xlsx"),
      damage(readFileSync(path.join(folder.path, "good.xlsx"))),
    );
    const run = massbal(["check", "books.xlsx", "--out", "o.xlsx"], folder.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /the file is damaged or incomplete .*open it in Excel, which may repair it, and save it again/,
    );
    expect(run.stderr).not.toMatch(/zip|central directory|Bug :|mismatch/i);
  });

  it.each(damaged)("an existing output %s is never replaced, even with --force", async (_, damage) => {
    await writeBook("books.xlsx", FIRST);
    writeFileSync(
      path.join(folder.path, "books.audited.xlsx"),
      damage(readFileSync(path.join(folder.path, "books.xlsx"))),
    );
    const before = sha256(path.join(folder.path, "books.audited.xlsx"));
    const run = massbal(["declare", "books.xlsx", "--force"], folder.path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /books\.audited\.xlsx" exists but could not be opened .*not replaced, even with --force, because the declarations it may hold would be lost/,
    );
    expect(sha256(path.join(folder.path, "books.audited.xlsx"))).toBe(before);
  });
});
