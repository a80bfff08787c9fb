// Damage to a workbook's shared strings, which exceljs reads silently or fails on with its own
// words: a text cell (`<c t="s"><v>7</v></c>`) holds the index of its text in xl/sharedStrings.xml.
// - Without that part, exceljs reads each text cell as its index: a heading becomes the number 7,
//   and a run read nothing and said only that no header was found.
// - With an index beyond the part's texts, exceljs fails with "Cannot read properties of
//   undefined (reading 'richText')".
// Both are a damaged file, said in the user's words with the first cell concerned.
import JSZip from "jszip";
import { cellPlace } from "../a1";
import { decode } from "./sheet-names";

const SHARED_STRINGS = "xl/sharedStrings.xml";
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
// a cell's attributes and, for a value cell, its stored value
const CELL = /<c\b([^>]*?)(?:\/>|>\s*(?:<f\b[^>]*(?:\/>|>[^<]*<\/f>)\s*)?(?:<v>([^<]*)<\/v>)?)/g;
const TEXT_CELL = /\bt="s"/;

/** A workbook the xlsx adapter cannot read as stored: its message says where, for the user. */
export class DamagedWorkbookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DamagedWorkbookError";
  }
}

/**
 * Throws a DamagedWorkbookError where a worksheet part `xml` holds text cells and the package has
 * no shared strings part (`zip`: the package, `part`: the worksheet's path).
 */
export async function checkSharedStringsPresent(zip: JSZip, part: string, xml: string): Promise<void> {
  if (zip.file(SHARED_STRINGS) || !TEXT_CELL.test(xml)) return;
  const first = firstCell(xml, () => true);
  throw new DamagedWorkbookError(
    `its cell texts (the part ${SHARED_STRINGS}) are missing, so ${await where(zip, part, first)} and every other text cell cannot be read`,
  );
}

/**
 * Where the package's first text cell points beyond its shared strings: a DamagedWorkbookError to
 * throw, or null where every index is held (the failure had another cause). Read only after
 * exceljs failed, so a sound file is never scanned twice.
 */
export async function danglingSharedString(buf: ArrayBuffer): Promise<DamagedWorkbookError | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return null;
  }
  const strings = zip.file(SHARED_STRINGS);
  if (!strings) return null;
  const count = ((await strings.async("string")).match(/<si[\s>/]/g) ?? []).length;
  for (const part of Object.keys(zip.files).filter((p) => WORKSHEET.test(p))) {
    const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
    if (!TEXT_CELL.test(xml)) continue;
    const found = firstCell(xml, (index) => index >= count);
    if (found.ref === null && found.index === null) continue;
    return new DamagedWorkbookError(
      `${await where(zip, part, found)} refers to text number ${String((found.index ?? 0) + 1)}, but the file holds ${count === 1 ? "1 text" : `${count} texts`}`,
    );
  }
  return null;
}

interface Found {
  ref: string | null;
  index: number | null;
}

/** The first text cell whose stored index `wanted` accepts: its address and index, or nulls. */
function firstCell(xml: string, wanted: (index: number) => boolean): Found {
  for (const m of xml.matchAll(CELL)) {
    const attrs = m[1] ?? "";
    if (!TEXT_CELL.test(attrs)) continue;
    const index = m[2] === undefined ? null : Number(m[2]);
    if (index === null || !Number.isInteger(index) || !wanted(index)) continue;
    return { ref: /\br="([A-Za-z]+\d+)"/.exec(attrs)?.[1] ?? null, index };
  }
  return { ref: null, index: null };
}

/** "cell Receipts!B3", or "a cell of sheet Receipts" where the cell has no address. */
async function where(zip: JSZip, part: string, found: Found): Promise<string> {
  const sheet = (await sheetOfPart(zip, part)) ?? part;
  return found.ref ? `cell ${cellPlace(sheet, found.ref)}` : `a cell of sheet "${sheet}"`;
}

/** The name xl/workbook.xml gives the worksheet stored at `part`, through its relationship. */
async function sheetOfPart(zip: JSZip, part: string): Promise<string | null> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return null;
  let id: string | null = null;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    if (path === part) id = /\bId="([^"]*)"/.exec(m[0])?.[1] ?? null;
  }
  if (!id) return null;
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    if (name !== undefined && m[0].includes(`:id="${id}"`)) return decode(name);
  }
  return null;
}
