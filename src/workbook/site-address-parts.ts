// (brk25 §4b) A sites sheet that writes each site's address in parts, a column each: "Standort |
// Straße | PLZ | Ort | Land" (en Street | Postcode/ZIP | City | Country; fr Rue | Code postal |
// Ville | Pays; it Via/Indirizzo | CAP | Città | Paese; es Calle/Dirección | C.P. | Ciudad | País;
// nl Straat | Postcode | Plaats | Land; pl Ulica | Kod pocztowy | Miasto | Kraj). Before, no column
// was read as the address: every site's SD printed the settings' company address, or (where
// "Indirizzo", "Dirección" was read as the address) the street alone. Now the parts are the site's
// address, joined as typed ("Hafenstraße 1, 20457 Hamburg, Deutschland"), where an Address column
// would be. A site whose street or town is blank while other parts are written has no address the
// sheet states (a street without a town is none): refused at the blank cell, the site's SDs held
// at it (engine/site-address.ts), never another address printed in its place.
import { cellAddress } from "./a1";
import { readCountries } from "./countries";
import type { Grid } from "./grid";
import { foldedWords } from "./normalise";
import { shortPostcode, shownNumber } from "./postcode";
import { readFinding } from "./read-findings";
import type { Recognition } from "./recognition";
import type { TableRow } from "./table-row";
import type { Finding } from "../engine/result";

type Part = "street" | "number" | "postcode" | "city";

// headings of each part, folded (foldedWords): whole headings, seven languages
// prettier-ignore
const PARTS: Record<Part, ReadonlySet<string>> = {
  street: new Set([
    "strasse", "str", "strasse und hausnummer", "strasse hausnummer", "anschrift", "adresse",
    "street", "street address", "address", "address line", "address line 1",
    "rue", "adresse postale", "via", "indirizzo", "calle", "direccion", "domicilio",
    "straat", "straat en huisnummer", "adres", "ulica", "ulica i numer",
  ]),
  // (h-leftovers) the house number in a column of its own: its whole heading anywhere
  number: new Set([
    "hausnr", "hausnummer", "haus nr", "house number", "house no", "building number", "street number",
    "numero de rue", "n de rue", "numero civico", "n civico", "nr civico", "civico",
    "numero de calle", "n de calle", "numero exterior", "huisnummer", "huisnr", "huis nr",
    "nr domu", "numer domu", "nr budynku", "numer budynku",
  ]),
  postcode: new Set([
    "plz", "postleitzahl", "postcode", "post code", "postal code", "zip", "zip code", "code postal",
    "cp", "c p", "cap", "codigo postal", "kod pocztowy", "kod",
  ]),
  city: new Set([
    "ort", "stadt", "city", "town", "ville", "localite", "commune", "citta", "comune", "localita",
    "ciudad", "localidad", "municipio", "plaats", "woonplaats", "stad", "miasto", "miejscowosc",
  ]),
};

// a bare "number" heading ("Nr.", "No.", "N°", "Número"): the house number only in the column right
// after the street's; elsewhere in a sites sheet it may number the sites
const BARE_NUMBER = new Set(["nr", "no", "n", "numer", "numero", "number", "num", "nummer", "nro"]);

/** The columns (0-based) of a sites sheet's address parts; the country's is the site's Country column. */
export interface AddressParts {
  /** the heading row (0-based) */
  headerRow: number;
  street: number;
  /** the house number's column ("Hausnr.", or "Nr." right after the street), where the sheet has one */
  number?: number;
  postcode?: number;
  city: number;
  country?: number;
}

/**
 * The address part columns of the sites table `rec`, by their headings (PARTS): a street (or the
 * column read as the address, "Indirizzo") and a town at least; null where the sheet has no such
 * pair (its Address column, where it has one, is read as before).
 */
export function siteAddressParts(grid: Grid, rec: Recognition): AddressParts | null {
  if (rec.kind !== "sites" || rec.headerRow === null) return null;
  const site = rec.columns.get("site")?.col;
  const found: Partial<Record<Part, number>> = {};
  for (let c = 0; c < grid.width(rec.headerRow, rec.headerRow + 1); c++) {
    if (c === site) continue;
    const heading = foldedWords(grid.headerText(rec.headerRow, c));
    for (const part of Object.keys(PARTS) as Part[])
      if (PARTS[part].has(heading) && found[part] === undefined) found[part] = c;
  }
  const street = found.street ?? rec.columns.get("address")?.col;
  if (street === undefined || found.city === undefined) return null;
  const country = rec.columns.get("country")?.col;
  const bare = BARE_NUMBER.has(foldedWords(grid.headerText(rec.headerRow, street + 1)));
  const number = found.number ?? (bare ? street + 1 : undefined);
  return {
    headerRow: rec.headerRow,
    street,
    ...(number !== undefined && { number }),
    city: found.city,
    ...(found.postcode !== undefined && { postcode: found.postcode }),
    ...(country !== undefined && { country }),
  };
}

/**
 * Sets `row`'s address from its parts, as typed, joined "street number, postcode town, country"
 * (the house number after the street, in every language: as the columns stand); where a
 * part is written and the street or the town is blank, the address is refused at that blank cell
 * (an error pushed to `out`, the row's address unreadable: its SDs are held); a row with no part
 * written keeps its address blank, as a blank Address cell.
 */
export function composeSiteAddress(grid: Grid, parts: AddressParts, row: TableRow, out: Finding[]): void {
  const r = row.source.row - 1;
  const text = (c: number | undefined) => (c === undefined ? "" : shown(grid, r, c));
  const [written, postcode, city, country] = [parts.street, parts.postcode, parts.city, parts.country].map(
    text,
  );
  const number = text(parts.number);
  // a house number without its street is no street: refused at the blank street cell below
  const street = written && [written, number].filter(Boolean).join(" ");
  if (![street, number, postcode, city].some(Boolean)) return;
  const sheet = grid.sheet.name;
  if (!street || !city) {
    const col = street ? parts.city : parts.street;
    const cell = cellAddress(row.source.row, col);
    out.push(
      readFinding("missing-value", "error", sheet, cell, {
        label: grid.headerText(parts.headerRow, col),
        reason: "address-part",
        read: [street || number, postcode, city].filter(Boolean).join(", "),
      }),
    );
    addressUnread(row, cell);
    return;
  }
  if (parts.postcode !== undefined && refusePostcode(grid, parts, row, country ?? "", out)) return;
  const town = [postcode, city].filter(Boolean).join(" ");
  row.values.address = [street, town, country].filter(Boolean).join(", ");
  row.source.cells.address = cellAddress(row.source.row, parts.street);
}

/**
 * (h-postcode) Refuses `row`'s postcode cell where it holds a number showing fewer digits than a
 * postcode of the row's country (postcode.ts: its leading zeros may be lost): an error at the cell,
 * the row's address unreadable (its SDs held). True where refused.
 */
function refusePostcode(
  grid: Grid,
  parts: AddressParts,
  row: TableRow,
  country: string,
  out: Finding[],
): boolean {
  const [r, c] = [row.source.row - 1, parts.postcode as number];
  const v = grid.value(r, c);
  const short = typeof v === "number" ? shortPostcode(v, grid.format(r, c), readCountries(country)) : null;
  if (!short) return false;
  const cell = cellAddress(row.source.row, c);
  out.push(
    readFinding("invalid-value", "error", grid.sheet.name, cell, {
      label: grid.headerText(parts.headerRow, c),
      value: short.shown,
      ...(country ? { read: country } : {}),
      reason: "postcode-digits",
      digits: short.digits,
    }),
  );
  addressUnread(row, cell);
  return true;
}

/** Leaves `row` without an address, unreadable at `cell` (its SDs are held: engine/site-address.ts). */
function addressUnread(row: TableRow, cell: string): void {
  delete row.values.address;
  row.unreadable = [...(row.unreadable ?? []), "address"];
  row.source.cells.address = cell;
}

/** A part's cell as shown: text trimmed; a number as its number format shows it (postcode.ts: "00000" shows 01067). */
function shown(grid: Grid, r: number, c: number): string {
  const v = grid.value(r, c);
  if (typeof v === "string") return v.trim().replace(/\s+/g, " ");
  return typeof v === "number" ? shownNumber(v, grid.format(r, c)) : "";
}
