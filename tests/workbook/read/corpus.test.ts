// The accuracy of recognition on the labelled corpus (header-corpus.ts): each layout becomes a
// sheet with values of the right kind under its header; recognition must find the header row and
// kind (≥ 98 % of layouts), map the required fields top-1 (≥ 95 %), and never apply a wrong
// mapping of a required field without asking the user to confirm it. Accuracy per field is printed.
import type { CellValue } from "../../../src/workbook/port";
import { fieldsOf, kindSpec } from "../../../src/workbook/fields";
import { columnLetter } from "../../../src/workbook/a1";
import { readWorkbook } from "../../../src/workbook/read";
import { serial, sheet } from "../fixtures";
import { type Cell, type Filler, type Layout, LAYOUTS } from "./header-corpus";

const ROWS = 30;
const PRODUCTS = ["UCO", "Rapeseed oil", "HVO", "FAME"];
const PARTIES = ["Saipol SA", "Collector A GmbH", "Refinery B BV", "Nordic Fuels AB"];
const ORIGINS = ["DE", "FR", "NL", "PL"];
const RAW = ["Used cooking oil", "Rapeseed", "Animal fat Cat. 1", "Tallow"];
const SITES = ["Hamburg", "Mannheim", "Rotterdam"];

/** A value of row `i` for a column holding `field` (or, unmapped, of the `filler` kind). */
function valueFor(field: string | null, filler: Filler | undefined, i: number, layout: Layout): CellValue {
  const day = serial("2025-01-02") + i * 3;
  switch (field) {
    case null:
      switch (filler ?? "text") {
        case "number":
          return 1000 + i * 37.5;
        case "date":
          return day - 2;
        case "month":
          return `2023-${String((i % 12) + 1).padStart(2, "0")}`;
        case "yesno":
          return i % 3 === 0 ? "no" : "yes";
        default:
          return `note ${i % 7}`;
      }
    case "date":
    case "dispatchDate":
    case "validFrom":
    case "validTo":
    case "validUntil":
    case "installationStartDate":
      return field === "installationStartDate" ? serial("2012-05-01") : day;
    case "product":
    case "inputProduct":
      return PRODUCTS[i % PRODUCTS.length]!;
    case "outputProduct":
      return "Biodiesel";
    case "quantity":
    case "inQuantity":
    case "outQuantity":
    case "inputQuantity":
    case "outputQuantity":
      return 20 + (i % 9) * 1.25;
    case "unit":
      return (layout.units ?? ["t"])[i % (layout.units?.length ?? 1)]!;
    case "supplier":
    case "customer":
    case "counterparty":
    case "holder":
      return PARTIES[i % PARTIES.length]!;
    case "supplierCertificate":
    case "customerCertificate":
    case "certificate":
    case "certificateNumber":
      return `EU-ISCC-Cert-DE105-${40012345 + (i % 5)}`;
    case "sdNumber":
      return `PoS-2025-${String(1000 + i)}`;
    case "linkedSds":
      return `PoS-2024-${i}; PoS-2024-${i + 1}`;
    case "countryOfOrigin":
      return ORIGINS[i % ORIGINS.length]!;
    case "rawMaterial":
      return RAW[i % RAW.length]!;
    case "wasteResidue":
    case "sustainable":
      return i % 4 === 0 ? "no" : "yes";
    case "annexIxPart":
      return i % 2 ? "A" : "B";
    case "scheme":
      return "ISCC EU";
    case "claim":
      return "ISCC Compliant";
    case "ghg.unit":
      return "g CO2eq/MJ";
    case "ghg.method":
      return "AV";
    case "direction":
      return i % 3 === 0 ? "Ausgang" : "Eingang";
    case "site":
    case "fromSite":
      return SITES[i % SITES.length]!;
    case "toSite":
      return SITES[(i + 1) % SITES.length]!;
    case "customerAddress":
    case "dispatchAddress":
      return `Hafenstraße ${i + 1}, 20457 Hamburg`;
    case "factor":
      return 0.41;
    case "status":
      return "valid";
    case "density":
      return 0.883;
    case "heatingValue":
      return 37.2;
    default:
      return field.startsWith("ghg.") ? 3.5 + (i % 5) : `value ${i}`;
  }
}

const fieldsOfCell = (c: Cell): string[] => (c[1] && !c[1].startsWith("~") ? c[1].split("+") : []);
const acceptable = (c: Cell, field: string): boolean => c[1] === `~${field}`;

function build(layout: Layout) {
  const above = layout.above ?? [];
  const rows: CellValue[][] = above.map((r) => [...r]);
  if (layout.group) rows.push([...layout.group]);
  rows.push(layout.columns.map((c) => c[0]));
  const formats: Record<string, string> = {};
  for (let i = 0; i < ROWS; i++) {
    const r = rows.length + 1;
    rows.push(
      layout.columns.map((c, col) => {
        const field = fieldsOfCell(c)[0] ?? c[1]?.replace("~", "") ?? null;
        const v = valueFor(field, c[2], i, layout);
        const isDate = field && /date|valid/i.test(field) && layout.dateFormat;
        if (isDate) formats[`${columnLetter(col)}${r}`] = layout.dateFormat!;
        return v;
      }),
    );
  }
  const merges = layout.group ? [] : undefined;
  return readWorkbook({
    name: `${layout.id}.xlsx`,
    sheets: [sheet(layout.sheet, rows, { formats, merges })],
  });
}

interface Tally {
  right: number;
  total: number;
}

describe("the header corpus", () => {
  const results = LAYOUTS.map((layout) => ({ layout, read: build(layout) }));
  const perField = new Map<string, Tally>();
  const wrongSilently: string[] = [];
  const misses: string[] = [];
  let headerRight = 0;
  let cells = 0;

  for (const { layout, read } of results) {
    const s = read.sheets[0]!;
    const headerRow = (layout.above?.length ?? 0) + (layout.group ? 1 : 0) + 1;
    if (s.kind === layout.kind && s.headerRow === headerRow) headerRight++;
    const required = new Set(kindSpec(layout.kind)!.needs.flat());
    layout.columns.forEach((c, col) => {
      cells++;
      const letter = columnLetter(col);
      const expected = fieldsOfCell(c);
      const got = Object.entries(s.columns)
        .filter(([, l]) => l === letter)
        .map(([f]) => f);
      for (const f of expected) {
        const t = perField.get(f) ?? { right: 0, total: 0 };
        t.total++;
        if (got.includes(f)) t.right++;
        else misses.push(`${layout.id}: "${c[0]}" should be ${f}, is ${got.join("+") || "unmapped"}`);
        perField.set(f, t);
      }
      for (const f of got)
        if (!expected.includes(f) && !acceptable(c, f))
          misses.push(`${layout.id}: "${c[0]}" read as ${f} (${s.confidence[f]})`);
      // a required field mapped to a column that does not hold it, and applied as sure
      for (const f of got) {
        if (!expected.includes(f) && !acceptable(c, f) && required.has(f) && s.confidence[f] !== "uncertain")
          wrongSilently.push(`${layout.id}: ${f} -> ${letter} "${c[0]}" (${s.confidence[f]})`);
      }
    });
    // a required field expected but mapped elsewhere counts above; one not mapped at all too
  }

  const requiredIds = new Set(LAYOUTS.flatMap((l) => kindSpec(l.kind)!.needs.flat()));
  const sum = (ids: string[]) =>
    ids.reduce(
      (t, id) => ({ right: t.right + perField.get(id)!.right, total: t.total + perField.get(id)!.total }),
      {
        right: 0,
        total: 0,
      },
    );

  it("is big enough: at least 300 header cells from at least 30 layouts", () => {
    expect(LAYOUTS.length).toBeGreaterThanOrEqual(30);
    expect(cells).toBeGreaterThanOrEqual(300);
    // every label names a field of its layout's kind
    for (const l of LAYOUTS) {
      const ids = new Set(fieldsOf(l.kind).map((f) => f.id));
      for (const c of l.columns)
        for (const f of fieldsOfCell(c)) expect(`${l.id}: ${f}`).toBe(ids.has(f) ? `${l.id}: ${f}` : "");
    }
  });

  it("prints top-1 accuracy per field", () => {
    const lines = [...perField.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([f, t]) =>
          `${requiredIds.has(f) ? "*" : " "} ${f.padEnd(24)} ${t.right}/${t.total}  ${((100 * t.right) / t.total).toFixed(0)} %`,
      );
    const req = sum([...perField.keys()].filter((f) => requiredIds.has(f)));
    const all = sum([...perField.keys()]);
    console.log(
      [
        `Header corpus: ${LAYOUTS.length} layouts, ${cells} header cells (* required)`,
        ...lines,
        `required fields: ${req.right}/${req.total} = ${((100 * req.right) / req.total).toFixed(1)} %`,
        `all fields: ${all.right}/${all.total} = ${((100 * all.right) / all.total).toFixed(1)} %`,
        `header row and kind: ${headerRight}/${LAYOUTS.length}`,
        ...(misses.length ? ["misses:", ...misses.map((m) => `  ${m}`)] : []),
      ].join("\n"),
    );
    expect(perField.size).toBeGreaterThan(20);
  });

  it("maps at least 95 % of the required fields to their column", () => {
    const req = sum([...perField.keys()].filter((f) => requiredIds.has(f)));
    expect(req.right / req.total).toBeGreaterThanOrEqual(0.95);
  });

  it("never applies a wrong mapping of a required field without a 'please confirm'", () => {
    expect(wrongSilently).toEqual([]);
  });

  it("finds the header row and the kind of at least 98 % of the layouts", () => {
    const wrong = results
      .filter(({ layout, read }) => {
        const s = read.sheets[0]!;
        const headerRow = (layout.above?.length ?? 0) + (layout.group ? 1 : 0) + 1;
        return s.kind !== layout.kind || s.headerRow !== headerRow;
      })
      .map(({ layout, read }) => `${layout.id}: ${read.sheets[0]!.kind} row ${read.sheets[0]!.headerRow}`);
    // at 98 % of these layouts none may be missed; the list says which were
    if (headerRight / LAYOUTS.length < 0.98) expect(wrong).toEqual([]);
    expect(headerRight / LAYOUTS.length).toBeGreaterThanOrEqual(0.98);
  });
});
