// A settings sheet: key/value rows such as "Company name | Acme GmbH" anywhere on the sheet.
import { MAX_TOLERANCE } from "../engine/catalogue/wording-cells";
import type { SettingsInput } from "../engine/model";
import type { Finding } from "../engine/result";
import { cellAddress, columnLetter } from "./a1";
import { type Conventions } from "./cell-read";
import { readField } from "./cell-values";
import { statedDateOrder, statedNumberConvention, type StatedConventions } from "./conventions";
import { dateOrderInCell, dateSettingAt } from "./stated-conventions";
import { SETTINGS_FIELDS, type FieldSpec } from "./fields";
import { calendarYear, periodText } from "./period-words";
import { type Grid, isBlank } from "./grid";
import { fold } from "./normalise";
import { readFinding } from "./read-findings";
import { operatorType } from "./operator-type";
import { ownCertificateNumber, ownCertificateStated, ownReason } from "./settings-own-certificate";
import { lookup } from "./settings-keys";
import {
  type BadSetting,
  ERROR_REASONS,
  PERIOD_SETTINGS,
  SETTING_REASONS,
  SPECIFIC,
} from "./settings-reasons";
import { sdPrefixOf } from "./sd-prefix-words";

export { lookup, operatorType, ownCertificateStated, PERIOD_SETTINGS };
import { normaliseScheme, normaliseYesNo } from "../engine/normalise";
import { modeIn } from "./mode-words";
import { parseUnit } from "../engine/units";
import { parseDecimal, toText } from "../engine/quantity";

const SCAN_ROWS = 100;

export interface SettingsEntry {
  field: FieldSpec;
  /** 0-based row, value column and the column of the key as the user wrote it */
  row: number;
  col: number;
  keyCol: number;
  /** the value written in the key's own cell ("Datumsformat: TT.MM.JJJJ"); `col` is then `keyCol` */
  text?: string;
}

/** The key/value rows of a sheet, if it is laid out like a settings sheet. */
export function settingsEntries(grid: Grid): SettingsEntry[] {
  const entries: SettingsEntry[] = [];
  const seen = new Set<string>();
  const rows = Math.min(SCAN_ROWS, grid.rowCount);
  for (let r = 0; r < rows; r++) {
    const cells = grid.sheet.values[r] ?? [];
    const k = cells.findIndex((v) => !isBlank(v));
    const key = cells[k];
    if (k < 0 || typeof key !== "string") continue;
    let field = lookup(key);
    // the date order with its value in one cell, or a date pattern alone ("MM/DD/YYYY")
    const inCell = field ? null : dateOrderInCell(key, (t) => lookup(t)?.id === "dateOrder");
    if (inCell !== null) field = SETTINGS_FIELDS.find((x) => x.id === "dateOrder");
    if (!field || seen.has(field.id)) continue;
    let col = inCell === null ? -1 : k;
    for (let c = k + 1; inCell === null && c <= k + 3 && c < cells.length; c++) {
      if (!isBlank(cells[c])) {
        col = c;
        break;
      }
    }
    if (col < 0) continue;
    seen.add(field.id);
    entries.push({ field, row: r, col, keyCol: k, ...(inCell === null ? {} : { text: inCell }) });
  }
  return entries;
}

/**
 * What the settings sheet states of the workbook's conventions ("Decimal separator", "Date order"),
 * read before anything else: every sheet's ambiguous values fall back on it.
 */
export function statedConventions(grid: Grid, entries: SettingsEntry[]): StatedConventions {
  const raw = (e: SettingsEntry | undefined) => (e ? (e.text ?? grid.value(e.row, e.col)) : null);
  const text = (id: string): string => {
    const v = raw(entries.find((x) => x.field.id === id));
    return typeof v === "string" ? v : "";
  };
  const order = entries.find((x) => x.field.id === "dateOrder");
  const at = order && dateSettingAt(grid.sheet.name, cellAddress(order.row + 1, order.col), raw(order));
  return {
    number: statedNumberConvention(text("decimalSeparator")),
    date: statedDateOrder(text("dateOrder")),
    ...(at ? { dateSetting: at } : {}),
  };
}

/**
 * Reads the entries into settings; values that cannot be used become findings. Numbers and dates
 * are read in the settings sheet's own convention, else the one it states; a tolerance is in
 * percent ("0,5" and "0.5 %" are 0.5 %; a percent-formatted cell shows its percent).
 */
export function readSettings(
  grid: Grid,
  entries: SettingsEntry[],
  conv: Conventions,
  findings: Finding[],
): { settings: SettingsInput; columns: Record<string, string> } {
  const sheet = grid.sheet.name;
  const settings: SettingsInput = {};
  const cells: Record<string, string> = {};
  const columns: Record<string, string> = {};
  let calendar: Finding | undefined;
  for (const { field, row, col, text } of entries) {
    const cell = cellAddress(row + 1, col);
    const raw = text ?? grid.value(row, col);
    const read = readField(
      field,
      field.id === "periodMonths" ? periodText(raw) : raw,
      conv,
      grid.format(row, col),
    );
    // a period setting present but not read is an error: every balance and declaration rests on it
    const period = PERIOD_SETTINGS[field.id];
    const refusal = (code: Parameters<typeof readFinding>[0], reason?: BadSetting) =>
      // a scheme cannot be chosen between two, an SD prefix is permanent: ERROR_REASONS
      readFinding(
        code,
        code.startsWith("ambiguous") || (reason && ERROR_REASONS.has(reason)) || period ? "error" : "warning",
        sheet,
        cell,
        {
          label: field.label,
          value: String(raw),
          ...(reason
            ? {
                consequence: (reason === "calendar-year" ? null : period) ?? SETTING_REASONS[reason],
                ...ownReason(reason),
              }
            : {}),
        },
      );
    const bad = (code: Parameters<typeof readFinding>[0], reason?: BadSetting) =>
      findings.push(refusal(code, reason));
    if (read.kind === "bad" && !(field.id === "periodMonths" && read.code === "invalid-number")) {
      const severity = read.code.startsWith("ambiguous") || period ? "error" : "warning";
      findings.push(
        readFinding(read.code, severity, sheet, cell, {
          label: field.label,
          value: read.text,
          ...(read.reason ? { reason: read.reason } : {}),
          ...(read.detail ? { read: read.detail } : {}),
          ...(read.proofs ? { proofs: read.proofs } : {}),
          ...(read.setting ? { setting: read.setting } : {}),
          consequence: period ?? "setting-unused",
        }),
      );
      continue;
    }
    if (read.kind === "bad") bad("invalid-value", "whole-months"); // "90 Tage": no number of months
    if (read.kind !== "ok" || Array.isArray(read.value)) continue;
    const problem = apply(settings, field.id, read.value);
    if (problem) {
      bad(field.type === "number" && problem === "value" ? "invalid-number" : "invalid-value", problem);
      continue;
    }
    cells[field.id] = cell;
    columns[field.id] = columnLetter(col);
    // "Kalenderjahr": 12 months from 1 January, read only where the first period starts on one
    if (field.id === "periodMonths" && calendarYear(raw))
      calendar = refusal("invalid-value", "calendar-year");
  }
  if (calendar && !settings.periodStart?.endsWith("-01-01")) {
    findings.push(calendar);
    delete settings.periodMonths;
    delete cells.periodMonths;
    delete columns.periodMonths;
  }
  if (entries.length) settings.source = { sheet, row: (entries[0]?.row ?? 0) + 1, cells };
  return { settings, columns };
}

/** Sets one setting; the reason it cannot, or null when it was set. */
function apply(s: SettingsInput, id: string, value: string): BadSetting | null {
  return applyOne(s, id, value) ? null : (SPECIFIC[id]?.(value) ?? "value");
}

/** Sets setting `id` to `v`, the value its cell states, or null where it states none; whether it did. */
function stated<K extends keyof SettingsInput>(s: SettingsInput, id: K, v: SettingsInput[K] | null): boolean {
  if (v === null) return false;
  s[id] = v;
  return true;
}

function applyOne(s: SettingsInput, id: string, value: string): boolean {
  const t = fold(value);
  switch (id) {
    case "scheme": {
      // one scheme as the rows name it (engine normaliseScheme); "ISCC EU/PLUS", "ISCC" refused
      const scheme = normaliseScheme(value);
      if (scheme) s.scheme = scheme;
      return !!scheme;
    }
    case "periodMonths": {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) return false;
      s.periodMonths = n;
      return true;
    }
    case "mode":
      return stated(s, "mode", modeIn(value));
    case "ghgPooling":
      if (/worst|schlecht|hochst|highest/.test(t)) s.ghgPooling = "worst-value";
      else if (/batch|charge|partie/.test(t)) s.ghgPooling = "per-batch";
      else return false;
      return true;
    case "stockTolerance":
    case "conversionTolerance": {
      // in percent, as the finding texts write it: "0,5", "0.5 %" and a cell showing 0.5 % all are 0.5 %
      const p = parseDecimal(value);
      if (!p || p.isNegative() || p.greaterThan(MAX_TOLERANCE)) return false;
      s[id] = toText(p.dividedBy(100));
      return true;
    }
    case "decimalSeparator":
      return stated(s, "decimalSeparator", statedNumberConvention(value));
    case "dateOrder":
      return stated(s, "dateOrder", statedDateOrder(value));
    case "sdPrefix":
      return stated(s, "sdPrefix", sdPrefixOf(value));
    case "plusCapCarryForward":
    case "capWithoutCount":
      if (/^(yes|ja|true|wahr|1|x)$/.test(t)) s[id] = true;
      else if (/^(no|nein|false|falsch|0)$/.test(t)) s[id] = false;
      else return false;
      return true;
    case "operatorType":
      return stated(s, "operatorType", operatorType(t));
    case "defaultUnit": {
      // the unit of quantities whose rows and headers state none: a quantity unit, never guessed
      const u = parseUnit(value);
      if (u?.kind !== "quantity") return false;
      s.defaultUnit = u.unit;
      return true;
    }
    case "densityUnit":
    case "heatingValueUnit": {
      const u = parseUnit(value);
      if (u?.kind !== (id === "densityUnit" ? "density" : "heating")) return false;
      s[id] = u.unit;
      return true;
    }
    case "energyAccounting": {
      // "yes"/"ja" or the unit to keep energy balances in (TV-7: MJ; biomethane books: kWh)
      const u = parseUnit(value);
      if (u?.kind === "quantity" && u.dim === "MJ") {
        s.energyAccounting = true;
        s.energyUnit = u.unit === "kWh" || u.unit === "MWh" ? "kWh" : "MJ";
        return true;
      }
      const yes = normaliseYesNo(value);
      // "0,0", "n.n." and the like are not a yes: only the closed yes/no vocabulary switches it
      if (yes === null || yes === undefined) return false;
      s.energyAccounting = yes;
      return true;
    }
    case "companyName":
    case "companyAddress":
    case "ownCertificate":
    case "periodStart":
    case "issueDate":
      // "beantragt", "-", "n/a", "k.A.": no certificate an SD could name (ownCertificateStated)
      if (id === "ownCertificate" && !ownCertificateStated(value)) return false;
      // (brk23 §5) a remark beside the number: the number alone if it only says valid, else refused
      if (id === "ownCertificate") {
        const number = ownCertificateNumber(value);
        if (number === null) return false;
        s[id] = number;
        return true;
      }
      s[id] = value;
      return true;
    default:
      return false;
  }
}
