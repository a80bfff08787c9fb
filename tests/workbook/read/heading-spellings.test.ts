// Every field's headings as staff write them in English, German, French, Spanish, Italian and
// Dutch (with "N°", "Nº", "No.", "Nr.", "#" and the short forms of each trade), each on a sheet
// of its own in one real .xlsx file, through the recognisers: each heading is read as its field,
// and no heading of one field is read as another (a word list that grew into a neighbour's).
import { readWorkbook } from "../../../src/workbook/read";
import type { CellValue } from "../../../src/workbook/port";
import type { RecognisedSheet } from "../../../src/workbook/types";
import { sheet, throughXlsx } from "../fixtures";
import { SPELLINGS, type Layout, LAYOUTS, NOT_THESE } from "./heading-spellings";

jest.setTimeout(60_000);

/** The layout's sheet with `heading` in place of the field's usual column, or appended. */
function sheetOf(name: string, layout: Layout, field: string, heading: string): CellValue[][] {
  const at = layout.fields.indexOf(field);
  const header = [...layout.header];
  const row = [...layout.row];
  if (at >= 0) header[at] = heading;
  else {
    header.push(heading);
    row.push(layout.sample[field] ?? "x");
  }
  return [header, row];
}

interface Case {
  kind: string;
  field: string | null;
  heading: string;
}

async function readAll(cases: Case[]): Promise<RecognisedSheet[]> {
  const sheets = cases.map((c, i) => {
    const layout = LAYOUTS[c.kind] as Layout;
    return sheet(`${layout.name} ${i + 1}`, sheetOf(layout.name, layout, c.field ?? "", c.heading));
  });
  return readWorkbook(await throughXlsx(...sheets)).sheets;
}

/** The field a sheet read its probed column as ("-" when none). */
function fieldAt(s: RecognisedSheet, layout: Layout, c: Case): string {
  const at = c.field ? layout.fields.indexOf(c.field) : -1;
  const letter = String.fromCharCode(65 + (at >= 0 ? at : layout.header.length));
  return Object.entries(s.columns).find(([, l]) => l === letter)?.[0] ?? "-";
}

describe.each(Object.keys(SPELLINGS))("headings of a %s sheet", (kind) => {
  const layout = LAYOUTS[kind] as Layout;
  const cases: Case[] = Object.entries(SPELLINGS[kind] ?? {}).flatMap(([field, headings]) =>
    headings.map((heading) => ({ kind, field, heading })),
  );
  it("reads each heading as its field, on a sheet of that kind", async () => {
    const sheets = await readAll(cases);
    const got = cases.map((c, i) => `${c.heading} → ${sheets[i]!.kind}:${fieldAt(sheets[i]!, layout, c)}`);
    const want = cases.map((c) => `${c.heading} → ${kind}:${c.field}`);
    expect(got).toEqual(want);
  });
});

describe("headings that name something else", () => {
  it.each(Object.keys(NOT_THESE))("are not read as a field of a %s sheet they do not name", async (kind) => {
    const layout = LAYOUTS[kind] as Layout;
    const entries = Object.entries(NOT_THESE[kind] ?? {});
    const cases: Case[] = entries.map(([heading]) => ({ kind, field: null, heading }));
    const sheets = await readAll(cases);
    const got = cases.map((c, i) => `${c.heading} → ${fieldAt(sheets[i]!, layout, c)}`);
    const want = entries.map(([heading, field]) => `${heading} → ${field}`);
    expect(got).toEqual(want);
  });
});
