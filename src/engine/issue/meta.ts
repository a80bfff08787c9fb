// What the register's record needs beyond the declaration itself (the delivery row's fields, the
// numbers that tie it to its row), kept on the declaration under a symbol that is not enumerable:
// JSON, spreads and deep equality never see it, and a declaration carries it wherever it goes.
import type { Declaration } from "../result";
import { type Identity, recordOf } from "./record";

export interface Meta {
  /** the delivery row's fields without its SD number; null for a declaration from an older register */
  fields: Record<string, unknown> | null;
  /** base number of the issue (a split's lines share it) */
  stem: string;
  /** the number the row carried already when this was issued (a top-up or replacement), else "" */
  anchor: string;
  /** the row carries its number (typed, or written in by the add-in) */
  onRow: boolean;
  identity?: Identity;
  /** the record as read from the register, verbatim; "" until written */
  record: string;
}

const META: unique symbol = Symbol("register record of a declaration");

export function setMeta(d: Declaration, meta: Meta): void {
  Object.defineProperty(d, META, { value: meta, writable: true, enumerable: false, configurable: true });
}

export function metaOf(d: Declaration): Meta | undefined {
  return (d as { [META]?: Meta })[META];
}

/**
 * The register record of a declaration (JSON, see record.ts): the one read back, verbatim, else
 * written now from what it carries. "" for drafts and blocked declarations, which are no record.
 */
export function recordText(d: Declaration): string {
  if (d.status === "draft" || d.status === "blocked" || d.number === "") return "";
  const meta = metaOf(d);
  if (meta?.record) return meta.record;
  const text = recordOf(
    d,
    meta?.fields ?? null,
    meta?.stem ?? d.number,
    meta?.anchor ?? "",
    meta?.onRow ?? false,
    meta?.identity,
  );
  if (meta) meta.record = text;
  return text;
}
