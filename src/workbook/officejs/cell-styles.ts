// Marks on the user's own cells: fill and note (or comment) per cell, and reading them back so
// `Clear marks` can restore them exactly. Batched: a few requests for thousands of cells.
import { cellAddress, parseCell, cellPlace } from "../a1";
import { normaliseColour } from "../out-value";
import type { CellRef, CellStyle, CellStyleChange } from "../port";
import { cellRuns, stripSheet } from "./addresses";
import type { Capabilities } from "./capabilities";
import { WorkbookError } from "./office-errors";
import { jsonBytes, type RequestBatch } from "./payload";
import { styleAreas } from "./write-sheet";

/** A note or comment found on a cell, with what it says. */
interface Existing {
  content: string;
  remove(): void;
  set(text: string): void;
}

type Lookup = (cell: string) => Existing | null;

/**
 * Find the notes (or comments) on the given cells, for all sheets together: the same requests
 * however many sheets. The last loads ride on the caller's next request; call the returned
 * function after it to get a lookup per sheet.
 */
async function findNotes(
  caps: Capabilities,
  batch: RequestBatch,
  wanted: Map<string, { sheet: Excel.Worksheet; cells: string[] }>,
): Promise<() => Map<string, Lookup>> {
  const lookups = new Map<string, Lookup>();
  if (caps.notes === "notes") {
    const found = new Map<string, Map<string, Excel.Note>>();
    for (const [name, { sheet, cells }] of wanted) {
      const notes = new Map<string, Excel.Note>();
      found.set(name, notes);
      for (const cell of cells) {
        await batch.add(cell.length + 200, () =>
          notes.set(cell, sheet.notes.getItemOrNullObject(cell).load("content")),
        );
      }
    }
    return () => {
      for (const [name, notes] of found) {
        lookups.set(name, (cell) => {
          const note = notes.get(cell);
          if (!note || note.isNullObject) return null;
          return { content: note.content, remove: () => note.delete(), set: (text) => (note.content = text) };
        });
      }
      return lookups;
    };
  }
  if (caps.notes === "comments") {
    // Comments cannot be looked up by cell without an error when there is none: list each
    // sheet's comments, then where each one sits.
    const lists = new Map<string, Excel.CommentCollection>();
    for (const [name, { sheet }] of wanted) {
      await batch.add(100, () => lists.set(name, sheet.comments.load("items/content")));
    }
    await batch.flush();
    const located = new Map<string, { comment: Excel.Comment; location: Excel.Range }[]>();
    for (const [name, comments] of lists) {
      const list: { comment: Excel.Comment; location: Excel.Range }[] = [];
      located.set(name, list);
      for (const comment of comments.items) {
        await batch.add(100, () => list.push({ comment, location: comment.getLocation().load("address") }));
      }
    }
    return () => {
      for (const [name, list] of located) {
        const byCell = new Map(list.map(({ comment, location }) => [stripSheet(location.address), comment]));
        lookups.set(name, (cell) => {
          const comment = byCell.get(cell);
          if (!comment) return null;
          return {
            content: comment.content,
            remove: () => comment.delete(),
            set: (text) => (comment.content = text),
          };
        });
      }
      return lookups;
    };
  }
  return () => lookups;
}

const NO_NOTE: Lookup = () => null;

/** One spelling per cell ("$d$12" -> "D12"), so lookups by address agree. */
function canonical(cell: string): string {
  const { row, col } = parseCell(cell);
  return cellAddress(row, col);
}

function bySheet<T extends CellRef>(cells: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const c of cells) {
    const list = groups.get(c.sheet) ?? [];
    list.push({ ...c, cell: canonical(c.cell) });
    groups.set(c.sheet, list);
  }
  return groups;
}

function wanted(
  groups: Map<string, CellRef[]>,
  sheets: Map<string, Excel.Worksheet>,
): Map<string, { sheet: Excel.Worksheet; cells: string[] }> {
  return new Map(
    [...groups].map(([name, cells]) => [
      name,
      { sheet: sheets.get(name) as Excel.Worksheet, cells: cells.map((c) => c.cell) },
    ]),
  );
}

export async function requireSheets(
  context: Excel.RequestContext,
  caps: Capabilities,
  names: string[],
): Promise<Map<string, Excel.Worksheet>> {
  const sheets = new Map(
    names.map((n) => [
      n,
      caps.api14
        ? context.workbook.worksheets.getItemOrNullObject(n)
        : context.workbook.worksheets.getItem(n),
    ]),
  );
  await context.sync();
  for (const [name, sheet] of sheets) {
    if (caps.api14 && sheet.isNullObject)
      throw new WorkbookError(`The workbook has no sheet named "${name}".`, "ItemNotFound");
  }
  return sheets;
}

export async function styleCells(
  context: Excel.RequestContext,
  caps: Capabilities,
  batch: RequestBatch,
  changes: CellStyleChange[],
): Promise<void> {
  // The last change of a cell wins, so a cell listed twice gets one note, not a duplicate.
  const groups = new Map(
    [...bySheet(changes)].map(([name, cells]) => [
      name,
      [...new Map(cells.map((c) => [c.cell, c])).values()],
    ]),
  );
  await batch.flush();
  const sheets = await requireSheets(context, caps, [...groups.keys()]);
  const collect = await findNotes(caps, batch, wanted(groups, sheets));
  await batch.flush();
  const lookups = collect();

  for (const [name, cells] of groups) {
    const sheet = sheets.get(name) as Excel.Worksheet;
    const byFill = new Map<string | null, string[]>();
    for (const c of cells) {
      const fill = c.fill === null ? null : normaliseColour(c.fill);
      const list = byFill.get(fill) ?? [];
      list.push(c.cell);
      byFill.set(fill, list);
    }
    for (const [fill, addresses] of byFill) {
      await styleAreas(caps, batch, sheet, cellRuns(addresses), (format) =>
        fill === null ? format.fill.clear() : (format.fill.color = fill),
      );
    }
    if (caps.notes === "none") continue;
    const existing = lookups.get(name) ?? NO_NOTE;
    for (const c of cells) {
      const cell = c.cell;
      const found = existing(cell);
      if (c.note === null) {
        if (found) await batch.add(cell.length, () => found.remove());
      } else if (found) {
        if (found.content !== c.note) await batch.add(jsonBytes(c.note), () => found.set(c.note as string));
      } else {
        const text = c.note;
        await batch.add(jsonBytes(text) + cell.length, () => {
          if (caps.notes === "notes") sheet.notes.add(cell, text);
          else context.workbook.comments.add(cellPlace(name, cell), text);
        });
      }
    }
  }
}

export async function readCellStyles(
  context: Excel.RequestContext,
  caps: Capabilities,
  batch: RequestBatch,
  cells: CellRef[],
): Promise<CellStyle[]> {
  const groups = bySheet(cells);
  const sheets = await requireSheets(context, caps, [...groups.keys()]);
  const lookups = await findNotes(caps, batch, wanted(groups, sheets));
  const fills = new Map<string, Excel.RangeFill>();
  for (const [name, list] of groups) {
    const sheet = sheets.get(name) as Excel.Worksheet;
    for (const { cell } of list) {
      await batch.add(cell.length + 100, () => {
        fills.set(
          `${name}!${cell}`,
          sheet.getRange(cell).format.fill.load(caps.api19 ? "color,pattern" : "color"),
        );
      });
    }
  }
  await batch.flush();
  const found = lookups();
  return cells.map((ref) => {
    const cell = canonical(ref.cell);
    const fill = fills.get(`${ref.sheet}!${cell}`) as Excel.RangeFill;
    // Excel reports white for "no fill"; the pattern (1.9) tells the two apart.
    const none = caps.api19 ? fill.pattern === "None" : normaliseColour(fill.color) === "#FFFFFF";
    const note = (found.get(ref.sheet) ?? NO_NOTE)(cell);
    return { fill: none ? null : normaliseColour(fill.color ?? ""), note: note ? note.content : null };
  });
}
