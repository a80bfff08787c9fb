// Intake of sites: name, company, country, own certificate and certification body.
import { clean, partyKey } from "../normalise";
import { type Books, siteKey } from "../records";
import { certificateNumberOf } from "../certificate-remark";
import { statesNoCertificate } from "../site-certificate";
import { type Intake, t } from "./context";

/** One record kind's rows into the Books. */
export function sites(io: Intake, list: unknown, books: Books): void {
  io.rows("site", list, (row, source, seq) => {
    books.sites.push({
      source,
      seq,
      fields: row,
      name: clean(t(row.site)),
      key: siteKey(clean(t(row.site))),
      companyKey: partyKey(t(row.company)),
      country: clean(t(row.country)),
      // a placeholder ("-", "n/a") or "beantragt" states no certificate (site-certificate.ts)
      // (brk23 §5) "DE-123 (alt)": a remark after the number states none either (certificate-remark.ts)
      certificate: statesNoCertificate(t(row.certificateNumber))
        ? ""
        : (certificateNumberOf(clean(t(row.certificateNumber))) ?? ""),
      bodyKey: partyKey(t(row.certificationBody)),
      address: clean(t(row.address)),
    });
  });
}
