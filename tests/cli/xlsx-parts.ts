// What Excel needs of a package before it opens it without "repair": every part well-formed XML,
// every relationship pointing at a part that exists, a content type for every part, and sheet
// names Excel accepts. (LibreOffice is not installed on CI; these are the checks it would fail.)
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });

function list<T>(x: T | T[] | undefined): T[] {
  return x === undefined ? [] : Array.isArray(x) ? x : [x];
}

export async function packageProblems(buf: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(buf);
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  const problems: string[] = [];
  const xml = new Map<string, string>();
  for (const p of parts.filter((p) => /\.(xml|rels|vml)$/.test(p))) {
    const text = await zip.file(p)!.async("string");
    const valid = XMLValidator.validate(text);
    if (valid !== true) problems.push(`${p}: not well-formed (${valid.err.msg})`);
    xml.set(p, text);
  }

  const types = parser.parse(xml.get("[Content_Types].xml") ?? "<Types/>").Types ?? {};
  const overrides = new Set(
    list<{ PartName: string }>(types.Override).map((o) => o.PartName.replace(/^\//, "")),
  );
  const defaults = new Set(list<{ Extension: string }>(types.Default).map((d) => d.Extension.toLowerCase()));
  for (const p of parts) {
    if (p === "[Content_Types].xml") continue;
    if (!overrides.has(p) && !defaults.has((p.split(".").pop() ?? "").toLowerCase()))
      problems.push(`${p}: no content type`);
  }

  for (const rels of parts.filter((p) => p.endsWith(".rels"))) {
    const base = path.posix.dirname(path.posix.dirname(rels));
    for (const r of list<{ Target: string; TargetMode?: string }>(
      parser.parse(xml.get(rels)!).Relationships?.Relationship,
    )) {
      if (r.TargetMode === "External") continue;
      const target = r.Target.startsWith("/")
        ? r.Target.slice(1)
        : path.posix.normalize(path.posix.join(base, r.Target));
      if (!zip.files[target]) problems.push(`${rels}: points at missing ${target}`);
    }
  }

  const sheets = list<{ name: string }>(
    parser.parse(xml.get("xl/workbook.xml") ?? "").workbook?.sheets?.sheet,
  );
  const seen = new Set<string>();
  for (const { name } of sheets) {
    const n = String(name);
    if (n.length > 31 || /[[\]:*?/\\]/.test(n)) problems.push(`sheet name Excel refuses: ${n}`);
    if (seen.has(n.toLowerCase())) problems.push(`duplicate sheet name: ${n}`);
    seen.add(n.toLowerCase());
  }
  if (sheets.length === 0) problems.push("no sheets");
  return problems;
}
