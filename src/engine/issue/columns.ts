// Registers written before records existed (domain.md §8): an entry is frozen from what its visible
// columns show, the first time it is read; from then on its record carries it.
import type { SchemeName } from "../model";
import { clean } from "../normalise";
import { isDecimalText } from "../quantity";
import type { Issued } from "../records";
import type { Declaration, DeclarationInput, GhgValues } from "../result";
import type { Frozen } from "./frozen";

/** A split's base number: `ACME-2025-0003-2` → `ACME-2025-0003`. */
export function baseNumber(number: string): string {
  const m = /^(.*-\d{4}-\d{4,})-\d{1,3}$/.exec(number);
  return m ? (m[1] as string) : number;
}

/** "IN-1: 80; IN-2: 20" as the register's Incoming SDs column shows them. */
function inputsFromText(value: string, sheet: string): DeclarationInput[] {
  const out: DeclarationInput[] = [];
  for (const part of value.split(";")) {
    const m = /^(.*):\s*(-?\d+(?:\.\d+)?)\s*$/.exec(part.trim());
    if (m) out.push({ sd: (m[1] as string).trim(), quantity: m[2] as string, source: { sheet, cell: "" } });
  }
  return out;
}

/** An entry of a register written before records existed: what its columns show is what was issued. */
export function fromColumns(e: Issued): Frozen {
  const f = e.fields as Record<string, unknown>;
  const s = (k: string) => (typeof f[k] === "string" ? clean(f[k] as string) : "");
  const scheme: SchemeName = /plus/i.test(s("scheme")) ? "ISCC PLUS" : "ISCC EU";
  const quantity = isDecimalText(s("quantity")) ? s("quantity") : "";
  const total = s("ghgTotal");
  const ghgValues: GhgValues[] = total
    ? [
        {
          method: null,
          unit: null,
          eec: null,
          el: null,
          ep: null,
          etd: null,
          eu: null,
          esca: null,
          eccs: null,
          eccr: null,
          total,
          saving: s("saving") || null,
          comparator: null,
          quantity,
        },
      ]
    : [];
  const empty = { name: "", address: "", certificate: "" };
  const declaration: Declaration = {
    number: e.number,
    status: e.status,
    issueDate: s("issueDate"),
    dispatchDate: s("dispatchDate"),
    supplier: empty,
    recipient: { ...empty, name: s("customer") },
    dispatchAddress: "",
    site: s("site"),
    scheme,
    product: s("product"),
    characteristics: { rawMaterial: "", countryOfOrigin: "", claim: "", wasteResidue: "", annexIxPart: "" },
    quantity,
    unit: s("unit"),
    energyContent: null,
    euRedCompliant: scheme === "ISCC EU",
    isccCompliant: scheme === "ISCC PLUS",
    chainOfCustody: "Mass balance",
    plusClaim: null,
    installationStartDate: null,
    ghg: ghgValues,
    ghgPooling: "per-batch",
    inputs: inputsFromText(s("inputs"), ""),
    fingerprint: e.fingerprint,
    delivery: { sheet: e.deliverySheet, row: e.deliveryRow ?? 0, cells: {} },
    rowSd: baseNumber(e.number),
  };
  if (e.correction) declaration.correction = e.correction;
  return {
    entry: e,
    declaration,
    stem: baseNumber(e.number),
    anchor: "",
    onRow: false,
    identity: {
      date: declaration.dispatchDate,
      customer: declaration.recipient.name,
      product: declaration.product,
      quantity,
      unit: declaration.unit,
      site: declaration.site,
    },
    fields: null,
    record: "",
    unreadable: null,
  };
}
