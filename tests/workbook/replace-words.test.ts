// (brk24 §1) Which way a remark of replacing points, in seven languages: "this line replaces an
// earlier one" (the active form: the live line, booked) against "this line was replaced by
// another" (the passive form: the old line, not booked). German "ersetzt" and French "remplace"
// typed without its accent are both forms; what follows decides (src/workbook/replace-words.ts,
// status-words.ts, status-read.ts).
import { statusOf } from "../../src/workbook/status-read";

const REPLACES: Record<string, string[]> = {
  de: [
    "ersetzt ON-2024-0099",
    "Ersetzt ON-2024-0099",
    "ersetzt SD ON-2024-0099",
    "ersetzt Zeile 4",
    "ersetzt Lieferung vom 28.02.",
    "ersetzt #4711",
    "ersetzt: SD-4",
    "Ersatz für ON-2024-0099",
    "als Ersatz fuer SD-4",
    "anstelle von SD-4",
  ],
  en: [
    "replaces ON-2024-0099",
    "Replaces SD-4",
    "replacement for SD-4",
    "in place of SD-4",
    "supersedes SD-4",
  ],
  fr: [
    "remplace ON-2024-0099",
    "Remplace la DD 4",
    "annule et remplace SD-4",
    "en remplacement de ON-2024-0099",
    "en remplacement du bon 12",
  ],
  it: ["sostituisce ON-2024-0099", "in sostituzione di ON-2024-0099", "annulla e sostituisce SD-4"],
  es: [
    "sustituye a ON-2024-0099",
    "reemplaza ON-2024-0099",
    "en sustitución de SD-4",
    "anula y sustituye SD-4",
  ],
  nl: ["vervangt ON-2024-0099", "ter vervanging van ON-2024-0099"],
  pl: ["zastępuje ON-2024-0099", "w miejsce ON-2024-0099", "w zastępstwie SD-4"],
};

const REPLACED: Record<string, string[]> = {
  de: [
    "ersetzt durch ON-2025-0005",
    "ersetzt",
    "Ersetzt",
    "ersetzt am 03.03.",
    "ersetzt 28.02.",
    "storniert, ersetzt durch Zeile 4",
  ],
  en: ["replaced by ON-2025-0005", "replaced", "superseded by SD-9", "Replaced by line 7", "superseded"],
  fr: [
    "remplacé par ON-2025-0005",
    "remplace par ON-2025-0005",
    "remplacé",
    "remplacée",
    "Remplacé ON-2025-0005",
    "remplacé le 03.03.",
  ],
  it: ["sostituito da ON-2025-0005", "sostituita da SD-9", "sostituito", "sostituito con SD-9"],
  es: ["reemplazado por ON-2025-0005", "sustituido por SD-9", "sustituida por SD-9", "reemplazada por SD-9"],
  nl: ["vervangen door ON-2025-0005", "vervangen"],
  pl: ["zastąpiony przez ON-2025-0005", "zastąpiona przez SD-9", "zastąpione", "zastąpiony"],
};

describe("a line that replaces another is the live one: booked without a word", () => {
  it.each(Object.entries(REPLACES))("%s", (_, texts) => {
    expect(texts.map((t) => [t, statusOf(t)])).toEqual(texts.map((t) => [t, null]));
  });
});

describe("a line replaced by another is the old one: cancelled", () => {
  it.each(Object.entries(REPLACED))("%s", (_, texts) => {
    expect(texts.map((t) => [t, statusOf(t)])).toEqual(texts.map((t) => [t, "cancelled"]));
  });
});

it("counts: at least 30 spellings each way over seven languages", () => {
  const count = (r: Record<string, string[]>) => Object.values(r).flat().length;
  expect(Object.keys(REPLACES)).toHaveLength(7);
  expect(Object.keys(REPLACED)).toHaveLength(7);
  expect(count(REPLACES)).toBeGreaterThanOrEqual(30);
  expect(count(REPLACED)).toBeGreaterThanOrEqual(30);
});

it("words of no direction are as before: a bare 'Ersatz…' is free text, a cancellation stays one", () => {
  expect(statusOf("Ersatzlieferung")).toBe("unknown");
  expect(statusOf("storniert, ersetzt ON-2024-0099")).not.toBe(null);
  expect(statusOf("storniert")).toBe("cancelled");
  expect(statusOf("umgebucht")).toBe("cancelled");
});
