// Shows a cell's value roughly as Excel would: dates from serials, fixed decimals, TRUE/FALSE,
// error codes. Only the formats the add-in and ordinary books use; anything else shows General.
import type { CellValue } from "../../workbook/port";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Format text with quoted literals and [colour]/[locale] sections removed. */
function formatCode(format: string): string {
  return (
    format
      .replace(/"[^"]*"/g, "")
      .replace(/\[[^\]]*\]/g, "")
      .split(";")[0] ?? ""
  );
}

export function isDateFormat(format: string | null): boolean {
  if (!format) return false;
  const code = formatCode(format).toLowerCase();
  return code !== "general" && /[dmyh]/.test(code);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, format: string): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * DAY_MS));
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: pad(date.getUTCFullYear() % 100, 2),
    mm: pad(date.getUTCMonth() + 1, 2),
    m: String(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate(), 2),
    d: String(date.getUTCDate()),
    hh: pad(date.getUTCHours(), 2),
    ss: pad(date.getUTCSeconds(), 2),
  };
  const code = formatCode(format);
  // "mm" after an hour is minutes, as in Excel.
  return code.replace(/yyyy|yy|mm|m|dd|d|hh|ss/gi, (token, offset: number) => {
    const lower = token.toLowerCase();
    if (lower === "mm" && /h+[^a-z]*$/i.test(code.slice(0, offset))) return pad(date.getUTCMinutes(), 2);
    return parts[lower] ?? token;
  });
}

function formatNumber(n: number, format: string | null): string {
  const code = format ? formatCode(format) : "";
  const fixed = /^[#,0]*0(\.(0+))?(%?)$/.exec(code.trim());
  if (!fixed) return String(Number(n.toPrecision(11)));
  const percent = fixed[3] === "%";
  const decimals = fixed[2]?.length ?? 0;
  const shown = (percent ? n * 100 : n).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: code.includes(","),
  });
  return percent ? `${shown}%` : shown;
}

export function formatCell(value: CellValue, format: string | null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (typeof value === "number") {
    if (format && isDateFormat(format)) return formatDate(value, format);
    return formatNumber(value, format);
  }
  return "error" in value ? value.error : `=${value.formula}`;
}

/** Numbers, dates and booleans stand on the right, as in Excel. */
export function alignsRight(value: CellValue): boolean {
  return typeof value === "number";
}
