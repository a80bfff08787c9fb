// Why a settings value is refused, and what follows for each (worded in the message table,
// catalogue/wording-cells.ts). The period, the scheme, the balance mode and the SD prefix are
// never put in by default: one written but not read is an error holding back every declaration
// (a Settings finding reaches everything, engine/reach.ts).
import type { Consequence } from "../engine/catalogue/details";
import { type Own, ownRefusal } from "./settings-own-certificate";

export type BadSetting =
  | "value"
  | "whole-months"
  | "calendar-year"
  | "tolerance-range"
  | "separator"
  | "date-order"
  | "one-scheme"
  | "prefix-year"
  | Own;

/**
 * The period settings: one present but not read is an error holding back every declaration (a
 * Settings finding reaches everything, engine/reach.ts), never the default put in its place.
 */
export const PERIOD_SETTINGS: Readonly<Record<string, Consequence>> = {
  periodMonths: "setting-whole-months",
  periodStart: "setting-period-start",
  mode: "setting-mode-unread", // brk19: the default end of period would issue what continuous holds
};

/** Refusals that are errors: a scheme cannot be chosen between two, a prefix's year doubled (brk19 11), a calendar year's start not stated. */
export const ERROR_REASONS: ReadonlySet<BadSetting> = new Set<BadSetting>([
  "one-scheme",
  "prefix-year",
  "calendar-year",
]);

/** What follows for a refused setting, worded in the message table (catalogue/wording-cells.ts). */
export const SETTING_REASONS: Record<BadSetting, Consequence> = {
  value: "setting-unused",
  "whole-months": "setting-whole-months",
  "calendar-year": "setting-calendar-year",
  "tolerance-range": "setting-tolerance-range",
  separator: "setting-separator",
  "date-order": "setting-date-order",
  "one-scheme": "setting-one-scheme",
  "prefix-year": "setting-prefix-year",
  "no-certificate": "setting-unused",
  "certificate-remark": "setting-unused",
};

/** The reason a setting's value is refused, where "value" (no value the add-in understands) says too little. */
export const SPECIFIC: Record<string, (value: string) => BadSetting> = {
  scheme: () => "one-scheme", // brk19: "ISCC" or "RED" is no scheme; the default ISCC EU is no reading
  periodMonths: () => "whole-months",
  stockTolerance: () => "tolerance-range",
  conversionTolerance: () => "tolerance-range",
  decimalSeparator: () => "separator",
  dateOrder: () => "date-order",
  ownCertificate: ownRefusal,
  sdPrefix: () => "prefix-year",
};
