// (p-values) A part or share of a delivery named by its words for "part" in six languages ("Teil",
// "Anteil", "davon", "part", "share", "portion", "partie", "parte", "porción", "quota", "porzione",
// "aandeel", "deel", "gedeelte"): "Nachhaltiger Teil (t)", "Zertifizierter Teil (%)", "Certified
// part (t)", "Portion durable (%)", "Parte certificada (t)" or "Quota certificata (%)" was mapped
// to no field at all, so the delivery was declared whole, and "davon Teil zertifiziert" read a plain
// 4 as 4 t. The rule, for every heading of the table: with a unit, a plain number is that quantity;
// with %, a percentage; with neither, a plain number is refused (share-number) and never taken as a
// quantity or a share, while a cell that says its unit ("4 t", "40 %") is read as it says.
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";

/** Headings of the sustainable or certified part, by language, without a unit. */
const PART_HEADINGS: Record<string, string[]> = {
  de: [
    "Nachhaltiger Teil",
    "Teil nachhaltig",
    "Zertifizierter Teil",
    "Teil zertifiziert",
    "davon Teil zertifiziert",
    "Anteil nachhaltig",
    "Anteil zertifiziert",
    "Nachhaltiger Anteil",
  ],
  en: [
    "Sustainable part",
    "Certified part",
    "Sustainable share",
    "Certified portion",
    "Sustainable proportion",
  ],
  fr: ["Part durable", "Partie durable", "Portion durable", "Partie certifiée", "Part certifiée"],
  es: [
    "Parte sostenible",
    "Porción sostenible",
    "Parte certificada",
    "Cuota sostenible",
    "Proporción sostenible",
  ],
  nl: ["Aandeel duurzaam", "Duurzaam deel", "Deel duurzaam", "Duurzaam gedeelte", "Gecertificeerd deel"],
  it: [
    "Quota sostenibile",
    "Parte sostenibile",
    "Porzione sostenibile",
    "Quota certificata",
    "Parte certificata",
  ],
};

const HEADINGS = Object.entries(PART_HEADINGS).flatMap(([lang, hs]) => hs.map((h) => [lang, h] as const));

/** One delivery of 10 t with `value` under `heading` in F: its part as read, and the findings at F2. */
function read(heading: string, value: CellValue) {
  const rows: CellValue[][] = [
    ["Datum", "Kunde", "Kundenadresse", "Produkt", "Menge (t)", heading],
    [serial("2025-02-03"), "Raff AG", "Hafenstr. 1, Hamburg", "UCO", 10, value],
  ];
  const r = readWorkbook({ name: "B.xlsx", sheets: [sheet("Verkauf", rows)] });
  const d = r.ledger.deliveries[0];
  const mapped = Object.entries(r.sheets[0]?.columns ?? {}).find(([, col]) => col === "F")?.[0];
  const part = d && (d.sustainablePart ?? d.sustainable);
  const unit = d && (d.sustainablePartUnit ?? d.sustainableUnit);
  const at = r.findings.filter((f) => f.cell === "F2").map((f) => (f.details as { reason?: string }).reason);
  return { mapped, read: part === undefined ? null : [part, unit ?? null], at };
}

describe("a part or share heading in six languages: a unit says a quantity, % a share, none refuses a plain number", () => {
  it.each(HEADINGS)("%s %s (t): a plain 4 is 4 t", (_lang, h) => {
    const r = read(`${h} (t)`, 4);
    expect(["sustainable", "sustainablePart"]).toContain(r.mapped);
    expect(r.read).toEqual(["4", "t"]);
    expect(r.at).toEqual([]);
  });

  it.each(HEADINGS)("%s %s (%%): a plain 40 is 40 %%", (_lang, h) => {
    const r = read(`${h} (%)`, 40);
    expect(r.read).toEqual(["40", "%"]);
    expect(r.at).toEqual([]);
  });

  it.each(HEADINGS)("%s %s: a plain 4 is refused (share-number), never a quantity", (_lang, h) => {
    const r = read(h, 4);
    expect(["sustainable", "sustainablePart"]).toContain(r.mapped);
    expect(r.read).toBeNull();
    expect(r.at).toEqual(["share-number"]);
  });

  it.each(HEADINGS)("%s %s: a cell that says its unit is read as it says", (_lang, h) => {
    expect(read(h, "4 t").read).toEqual(["4", "t"]);
    expect(read(h, "40 %").read).toEqual(["40", "%"]);
  });
});

describe("a part word beside a noun of an amount is a quantity; a heading that negates it is never the part", () => {
  it.each(["Teil Menge nachhaltig", "Nachhaltige Teilmenge", "davon nachhaltig"])(
    "%s: a plain 4 is 4 in the row's unit",
    (h) => {
      expect(read(h, 4).read?.[0]).toBe("4");
    },
  );

  it.each(["Nicht nachhaltiger Teil (t)", "Teil nicht nachhaltig (t)", "Non-certified part (t)"])(
    "%s is not read as the sustainable part",
    (h) => {
      expect(read(h, 4).mapped).toBeUndefined();
      expect(read(h, 4).read).toBeNull();
    },
  );
});
