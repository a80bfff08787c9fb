// brk22 §9: fuel trade books keep two volumes of one delivery: the volume as measured, at the
// ambient temperature ("Menge (L)"), and the standard volume at 15 °C ("Menge bei 15 °C (L)",
// "Volume @15°C (m³)", "V15 (L)"), which the SD and the density tables use (EN ISO 91; the add-in
// reads volumes at 15 °C, engine/unit-cases.ts). Recognition took the left one, the ambient, and
// refused every row where they differ. Beside a column that states 15 °C, one that states no
// temperature is the ambient volume: the 15 °C one is read and the ambient one is left unread,
// said at its heading (info). A standard volume at another temperature ("bei 20 °C") is no volume
// the add-in reads (refused at its heading), so two such columns stay rivals: never a pick.
import { cellAddress } from "./a1";
import { type KindSpec } from "./fields";
import { readableUnits } from "./heading-units";
import { splitWords } from "./header-words";
import { unitOf } from "./ledger-rivals";
import { readFinding } from "./read-findings";
import { type ColumnMatch, type Recognition, type Rival } from "./recognition";
import { parseQuantityUnit } from "../engine/units";
import { temperatureOf } from "../engine/unit-cases";
import type { Finding } from "../engine/result";

const AT_15 = /(?:^|[^\d.,])15\s*(?:°|º|deg\.?|grad)\s*C\b/i;
const ANY_TEMPERATURE = /\d\s*(?:°|º|deg\.?|grad)\s*[CF]\b/i;
/** The standard volume's short names: "V15", "Vol15", "L15", "m3 15". */
const V15 = new Set(["v15", "vol15", "l15", "m315"]);

const volume = (unit: string | null) => parseQuantityUnit(unit ?? undefined)?.dim === "m3";
const saysV15 = (heading: string) => splitWords(heading).some((w) => V15.has(w));

/** Whether `heading` names a volume at 15 °C. */
export function namesStandardVolume(heading: string): boolean {
  return volume(unitOf(heading)) && (AT_15.test(readableUnits(heading)) || saysV15(heading));
}

/** Whether `heading` names a volume and no temperature: the volume as measured. */
const namesAmbient = (heading: string) =>
  volume(unitOf(heading)) && !ANY_TEMPERATURE.test(readableUnits(heading)) && !saysV15(heading);

/**
 * The rivals of `columns`' quantity with the standard volume read (brk22 §9): where recognition
 * read a volume that states no temperature and exactly one rival states 15 °C, that rival becomes
 * the quantity (in `columns`); beside a quantity at 15 °C each volume that states no temperature is
 * a rival marked `ambient` (never read nor refused, said at its heading). A volume at another
 * temperature ("bei 20 °C") is compared in its own unit, so where it differs the row stays refused
 * (it is no volume the add-in reads, nor is the ambient one the standard volume). A user's own
 * mapping is never moved.
 */
export function standardVolumeFirst(
  spec: KindSpec,
  columns: Map<string, ColumnMatch>,
  rivals: Rival[],
): Rival[] {
  const read = columns.get("quantity");
  if (!read || read.confidence === "remembered" || !spec.fields.some((f) => f.id === "quantity"))
    return rivals;
  const plain = (x: Rival) =>
    x.field === "quantity" && !x.value && !x.declared && !x.outgoing && !x.sided && !x.chosen;
  const standard = rivals.filter((x) => plain(x) && namesStandardVolume(x.header));
  let out = rivals.map((x) => (plain(x) ? otherTemperature(x) : x));
  const one = standard[0];
  if (namesAmbient(read.header) && one && standard.length === 1) {
    columns.set("quantity", {
      col: one.col,
      header: one.header,
      unit: unitOf(one.header),
      confidence: "exact",
    });
    const was: Rival = { field: "quantity", col: read.col, header: read.header, unit: read.unit };
    out = out.map((x) => (x.col === one.col ? was : x));
  }
  const now = columns.get("quantity") as ColumnMatch;
  if (!namesStandardVolume(now.header)) return out;
  return out.map((x) => (plain(x) && namesAmbient(x.header) ? { ...x, ambient: true } : x));
}

/** A rival volume at another temperature than 15 °C, compared in its unit ("L @ 20 °C" as L): never taken to agree. */
function otherTemperature(x: Rival): Rival {
  const at = x.unit ? temperatureOf(x.unit) : null;
  const base = at ? parseQuantityUnit(at.base) : null;
  return base && !at?.readAt(base.unit) ? { ...x, unit: base.unit } : x;
}

/** An info at the heading of each ambient volume left unread: which column is read instead. */
export function ambientNotes(sheet: string, headerRow1: number, rec: Recognition): Finding[] {
  const read = rec.columns.get("quantity")?.header ?? "";
  return (rec.rivals ?? [])
    .filter((x) => x.ambient)
    .map((x) =>
      readFinding("second-quantity-column", "info", sheet, cellAddress(headerRow1, x.col), {
        label: "Quantity",
        value: x.header,
        read,
        reason: "standard-volume",
      }),
    );
}
