// Stage 1, intake: validate every record (validate.ts) and normalise what staff type in many ways
// (normalise.ts), producing the Books the later stages read. Never throws: a record that cannot be
// read becomes a finding and is left out. One file per record kind under intake/.
import type { Ledger } from "./model";
import { numberKey } from "./normalise";
import type { RuleProfile } from "./profile";
import { type Books, emptyLists } from "./records";
import { certificates, refusedCertificates } from "./intake/certificates";
import { Intake, type Stage } from "./intake/context";
import { deliveries } from "./intake/deliveries";
import { factors } from "./intake/factors";
import { issued } from "./intake/issued";
import { production } from "./intake/production";
import { receipts } from "./intake/receipts";
import { type BookedKind, happened } from "./intake/run-day";
import { sites } from "./intake/sites";
import { admitted, siteRegister } from "./intake/site-register";
import { siteCodes, withSiteCodes } from "./intake/site-codes";
import { stock } from "./intake/stock";
import { transfers } from "./intake/transfers";

/**
 * Stage 1: from the ledger as the workbook mapped it to the engine's Books. `runDay` (YYYY-MM-DD,
 * EngineOptions.runDay): a row booked after it is refused before it is read (intake/run-day.ts).
 */
export function intake(ledger: Ledger, profile: RuleProfile, runDay?: string): Stage<Books> {
  const io = new Intake(profile);
  const given = (ledger && typeof ledger === "object" ? ledger : {}) as Partial<Ledger>;
  // a Site, From or To cell holding exactly a site's code names that site (site-codes.ts)
  const codes = siteCodes(given.sites);
  const l = withSiteCodes(given, codes);
  const layout = l.layout && typeof l.layout === "object" ? l.layout : {};
  const books: Books = { ...emptyLists(), issued: [], usedNumbers: new Set(), layout };
  if (codes && codes.shared.size > 0) books.sharedCodes = codes.shared;
  // a row whose site the books do not list is left out before it is read (site-register.ts)
  const named = siteRegister(l, codes?.shared);
  // a row dated after the run's day is refused first: it has not happened, whatever else it says
  const now = (kind: BookedKind, list: unknown) => happened(io, runDay, kind, list);
  receipts(io, admitted(io, named, "receipt", now("receipt", l.receipts)), books);
  deliveries(io, admitted(io, named, "delivery", now("delivery", l.deliveries)), books);
  production(io, admitted(io, named, "production", now("production", l.production)), books);
  factors(io, l.factors, books);
  stock(io, admitted(io, named, "stock", now("stock", l.stockCounts)), books);
  certificates(io, l.certificates, books);
  refusedCertificates(l.refusedCertificates, books);
  sites(io, l.sites, books);
  transfers(io, now("transfer", l.transfers), books);
  issued(io, l.issued, books);

  if (Array.isArray(l.usedSdNumbers)) {
    for (const n of l.usedSdNumbers)
      if (typeof n === "string" && n.trim() !== "") books.usedNumbers.add(numberKey(n));
  }
  if (io.leftOut.length > 0) books.leftOut = io.leftOut;
  return { value: books, findings: io.findings };
}
