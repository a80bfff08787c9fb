// The names of a .xlsx file's sheets from its workbook part alone, without parsing the sheets:
// cheap enough to look at every workbook in a folder (src/cli/other-copies.ts).
import JSZip from "jszip";

/**
 * The sheet names `xl/workbook.xml` lists, in order, as written (XML entities decoded). Throws
 * where the buffer is no zip or has no workbook part; callers that only look may catch it.
 */
export async function sheetNames(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("no xl/workbook.xml");
  const xml = await part.async("string");
  const names: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)) names.push(decode(m[1] ?? ""));
  return names;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text with its entities decoded ("R&amp;D" → "R&D", "&#228;" → "ä"). */
export function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, e: string) => {
    if (e[0] === "#")
      return String.fromCodePoint(
        e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e] ?? whole;
  });
}
