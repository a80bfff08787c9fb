// An area of a fake sheet (one or more rectangles) and the base of the proxies over one: they fail
// like Excel once their sheet is gone, and refuse edits on a protected sheet.
import { FakeOfficeError, itemNotFound } from "./errors";
import { FakeObject } from "./object";
import { type Box, type FakeSheet } from "./state";

/** One or more rectangles on one sheet. */
export interface Area {
  sheet: FakeSheet;
  boxes: Box[];
}

/** Area proxies fail like Excel once their sheet is gone, and refuse edits on a protected sheet. */
export abstract class AreaObject extends FakeObject<Area> {
  protected override target(): Area {
    const area = super.target();
    if (!this.context.state.sheets.includes(area.sheet)) throw itemNotFound(this.entity);
    return area;
  }

  protected editable(): Area {
    const area = this.target();
    if (area.sheet.protected) {
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet.",
        this.entity,
      );
    }
    return area;
  }

  protected edit(args: unknown, apply: (a: Area) => void): void {
    this.context.enqueue({ args, writes: true, run: () => apply(this.editable()) });
  }
}

export function first(area: Area): Box {
  return area.boxes[0] as Box;
}

export function grid<V>(area: Area, cell: (r: number, c: number) => V): V[][] {
  const box = first(area);
  const rows: V[][] = [];
  for (let r = box.r0; r <= box.r1; r++) {
    const row: V[] = [];
    for (let c = box.c0; c <= box.c1; c++) row.push(cell(r, c));
    rows.push(row);
  }
  return rows;
}
