// Each setting value is read exactly, in the workbook's languages, or refused at its cell with a
// finding that says what to type: never ignored, never read as something it does not say.
import { readWorkbook } from "../../../src/workbook/read";
import { sheet, throughXlsx } from "../fixtures";

async function settingsOf(key: string, value: string) {
  const { ledger, findings } = readWorkbook(
    await throughXlsx(
      sheet("Settings", [
        ["Company name", "Ölmühle Rhein GmbH"],
        [key, value],
      ]),
    ),
  );
  const { source: _, ...settings } = ledger.settings;
  return { settings, at: findings.filter((f) => f.sheet === "Settings" && f.cell === "B2") };
}

describe("setting values in the workbook's languages", () => {
  it.each([
    ["Decimal separator", "Komma", { decimalSeparator: "comma" }],
    ["Decimal separator", "virgule", { decimalSeparator: "comma" }],
    ["Decimal separator", "coma", { decimalSeparator: "comma" }],
    ["Decimal separator", "Punto", { decimalSeparator: "point" }],
    ["Dezimaltrennzeichen", "Komma", { decimalSeparator: "comma" }],
    ["Séparateur décimal", "virgule", { decimalSeparator: "comma" }],
    ["Separador decimal", "coma", { decimalSeparator: "comma" }],
    ["Date order", "TT.MM.JJJJ", { dateOrder: "dmy" }],
    ["Datumsformat", "TT/MM/JJ", { dateOrder: "dmy" }],
    ["Format de date", "JJ/MM/AAAA", { dateOrder: "dmy" }],
    ["Formato de fecha", "DD/MM/AAAA", { dateOrder: "dmy" }],
    ["Date order", "MM/DD/YYYY", { dateOrder: "mdy" }],
    ["Date order", "jour mois année", { dateOrder: "dmy" }],
    ["Scheme", "ISCC PLUS", { scheme: "ISCC PLUS" }],
    ["Schema", "ISCC PLUS", { scheme: "ISCC PLUS" }],
    ["Schéma", "ISCC EU", { scheme: "ISCC EU" }],
    ["Esquema", "ISCC PLUS", { scheme: "ISCC PLUS" }],
    ["Période (mois)", "3", { periodMonths: 3 }],
    ["Periodo", "trimestral", { periodMonths: 3 }],
    ["Période", "12 mois", { periodMonths: 12 }],
  ] as [string, string, object][])("%s | %s", async (key, value, want) => {
    const { settings, at } = await settingsOf(key, value);
    expect(at).toEqual([]);
    expect(settings).toEqual({ companyName: "Ölmühle Rhein GmbH", ...want });
  });

  it.each([
    ["Scheme", "ISCC EU/PLUS", "error", /one scheme: write "ISCC EU" or "ISCC PLUS"/],
    ["Scheme", "ISCC EU + ISCC PLUS", "error", /one scheme/],
    ["Schema", "ISCC EU und ISCC PLUS", "error", /one scheme/],
    ["Date order", "JJ.MM.TT", "warning", /write "DMY" \(31\/03\/2025\) or "MDY"/],
    ["Date order", "yyyy-mm-dd", "warning", /write "DMY"/],
    // two orders in one value (p-dates6: "TT.MM.JJJJ hh:mm" is now read day first, date-order-spellings)
    ["Date order", "TT.MM.JJJJ oder MM/TT/JJJJ", "warning", /write "DMY"/],
    ["Date order", "MM/DD/YYYY (European)", "warning", /write "DMY"/],
    ["Date order", "YYYY-DD-MM", "warning", /write "DMY"/],
    ["Decimal separator", "Komma oder Punkt", "warning", /write "comma" \(1.234,5\) or "point"/],
    ["Decimal separator", "Dezimal", "warning", /write "comma"/],
  ])("%s | %s is refused at its cell", async (key, value, severity, says) => {
    const { settings, at } = await settingsOf(key, value);
    expect(settings).toEqual({ companyName: "Ölmühle Rhein GmbH" });
    expect(at).toEqual([expect.objectContaining({ code: "invalid-value", severity })]);
    expect(at[0]!.message).toMatch(says);
  });
});
