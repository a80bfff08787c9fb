// Page layout (ExcelApi 1.9): what the sheet prints like, and its AutoFilter. Only the members the
// add-in uses, each validated as Excel would and refused on hosts below 1.9.
import { invalidArgument } from "./errors";
import { FakeObject } from "./object";
import type { FakeSheet } from "./state";

export type HeaderFooterPart =
  "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

export interface FakePageSetup {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** "$1:$1" style, or null */
  printTitleRows: string | null;
  headersFooters: Record<HeaderFooterPart, string>;
}

export function defaultPageSetup(): FakePageSetup {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    centerHorizontally: false,
    zoom: { scale: 100 },
    printTitleRows: null,
    headersFooters: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
  };
}

const PAPER = new Set(["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"]);
const ROWS = /^\$?(\d+):\$?(\d+)$/;
/** Excel refuses a header or footer longer than 255 characters in all. */
const MAX_HEADER_FOOTER = 255;

abstract class SheetPart extends FakeObject<FakeSheet> {
  protected edit(args: unknown, api: string, apply: (s: FakeSheet) => void): void {
    this.context.enqueue({
      args,
      writes: true,
      run: () => {
        this.context.requireApi("1.9", api);
        apply(this.target());
      },
    });
  }
}

export class FakePageLayout extends SheetPart {
  readonly headersFooters = new FakeHeaderFooterGroup(
    this.context,
    () => this.resolve(),
    "HeaderFooterGroup",
  );

  protected override scalars(): Record<string, (s: FakeSheet) => unknown> {
    return {
      orientation: (s) => s.pageSetup.orientation,
      paperSize: (s) => s.pageSetup.paperSize,
      centerHorizontally: (s) => s.pageSetup.centerHorizontally,
      zoom: (s) => ({ ...s.pageSetup.zoom }),
    };
  }

  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(v: string) {
    this.remember("orientation", v);
    this.edit(v, "PageLayout.orientation", (s) => {
      if (v !== "Portrait" && v !== "Landscape") throw invalidArgument("PageLayout.orientation");
      s.pageSetup.orientation = v;
    });
  }

  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(v: string) {
    this.remember("paperSize", v);
    this.edit(v, "PageLayout.paperSize", (s) => {
      if (!PAPER.has(v)) throw invalidArgument("PageLayout.paperSize");
      s.pageSetup.paperSize = v;
    });
  }

  get centerHorizontally(): boolean {
    return this.read("centerHorizontally");
  }
  set centerHorizontally(v: boolean) {
    this.remember("centerHorizontally", v);
    this.edit(v, "PageLayout.centerHorizontally", (s) => (s.pageSetup.centerHorizontally = v === true));
  }

  get zoom(): FakePageSetup["zoom"] {
    return this.read("zoom");
  }
  set zoom(v: FakePageSetup["zoom"]) {
    this.remember("zoom", v);
    this.edit(v, "PageLayout.zoom", (s) => {
      const { horizontalFitToPages: wide, verticalFitToPages: tall, scale } = v;
      const pages = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0);
      if (!pages(wide) || !pages(tall)) throw invalidArgument("PageLayout.zoom");
      if (scale !== undefined && (wide !== undefined || tall !== undefined || scale < 10 || scale > 400))
        throw invalidArgument("PageLayout.zoom");
      s.pageSetup.zoom = { ...v };
    });
  }

  setPrintTitleRows(rows: string): void {
    this.edit(rows, "PageLayout.setPrintTitleRows", (s) => {
      const m = ROWS.exec(rows);
      if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]))
        throw invalidArgument("PageLayout.setPrintTitleRows");
      s.pageSetup.printTitleRows = `$${m[1]}:$${m[2]}`;
    });
  }
}

export class FakeHeaderFooterGroup extends SheetPart {
  readonly defaultForAllPages = new FakeHeaderFooter(this.context, () => this.resolve(), "HeaderFooter");
}

export class FakeHeaderFooter extends SheetPart {
  private set(part: HeaderFooterPart, text: string): void {
    this.remember(part, text);
    this.edit(text, `HeaderFooter.${part}`, (s) => {
      if (typeof text !== "string" || text.length > MAX_HEADER_FOOTER)
        throw invalidArgument(`HeaderFooter.${part}`);
      s.pageSetup.headersFooters[part] = text;
    });
  }

  set leftHeader(v: string) {
    this.set("leftHeader", v);
  }
  set centerHeader(v: string) {
    this.set("centerHeader", v);
  }
  set rightHeader(v: string) {
    this.set("rightHeader", v);
  }
  set leftFooter(v: string) {
    this.set("leftFooter", v);
  }
  set centerFooter(v: string) {
    this.set("centerFooter", v);
  }
  set rightFooter(v: string) {
    this.set("rightFooter", v);
  }
}

export class FakeAutoFilter extends SheetPart {
  /** Filters the range (header row first); a sheet has one AutoFilter, so this replaces any other. */
  apply(range: string | { address?: string }, _columnIndex?: number): void {
    const address = typeof range === "string" ? range : null;
    this.edit(address, "AutoFilter.apply", (s) => {
      if (address === null) throw invalidArgument("AutoFilter.apply", "the fake takes an A1 address");
      s.autoFilter = address.replace(/\$/g, "");
    });
  }
}
