// Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10), on a sheet or the workbook.
import { parseQualified } from "./address";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeCollection, FakeObject } from "./object";
import { FakeRange } from "./range";
import { cellKey, keyCell, type FakeSheet } from "./state";

/** A sheet's collection, or the workbook's (then addresses must name their sheet). */
type Scope = FakeSheet | null;

interface CellTarget {
  sheet: FakeSheet;
  key: number;
}

/** A note or comment: it lives on one cell, and is gone once deleted or its sheet is. */
abstract class CellItem extends FakeObject<CellTarget> {
  /** the sheet's notes or comments, by cell key */
  protected abstract store(sheet: FakeSheet): Map<number, unknown>;

  protected override target(): CellTarget {
    const t = super.target();
    if (!this.context.state.sheets.includes(t.sheet) || !this.store(t.sheet).has(t.key))
      throw itemNotFound(this.entity);
    return t;
  }

  delete(): void {
    this.context.enqueue({
      args: null,
      writes: true,
      run: () => {
        const t = this.target();
        this.store(t.sheet).delete(t.key);
      },
    });
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const t = this.target();
        const { row0, col0 } = keyCell(t.key);
        return { sheet: t.sheet, boxes: [{ r0: row0, c0: col0, r1: row0, c1: col0 }] };
      },
      "Range",
    ).queueResolve(null);
  }

  protected change(text: string, apply: (t: CellTarget) => void): void {
    this.remember("content", text);
    this.context.enqueue({ args: text, writes: true, run: () => apply(this.target()) });
  }
}

abstract class CellCollection<P extends CellItem> extends FakeCollection<Scope, P> {
  protected abstract readonly version: string;
  /** the sheet's notes or comments, by cell key */
  protected abstract store(sheet: FakeSheet): Map<number, unknown>;
  protected abstract item(resolve: () => CellTarget | null): P;

  constructor(context: FakeRequestContext, sheet: () => Scope, entity: string, scope: "sheet" | "workbook") {
    super(context, scope === "sheet" ? sheet : () => null, entity);
  }

  protected override target(): Scope {
    this.context.requireApi(this.version, this.entity);
    return this.resolve();
  }

  protected override list(): P[] {
    const sheet = this.target();
    return (sheet ? [sheet] : this.context.state.sheets).flatMap((s) =>
      [...this.store(s).keys()].map((key) => {
        const item = this.item(() => ({ sheet: s, key }));
        item.resolve();
        return item;
      }),
    );
  }

  /** The one cell an address (or Range) names, on this collection's sheet unless it names its own. */
  protected cell(address: unknown, location: string): CellTarget {
    this.target();
    const text = address instanceof FakeRange ? address.resolvedAddress() : String(address);
    const { sheet, box } = parseQualified(this.context.state, text, this.resolve(), location);
    if (box.r0 !== box.r1 || box.c0 !== box.c1) throw invalidArgument(location, "a single cell was expected");
    return { sheet, key: cellKey(box.r0, box.c0) };
  }

  /** A creating call: applied at sync, failing there when the cell already has one. */
  protected create(args: unknown, make: () => CellTarget): P {
    const item = this.item(make);
    this.context.enqueue({ args, writes: true, run: () => void item.resolve() });
    return item;
  }

  protected lookup(key: string, location: string, orNull: boolean): P {
    return this.item(() => {
      const t = this.cell(key, location);
      if (this.store(t.sheet).has(t.key)) return t;
      if (orNull) return null;
      throw itemNotFound(`${location}("${key}")`);
    }).queueResolve(key);
  }
}

function occupied(what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The cell already has a ${what}.`);
}

export class FakeNote extends CellItem {
  protected override store(sheet: FakeSheet): Map<number, unknown> {
    return sheet.notes;
  }
  protected override scalars(): Record<string, (t: CellTarget) => unknown> {
    return { content: (t) => t.sheet.notes.get(t.key) ?? null, authorName: () => "Fake Excel" };
  }

  get content(): string {
    return this.read("content");
  }
  set content(text: string) {
    this.change(text, (t) => t.sheet.notes.set(t.key, text));
  }
  get authorName(): string {
    return this.read("authorName");
  }
}

export class FakeNoteCollection extends CellCollection<FakeNote> {
  protected readonly version = "1.18";

  protected override store(sheet: FakeSheet): Map<number, unknown> {
    return sheet.notes;
  }
  protected override item(resolve: () => CellTarget | null): FakeNote {
    return new FakeNote(this.context, resolve, "Note");
  }
  protected override itemScalars(): string[] {
    return ["content", "authorName"];
  }

  add(cellAddress: unknown, content: string): FakeNote {
    return this.create([String(cellAddress), content], () => {
      const t = this.cell(cellAddress, "NoteCollection.add");
      if (t.sheet.notes.has(t.key)) throw occupied("note");
      t.sheet.notes.set(t.key, String(content));
      return t;
    });
  }

  getItem(key: string): FakeNote {
    return this.lookup(key, "NoteCollection.getItem", false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return this.lookup(key, "NoteCollection.getItemOrNullObject", true);
  }
}

export class FakeComment extends CellItem {
  protected override store(sheet: FakeSheet): Map<number, unknown> {
    return sheet.comments;
  }
  protected override scalars(): Record<string, (t: CellTarget) => unknown> {
    return {
      id: (t) => t.sheet.comments.get(t.key)?.id ?? null,
      content: (t) => t.sheet.comments.get(t.key)?.content ?? null,
      authorName: () => "Fake Excel",
    };
  }

  get id(): string {
    return this.read("id");
  }
  /** the thread's replies (ExcelApi 1.10) */
  get replies(): FakeCommentReplyCollection {
    return new FakeCommentReplyCollection(this.context, () => this.target(), "CommentReplyCollection");
  }
  get content(): string {
    return this.read("content");
  }
  set content(text: string) {
    this.change(text, (t) => {
      const comment = t.sheet.comments.get(t.key);
      if (comment) comment.content = text;
    });
  }
}

export class FakeCommentCollection extends CellCollection<FakeComment> {
  protected readonly version = "1.10";

  protected override store(sheet: FakeSheet): Map<number, unknown> {
    return sheet.comments;
  }
  protected override item(resolve: () => CellTarget | null): FakeComment {
    return new FakeComment(this.context, resolve, "Comment");
  }
  protected override itemScalars(): string[] {
    return ["id", "content", "authorName"];
  }

  /** Excel wants the sheet name in the address here, even on a sheet's own collection. */
  add(cellAddress: unknown, content: string): FakeComment {
    return this.create([String(cellAddress), content], () => {
      const text = cellAddress instanceof FakeRange ? cellAddress.resolvedAddress() : String(cellAddress);
      if (!text.includes("!"))
        throw invalidArgument("CommentCollection.add", "the address must name its sheet");
      const t = this.cell(text, "CommentCollection.add");
      if (t.sheet.comments.has(t.key)) throw occupied("comment");
      t.sheet.comments.set(t.key, { id: this.context.state.newCommentId(), content: String(content) });
      return t;
    });
  }

  getItemByCell(cellAddress: string): FakeComment {
    return this.lookup(cellAddress, "CommentCollection.getItemByCell", false);
  }
}

/** A reply in a comment's thread: its text, read only. */
export class FakeCommentReply extends FakeObject<string> {
  protected override scalars(): Record<string, (t: string) => unknown> {
    return { content: (t) => t };
  }
  get content(): string {
    return this.read("content");
  }
}

/** The replies of one comment, in order. */
export class FakeCommentReplyCollection extends FakeCollection<CellTarget, FakeCommentReply> {
  protected override list(t: CellTarget): FakeCommentReply[] {
    return (t.sheet.comments.get(t.key)?.replies ?? []).map((text) => {
      const reply = new FakeCommentReply(this.context, () => text, "CommentReply");
      reply.resolve();
      return reply;
    });
  }
  protected override itemScalars(): string[] {
    return ["content"];
  }
}
