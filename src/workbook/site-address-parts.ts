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
// (brk27 S8/N3) A deliveries sheet keeps its recipient's address the same way, "Kunde | Straße |
// PLZ | Ort | Land" or "Klant | Adres | Postcode | Plaats | Land": the parts are the row's customer
// address, composed here alike ("Industrieweg 5, 5928 AB Venlo, NL"); before, the SD printed the
// street alone, or refused a book whose street had no "Adresse" heading. A bare "Land" is the
// address's country only beside the run of parts (elsewhere a deliveries sheet reads no country).
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
    "ciudad", "localidad", "municipio", "poblacion", "plaats", "woonplaats", "stad", "miasto",
    "miejscowosc",
  ]),
};

// a bare "number" heading ("Nr.", "No.", "N°", "Número"): the house number only in the column right
// after the street's; elsewhere in a sites sheet it may number the sites
const BARE_NUMBER = new Set(["nr", "no", "n", "numer", "numero", "number", "num", "nummer", "nro"]);

// a country's headings, folded: a deliveries sheet's part only beside the run of the other parts
const COUNTRY = new Set(["land", "country", "pays", "pais", "paese", "nazione", "kraj"]);

// whose address a deliveries sheet's part heading may name ("Kunden-PLZ", "Ort Kunde", "Ville client")
// prettier-ignore
const RECIPIENT = ["kunden", "kunde", "customer", "client", "klant", "cliente", "klienta", "recipient",
  "empfanger", "destinataire", "destinatario", "odbiorcy", "odbiorca"];

/**
 * The columns (0-based) of a sheet's address parts: a site's (the country's is the site's Country
 * column) or a delivery's recipient's (`field` "customerAddress").
 */
export interface AddressParts {
  /** the row field the parts compose: a site's "address", a delivery's "customerAddress" */
  field: "address" | "customerAddress";
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
 * pair (its Address column, where it has one, is read as before). Of a deliveries table, the
 * recipient's (deliveryAddressParts).
 */
export function siteAddressParts(grid: Grid, rec: Recognition): AddressParts | null {
  if (rec.kind === "deliveries") return deliveryAddressParts(grid, rec);
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
  return columns(
    grid,
    "address",
    rec.headerRow,
    street,
    { ...found, city: found.city },
    rec.columns.get("country")?.col,
  );
}

/**
 * The parts' columns as AddressParts: `found` gives the town, and the postcode and house number
 * where there are (a bare "Nr." heading is the house number only right after the street).
 */
function columns(
  grid: Grid,
  field: AddressParts["field"],
  headerRow: number,
  street: number,
  found: { city: number; postcode?: number; number?: number },
  country: number | undefined,
): AddressParts {
  const bare = BARE_NUMBER.has(foldedWords(grid.headerText(headerRow, street + 1)));
  const number = found.number ?? (bare ? street + 1 : undefined);
  return {
    field,
    headerRow,
    street,
    ...(number !== undefined && { number }),
    city: found.city,
    ...(found.postcode !== undefined && { postcode: found.postcode }),
    ...(country !== undefined && { country }),
  };
}

/**
 * (brk27 S8/N3) The recipient's address part columns of the deliveries table `rec`: a street (a
 * PARTS heading, else the Customer address column: "Kundenadresse | PLZ | Ort") and a town at
 * least, among columns no other field reads, the parts side by side (one other column between
 * them at most); the country a COUNTRY heading next to them. Null where the sheet has no such run.
 */
function deliveryAddressParts(grid: Grid, rec: Recognition): AddressParts | null {
  if (rec.headerRow === null) return null;
  const address = rec.columns.get("customerAddress")?.col;
  const taken = new Set([...rec.columns.values()].map((m) => m.col).filter((c) => c !== address));
  const found: Partial<Record<Part | "country", number>> = {};
  const width = grid.width(rec.headerRow, rec.headerRow + 1);
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const heading = recipientPart(foldedWords(grid.headerText(rec.headerRow, c)));
    for (const part of Object.keys(PARTS) as Part[])
      if (PARTS[part].has(heading) && found[part] === undefined) found[part] = c;
    if (COUNTRY.has(heading) && found.country === undefined) found.country = c;
  }
  const street = found.street ?? address;
  if (street === undefined || found.city === undefined) return null;
  const run = [street, found.postcode, found.city].filter((c): c is number => c !== undefined);
  const [first, last] = [Math.min(...run), Math.max(...run)];
  if (last - first > run.length) return null; // parts apart: no one address
  const country = found.country === first - 1 || found.country === last + 1 ? found.country : undefined;
  return columns(grid, "customerAddress", rec.headerRow, street, { ...found, city: found.city }, country);
}

/** A folded heading without the recipient's word it names ("kunden plz", "plz kunde", "kundenort": the part's). */
function recipientPart(heading: string): string {
  for (const w of RECIPIENT) {
    if (heading.startsWith(`${w} `)) return heading.slice(w.length + 1);
    if (heading.endsWith(` ${w}`)) return heading.slice(0, -w.length - 1);
    const rest = heading.startsWith(w) ? heading.slice(w.length).trim() : "";
    if (rest && Object.values(PARTS).some((set) => set.has(rest))) return rest; // "kundenort"
  }
  return heading;
}

/**
 * Sets `row`'s address (`parts.field`: a site's, a delivery's recipient's) from its parts, as
 * typed, joined "street, postcode town, country"; where a part is written and the street or the
 * town is blank, the address is refused at that blank cell (an error pushed to `out`, the row's
 * address unreadable: its SDs are held); a row with no part written keeps its address blank, as a
 * blank Address cell.
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
    const said = readFinding("missing-value", "error", sheet, cell, {
      label: grid.headerText(parts.headerRow, col),
      reason: parts.field === "address" ? "address-part" : "recipient-address-part",
      read: [street || number, postcode, city].filter(Boolean).join(", "),
    });
    out.push(said);
    addressUnread(row, cell, parts, said);
    return;
  }
  if (parts.postcode !== undefined && refusePostcode(grid, parts, row, country ?? "", out)) return;
  const town = [postcode, city].filter(Boolean).join(" ");
  row.values[parts.field] = [street, town, country].filter(Boolean).join(", ");
  row.source.cells[parts.field] = cellAddress(row.source.row, parts.street);
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
  const said = readFinding("invalid-value", "error", grid.sheet.name, cell, {
    label: grid.headerText(parts.headerRow, c),
    value: short.shown,
    ...(country ? { read: country } : {}),
    reason: "postcode-digits",
    digits: short.digits,
  });
  out.push(said);
  addressUnread(row, cell, parts, said);
  return true;
}

/**
 * Leaves `row` without the address `parts` compose (a site's, or a delivery's recipient's),
 * unreadable at `cell` (its SDs are held: engine/site-address.ts). A delivery is booked all the
 * same, only its address lacks: `said` holds back its own SD, not its product's.
 */
function addressUnread(row: TableRow, cell: string, parts: AddressParts, said: Finding): void {
  if (parts.field === "customerAddress")
    said.reach = { deliveries: [{ sheet: row.source.sheet, row: row.source.row }] };
  delete row.values[parts.field];
  row.unreadable = [...(row.unreadable ?? []), parts.field];
  row.source.cells[parts.field] = cell;
}

/** A part's cell as shown: text trimmed; a number as its number format shows it (postcode.ts: "00000" shows 01067). */
function shown(grid: Grid, r: number, c: number): string {
  const v = grid.value(r, c);
  if (typeof v === "string") return v.trim().replace(/\s+/g, " ");
  return typeof v === "number" ? shownNumber(v, grid.format(r, c)) : "";
}
