// (brk22 §6) The notes (ExcelApi 1.18) and threaded comments (1.10) on the user's sheets, read into
// SheetSnapshot.cellNotes: a note that says a row is cancelled or its SD missing is read as that
// row's remark (note-text.ts, row-state.ts). The lists ride on the request that finds each sheet's
// used range; where any note is found, one more request asks where each sits, and the replies of
// a comment's thread (read after it, one line each, as the thread reads). An Excel without
// the requirement set says so once, and its notes stay unread.
import { tryParseCell } from "../a1";
import type { PortOptions, SheetSnapshot } from "../port";
import { stripSheet } from "./addresses";
import type { Capabilities } from "./capabilities";

/** A sheet's notes and comments, loaded with the request they were queued on. */
export interface NoteLists {
  comments: Excel.CommentCollection | null;
  notes: Excel.NoteCollection | null;
}

/** A note or comment whose place (and a comment's replies) the next request asks. */
interface Located {
  sheet: SheetSnapshot;
  content: string;
  where: Excel.Range;
  replies?: Excel.CommentReplyCollection;
}

/** Queue the loads of `worksheet`'s notes and comments, as far as this Excel can read them. */
export function queueNoteLists(caps: Capabilities, worksheet: Excel.Worksheet): NoteLists {
  return {
    comments: caps.notes === "none" ? null : worksheet.comments.load("items/content"),
    notes: caps.notes === "notes" ? worksheet.notes.load("items/content") : null,
  };
}

/** Read the notes and comments listed (queueNoteLists) into their sheets' snapshots (cellNotes). */
export async function readCellNotes(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheets: { sheet: SheetSnapshot; lists: NoteLists | null }[],
  options?: PortOptions,
): Promise<void> {
  // without ExcelApi 1.9 the notice of unread rows says it (read-snapshot.ts)
  if (caps.notes !== "notes" && caps.api19)
    options?.onNotice?.(
      caps.notes === "none"
        ? "This Excel cannot read cell notes or comments (it lacks ExcelApi 1.10): a note that says a line is cancelled or its SD missing is not read. Write such a status in a remark column, or check the notes by hand."
        : "This Excel can read threaded comments but not notes (it lacks ExcelApi 1.18): a note that says a line is cancelled or its SD missing is not read. Write such a status in a remark column, or check the notes by hand.",
    );
  const located: Located[] = [];
  for (const { sheet, lists } of sheets) {
    for (const item of lists?.notes?.items ?? [])
      located.push({ sheet, content: item.content, where: item.getLocation().load("address") });
    // a comment's thread: its replies ride on the same request ("storniert", then "doch geliefert")
    for (const item of lists?.comments?.items ?? [])
      located.push({
        sheet,
        content: item.content,
        where: item.getLocation().load("address"),
        replies: item.replies.load("items/content"),
      });
  }
  if (located.length === 0) return;
  await context.sync();
  for (const { sheet, where, ...item } of located) {
    const content = [item.content, ...(item.replies?.items ?? []).map((r) => r.content)]
      .filter((t) => t && t.trim() !== "")
      .join("\n");
    const at = tryParseCell(stripSheet(where.address).split(":")[0] as string);
    if (!at || !content || content.trim() === "") continue;
    const row = ((sheet.cellNotes ??= {})[at.row - 1] ??= {});
    // a cell with a note and a comment: both are read
    row[at.col] = row[at.col] ? `${row[at.col]}\n${content}` : content;
  }
}
