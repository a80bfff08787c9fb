// Rows of a settings sheet that are not read (docs/reading-your-sheets.md "Settings"): a key the
// add-in does not know ("Bilanzjahr", "Verantwoordelijke"), or a setting written twice, is
// said at its cell with the settings the add-in reads, never dropped without a word: a period
// length or start, a scheme, a balance mode or an SD prefix not read changes every balance or
// number, so such a row is an error holding back every declaration (a key like a period's or an
// SD prefix's, a value naming a scheme or a mode, such a setting written twice; unread-setting-kind.ts). The heading row of the sheet
// ("Setting | Value", "Einstellung | Wert", "Paramètre | Valeur", "Parámetro | Valor",
// "Impostazione | Valore", "Instelling | Waarde") is no setting. Pure.
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
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
  /^(?:settings?|einstellung(?:en)?|parameters?|parametres?|parametros?|parametri|impostazion[ei]|instelling(?:en)?|key|schlussel|name|bezeichnung|value|wert|valeur|valor|valore|waarde|configuration|configuracion|configurazione|ajuste|ajustes|reglage|reglages)$/;

/**
 * The rows of a settings sheet `grid` with a key and a value that no entry of `entries` reads: a
 * warning (invalid-value, reason setting-unread) at the key's cell; `read` names the cell of the
 * entry that reads the same setting where it is a repeat.
 */
export function unreadSettingRows(grid: Grid, entries: readonly SettingsEntry[]): Finding[] {
  const out: Finding[] = [];
  const rows = Math.min(SCAN_ROWS, grid.rowCount);
  const read = new Set(entries.map((e) => e.row));
  for (let r = 0; r < rows; r++) {
    if (read.has(r)) continue;
    const cells = grid.sheet.values[r] ?? [];
    const k = cells.findIndex((v) => !isBlank(v));
    const key = cells[k];
    if (k < 0 || typeof key !== "string") continue;
    const value = cells.slice(k + 1, k + 4).find((v) => !isBlank(v));
    if (value === undefined) continue;
    const heading = [key, value].every((v) => typeof v === "string" && HEADING.test(fold(v).trim()));
    if (heading) continue;
    const same = lookup(key);
    const first = same && entries.find((e) => e.field.id === same.id);
    const shown = typeof value === "object" && value !== null ? "" : String(value);
    // a period, scheme, mode or SD prefix not read (an unknown key naming one, or one written
    // twice with two values) holds back everything (unread-setting-kind.ts)
    const held = same
      ? first && String(grid.value(first.row, first.col)) !== String(value)
        ? REPEATED[same.id]
        : undefined
      : unreadSettingKind(key, value);
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
