// The very-hidden `MB Config` sheet: the user's column corrections, saved settings, the original
// look of every marked cell, and the names of generated sheets. One row per entry, tagged in
// column A, so a user who unhides and edits it cannot break more than the row they touch.
import { columnIndex, tryParseCell } from "./a1";
import type { SchemeName, SettingsInput } from "../engine/model";
import { isIsoDate } from "../engine/schemas";
import type { CellValue, OutValue, SheetSnapshot, WorkbookSnapshot } from "./port";
import type { ColumnMapping, MbConfig, SheetKind } from "./types";
import { normaliseColour, isErrorValue } from "./out-value";
import { type DateSystem, serialToIso } from "./values";

export const CONFIG_SHEET = "MB Config";

const SHEET_KINDS: readonly SheetKind[] = [
  "receipts",
  "deliveries",
  "ledger",
  "production",
  "factors",
  "stock",
  "certificates",
  "sites",
  "transfers",
  "settings",
  "unknown",
];

const SETTING_KEYS = [
  "companyName",
  "companyAddress",
  "ownCertificate",
  "scheme",
  "periodMonths",
  "periodStart",
  "sdPrefix",
  "mode",
  "ghgPooling",
  "stockTolerance",
  "conversionTolerance",
  "plusCapCarryForward",
  "capWithoutCount",
  "operatorType",
  "issueDate",
  "decimalSeparator",
  "dateOrder",
] as const satisfies readonly (keyof SettingsInput)[];

export function emptyConfig(): MbConfig {
  return { mappings: [], settings: {}, marks: [], generated: [] };
}

/** The MB Config of a workbook; an empty config when there is none. Unreadable rows are skipped. */
export function readConfig(snapshot: WorkbookSnapshot): MbConfig {
  const sheet = snapshot.sheets.find((s) => s.name === CONFIG_SHEET);
  return sheet ? parseConfigSheet(sheet, snapshot.dateSystem) : emptyConfig();
}

export function parseConfigSheet(sheet: SheetSnapshot, dateSystem: DateSystem = 1900): MbConfig {
  const config = emptyConfig();
  for (const row of sheet.values) {
    const tag = text(row[0]).toLowerCase();
    const [b, c, d, e, h] = [text(row[1]), text(row[2]), text(row[3]), text(row[4]), text(row[5])];
    if (tag === "mapping" && b && c) {
      const column = d.toUpperCase();
      if (column && !isColumn(column)) continue;
      const mapping: ColumnMapping = { sheet: b, field: c, column };
      const kind = e.toLowerCase() as SheetKind;
      if (SHEET_KINDS.includes(kind)) mapping.kind = kind;
      if (h) mapping.header = h;
      config.mappings.push(mapping);
    } else if (tag === "setting" && b) {
      setSetting(config.settings, b, row[2] ?? null, dateSystem);
    } else if (tag === "mark" && b && tryParseCell(c)) {
      config.marks.push({
        sheet: b,
        cell: c.toUpperCase(),
        fill: d ? normaliseColour(d) : null,
        note: e || null,
      });
    } else if (tag === "generated" && b) {
      if (!config.generated.includes(b)) config.generated.push(b);
    }
  }
  return config;
}

/** The rows of the MB Config sheet for a config: a table a person can read. */
export function configSheetRows(config: MbConfig): OutValue[][] {
  const bold = (value: string): OutValue => ({ value, bold: true });
  const rows: OutValue[][] = [
    [bold("MB Config"), "Kept by the mass balance add-in. Each row is one entry; column A says which kind."],
    [
      bold("Entry"),
      bold("Sheet / setting"),
      bold("Field / value / cell"),
      bold("Column / fill"),
      bold("Kind / note"),
      bold("Header"),
    ],
  ];
  for (const m of config.mappings)
    rows.push(
      m.header
        ? ["mapping", m.sheet, m.field, m.column, m.kind ?? null, m.header]
        : ["mapping", m.sheet, m.field, m.column, m.kind ?? null],
    );
  for (const key of SETTING_KEYS) {
    const value = config.settings[key];
    if (value !== undefined) rows.push(["setting", key, value]);
  }
  for (const mark of config.marks) rows.push(["mark", mark.sheet, mark.cell, mark.fill, mark.note]);
  for (const name of config.generated) rows.push(["generated", name]);
  return rows;
}

/** The settings MB Config keeps as one word of a closed list, and the words each takes. */
const CLOSED = {
  operatorType: ["farm", "first-gathering-point", "other"],
  scheme: ["ISCC EU", "ISCC PLUS"] satisfies SchemeName[],
  mode: ["end-of-period", "continuous"],
  ghgPooling: ["per-batch", "worst-value"],
  decimalSeparator: ["comma", "point"],
  dateOrder: ["dmy", "mdy"],
} as const satisfies { [K in keyof SettingsInput]?: readonly NonNullable<SettingsInput[K]>[] };

function setSetting(settings: SettingsInput, key: string, value: CellValue, dateSystem: DateSystem): void {
  const k = SETTING_KEYS.find((x) => x.toLowerCase() === key.toLowerCase());
  if (!k || value === null || isErrorValue(value)) return;
  const s = text(value);
  if (s === "") return;
  switch (k) {
    case "periodMonths": {
      const n = typeof value === "number" ? value : Number(s);
      if (Number.isInteger(n) && n > 0) settings.periodMonths = n;
      return;
    }
    case "plusCapCarryForward":
      settings.plusCapCarryForward = value === true || /^(true|yes|ja|1)$/i.test(s);
      return;
    case "capWithoutCount":
      // on unless said off: the default is the cautious one
      settings.capWithoutCount = !(value === false || /^(false|no|nein|0)$/i.test(s));
      return;
    case "operatorType":
    case "scheme":
    case "mode":
    case "ghgPooling":
    case "decimalSeparator":
    case "dateOrder":
      // a closed setting takes only the words MB Config writes; any other is left unset
      if ((CLOSED[k] as readonly string[]).includes(s)) (settings as Record<string, unknown>)[k] = s;
      return;
    case "periodStart":
    case "issueDate": {
      // Excel may turn a typed ISO date into a date serial
      const iso = typeof value === "number" ? serialToIso(value, dateSystem) : { ok: isIsoDate(s), value: s };
      if (iso.ok) settings[k] = iso.value;
      return;
    }
    default:
      settings[k] = s;
  }
}

function text(v: CellValue | undefined): string {
  if (v === null || v === undefined || isErrorValue(v)) return "";
  return String(v).trim();
}

function isColumn(letters: string): boolean {
  try {
    columnIndex(letters);
    return true;
  } catch {
    return false;
  }
}
