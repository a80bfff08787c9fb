// A date cell read as the person sees it: a serial in the workbook's date system, or a text in
// the column's day order; a year or a month alone is refused, and so is a day after 2199.
import { dateShown } from "./dates";
import { excelNumber, parseDateText, serialToIso } from "./values";
import { type Conventions, type FieldRead, whyAmbiguous } from "./cell-read";
import { daysOf, orderReadings } from "./order-readings";
import { weekdayOf } from "./date-weekday";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-05-24" as the person sees it: "24 May 2025", "May 2025" or "2025". */
export function showDate(iso: string, shown: "day" | "month" | "year" = "day"): string {
  const [y, m, d] = iso.split("-");
  const month = MONTHS[Number(m) - 1] ?? m;
  if (shown === "year") return y ?? iso;
  if (shown === "month") return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

export function readDate(
  v: string | number | boolean,
  conv: Conventions,
  format: string | null | undefined,
  yearAllowed: boolean,
): FieldRead {
  if (typeof v === "number") {
    const shown = dateShown(format);
    // a whole number from 1900 to 2199 in a cell not formatted as a date is a year, not a serial
    if (Number.isInteger(v) && v >= 1900 && v <= 2199 && !shown) {
      return yearAllowed
        ? { kind: "ok", value: String(v) }
        : { kind: "bad", code: "invalid-date", text: String(v), reason: "year-only" };
    }
    // 20250305: a date written as digits (SAP and other exports)
    if (Number.isInteger(v) && v >= 19000101 && v <= 21991231 && !shown)
      return readDate(String(v), conv, null, false);
    const iso = serialToIso(v, conv.dateSystem);
    if (!iso.ok) {
      return iso.range
        ? { kind: "bad", code: "invalid-date", text: excelNumber(v), reason: "range" }
        : { kind: "bad", code: "invalid-date", text: excelNumber(v) };
    }
    // a date cell that shows only a month or a year ("Mar 2025" as Excel stores it, the 1st): no day
    if (shown === "year" && yearAllowed) return { kind: "ok", value: iso.value.slice(0, 4) };
    if (shown === "month" || shown === "year")
      return {
        kind: "bad",
        code: "invalid-date",
        text: showDate(iso.value, shown),
        reason: shown === "year" ? "year-only" : "month-only",
      };
    if (shown === "time")
      return { kind: "bad", code: "invalid-date", text: excelNumber(v), reason: "time-shown" };
    // a day after 2199 is quoted as the cell shows it ("8 Jan 2205"), not as its serial
    return bookDate(iso.value, shown ? showDate(iso.value) : excelNumber(v));
  }
  if (typeof v === "boolean") return { kind: "bad", code: "invalid-date", text: String(v) };
  const parsed = parseDateText(v, conv.date, conv.year ?? null);
  const stated = conv.dateSetting && orderAgainstSetting(v, conv.dateSetting, parsed.ok);
  if (stated) return stated;
  if (!parsed.ok) {
    if (parsed.partial === "year" && yearAllowed) return { kind: "ok", value: v.trim() };
    if (parsed.ambiguous) {
      const { dmy, mdy, ymd } = parsed.ambiguous;
      const readings = [
        dmy && `${showDate(dmy)} (day first)`,
        mdy && `${showDate(mdy)} (month first)`,
        ymd && `${showDate(ymd)} (year first)`,
      ].filter((x): x is string => !!x);
      const detail =
        readings.length > 1
          ? `${readings.slice(0, -1).join(", ")} or ${readings.at(-1)}`
          : (readings[0] ?? "");
      // a two-digit year that could lead: only writing it in four digits settles it
      // (or, where the settings state an order the column's year-first dates contradict, that)
      const why = ymd
        ? {
            reason: conv.contradicted?.year
              ? ("year-contradicts-setting" as const)
              : ("two-digit-year" as const),
          }
        : whyAmbiguous(conv, "date");
      return { kind: "bad", code: "ambiguous-date", text: v, ...why, detail };
    }
    if (parsed.range) return { kind: "bad", code: "invalid-date", text: v, reason: "range" };
    if (parsed.weekday) {
      const detail = `${showDate(parsed.weekday)} is a ${WEEKDAYS[weekdayOf(parsed.weekday)] ?? ""}`;
      return { kind: "bad", code: "invalid-date", text: v, reason: "weekday", detail };
    }
    const reason =
      parsed.partial === "year" ? "year-only" : parsed.partial === "month" ? "month-only" : undefined;
    return reason
      ? { kind: "bad", code: "invalid-date", text: v, reason }
      : { kind: "bad", code: "invalid-date", text: v };
  }
  return bookDate(parsed.value, v);
}

/** Books hold days from 1900 to 2199 (the engine's range, domain.md §7): later ones are refused here, at the cell. */
const LAST_BOOK_YEAR = 2199;

function bookDate(iso: string, text: string): FieldRead {
  return Number(iso.slice(0, 4)) > LAST_BOOK_YEAR
    ? { kind: "bad", code: "invalid-date", text, reason: "range" }
    : { kind: "ok", value: iso };
}

const ORDER_NAMES = {
  dmy: "day first",
  mdy: "month first",
  ymd: "year first",
  ydm: "year first, day before month",
} as const;

/**
 * Where a "Date order" setting was written (p-dates6), the refusal of a text date whose day rests
 * on an order the setting should have told: any order read differently where the setting was
 * refused ("2025-03-10" is 10 March, or 3 October as YYYY-DD-MM; reason order-setting-refused),
 * and a dotted date read day first by custom where the setting says month first ("05.03.2025";
 * reason dotted-against-setting; only where the date is `read`, a refused one keeps its finding).
 * Null where the date reads one day whatever the order ("2025-03-13", "13.03.2025", a month name).
 */
function orderAgainstSetting(
  v: string,
  setting: NonNullable<Conventions["dateSetting"]>,
  read: boolean,
): FieldRead | null {
  const dotted = setting.order === "mdy" && read;
  if (setting.order !== null && !dotted) return null;
  const r = orderReadings(v);
  if (!r) return null;
  const orders = (Object.keys(ORDER_NAMES) as (keyof typeof ORDER_NAMES)[]).filter((o) => r[o]);
  if (setting.order === null) {
    if (daysOf(r).length < 2) return null;
    const seen = new Set<string>();
    // each day once, by the first order that reads it
    const named = orders.filter((o) => !seen.has(r[o]!) && seen.add(r[o]!));
    return refusal(
      v,
      "order-setting-refused",
      named.map((o) => `${showDate(r[o]!)} (${ORDER_NAMES[o]})`),
      setting.at,
    );
  }
  if (!r.dotted || !r.dmy || !r.mdy || r.dmy === r.mdy) return null;
  return refusal(
    v,
    "dotted-against-setting",
    [
      `${showDate(r.dmy)} (day first, as dotted dates are written)`,
      `${showDate(r.mdy)} (month first, as the setting says)`,
    ],
    setting.at,
  );
}

function refusal(
  v: string,
  reason: "order-setting-refused" | "dotted-against-setting",
  readings: string[],
  setting: string,
): FieldRead {
  const detail = `${readings.slice(0, -1).join(", ")} or ${readings.at(-1) ?? ""}`;
  return { kind: "bad", code: "ambiguous-date", text: v, reason, detail, setting };
}
