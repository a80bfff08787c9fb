// Wording of invalid-value findings on the registers and the settings sheet: a certificate
// register's yes/no flag cell not read, and a settings row not read (p-registers).
import type { ReadDetails } from "./details";
import { CONSEQUENCES } from "./wording-cells";

/** invalid-value of a certificate register's yes/no flag cell: blank or no yes/no (workbook/certificate-flags.ts). */
export function certificateFlagText(d: ReadDetails): string {
  const what = d.value ? `"${d.value}" in ${d.label} is not yes or no` : `${d.label} is blank in this row`;
  return `${what}, so the add-in cannot tell whether the certificate is ${d.read ?? "valid"}; type yes or no (ja or nein, oui or non, sí or no, sì or no, ja or nee). Until then receipts on this certificate give no sustainable credit; their credit is unknown, not none, so the balances they feed are incomplete.`;
}

/** The settings the add-in reads, as the settings sheet may name them (workbook/settings-fields.ts). */
const SETTINGS_READ =
  "Company name, Company address, Own certificate no., Scheme, Period length (months), First period start, SD number prefix, Issue date of new declarations, Balance mode, Decimal separator, Date order, Stock tolerance (%), Conversion tolerance (%), Default unit of quantities, Operator type";

/** The SD prefix's key in the seven languages (workbook/settings-fields.ts, sd-prefix-words.ts). */
const SD_PREFIX_KEYS =
  '"SD number prefix" (Präfix SD-Nummern, Préfixe des numéros SD, Prefijo de los números SD, Prefisso numeri SD, Voorvoegsel SD-nummer, Prefiks numerów SD)';

/** What an unread row's value or key says, and the keys to write it under (workbook/settings-fields.ts), by its consequence. */
const UNREAD_KEYS: Partial<Record<NonNullable<ReadDetails["consequence"]>, [string, string]>> = {
  "setting-scheme-key": [
    "its value names a scheme",
    '"Scheme" (Zertifizierungssystem, Système de certification, Sistema de certificación, Sistema di certificazione, Certificeringssysteem, System certyfikacji)',
  ],
  "setting-mode-key": [
    "its value names a balance mode",
    '"Balance mode" (Bilanzmodus, Mode de bilan, Modo de balance, Modalità di bilancio, Balansmodus, Tryb bilansu)',
  ],
  "setting-prefix-key": ["it names the prefix of the SD numbers", SD_PREFIX_KEYS],
  "setting-prefix-unread": [
    "no SD number prefix is read on the sheet, and this row may state it",
    SD_PREFIX_KEYS,
  ],
};

/** The reasons of invalid-value worded by settingUnreadText. */
export const SETTING_TEXT_REASONS: ReadonlySet<string> = new Set([
  "setting-unread",
  "no-certificate",
  "certificate-remark",
]);

/** invalid-value (a warning) of a settings row not read: a key in no list, or a setting written twice; reason no-certificate (p-units3): the own certificate cell states none; certificate-remark (brk23 §5): a remark follows its number. */
export function settingUnreadText(d: ReadDetails): string {
  // (p-units3) the own certificate cell stating none (workbook/settings-own-certificate.ts)
  if (d.reason === "no-certificate")
    return `"${d.value}" in ${d.label} states no certificate (a status such as applied for, to come or expired, or a placeholder such as "-" or "n/a"), so no Sustainability Declaration can name it: type your certificate number as your certificate states it, such as EU-ISCC-Cert-DE100-12345678; until then the setting is not used and the declarations ask for it.`;
  // (brk23 §5) a remark after the number ("EU-ISCC-Cert-DE100-9 (alt)"): which number is meant is not said
  if (d.reason === "certificate-remark")
    return `"${d.value}" in ${d.label} has a remark after the certificate number, so it is not said that the number is the one valid now, and no Sustainability Declaration may print it: write the certificate number alone, such as EU-ISCC-Cert-DE100-12345678, and put a remark in another cell; until then the setting is not used and the declarations ask for it.`;
  // p-period: a row like a period's, or a period setting written twice with another value, is an error
  const then = d.consequence ? CONSEQUENCES[d.consequence] : "";
  const held = then ? ` ${then.charAt(0).toUpperCase()}${then.slice(1)}.` : "";
  // brk20 A2, brk19 §10: a key no list reads, whose value names a scheme or a mode, or an SD prefix's key
  const key = d.consequence ? UNREAD_KEYS[d.consequence] : undefined;
  if (key && !d.read)
    return `the settings row "${d.label}"${d.value ? ` ("${d.value}")` : ""} was not read: ${key[0]}, but "${d.label}" is no key the add-in knows. Name the row ${key[1]}, or move it off the settings sheet.${held}`;
  if (d.read)
    return `"${d.label}" sets a setting already set at ${d.read}; only that one is read, so this row is not: remove one of the two rows.${held}`;
  return `the settings row "${d.label}"${d.value ? ` ("${d.value}")` : ""} was not read: it is no setting the add-in knows, and a period length or first period start not read changes every balance. The settings it reads are ${SETTINGS_READ}; name the row as one of them (in English, German, French, Spanish, Italian, Dutch or Polish), or move it off the settings sheet.${held}`;
}
