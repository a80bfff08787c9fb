// The record of an issued declaration (domain.md §8: issued declarations are permanent records).
// What was issued is written once as JSON into the register and carried verbatim from then on;
// reading it back gives the declaration exactly as issued, never a recomputation. Registers
// written before records existed are frozen from their visible columns the first time they are read
// (columns.ts).
import { z } from "zod";
import { clean } from "../normalise";
import type { RecordProblem } from "../catalogue/details-declarations";
import type { Issued } from "../records";
import type { Declaration, GhgValues } from "../result";
import { fromColumns } from "./columns";
import type { Frozen, Identity } from "./frozen";
import { cellsOf } from "../source-cells";

export type { Frozen, Identity } from "./frozen";

const text = z.string();
const nullableText = z.string().nullable();
const party = z.object({ name: text, address: text, certificate: text });
const ghg = z.object({
  method: nullableText,
  unit: nullableText,
  eec: nullableText,
  el: nullableText,
  ep: nullableText,
  etd: nullableText,
  eu: nullableText,
  esca: nullableText,
  eccs: nullableText,
  eccr: nullableText,
  total: text,
  saving: nullableText,
  comparator: nullableText,
  quantity: text.optional(),
  installationStartDate: nullableText.optional(),
});
const input = z.object({ sd: text, quantity: text, source: z.object({ sheet: text, cell: text }) });

/** Version 1 of the record. Fields are never renamed; a change of meaning is a new version. */
const RECORD = z.object({
  v: z.literal(1),
  number: text,
  stem: text,
  anchor: text,
  /** the delivery row carries the number (written in by the add-in, or typed): found by it alone */
  onRow: z.boolean(),
  declaration: z.object({
    issueDate: text,
    dispatchDate: text,
    supplier: party,
    recipient: party,
    dispatchAddress: text,
    receivingAddress: text.optional(),
    site: text,
    scheme: z.enum(["ISCC EU", "ISCC PLUS"]),
    product: text,
    characteristics: z.object({
      rawMaterial: text,
      countryOfOrigin: text,
      claim: text,
      wasteResidue: text,
      annexIxPart: text,
    }),
    quantity: text,
    unit: text,
    energyContent: nullableText,
    euRedCompliant: z.boolean(),
    isccCompliant: z.boolean(),
    chainOfCustody: z.literal("Mass balance"),
    plusClaim: nullableText,
    installationStartDate: nullableText,
    ghg: z.array(ghg),
    ghgPooling: z.enum(["per-batch", "worst-value"]),
    inputs: z.array(input),
    fingerprint: text,
  }),
  delivery: z.object({
    sheet: text,
    row: z.number(),
    cells: z.record(z.string(), z.string()),
    fields: z.record(z.string(), z.unknown()),
  }),
  /** only for declarations frozen from an older register's columns: no row fields, this identity */
  legacy: z
    .object({
      date: text,
      customer: text,
      product: text,
      quantity: text,
      unit: text,
      site: text,
    })
    .optional(),
});

type RecordData = z.infer<typeof RECORD>;

/** The identity of a delivery row from its fields (as validated by intake). */
export function identityOf(fields: Record<string, unknown>): Identity {
  const t = (v: unknown) => (typeof v === "string" ? clean(v) : typeof v === "number" ? String(v) : "");
  return {
    date: t(fields.date),
    customer: t(fields.customer),
    product: t(fields.product),
    quantity: t(fields.quantity),
    unit: t(fields.unit),
    site: t(fields.site),
  };
}

/**
 * The JSON record of a declaration. `fields` are the delivery row's values without its SD number
 * (null for a declaration frozen from an older register, which gives its `identity` instead);
 * `stem` the base number of its issue; `anchor` the number the row already carried; `onRow`
 * whether the row carries a number that finds it.
 */
export function recordOf(
  d: Declaration,
  fields: Record<string, unknown> | null,
  stem: string,
  anchor: string,
  onRow: boolean,
  identity?: Identity,
): string {
  const data: RecordData = {
    v: 1,
    number: d.number,
    stem,
    anchor,
    onRow,
    declaration: {
      issueDate: d.issueDate,
      dispatchDate: d.dispatchDate,
      supplier: { ...d.supplier },
      recipient: { ...d.recipient },
      dispatchAddress: d.dispatchAddress,
      ...(d.receivingAddress ? { receivingAddress: d.receivingAddress } : {}),
      site: d.site,
      scheme: d.scheme,
      product: d.product,
      characteristics: { ...d.characteristics },
      quantity: d.quantity,
      unit: d.unit,
      energyContent: d.energyContent,
      euRedCompliant: d.euRedCompliant,
      isccCompliant: d.isccCompliant,
      chainOfCustody: d.chainOfCustody,
      plusClaim: d.plusClaim,
      installationStartDate: d.installationStartDate,
      ghg: d.ghg.map((g) => ({ ...g })),
      ghgPooling: d.ghgPooling,
      inputs: d.inputs.map((i) => ({ sd: i.sd, quantity: i.quantity, source: { ...i.source } })),
      fingerprint: d.fingerprint,
    },
    delivery: {
      sheet: d.delivery.sheet,
      row: d.delivery.row,
      cells: cellsOf(d.delivery) as Record<string, string>,
      fields: fields ? plain(fields) : {},
    },
  };
  if (!fields && identity) data.legacy = { ...identity };
  return JSON.stringify(data);
}

/** Row fields as JSON keeps them (no undefined, no source). */
function plain(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && k !== "source") out[k] = v;
  return out;
}

/** A register entry read back: from its record, else from the columns an older register shows. */
export function readEntry(e: Issued): Frozen {
  if (e.record !== "") {
    const parsed = parseRecord(e.record);
    if (parsed && parsed.number === e.number) return fromRecord(e, parsed);
    const problem: RecordProblem = parsed
      ? { reason: "other-declaration", of: parsed.number }
      : { reason: "foreign" };
    return { ...fromColumns(e), unreadable: problem };
  }
  return fromColumns(e);
}

/**
 * The delivery row's fields a register record of `number` was issued from (without its SD number);
 * null where the text is no record of that number, or is one frozen from an older register's
 * columns (it knows the declared quantity only, not the row's).
 */
export function recordedFields(record: string, number: string): Record<string, unknown> | null {
  const r = record === "" ? null : parseRecord(record);
  return r && r.number === number && !r.legacy ? r.delivery.fields : null;
}

function parseRecord(textValue: string): RecordData | null {
  try {
    const r = RECORD.safeParse(JSON.parse(textValue));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

function fromRecord(e: Issued, r: RecordData): Frozen {
  const c = r.declaration;
  const declaration: Declaration = {
    number: r.number,
    status: e.status,
    issueDate: c.issueDate,
    dispatchDate: c.dispatchDate,
    supplier: c.supplier,
    recipient: c.recipient,
    dispatchAddress: c.dispatchAddress,
    receivingAddress: c.receivingAddress ?? "",
    site: c.site,
    scheme: c.scheme,
    product: c.product,
    characteristics: c.characteristics,
    quantity: c.quantity,
    unit: c.unit,
    energyContent: c.energyContent,
    euRedCompliant: c.euRedCompliant,
    isccCompliant: c.isccCompliant,
    chainOfCustody: c.chainOfCustody,
    plusClaim: c.plusClaim,
    installationStartDate: c.installationStartDate,
    ghg: c.ghg.map(withoutUndefined),
    ghgPooling: c.ghgPooling,
    inputs: c.inputs,
    fingerprint: c.fingerprint,
    delivery: { sheet: r.delivery.sheet, row: r.delivery.row, cells: cellsOf(r.delivery) },
    rowSd: r.anchor || r.stem,
  };
  if (e.correction) declaration.correction = e.correction;
  return {
    entry: e,
    declaration,
    stem: r.stem,
    anchor: r.anchor,
    onRow: r.onRow && !e.elsewhere,
    identity: r.legacy ?? identityOf(r.delivery.fields),
    fields: r.legacy ? null : r.delivery.fields,
    record: e.record,
    unreadable: null,
  };
}

function withoutUndefined(g: z.infer<typeof ghg>): GhgValues {
  const out: GhgValues = { ...g } as GhgValues;
  if (g.quantity === undefined) delete out.quantity;
  if (g.installationStartDate === undefined) delete out.installationStartDate;
  return out;
}
