// Which certificate a site's declarations are issued on (break test c16, engine/site-certificate.ts):
// where the sites sheet has a certificate column, a site's own cell says it. A blank cell, a
// placeholder or a certificate applied for states none: certificate-unstated at that cell, the
// site's balances incomplete and none of its deliveries declared, never on the settings' own
// certificate. Without a certificate column, or without a sites sheet, the settings' is every site's.
import fc from "fast-check";
import { type EngineResult, runEngine } from "../../../src/engine";
import { isCertificatePending, statesNoCertificate } from "../../../src/engine/site-certificate";
import { ledger, type LedgerParts, sale, uco } from "../build";

const today = { today: "2025-06-15" };
const OWN = "EU-ISCC-Cert-DE200-1"; // the fixture settings' own certificate (build.ts COMPANY)
const HAMBURG = "EU-ISCC-Cert-DE100-55555555";
// with its Address column (each site's address, the SDs' dispatch point: build.ts withSiteAddresses)
const LAYOUT = { Sites: { site: "A", company: "B", country: "C", certificateNumber: "D", address: "F" } };

/** Placeholders staff type for "no number" (en, de, fr, es, nl, it). */
const PLACEHOLDERS = [
  "",
  " ",
  "-",
  "–",
  "—",
  "/",
  "?",
  "0",
  "n/a",
  "N/A",
  "NA",
  "k.A.",
  "k. A.",
  "keine",
  "none",
  "tbd",
  "TBA",
  "x",
].concat([
  "nicht vorhanden",
  "non applicable",
  "néant",
  "aucun",
  "n.v.t.",
  "geen",
  "no aplica",
  "ninguno",
  "nessuno",
  "n.d.",
]);
/** A certificate applied for, not granted (en, de, fr, es, nl, it), alone or beside a number. */
const PENDING = [
  "beantragt",
  "Beantragt",
  "in Vorbereitung",
  "in Bearbeitung",
  "Antrag gestellt",
  "pending",
  "Pending",
]
  .concat([
    "applied for",
    "in progress",
    "en cours",
    "demandé",
    "en attente",
    "solicitado",
    "en trámite",
    "pendiente",
  ])
  .concat(["aangevraagd", "in aanvraag", "in behandeling", "richiesto", "in corso", "in attesa"])
  .concat([
    "EU-ISCC-Cert-DE100-12345678 (beantragt)",
    "pending: EU-ISCC-Cert-DE100-1",
    "ISCC-PLUS-Cert-NL200-7 aangevraagd",
  ])
  // folded as normalise.ts foldedText does (p-health): capitals with accents, a no-break space,
  // full-width letters (NFKC) and a decomposed accent read as the plain word
  .concat([
    "EN PRÉPARATION",
    "EN TRÁMITE",
    "EU-ISCC-Cert-DE100-1\u00a0beantragt",
    "EU-ISCC-Cert-DE100-1 ＰＥＮＤＩＮＧ",
    "demande\u0301e",
  ]);
/** Certificate numbers as real books write them: each states a certificate. */
const NUMBERS = [
  "EU-ISCC-Cert-DE100-12345678",
  "ISCC-PLUS-Cert-NL200-11111111",
  "REDcert-EU-123",
  "2BS010001",
].concat(["SURE-EU-0042", "EU-ISCC-Cert-ES216-20231234", "ISCC-CORSIA-Cert-IT201-1", "DE-B-123-45678"]);

describe("what a site's certificate cell states", () => {
  it.each(PLACEHOLDERS)("%j states no certificate", (text) => {
    expect(statesNoCertificate(text)).toBe(true);
    expect(isCertificatePending(text)).toBe(false);
  });
  it.each(PENDING)("%j: applied for, not granted", (text) => {
    expect(statesNoCertificate(text)).toBe(true);
    expect(isCertificatePending(text)).toBe(true);
  });
  it.each(NUMBERS)("%j states a certificate", (text) => {
    expect(statesNoCertificate(text)).toBe(false);
  });
});

/** 100 t received and 70 t sold at Duisburg, 100 t and 80 t at Hamburg (its own certificate). */
function books(duisburg: string | undefined, parts: Partial<LedgerParts> = {}): EngineResult {
  return runEngine(
    ledger({
      sites: [
        { site: "Hamburg", company: "X", country: "DE", certificateNumber: HAMBURG },
        { site: "Duisburg", company: "X", country: "DE", certificateNumber: duisburg },
      ],
      receipts: [
        uco("2025-01-05", "100", "A1", { site: "Hamburg" }),
        uco("2025-01-05", "100", "A2", { site: "Duisburg" }),
      ],
      deliveries: [
        sale("2025-02-10", "80", { site: "Hamburg" }),
        sale("2025-02-10", "70", { site: "Duisburg" }),
      ],
      layout: LAYOUT,
      ...parts,
    }),
    today,
  );
}

const issued = (r: EngineResult) => r.declarations.filter((d) => d.status === "new");

describe("a site whose certificate cell states none", () => {
  it.each([...PLACEHOLDERS, ...PENDING.slice(0, 6), undefined])(
    "Duisburg %j: certificate-unstated at Sites!D3, incomplete, not declared",
    (cell) => {
      const r = books(cell);
      const said = r.findings.filter((f) => f.code === "certificate-unstated");
      expect(said.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Sites!D3"]);
      expect(said[0]?.message).toContain("site Duisburg");
      expect(r.findings.filter((f) => f.code === "declaration-incomplete")).toEqual([]);
      expect(issued(r).map((d) => [d.site, d.supplier.certificate])).toEqual([["Hamburg", HAMBURG]]);
      expect(r.balances.map((b) => [b.site, b.complete]).sort()).toEqual([
        ["Duisburg", false],
        ["Hamburg", true],
      ]);
    },
  );

  it("applied for is said so", () => {
    const r = books("beantragt");
    expect(r.findings.find((f) => f.code === "certificate-unstated")?.message).toContain(
      "applied for, not yet granted",
    );
  });

  it("a site on the sites sheet that no row names is not said", () => {
    const r = books(HAMBURG, {
      sites: [
        { site: "Hamburg", company: "X", country: "DE", certificateNumber: HAMBURG },
        { site: "Duisburg", company: "X", country: "DE", certificateNumber: HAMBURG },
        { site: "Bremen", company: "X", country: "DE", certificateNumber: "-" },
      ],
    });
    expect(r.findings.filter((f) => f.code === "certificate-unstated")).toEqual([]);
    expect(issued(r)).toHaveLength(2);
  });

  it("a sites sheet with no certificate column: the settings' own certificate is every site's", () => {
    const r = books(undefined, {
      sites: [
        { site: "Hamburg", company: "X", country: "DE" },
        { site: "Duisburg", company: "X", country: "DE" },
      ],
      layout: { Sites: { site: "A", company: "B", country: "C", address: "F" } },
    });
    expect(r.findings.filter((f) => f.code === "certificate-unstated")).toEqual([]);
    expect(issued(r).map((d) => d.supplier.certificate)).toEqual([OWN, OWN]);
  });

  it("no sites sheet: the settings' own certificate is every site's", () => {
    const r = books(undefined, { sites: [] });
    expect(issued(r).map((d) => d.supplier.certificate)).toEqual([OWN, OWN]);
  });

  it("property: a site whose certificate cell states none never gets a declaration", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PLACEHOLDERS, ...PENDING),
        fc.integer({ min: 1, max: 100 }),
        fc.boolean(),
        (cell, sold, register) => {
          const r = books(cell, {
            deliveries: [
              sale("2025-02-10", String(sold), { site: "Duisburg" }),
              sale("2025-03-10", "1", { site: "Hamburg" }),
            ],
            certificates: register
              ? [
                  {
                    certificateNumber: OWN,
                    holder: "Acme",
                    validFrom: "2024-01-01",
                    validUntil: "2027-12-31",
                    status: "valid",
                  },
                ]
              : [],
          });
          expect(r.declarations.filter((d) => d.site === "Duisburg" && d.status === "new")).toEqual([]);
          expect(r.declarations.some((d) => d.supplier.certificate === OWN)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

// (brk23 §5, review) a site's certificate cell with a remark after the number was read whole and
// printed on the site's SDs as the number ("EU-ISCC-Cert-DE100-9 (alt)"); the settings' own
// certificate already refused it. Now the sites sheet's cell is refused the same way, at its cell,
// saying what to do; a remark that only says valid or active leaves the number alone.
const D = "EU-ISCC-Cert-DE100-9";
describe("a site's certificate cell with a remark after the number", () => {
  it.each([
    "(alt)",
    "(neu ab 01.05.2025)",
    "(Rezertifizierung läuft)",
    "gültig bis 31.12.2025",
    "(old)",
    "(ancien)",
    "(vecchio)",
    "(nuevo desde 01/05/2025)",
    "(oud)",
    "(stary)",
  ])(`Duisburg "${D} %s": refused at Sites!D3, write the number alone; no SD prints it`, (remark) => {
    const r = books(`${D} ${remark}`);
    const said = r.findings.filter((f) => f.code === "certificate-unstated");
    expect(said.map((f) => `${f.severity} ${f.sheet}!${f.cell}`)).toEqual(["error Sites!D3"]);
    expect(said[0]?.message).toContain("write the certificate number alone and put a remark in another cell");
    expect(issued(r).map((d) => [d.site, d.supplier.certificate])).toEqual([["Hamburg", HAMBURG]]);
    expect(r.declarations.some((d) => d.supplier.certificate.includes(D))).toBe(false);
  });

  it.each(["gültig", "(aktiv)", "(valid)", "active", "(valide)", "(vigente)", "(geldig)", "(ważny)"])(
    `Duisburg "${D} %s": the number alone on its SD, nothing said`,
    (remark) => {
      const r = books(`${D} ${remark}`);
      expect(r.findings.filter((f) => f.code === "certificate-unstated")).toEqual([]);
      expect(
        issued(r)
          .map((d) => [d.site, d.supplier.certificate])
          .sort(),
      ).toEqual([
        ["Duisburg", D],
        ["Hamburg", HAMBURG],
      ]);
    },
  );

  // (an ISCC PLUS or CORSIA certificate issues no ISCC EU SD: left out here)
  it.each([...NUMBERS.filter((n) => !/PLUS|CORSIA/.test(n)), `  ${D} `])(
    "Duisburg %j: read as before",
    (cell) => {
      const r = books(cell);
      expect(r.findings.filter((f) => f.code === "certificate-unstated")).toEqual([]);
      expect(issued(r).find((d) => d.site === "Duisburg")?.supplier.certificate).toBe(cell.trim());
    },
  );

  it("a status word after the number is said as before, not as a remark", () => {
    const r = books(`${D} abgelaufen`);
    const message = r.findings.find((f) => f.code === "certificate-unstated")?.message ?? "";
    expect(message).toContain("is no certificate number");
    expect(message).not.toContain("remark");
  });
});
