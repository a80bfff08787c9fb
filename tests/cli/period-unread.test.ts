// A period setting the add-in cannot read holds back every declaration (brk19 §1–2), through the
// real massbal command on a real .xlsx: the trader's quarter with a period length or first period
// start written in a form not read is an error at its Settings cell, and no declaration is issued
// on the 3-month default the user never stated. The same book with the period read (Italian,
// Dutch, Polish, French feminine) or with no period row at all (the documented default) is declared.
import { type BookCell, day } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareWithSettings } from "./settings-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/** The trader's quarter with `extra` rows added to its Settings sheet. */
const declare = async (extra: [string, BookCell][]) => (await declareWithSettings(folder.path, extra)).report;

describe("massbal: a period setting not read holds back every declaration", () => {
  it.each<[string, [string, BookCell]]>([
    ["a period length in words not read", ["Period length", "every so often"]],
    ["a date range for a period length", ["Bilanzzeitraum", "01.01.2025 - 31.12.2025"]],
    ["a quarter's name for a period length", ["Period", "Q1 2025"]],
    ["a misspelt key", ["Peroid length (months)", 1]],
    ["a month without its day as the first start", ["First period start", "Feb 2025"]],
    ["a date serial typed as text as the first start", ["First period start", "45689"]],
  ])("%s: an error at Settings, nothing issued", async (_, row) => {
    const report = await declare([row]);
    const errors = report.findings.filter((f) => f.sheet === "Settings" && f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain("no Sustainability Declaration is issued");
    expect(errors[0]!.holdsBack?.length).toBeGreaterThan(0);
    expect(report.declarations.length).toBeGreaterThan(0);
    for (const d of report.declarations) {
      expect(d.status).toBe("blocked");
      expect(d.heldBy?.some((h) => h.sheet === "Settings")).toBe(true);
    }
  });

  it.each<[string, [string, BookCell] | null]>([
    ["no period row (the default of 3 months)", null],
    ["Durata del periodo | trimestrale", ["Durata del periodo", "trimestrale"]],
    ["Periodelengte | kwartaal", ["Periodelengte", "kwartaal"]],
    ["Długość okresu | 3 miesiące", ["Długość okresu", "3 miesiące"]],
    ["Durée de la période | trimestrielle", ["Durée de la période", "trimestrielle"]],
    ["Początek pierwszego okresu | 2025-01-01", ["Początek pierwszego okresu", day("2025-01-01")]],
  ])("%s: read, and the quarter is declared", async (_, row) => {
    const report = await declare(row ? [row] : []);
    expect(report.findings.filter((f) => f.sheet === "Settings")).toEqual([]);
    expect(report.declarations.map((d) => d.status)).toContain("new");
    expect(report.declarations.map((d) => d.status)).not.toContain("blocked");
  });
});
