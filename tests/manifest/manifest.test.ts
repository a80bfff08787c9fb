// The online validator (office-addin-manifest validate) cannot be reached offline, so these are
// the checks that most often make Office refuse a manifest: element order, resource ids, URLs,
// icons, and the API requirement.
import fs from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";

const root = path.resolve(__dirname, "../..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false }).parse(xml) as Node[];
const tree = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml) as Node;

function children(nodes: Node[], name: string): Node[] {
  const found = nodes.find((n) => name in n);
  return (found?.[name] as Node[] | undefined) ?? [];
}
function elementNames(nodes: Node[]): string[] {
  return nodes.flatMap((n) => Object.keys(n).filter((k) => k !== ":@" && k !== "#text"));
}
/** every value of an attribute anywhere in the document */
function attributeValues(attribute: string): string[] {
  return [...xml.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, "g"))].map((m) => m[1] ?? "");
}

const officeApp = children(ordered, "OfficeApp");

// https://learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering
const ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
];

describe("manifest.xml", () => {
  test("top-level elements appear in the order Office requires", () => {
    const names = elementNames(officeApp);
    expect(names.length).toBeGreaterThan(10);
    const positions = names.map((n) => ORDER.indexOf(n));
    expect(positions).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("is a task pane add-in for Excel workbooks that may write to the document", () => {
    const app = tree.OfficeApp as Node;
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((app.Hosts as Node).Host).toEqual({ "@Name": "Workbook" });
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  test("requires ExcelApi 1.9 (RangeAreas for marking cells in few requests)", () => {
    const set = ((tree.OfficeApp as Node).Requirements as Node).Sets as Node;
    expect(set.Set).toEqual({ "@Name": "ExcelApi", "@MinVersion": "1.9" });
  });

  test("element ids are unique", () => {
    const ids = attributeValues("id");
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every resid is at most 32 characters and defined in Resources", () => {
    const defined = new Set(attributeValues("id"));
    const used = attributeValues("resid");
    expect(used.length).toBeGreaterThan(5);
    for (const resid of used) {
      expect(resid.length).toBeLessThanOrEqual(32);
      expect(defined).toContain(resid);
    }
  });

  test("every URL is https on the same origin as the task pane", () => {
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]*)"/g)].map((m) => m[1] ?? "");
    const source = (((tree.OfficeApp as Node).DefaultSettings as Node).SourceLocation as Node)[
      "@DefaultValue"
    ];
    const origin = new URL(String(source)).origin;
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith("https://")).toBe(true);
      expect(new URL(url).origin).toBe(origin);
    }
  });

  test("every icon it names exists in assets/ at its declared size", () => {
    const icons = [...xml.matchAll(/\/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThan(3);
    for (const [, file, size] of icons) {
      const png = fs.readFileSync(path.join(root, "assets", String(file)));
      expect(png.readUInt32BE(16)).toBe(Number(size)); // IHDR width
      expect(png.readUInt32BE(20)).toBe(Number(size)); // IHDR height
    }
  });

  test("the pages it points at are built by webpack", () => {
    const config = fs.readFileSync(path.join(root, "webpack.config.js"), "utf8");
    for (const page of ["taskpane.html", "commands.html", "help.html"]) {
      expect(xml).toContain(`https://localhost:3000/${page}`);
      expect(config).toContain(`"${page}"`);
    }
  });
});
