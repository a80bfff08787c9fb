// Reading a workbook as staff keep it: recognise each sheet, read its values, map the rows to the
// engine's records with the address of every field, and say precisely what could not be read.
// Pure: no host, no exceljs, no Node.
import type { Ledger } from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAddress, columnLetter } from "./a1";
import { CONFIG_SHEET, readConfig } from "./config";
import { detectConventions } from "./conventions";
import { kindSpec, SETTINGS_NAME_HINTS } from "./fields";
import { Grid } from "./grid";
import type { WorkbookSnapshot } from "./port";
import { readFinding } from "./read-findings";
import { nameHints, recognise, type Recognition } from "./recognise";
import { addRecord } from "./records";
import { readRegister, REGISTER_SHEET } from "./register";
import { readSettings, settingsEntries, type SettingsEntry } from "./settings-sheet";
import { readTable } from "./table";
import type { MbConfig, ReadResult, RecognisedSheet } from "./types";

export function emptyLedger(): Ledger {
  return {
    receipts: [],
    deliveries: [],
    production: [],
    factors: [],
    stockCounts: [],
    certificates: [],
    sites: [],
    transfers: [],
    settings: {},
    issued: [],
    usedSdNumbers: [],
  };
}

const SD_SHEET = /^SD (\S*\d\S*)$/;

/** Sheets this add-in writes (`MB …`, `SD <number>`, those listed in MB Config) are never input. */
export function isGeneratedSheet(name: string, config: MbConfig): boolean {
  return (
    /^MB /i.test(name) || name === CONFIG_SHEET || SD_SHEET.test(name) || config.generated.includes(name)
  );
}

type Plan =
  | { kind: "table"; grid: Grid; rec: Recognition }
  | { kind: "settings"; grid: Grid; entries: SettingsEntry[]; corrected: boolean };

export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const config = readConfig(snapshot);
  const ledger = emptyLedger();
  const findings: Finding[] = [];
  const sheets: RecognisedSheet[] = [];

  const plans: Plan[] = snapshot.sheets
    .filter((s) => !isGeneratedSheet(s.name, config))
    .map((s) => plan(new Grid(s), config));
  const conv = {
    ...detectConventions(plans.flatMap((p) => (p.kind === "table" ? [p] : []))),
    dateSystem: snapshot.dateSystem ?? 1900,
  };

  let sheetSettings: Ledger["settings"] = {};
  const sdNumbers = new Set<string>();
  for (const p of plans) {
    if (p.kind === "settings") {
      const { settings, columns } = readSettings(p.grid, p.entries, conv, findings);
      sheetSettings = { ...sheetSettings, ...settings };
      sheets.push({
        name: p.grid.sheet.name,
        kind: "settings",
        headerRow: null,
        rows: p.entries.length,
        columns,
        units: {},
        headers: Object.fromEntries(
          p.entries.map((e) => [e.field.id, String(p.grid.value(e.row, e.keyCol))]),
        ),
        corrected: p.corrected,
      });
      continue;
    }
    const { grid, rec } = p;
    let rows = 0;
    if (rec.spec && rec.missing.length === 0) {
      rows = readTable(grid, rec, { conv, findings, sdNumbers }, (row) =>
        addRecord(rec, row, ledger, findings),
      );
    } else if (rec.spec || rec.hinted) {
      findings.push(headerNotFound(grid, rec));
    }
    sheets.push(describe(grid, rec, rows));
  }

  const register = snapshot.sheets.find((s) => s.name === REGISTER_SHEET);
  if (register) ledger.issued = readRegister(new Grid(register));
  ledger.settings = { ...sheetSettings, ...config.settings };
  ledger.usedSdNumbers = usedSdNumbers(sdNumbers, ledger, snapshot);
  return { sheets, ledger, findings, config };
}

function plan(grid: Grid, config: MbConfig): Plan {
  const corrections = config.mappings.filter((m) => m.sheet === grid.sheet.name);
  const forced = corrections.find((m) => m.kind)?.kind;
  if (forced === "unknown") {
    const rec: Recognition = {
      kind: "unknown",
      spec: null,
      headerRow: null,
      columns: new Map(),
      missing: [],
      corrected: true,
      hinted: null,
    };
    return { kind: "table", grid, rec };
  }
  if (forced !== "settings") {
    const rec = recognise(grid, corrections);
    const complete = rec.spec !== null && rec.missing.length === 0;
    if (forced || complete) return { kind: "table", grid, rec };
    const entries = settingsEntries(grid);
    const hinted = nameHints(grid.sheet.name, SETTINGS_NAME_HINTS);
    if (entries.length >= 3 || (entries.length >= 1 && hinted))
      return { kind: "settings", grid, entries, corrected: false };
    return { kind: "table", grid, rec };
  }
  return { kind: "settings", grid, entries: settingsEntries(grid), corrected: true };
}

function headerNotFound(grid: Grid, rec: Recognition): Finding {
  const spec = rec.spec ?? kindSpec(rec.hinted ?? "unknown");
  const missingIds = rec.spec ? rec.missing : (spec?.needs[0] ?? []);
  const labels = missingIds.map((id) => spec?.fields.find((f) => f.id === id)?.label ?? id);
  const missing =
    labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}` : (labels[0] ?? "");
  const row0 = rec.spec ? rec.headerRow : null;
  const cell = cellAddress((row0 ?? 0) + 1, 0);
  // A header with some fields is surely part of the books; a name alone ("Sales forecast") may not be.
  return readFinding("header-not-found", rec.spec ? "error" : "warning", grid.sheet.name, cell, {
    label: spec?.label ?? "",
    missing: missing ? `a column for ${missing}` : "recognisable columns",
  });
}

function describe(grid: Grid, rec: Recognition, rows: number): RecognisedSheet {
  const columns: Record<string, string> = {};
  const units: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const [field, m] of rec.columns) {
    columns[field] = columnLetter(m.col);
    if (m.unit) units[field] = m.unit;
    headers[field] = m.header;
  }
  const kind = rec.spec ? rec.kind : (rec.hinted ?? "unknown");
  return {
    name: grid.sheet.name,
    kind,
    headerRow: rec.spec && rec.headerRow !== null ? rec.headerRow + 1 : null,
    rows,
    columns,
    units,
    headers,
    corrected: rec.corrected,
  };
}

function usedSdNumbers(seen: Set<string>, ledger: Ledger, snapshot: WorkbookSnapshot): string[] {
  const used = new Set(seen);
  for (const i of ledger.issued) if (i.number) used.add(i.number);
  for (const s of snapshot.sheets) {
    const m = SD_SHEET.exec(s.name);
    if (m) used.add(m[1] as string);
  }
  return [...used];
}
