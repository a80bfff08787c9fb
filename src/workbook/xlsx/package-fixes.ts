// Repairs, before exceljs reads a file, what other programs write validly but exceljs misreads:
// - SpreadsheetML with a namespace prefix (`<x:worksheet xmlns:x="…/main">`, what the .NET Open XML
//   SDK writes): exceljs matches element names literally, so it found no sheets or cells at all;
//   the prefix is removed and the namespace made the default one.
// - ISO date cells (`<c t="d"><v>2025-03-05</v></c>`, what openpyxl writes with iso_dates=True):
//   exceljs reads the text with parseFloat, so every date became the serial 2025 (1905-07-17); the
//   cell is rewritten as the serial of that day (with its time) in the workbook's date system.
// Files that need neither are handed on untouched, so Excel's own files cost one look per part.
// jszip is the zip library exceljs itself uses, so no second one is bundled.
import JSZip from "jszip";
import { isoToSerial } from "../dates";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PREFIXED = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)="${MAIN_NS.replace(/[./]/g, "\\$&")}"`);
const ISO_CELL = /<c\b([^>]*?)\st="d"([^>]*)>\s*<v>([^<]*)<\/v>/g;
const DATE1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/;

/** The file as exceljs can read it: the same bytes when nothing needs repair. */
export async function repairPackage(buf: ArrayBuffer): Promise<ArrayBuffer> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return buf; // not a zip: exceljs gives its own error, worded by the caller
  }
  const parts = Object.values(zip.files).filter((f) => !f.dir && /^xl\/.*\.xml$/i.test(f.name));
  const workbook = zip.file("xl/workbook.xml");
  const workbookXml = workbook ? await workbook.async("string") : "";
  const date1904 = DATE1904.test(workbookXml);
  let changed = false;
  for (const part of parts) {
    const xml = part.name === "xl/workbook.xml" ? workbookXml : await part.async("string");
    const fixed = fixPart(xml, date1904);
    if (fixed !== xml) {
      zip.file(part.name, fixed);
      changed = true;
    }
  }
  if (!changed) return buf;
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** One XML part with the SpreadsheetML prefix removed and ISO date cells as serials. */
export function fixPart(xml: string, date1904: boolean): string {
  let out = xml;
  const prefix = PREFIXED.exec(out)?.[1];
  if (prefix) out = unprefix(out, prefix);
  if (out.includes('t="d"'))
    out = out.replace(ISO_CELL, (_m, before: string, after: string, text: string) => {
      const serial = isoTextToSerial(text.trim(), date1904);
      // a text that is no ISO date stays text, so the reader can say so at the cell
      return serial === null
        ? `<c${before} t="inlineStr"${after}><is><t>${text}</t></is>`
        : `<c${before}${after}><v>${serial}</v>`;
    });
  return out;
}

function unprefix(xml: string, prefix: string): string {
  const p = prefix.replace(/[.-]/g, "\\$&");
  return xml
    .replace(new RegExp(`<(/?)${p}:`, "g"), "<$1")
    .replace(new RegExp(`xmlns:${p}="${MAIN_NS.replace(/[./]/g, "\\$&")}"`), `xmlns="${MAIN_NS}"`);
}

/** "2025-03-05" or "2025-03-05T14:30:00" as a serial with the time as a fraction of the day. */
function isoTextToSerial(text: string, date1904: boolean): number | null {
  const m =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (!m) return null;
  const day = isoToSerial(m[1] as string, date1904 ? 1904 : 1900);
  if (!Number.isFinite(day)) return null;
  const seconds = Number(m[2] ?? 0) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  return day + seconds / 86_400;
}
