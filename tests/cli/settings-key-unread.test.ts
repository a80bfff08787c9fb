// A settings row the add-in does not read, whose value names a scheme or a balance mode, held
// nothing (brk20 A2): "Standard | ISCC PLUS" was a warning and the run declared under ISCC EU,
// "Mass balance mode | continuous" a warning and an overdraft declared under the end of period.
// Through the real massbal command on a real .xlsx: such a row is an error at its key's cell,
// naming the key to write, and no declaration is issued; the keys now read ("Mass balance mode",
// "Bilanzierungsart", the SD prefix in natural word order) are read, and a normal book is declared.
import type { BookCell } from "../../src/books";
import { freshFolderPerTest } from "./run-massbal";
import { declareWithSettings } from "./settings-books";

jest.setTimeout(120_000);

const folder = freshFolderPerTest();

/** The trader's quarter with `extra` rows added to its Settings sheet (the first at row `first`). */
const declare = (extra: [string, BookCell][]) => declareWithSettings(folder.path, extra);

describe("massbal: a settings row whose value names a scheme or a mode under a key not read", () => {
  it.each<[string, BookCell, string]>([
    ["Standard", "ISCC PLUS", '"Scheme"'],
    ["Zertifizierung", "ISCC PLUS", '"Scheme"'],
    ["Abrechnungsmethode", "continuous", '"Balance mode"'],
    ["Bilanzierung", "Periodenende", '"Balance mode"'],
  ])("%s | %s: an error at its key's cell naming %s, nothing issued", async (key, value, names) => {
    const { report, first } = await declare([[key, value]]);
    const errors = report.findings.filter((f) => f.sheet === "Settings" && f.severity === "error");
    expect(errors.map((f) => [f.code, f.cell])).toEqual([["invalid-value", `A${first}`]]);
    expect(errors[0]!.message).toContain(`Name the row ${names}`);
    expect(report.declarations.length).toBeGreaterThan(0);
    for (const d of report.declarations) {
      expect(d.status).toBe("blocked");
      expect(d.heldBy?.some((h) => h.sheet === "Settings")).toBe(true);
    }
  });

  it.each<[string, [string, BookCell][]]>([
    ["no such row", []],
    ["Bilanzierungsart | Periodenende", [["Bilanzierungsart", "Periodenende"]]],
    // (brk21 4) the scheme the company is certified to, agreeing with the one in force: held every SD before
    ["Zertifiziert nach | ISCC EU", [["Zertifiziert nach", "ISCC EU"]]],
    ["Certified to | ISCC EU", [["Certified to", "ISCC EU"]]],
    ["Certyfikowany według | ISCC EU", [["Certyfikowany według", "ISCC EU"]]],
  ])("%s: read, and the quarter is declared", async (_, extra) => {
    const { report } = await declare(extra);
    expect(report.findings.filter((f) => f.sheet === "Settings")).toEqual([]);
    expect(report.declarations.map((d) => d.status)).toContain("new");
    expect(report.declarations.map((d) => d.status)).not.toContain("blocked");
  });

  it("Scheme | ISCC EU, then Zertifiziert nach | ISCC PLUS: an error at the second, nothing issued", async () => {
    const { report, first } = await declare([
      ["Scheme", "ISCC EU"],
      ["Zertifiziert nach", "ISCC PLUS"],
    ]);
    const errors = report.findings.filter((f) => f.sheet === "Settings" && f.severity === "error");
    expect(errors.map((f) => [f.code, f.cell])).toEqual([["invalid-value", `A${first + 1}`]]);
    for (const d of report.declarations) expect(d.status).toBe("blocked");
  });

  it("Prefisso numeri SD | OI: the declarations are numbered OI-", async () => {
    const { report } = await declare([["Prefisso numeri SD", "OI"]]);
    expect(report.findings.filter((f) => f.sheet === "Settings")).toEqual([]);
    // no issue date in the trader's settings: dated, and so numbered, the day of the run
    expect(report.declarations.map((d) => d.number)).toContainEqual(expect.stringMatching(/^OI-\d{4}-0001$/));
  });

  it("SD number prefix | ON-2025-: an error at its cell, nothing numbered ON-2025--2025-", async () => {
    const { report, first } = await declare([["SD number prefix", "ON-2025-"]]);
    const errors = report.findings.filter((f) => f.sheet === "Settings" && f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual([`B${first}`]);
    for (const d of report.declarations) expect(d.status).toBe("blocked");
  });
});

// (brk28 L1) the prefix's key in Italian, Polish, Spanish or as a number range, and a row that may
// state it where none is read: through the real massbal command on a real .xlsx
describe("massbal: the SD prefix named in other words, or not read", () => {
  it.each([
    "Prefisso numero DS",
    "Prefiks numeru DZ",
    "Prefijo del número de DS",
    "SD-Nummernkreis",
    "Kürzel SD",
  ])("%s | ACM: the declarations are numbered ACM-", async (key) => {
    const { report } = await declare([[key, "ACM"]]);
    expect(report.findings.filter((f) => f.sheet === "Settings")).toEqual([]);
    expect(report.declarations.map((d) => d.number)).toContainEqual(
      expect.stringMatching(/^ACM-\d{4}-0001$/),
    );
  });

  it("Kürzel | ACM with no prefix read: an error at its key's cell, nothing numbered SD-", async () => {
    const { report, first } = await declare([["Kürzel", "ACM"]]);
    const errors = report.findings.filter((f) => f.sheet === "Settings" && f.severity === "error");
    expect(errors.map((f) => [f.code, f.cell])).toEqual([["invalid-value", `A${first}`]]);
    expect(report.declarations.length).toBeGreaterThan(0);
    for (const d of report.declarations) expect(d.status).toBe("blocked");
  });
});
