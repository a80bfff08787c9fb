// Which parts of a user's .xlsx exceljs would drop on re-save, so the CLI can warn first.
// jszip is exceljs's own dependency (no new package): reading the zip directory is cheap.
import JSZip from "jszip";

const LOSSY: { pattern: RegExp; label: string }[] = [
  { pattern: /^xl\/charts\//, label: "charts" },
  { pattern: /^xl\/chartsheets\//, label: "chart sheets" },
  { pattern: /^xl\/pivotTables\//, label: "pivot tables" },
  { pattern: /^xl\/pivotCache\//, label: "pivot caches" },
  { pattern: /^xl\/drawings\/(?!vmlDrawing)/, label: "images and drawings" },
  { pattern: /^xl\/media\//, label: "images and drawings" },
  { pattern: /^xl\/threadedComments\//, label: "threaded comments" },
  { pattern: /^xl\/persons\//, label: "threaded comments" },
  { pattern: /^customXml\//, label: "custom XML" },
  { pattern: /^xl\/webextensions\//, label: "add-in settings (web extensions)" },
  { pattern: /^xl\/vbaProject\.bin$/, label: "macros (VBA project)" },
  { pattern: /^xl\/externalLinks\//, label: "external links" },
  { pattern: /^xl\/slicers\//, label: "slicers" },
  { pattern: /^xl\/slicerCaches\//, label: "slicers" },
  { pattern: /^xl\/timelines\//, label: "timelines" },
];

/**
 * Names of what the workbook holds that a save through exceljs would lose, e.g.
 * ["charts", "pivot tables"]; each name once, in a stable order. Empty when nothing is at risk.
 */
export async function scanLossyParts(buffer: Buffer | ArrayBuffer | Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(buffer);
  const found = new Set<string>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    for (const { pattern, label } of LOSSY) if (pattern.test(path)) found.add(label);
  }
  return LOSSY.map((l) => l.label).filter((label, i, all) => found.has(label) && all.indexOf(label) === i);
}
