// (brk20 A7) A sale whose "SD Status" says "offen" / "zu erstellen" beside a filled SD number,
// through the real massbal declare on real .xlsx books. massbal writes its own numbers into the
// blank SD number cells of the audited copy and leaves the status as typed: declared again from
// that copy, "offen" beside a number its register holds is normal and stays quiet. A row typed
// into the copy with "offen" and another number, which no register holds, is an error at its
// status cell (the two cells disagree) and gets no SD; before, it was read as an SD issued outside
// massbal (a warning), its 3 t counted as declared, the status never named.
import path from "node:path";
import ExcelJS from "exceljs";
import { ISSUING_SETTINGS, plainBook, type BookCell as Cell } from "../../src/books";
import type { JsonReport } from "../../src/cli/report";
import { writeBookFile } from "../../src/workbook/xlsx/write-book";
import { freshFolderPerTest, massbal } from "./run-massbal";
import { deliveryHeader, sale, SPLIT_RECEIPTS } from "./sd-books";

jest.setTimeout(180_000);

const folder = freshFolderPerTest();

/** A sale of `qty` t with its SD Status `status` and SD number `sd`. */
const row = (date: string, qty: number, status: string, sd: string | null): Cell[] => [
  ...sale(date, qty, null).slice(0, 6),
  status,
  sd,
];

function declare(input: string, out: string): JsonReport {
  const run = massbal(["declare", input, "--out", out, "--force", "--json"], folder.path);
  if (!run.stdout.trim()) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as JsonReport;
}

const outside = (r: JsonReport) =>
  r.findings.filter((f) => f.code === "declaration-issued-outside").map((f) => [f.cell, f.severity]);

it("quiet beside the numbers massbal wrote; an error beside a number no register holds", async () => {
  const header = [...deliveryHeader().slice(0, 6), "SD Status", "SD number"];
  const deliveries = [
    header,
    row("2025-02-10", 10, "offen", null),
    row("2025-02-12", 5, "zu erstellen", null),
  ];
  const book = plainBook({ Receipts: SPLIT_RECEIPTS, Deliveries: deliveries, Settings: ISSUING_SETTINGS });
  await writeBookFile(book, path.join(folder.path, "books.xlsx"));
  const first = declare("books.xlsx", "issued.xlsx");
  const numbers = first.declarations.filter((x) => x.status === "new").map((x) => x.number);
  expect(numbers).toEqual(["ON-2025-0001", "ON-2025-0002"]);
  expect(outside(first)).toEqual([]);

  // the audited copy: massbal's numbers beside the statuses as typed
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(folder.path, "issued.xlsx"));
  const ws = wb.getWorksheet("Deliveries")!;
  expect([2, 3].map((r) => [ws.getCell(`G${r}`).value, ws.getCell(`H${r}`).value])).toEqual([
    ["offen", "ON-2025-0001"],
    ["zu erstellen", "ON-2025-0002"],
  ]);
  const again = declare("issued.xlsx", "again.xlsx");
  expect(outside(again)).toEqual([]);
  expect(again.findings.filter((f) => f.severity === "error")).toEqual([]);
  expect(again.declarations.map((x) => [x.number, x.status])).toEqual([
    ["ON-2025-0001", "issued"],
    ["ON-2025-0002", "issued"],
  ]);

  // a row typed into the copy: "offen" beside a number no register holds
  ws.addRow(row("2025-02-14", 3, "offen", "NF-2025-0007"));
  await wb.xlsx.writeFile(path.join(folder.path, "typed.xlsx"));
  const typed = declare("typed.xlsx", "typed-out.xlsx");
  expect(outside(typed)).toEqual([["G4", "error"]]);
  const [said] = typed.findings.filter((f) => f.code === "declaration-issued-outside");
  expect(said!.message).toMatch(
    /still to issue, but its SD number cell \(H4\) names NF-2025-0007.*3 t of Rapeseed oil.*clear this status.*clear the SD number/,
  );
  // no SD for it: listed held back, no number; the others stay issued
  expect(typed.declarations.map((x) => [x.number, x.status, x.quantity])).toEqual([
    ["ON-2025-0001", "issued", "10"],
    ["ON-2025-0002", "issued", "5"],
    ["", "blocked", "3"],
  ]);
  expect(typed.declarations.some((x) => x.number.includes("NF-2025-0007"))).toBe(false);
});
