// Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10), on a sheet or the workbook.
import { parseQualified } from "./address";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeCollection, FakeObject, type Loadable } from "./object";
import { FakeRange } from "./range";
import { cellKey, keyCell, type FakeSheet } from "./state";

/** A sheet's collection, or the workbook's (then addresses must name their sheet). */
type Scope = FakeSheet | null;

interface CellTarget {
  sheet: FakeSheet;
  key: number;
}

function singleCell(
  collection: FakeObject<Scope> & { scopeSheet(): Scope },
  address: unknown,
  location: string,
): CellTarget {
  const text = address instanceof FakeRange ? address.resolvedAddress() : String(address);
  const { sheet, box } = parseQualified(collection.context.state, text, collection.scopeSheet(), location);
  if (box.r0 !== box.r1 || box.c0 !== box.c1) throw invalidArgument(location, "a single cell was expected");
  return { sheet, key: cellKey(box.r0, box.c0) };
}

function location(ctxObject: FakeObject<CellTarget>, t: CellTarget): FakeRange {
  const { row0, col0 } = keyCell(t.key);
  return FakeRange.on(
    ctxObject.context,
    () => t.sheet,
    () => ({ r0: row0, c0: col0, r1: row0, c1: col0 }),
    null,
  );
}

abstract class CellCollection<P extends Loadable> extends FakeCollection<Scope, P> {
  constructor(context: FakeRequestContext, sheet: () => Scope, entity: string, scope: "sheet" | "workbook") {
    super(context, scope === "sheet" ? sheet : () => null, entity);
  }

  protected abstract readonly version: string;

  scopeSheet(): Scope {
    return this.resolve();
  }

  protected override target(): Scope {
    this.context.requireApi(this.version, this.entity);
    return this.resolve();
  }

  protected sheetsInScope(): FakeSheet[] {
    const sheet = this.target();
    return sheet ? [sheet] : this.context.state.sheets;
  }
}

export class FakeNote extends FakeObject<CellTarget> {
  protected override target(): CellTarget {
    const t = super.target();
    if (!t.sheet.notes.has(t.key) || !this.context.state.sheets.includes(t.sheet))
      throw itemNotFound(this.entity);
    return t;
  }

  protected override scalars(): Record<string, (t: CellTarget) => unknown> {
    return { content: (t) => t.sheet.notes.get(t.key) ?? null, authorName: () => "Fake Excel" };
  }

  get content(): string {
    return this.read("content");
  }
  set content(text: string) {
    this.remember("content", text);
    this.context.enqueue({
      args: text,
      writes: true,
      run: () => void this.target().sheet.notes.set(this.target().key, text),
    });
  }
  get authorName(): string {
    return this.read("authorName");
  }

  delete(): void {
    this.context.enqueue({
      args: null,
      writes: true,
      run: () => void this.target().sheet.notes.delete(this.target().key),
    });
  }

  getLocation(): FakeRange {
    return location(this, this.target());
  }
}

export class FakeNoteCollection extends CellCollection<FakeNote> {
  protected readonly version = "1.18";

  protected override list(): FakeNote[] {
    return this.sheetsInScope().flatMap((sheet) =>
      [...sheet.notes.keys()].map((key) => {
        const note = new FakeNote(this.context, () => ({ sheet, key }), "Note");
        note.resolve();
        return note;
      }),
    );
  }

  protected override itemScalars(): string[] {
    return ["content", "authorName"];
  }

  add(cellAddress: unknown, content: string): FakeNote {
    const note = new FakeNote(
      this.context,
      () => {
        this.target();
        const t = singleCell(this, cellAddress, "NoteCollection.add");
        if (t.sheet.notes.has(t.key))
          throw new FakeOfficeError("InvalidArgument", "The cell already has a note.");
        t.sheet.notes.set(t.key, String(content));
        return t;
      },
      "Note",
    );
    this.context.enqueue({
      args: [String(cellAddress), content],
      writes: true,
      run: () => void note.resolve(),
    });
    return note;
  }

  getItem(key: string): FakeNote {
    return this.lookup(key, false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return this.lookup(key, true);
  }

  private lookup(key: string, orNull: boolean): FakeNote {
    return new FakeNote(
      this.context,
      () => {
        this.target();
        const t = singleCell(this, key, "NoteCollection.getItem");
        if (t.sheet.notes.has(t.key)) return t;
        if (orNull) return null;
        throw itemNotFound(`NoteCollection.getItem("${key}")`);
      },
      "Note",
    ).queueResolve(key);
  }
}

export class FakeComment extends FakeObject<CellTarget> {
  protected override target(): CellTarget {
    const t = super.target();
    if (!t.sheet.comments.has(t.key) || !this.context.state.sheets.includes(t.sheet))
      throw itemNotFound(this.entity);
    return t;
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
  get content(): string {
    return this.read("content");
  }
  set content(text: string) {
    this.remember("content", text);
    this.context.enqueue({
      args: text,
      writes: true,
      run: () => {
        const t = this.target();
        const c = t.sheet.comments.get(t.key);
        if (c) c.content = text;
      },
    });
  }

  delete(): void {
    this.context.enqueue({
      args: null,
      writes: true,
      run: () => void this.target().sheet.comments.delete(this.target().key),
    });
  }

  getLocation(): FakeRange {
    const range = new FakeRange(
      this.context,
      () => {
        const t = this.target();
        const { row0, col0 } = keyCell(t.key);
        return { sheet: t.sheet, boxes: [{ r0: row0, c0: col0, r1: row0, c1: col0 }] };
      },
      "Range",
    );
    return range.queueResolve(null);
  }
}

export class FakeCommentCollection extends CellCollection<FakeComment> {
  protected readonly version = "1.10";

  protected override list(): FakeComment[] {
    return this.sheetsInScope().flatMap((sheet) =>
      [...sheet.comments.keys()].map((key) => {
        const comment = new FakeComment(this.context, () => ({ sheet, key }), "Comment");
        comment.resolve();
        return comment;
      }),
    );
  }

  protected override itemScalars(): string[] {
    return ["id", "content", "authorName"];
  }

  /** Excel wants the sheet name in the address here, even on a sheet's own collection. */
  add(cellAddress: unknown, content: string): FakeComment {
    const comment = new FakeComment(
      this.context,
      () => {
        this.target();
        const text = cellAddress instanceof FakeRange ? cellAddress.resolvedAddress() : String(cellAddress);
        if (!text.includes("!"))
          throw invalidArgument("CommentCollection.add", "the address must name its sheet");
        const t = singleCell(this, text, "CommentCollection.add");
        if (t.sheet.comments.has(t.key))
          throw new FakeOfficeError("InvalidArgument", "The cell already has a comment.");
        t.sheet.comments.set(t.key, { id: this.context.state.newCommentId(), content: String(content) });
        return t;
      },
      "Comment",
    );
    this.context.enqueue({
      args: [String(cellAddress), content],
      writes: true,
      run: () => void comment.resolve(),
    });
    return comment;
  }

  getItemByCell(cellAddress: string): FakeComment {
    return new FakeComment(
      this.context,
      () => {
        this.target();
        const t = singleCell(this, cellAddress, "CommentCollection.getItemByCell");
        if (!t.sheet.comments.has(t.key))
          throw itemNotFound(`CommentCollection.getItemByCell("${cellAddress}")`);
        return t;
      },
      "Comment",
    ).queueResolve(cellAddress);
  }
}
