// Repairs, before exceljs reads a file, what other programs write validly but exceljs misreads:
// - SpreadsheetML with a namespace prefix (`<x:worksheet xmlns:x="…/main">`, what the .NET Open XML
//   SDK writes): exceljs matches element names literally, so it found no sheets or cells at all;
//   the prefix is removed and the namespace made the default one.
// - ISO date cells (`<c t="d"><v>2025-03-05</v></c>`, what openpyxl writes with iso_dates=True):
//   exceljs reads the text with parseFloat, so every date became the serial 2025 (1905-07-17); the
//   cell is rewritten as its ISO text, which the reader reads as that day in a date column and
//   refuses as "a date, not a number" in a quantity column (a serial would pass for 45,721 t).
// - A formula whose stored result is the empty string (`<c t="str"><f>IF(F4="","",…)</f><v></v>`,
//   what Excel and LibreOffice write for a template row): exceljs cannot tell it from a formula never
//   calculated; its result is written as one space, which the reader takes for a blank cell.
// - A number format with backslash escapes (`0.0\ \k\g`, how Excel stores a typed `0.0 "kg"`):
//   exceljs drops every backslash, so the escaped unit became format letters and was lost; each
//   escaped character is rewritten as the same character in quotes (`0.0" ""k""g"`), shown alike.
// - A number cell whose stored text is no number (`<c><v>1,5</v></c>`, as some exporters write):
//   exceljs reads it with parseFloat, so "1,5" became 1; it is rewritten as the text it holds, which
//   the reader reads in the sheet's convention or refuses at the cell.
// - A workbook in the 1904 date system saved as date1904="true" (LibreOffice): exceljs reads only
//   "1", so every date moved 1462 days; the flag is written "1" (workbook-pr.ts, which also reads
//   the calculation mode).
// A text cell whose shared strings part is missing is no repair but damage (package-damage.ts).
// Files that need neither are handed on untouched, so Excel's own files cost one look per part.
// jszip is the zip library exceljs itself uses, so no second one is bundled.
import JSZip from "jszip";
import { checkSharedStringsPresent } from "./package-damage";
import { normaliseDate1904, readWorkbookPr, type WorkbookPr } from "./workbook-pr";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PREFIXED = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${MAIN_NS.replace(/[./]/g, "\\$&")}"`);
const ISO_CELL = /<c\b([^>]*?)\st="d"([^>]*)>\s*<v>([^<]*)<\/v>/g;
const FORMAT_CODE = /(<numFmt\b[^>]*\bformatCode=")([^"]*\\[^"]*)(")/g;
// a cell without a type (a number) and its stored value; formulas keep their <f>
const NUMBER_CELL = /<c\b((?:(?!\st=)[^>])*)>(\s*(?:<f\b[^>]*(?:\/>|>[^<]*<\/f>)\s*)?)<v>([^<]*)<\/v>/g;
const XML_NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
// a value with a character no number has: the only cells worth a second look
const NOT_NUMBER_VALUE = /<v>[^<]*[^\d.eE+\-\s<][^<]*<\/v>/;
const EMPTY_STRING_RESULT =
  /(<c\b[^>]*\st="str"[^>]*>\s*<f\b[^>]*(?:\/>|>[^<]*<\/f>)\s*)(?:<v\s*\/>|<v><\/v>)/g;

/** A package as exceljs can read it, and what its workbook part says about every cell. */
export interface RepairedPackage {
  buf: ArrayBuffer;
  workbook: WorkbookPr;
}

/**
 * The file as exceljs can read it: the same bytes when nothing needs repair. Throws a
 * DamagedWorkbookError where text cells have lost their shared strings part or the date system
 * cannot be read.
 */
export async function repairPackage(buf: ArrayBuffer): Promise<RepairedPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    // not a zip: exceljs gives its own error, worded by the caller
    return { buf, workbook: { dateSystem: 1900, manualCalculation: false } };
  }
  const parts = Object.values(zip.files).filter((f) => !f.dir && /^xl\/.*\.xml$/i.test(f.name));
  const workbook = zip.file("xl/workbook.xml");
  const workbookXml = workbook ? await workbook.async("string") : "";
  let changed = false;
  const workbookPr = readWorkbookPr(fixPart(workbookXml));
  for (const part of parts) {
    const xml = part.name === "xl/workbook.xml" ? workbookXml : await part.async("string");
    if (part.name.startsWith("xl/worksheets/")) await checkSharedStringsPresent(zip, part.name, xml);
    let fixed = fixPart(xml);
    if (part.name === "xl/workbook.xml") fixed = normaliseDate1904(fixed);
    if (fixed !== xml) {
      zip.file(part.name, fixed);
      changed = true;
    }
  }
  if (!changed) return { buf, workbook: workbookPr };
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return {
    buf: out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer,
    workbook: workbookPr,
  };
}

/** One XML part with the SpreadsheetML prefix removed and ISO date cells as serials. */
export function fixPart(xml: string): string {
  let out = xml;
  const prefix = PREFIXED.exec(out)?.[1];
  if (prefix) out = unprefix(out, prefix);
  if (out.includes('t="d"'))
    out = out.replace(
      ISO_CELL,
      (_m, before: string, after: string, text: string) =>
        `<c${before} t="inlineStr"${after}><is><t>${text.trim()}</t></is>`,
    );
  if (out.includes('t="str"')) out = out.replace(EMPTY_STRING_RESULT, "$1<v> </v>");
  if (out.includes("<sheetData") && NOT_NUMBER_VALUE.test(out))
    out = out.replace(NUMBER_CELL, (m, attrs: string, formula: string, text: string) =>
      formula !== "" || XML_NUMBER.test(text) ? m : `<c${attrs} t="inlineStr"><is><t>${text}</t></is>`,
    );
  if (out.includes("<numFmt"))
    out = out.replace(FORMAT_CODE, (_m, open: string, code: string, close: string) => {
      const fixed = quoteEscapes(code.replace(/&quot;/g, '"')).replace(/"/g, "&quot;");
      return open + fixed + close;
    });
  return out;
}

/** A format code with each backslash-escaped character outside quotes put in quotes instead. */
export function quoteEscapes(code: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '"') quoted = !quoted;
    if (c === "\\" && !quoted && i + 1 < code.length && code[i + 1] !== '"') {
      out += `"${code[++i] as string}"`;
      continue;
    }
    out += c;
  }
  return out;
}

function unprefix(xml: string, prefix: string): string {
  const p = prefix.replace(/[.-]/g, "\\$&");
  return xml
    .replace(new RegExp(`<(/?)${p}:`, "g"), "<$1")
    .replace(new RegExp(`xmlns:${p}="${MAIN_NS.replace(/[./]/g, "\\$&")}"`), `xmlns="${MAIN_NS}"`);
}
