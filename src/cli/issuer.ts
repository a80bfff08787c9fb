// Whose books a workbook holds: the company name and own certificate number its settings sheet
// (or the settings saved in MB Config) states. The register of issued declarations does not record
// its issuer, so a register found in another workbook is told apart by that workbook's settings:
// an SD number names one declaration of one issuer (domain.md §8), and another company's numbers
// are none of this run's business (new-user test brk7 #3: two companies' books in one folder).
import type { WorkbookSnapshot } from "../workbook/port";
import { readConfig } from "../workbook/config";
import { Grid } from "../workbook/grid";
import { fold } from "../workbook/normalise";
import { isGeneratedSheet } from "../workbook/read";
import { settingsEntries } from "../workbook/settings-sheet";

/** The issuer a workbook states; a field is absent where no settings sheet gives it. */
export interface Issuer {
  /** the company name as written ("Alpha Öl GmbH") */
  company?: string;
  /** the own certificate number as written ("EU-ISCC-Cert-DE105-40000001") */
  certificate?: string;
}

/** How two workbooks' issuers compare: one name or number in common is the same issuer. */
export type IssuerRelation = "same" | "other" | "unknown";

/**
 * The issuer stated by the first settings sheet that names one (the settings saved in MB Config
 * win, as they do when the books are read). Cells are taken as text; a blank cell states nothing.
 */
export function issuerOf(snapshot: WorkbookSnapshot): Issuer {
  const config = readConfig(snapshot);
  const issuer: Issuer = {};
  for (const sheet of snapshot.sheets) {
    if (isGeneratedSheet(sheet.name, config) || sheet.values.length === 0) continue;
    const grid = new Grid(sheet);
    for (const e of settingsEntries(grid)) {
      const id =
        e.field.id === "companyName" ? "company" : e.field.id === "ownCertificate" ? "certificate" : null;
      const text = id ? String(e.text ?? grid.value(e.row, e.col) ?? "").trim() : "";
      if (id && text && !issuer[id]) issuer[id] = text;
    }
  }
  const saved = config.settings;
  if (saved.companyName?.trim()) issuer.company = saved.companyName.trim();
  if (saved.ownCertificate?.trim()) issuer.certificate = saved.ownCertificate.trim();
  return issuer;
}

/**
 * "same" where the certificate numbers or the company names agree (spaces, case and accents
 * aside: a renewed certificate keeps the name), "other" where a pair both state differs and
 * none agrees, "unknown" where no pair is stated on both sides.
 */
export function issuerRelation(a: Issuer, b: Issuer): IssuerRelation {
  const pairs = [
    [certificateKey(a.certificate), certificateKey(b.certificate)],
    [nameKey(a.company), nameKey(b.company)],
  ].filter(([x, y]) => x && y);
  if (pairs.length === 0) return "unknown";
  return pairs.some(([x, y]) => x === y) ? "same" : "other";
}

/** The issuer in words for a message: `Alpha Öl GmbH (EU-ISCC-Cert-DE105-40000001)`. */
export function issuerText(issuer: Issuer): string {
  const { company, certificate } = issuer;
  if (company && certificate) return `${company} (${certificate})`;
  return company ?? certificate ?? "no company name or own certificate";
}

const certificateKey = (s: string | undefined): string => (s ?? "").replace(/\s+/g, "").toUpperCase();
const nameKey = (s: string | undefined): string =>
  fold(s ?? "")
    .replace(/\s+/g, " ")
    .trim();
