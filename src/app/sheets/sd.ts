// A printable "SD <number>" sheet laid out like the ISCC EU PoS (iscc-rules.md §5.2): header,
// 1 general information, 2 scope of certification, 3 GHG, then the incoming SDs behind it.
// ISCC PLUS adds its claim and chain-of-custody method. GHG is never filled with defaults: a
// value the books lack is shown as missing.
import type { Declaration, GhgValues } from "../../engine/result";
import type { OutValue } from "../../workbook/port";
import { date, link, percent, quantity, title, yesNo } from "./cells";
import { type GeneratedSheet, type ReportContext, fitColumns, pagePrint } from "./layout";

const SECTION_FILL = "#D9E1F2";
/** The label of an SD's number (app/printed-sds.ts reads a printed SD's number beside it). */
export const SD_NUMBER_LABEL = "Unique number";
const DRAFT_FILL = "#FFC7CE";

function section(text: string): OutValue[] {
  return [
    { value: text, bold: true, fill: SECTION_FILL },
    { value: null, fill: SECTION_FILL },
  ];
}

const GHG_ROWS: [string, keyof GhgValues][] = [
  ["Method (TDV, DDV, AV)", "method"],
  ["Unit", "unit"],
  ["Eec (extraction or cultivation)", "eec"],
  ["El (land-use change)", "el"],
  ["Ep (processing)", "ep"],
  ["Etd (transport and distribution)", "etd"],
  ["Eu (fuel in use)", "eu"],
  ["Esca (soil carbon accumulation)", "esca"],
  ["Eccs (carbon capture and geological storage)", "eccs"],
  ["Eccr (carbon capture and replacement)", "eccr"],
];

function ghgSection(d: Declaration): OutValue[][] {
  const plus = d.scheme === "ISCC PLUS";
  const rows: OutValue[][] = [
    section(plus ? "3. GHG information (GHG add-on, where applied)" : "3. GHG information"),
  ];
  if (d.ghg.length === 0) return [...rows, ["GHG values", "Not given in the books: complete before sending"]];
  if (d.ghg.length > 1 || d.ghgPooling === "worst-value") {
    const how =
      d.ghgPooling === "worst-value"
        ? "the highest value of the batches behind it"
        : "one column per batch value";
    rows.push(["GHG values (never averaged)", how]);
  }
  rows.push([
    "",
    ...d.ghg.map((_, i) => ({ value: d.ghg.length > 1 ? `Value ${i + 1}` : "Value", bold: true })),
  ]);
  for (const [label, key] of GHG_ROWS) {
    rows.push([
      label,
      ...d.ghg.map((g) => (key === "method" || key === "unit" ? g[key] : quantity(g[key] as string | null))),
    ]);
  }
  rows.push([{ value: "Total E", bold: true }, ...d.ghg.map((g) => quantity(g.total))]);
  rows.push(["Fossil fuel comparator", ...d.ghg.map((g) => quantity(g.comparator))]);
  rows.push(["GHG emission saving", ...d.ghg.map((g) => percent(g.saving))]);
  // each value with the quantity it covers: per batch, never an average (domain.md §6)
  rows.push([`Quantity covered (${d.unit})`, ...d.ghg.map((g) => quantity(g.quantity ?? d.quantity))]);
  if (d.ghg.some((g) => g.installationStartDate)) {
    rows.push([
      "Start date of production at the installation",
      ...d.ghg.map((g) => date(g.installationStartDate ?? d.installationStartDate)),
    ]);
  }
  return rows;
}

export function sdRows(d: Declaration, draft: boolean): OutValue[][] {
  const plus = d.scheme === "ISCC PLUS";
  const c = d.characteristics;
  const rows: OutValue[][] = [
    [title("Sustainability Declaration (Proof of Sustainability)"), title(d.scheme)],
  ];
  if (draft) {
    rows.push([
      { value: "DRAFT: not issued, errors hold it back (see MB Findings)", bold: true, fill: DRAFT_FILL },
      { value: null, fill: DRAFT_FILL },
    ]);
    for (const f of d.heldBy ?? []) rows.push([{ value: "Held back by", fill: DRAFT_FILL }, f.message]);
  }
  rows.push(
    [SD_NUMBER_LABEL, { value: d.number || "None yet: a draft takes no number", bold: true }],
    ["Date of issuance", date(d.issueDate)],
    // brk22 §5: issued in place of a withdrawn declaration, it says which
    ...(d.replaces ? [["Replaces (cancelled)", { value: d.replaces, bold: true }]] : []),
    [],
    section("Supplier"),
    ["Name", d.supplier.name],
    ["Address", d.supplier.address],
    ["Certification system", d.scheme],
    ["Certificate number", d.supplier.certificate],
    ["Address of dispatch/shipping point", d.dispatchAddress || "Same as supplier"],
    section("Recipient"),
    ["Name", d.recipient.name],
    ["Address", d.recipient.address],
    ["Certificate number", d.recipient.certificate],
    ["Address of receipt/receiving point", d.receivingAddress || "Same as recipient"],
    ["Date of dispatch", date(d.dispatchDate)],
    [],
    section("1. General information"),
    ["Type of product", d.product],
    ["Type of raw material", c.rawMaterial],
    ["Country of origin of the raw material", c.countryOfOrigin],
    [`Quantity (${d.unit})`, quantity(d.quantity)],
    [
      "Energy content (MJ)",
      quantity(d.energyContent) ?? "Not stated (no heating value in the books applies to it)",
    ],
    ["EU RED compliant material", yesNo(d.euRedCompliant)],
    ["ISCC compliant material", yesNo(d.isccCompliant)],
    ["Chain of custody option", d.chainOfCustody],
    [
      "Start date of production at the installation",
      date(d.installationStartDate) ??
        (d.ghg.some((g) => g.installationStartDate) ? "See 3. GHG information" : ""),
    ],
  );
  if (plus) {
    // the category alone: an ISCC EU claim beside "EU RED compliant material: No" would contradict it
    rows.push(
      ["Claim category", d.plusClaim ?? "Not given in the books: complete before sending"],
      ["Chain of custody method", d.chainOfCustody],
    );
  }

  rows.push(
    [],
    section("2. Scope of certification of the raw material"),
    ["Raw material complies with the sustainability criteria of RED Art. 29(2)-(7)", yesNo(d.euRedCompliant)],
    ["Meets the definition of waste or residue", c.wasteResidue],
    ["Annex IX part", c.annexIxPart],
    [],
    ...ghgSection(d),
    [],
    section("Incoming Sustainability Declarations behind this declaration"),
    [
      { value: "Incoming SD", bold: true },
      { value: `Quantity (${d.unit})`, bold: true },
      { value: "Row", bold: true },
    ],
    ...d.inputs.map((i) => [i.sd, quantity(i.quantity), link(i.source)]),
    [],
    ["Fingerprint of the source rows (SHA-256)", d.fingerprint],
    [
      "Delivery row",
      d.delivery.row > 0
        ? link(
            { sheet: d.delivery.sheet, cell: `A${d.delivery.row}` },
            `${d.delivery.sheet} row ${d.delivery.row}`,
          )
        : "not in the books now",
    ],
  );
  return rows;
}

/**
 * An SD sheet prints on one A4 portrait page, the DRAFT banner and header included: labels wrap
 * at 46 characters and values at 34, so a long address or the fingerprint does not widen the page.
 */
export function sdSheet(d: Declaration, draft: boolean, ctx: ReportContext): GeneratedSheet {
  const rows = sdRows(d, draft);
  const wrapAt: Record<number, number> = { 0: 46 };
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 1; c < width; c++) wrapAt[c] = 34;
  return {
    rows,
    options: {
      ...fitColumns(rows, { wrapAt, min: 10 }),
      print: pagePrint(ctx, draft),
      tabColor: draft ? "#C00000" : "#548235",
    },
  };
}
