// Rows of a settings sheet that are not read (docs/reading-your-sheets.md "Settings"): a key the
// add-in does not know ("Bilanzjahr", "Verantwoordelijke"), or a setting written twice, is
// said at its cell with the settings the add-in reads, never dropped without a word: a period
// length or start, a scheme, a balance mode or an SD prefix not read changes every balance or
// number, so such a row is an error holding back every declaration (a key like a period's or an
// SD prefix's, a value naming a scheme or a mode, such a setting written twice; unread-setting-kind.ts). The heading row of the sheet
// ("Setting | Value", "Einstellung | Wert", "Paramètre | Valeur", "Parámetro | Valor",
// "Impostazione | Valore", "Instelling | Waarde", "Ustawienie | Wartość") is no setting. Where no
// SD number prefix is read, a row not read whose value may be one is an error too (brk28 L1): the
// SDs would be numbered SD-… for good; a sheet with no such row keeps the documented default "SD". Pure.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { showDate } from "./cell-dates";
import { type DateSystem, dateShown, serialToIso } from "./dates";
import { type Grid, isBlank } from "./grid";
import { fold } from "./normalise";
import { readFinding } from "./read-findings";
import { lookup } from "./settings-keys";
import type { SettingsEntry } from "./settings-sheet";
import { REPEATED, unreadSettingKind } from "./unread-setting-kind";

/** Rows scanned for settings (as settingsEntries). */
const SCAN_ROWS = 100;
/** Words of a settings sheet's heading row: the key column's and the value column's. */
const HEADING =
  /^(?:settings?|einstellung(?:en)?|parameters?|parametres?|parametros?|parametri|parametry?|impostazion[ei]|instelling(?:en)?|ustawieni[ae]|key|schlussel|klucz|nazwa|name|bezeichnung|value|values|wert|werte|valeur|valeurs|valor|valores|valore|valori|waarde|waarden|wartosc|wartosci|configuration|configuracion|configurazione|konfiguracja|ajuste|ajustes|reglage|reglages|setting name|sleutel|chiave|clave|cle|opcja|opcje)$/;

/**
 * The rows of a settings sheet `grid` with a key and a value that no entry of `entries` reads: a
 * warning (invalid-value, reason setting-unread) at the key's cell; `read` names the cell of the
 * entry that reads the same setting where it is a repeat.
 */
export function unreadSettingRows(
  grid: Grid,
  entries: readonly SettingsEntry[],
  system: DateSystem = 1900,
): Finding[] {
  const out: Finding[] = [];
  const rows = Math.min(SCAN_ROWS, grid.rowCount);
  const read = new Set(entries.map((e) => e.row));
  // (brk28 L1) no SD prefix read: a row not read may state it, and an issued number is permanent
  const noPrefix = !entries.some((e) => e.field.id === "sdPrefix");
  for (let r = 0; r < rows; r++) {
    if (read.has(r)) continue;
    const cells = grid.sheet.values[r] ?? [];
    const k = cells.findIndex((v) => !isBlank(v));
    const key = cells[k];
    if (k < 0 || typeof key !== "string") continue;
    const at = cells.findIndex((v, c) => c > k && c <= k + 3 && !isBlank(v));
    const value = at < 0 ? undefined : cells[at];
    if (value === undefined) continue;
    const heading = [key, value].every((v) => typeof v === "string" && HEADING.test(fold(v).trim()));
    if (heading) continue;
    const same = lookup(key);
    const first = same && entries.find((e) => e.field.id === same.id);
    // (brk26 L3) a date cell as the user sees it ("2 Apr 2025"), not its serial ("45749")
    const format = dateShown(grid.format(r, at));
    const shown =
      typeof value === "object" && value !== null
        ? ""
        : format === "day" || format === "month" || format === "year"
          ? shownDate(value, format, system)
          : String(value);
    // a period, scheme, mode or SD prefix not read (an unknown key naming one, or one written
    // twice with two values) holds back everything (unread-setting-kind.ts)
    const held =
      (same
        ? first && String(grid.value(first.row, first.col)) !== String(value)
          ? REPEATED[same.id]
          : undefined
        : unreadSettingKind(key, value)) ??
      (noPrefix && !same && mayBePrefix(value) ? "setting-prefix-unread" : undefined);
    out.push(
      readFinding("invalid-value", held ? "error" : "warning", grid.sheet.name, cellAddress(r + 1, k), {
        label: key.trim(),
        value: shown,
        reason: "setting-unread",
        ...(first ? { read: `${grid.sheet.name}!${cellAddress(first.row + 1, first.keyCol)}` } : {}),
        ...(held ? { consequence: held } : {}),
      }),
    );
  }
  return out;
}

/**
 * (brk28 L1) A value that may be an SD number prefix ("ACM", "ON-", "DE-ACM"): text of one word
 * of up to 20 characters with a letter or digit. Dates, numbers and sentences are none.
 */
function mayBePrefix(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const t = value.trim();
  return t.length > 0 && t.length <= 20 && !/\s/.test(t) && /[\p{L}\p{N}]/u.test(t);
}

/** A settings value in a date cell as its format shows it; its serial where it is no day. */
function shownDate(v: unknown, shown: "day" | "month" | "year", system: DateSystem): string {
  if (typeof v !== "number") return String(v);
  const iso = serialToIso(v, system);
  return iso.ok ? showDate(iso.value, shown) : String(v);
}
