// Declaration lines (domain.md §8): the lines of one delivery, one per characteristic set it drew on,
// with the PoS fields, the incoming SDs behind each, its GHG values (per batch with the quantity each
// covers, or the worst value of the pool, never averaged) and a fingerprint of the rows behind it.
// Numbers, the register and the decision to issue are the issue stage's (issue/stage.ts).
import { type Origin, originsOf } from "./book/accounts";
import type { Allocation, Portion } from "./book/book";
import { type Claim, PLUS_CLAIMS } from "./claims";
import { cellOf } from "./findings";
import { Fingerprinter } from "./fingerprint";
import type { RuleProfile } from "./profile";
import { type Dec, equal, toText } from "./quantity";
import { energyOf } from "./declaration-energy";
import { type Books, type Delivery, siteKey } from "./records";
import { siteCertificate } from "./site-certificate";
import { siteDispatchAddress } from "./site-address";
import { statedAddress } from "./address-placeholder";
import type { Declaration, DeclarationInput, Party } from "./result";
import { type Line, linesOf } from "./declaration-lines";
import { type GhgGap, NO_GAP, type PrintableGhg, ghgOf, startDateOf } from "./declaration-ghg";

/** Where an incoming SD stands on its row: its SD number's cell, else its quantity's (else any). */
function originCell(o: Origin): { sheet: string; cell: string } {
  return cellOf(o.source, "sdNumber", "quantity") ?? { sheet: o.source.sheet, cell: "" };
}

function inputsOf(line: Line, quantityText: string): DeclarationInput[] {
  const only = line.portions.length === 1 ? line.portions[0] : undefined;
  const origins = only ? originsOf(only.batch) : undefined;
  const origin = origins?.length === 1 ? origins[0] : undefined;
  if (only && origin && equal(origin.quantity, only.batch.initial)) {
    return [{ sd: origin.sd, quantity: quantityText, source: originCell(origin) }];
  }
  const merged = new Map<string, { sd: string; quantity: Dec; source: { sheet: string; cell: string } }>();
  for (const p of line.portions) {
    const whole = equal(p.quantity, p.batch.initial);
    const origins = originsOf(p.batch);
    const first = origins.length === 1 ? origins[0] : undefined;
    const direct = first !== undefined && equal(first.quantity, p.batch.initial);
    const ratio = whole || direct ? null : p.quantity.dividedBy(p.batch.initial);
    for (const o of origins) {
      const q = whole ? o.quantity : direct ? p.quantity : o.quantity.times(ratio ?? 1);
      const source = originCell(o);
      const key = `${o.sd}|${source.sheet}|${source.cell}`;
      const m = merged.get(key);
      if (m) m.quantity = m.quantity.plus(q);
      else merged.set(key, { sd: o.sd, quantity: q, source });
    }
  }
  return [...merged.values()].map((m) => ({
    sd: m.sd,
    quantity: toText(m.quantity.decimalPlaces() > 6 ? m.quantity.toDecimalPlaces(6) : m.quantity),
    source: m.source,
  }));
}

/**
 * The delivery row as the fingerprint and the register's record see it: its fields without the SD
 * number, which the add-in itself writes into the row once the declaration is issued.
 */
export function deliveryFields(d: Delivery): Record<string, unknown> {
  const f = d.fields;
  if (f.sdNumber === undefined) return f;
  const { sdNumber: _, ...rest } = f;
  return rest;
}

/**
 * The rows a line's fingerprint hashes after the delivery row's fields (Fingerprinter.start):
 * [quantity, [portion quantity, [origin fields…], via]…], quantities as `toFixed` gives them
 * (`fixed`: the line's). The whole is [delivery fields, ...these].
 */
function rowsBehind(line: Line, fixed: string): unknown[] {
  const rows: unknown[] = [fixed];
  for (const p of line.portions)
    rows.push([
      p.quantity === line.quantity ? fixed : p.quantity.toFixed(),
      originsOf(p.batch).map((o) => o.fields),
      p.batch.via,
    ]);
  return rows;
}

/** One built line: its declaration (unnumbered), and what backs it. */
export interface BuiltLine {
  declaration: Declaration;
  line: Line;
  gap: GhgGap;
}

/** Builds the declarations of a delivery's lines; one per run, it shares parties between them. */
export class LineBuilder {
  private readonly ownSites: Map<string, Books["sites"][number]>;
  private readonly layout: Books["layout"];
  private readonly sites: Books["sites"];
  private readonly suppliers = new Map<string, Party>();
  // by the site as typed first: lower-casing it for every delivery is a string apiece
  private readonly suppliersAsTyped = new Map<string, Party>();
  // one party object per customer as typed, shared by its declarations (they are only read)
  private readonly recipients = new Map<string, Party>();
  // each GHG set's printable values, worked out once this run
  private readonly printable: PrintableGhg = new Map();
  // ghgOf reports what lacks values here rather than in a fresh object per line
  private readonly gap: GhgGap[] = [NO_GAP];
  // the run's input rows, each encoded once for the fingerprints of the declarations they back
  private readonly prints = new Fingerprinter();

  constructor(
    books: Books,
    private readonly profile: RuleProfile,
  ) {
    this.ownSites = new Map(books.sites.map((s) => [s.key, s]));
    this.sites = books.sites;
    this.layout = books.layout;
  }

  /** The own company as the supplier of a site's declarations (the site's certificate first). */
  supplierFor(site: string): Party {
    const typed = this.suppliersAsTyped.get(site);
    if (typed) return typed;
    const key = siteKey(site);
    let party = this.suppliers.get(key);
    if (!party) {
      // never the settings' certificate where the sites sheet's cell states none (site-certificate.ts)
      const certificate = siteCertificate(this.ownSites.get(key), this.layout, this.profile.ownCertificate);
      party = {
        name: this.profile.companyName,
        address: statedAddress(this.profile.companyAddress),
        certificate,
      };
      this.suppliers.set(key, party);
    }
    this.suppliersAsTyped.set(site, party);
    return party;
  }

  /**
   * The fingerprint registers written before the SD number was left out of it would show: the same
   * rows with the delivery's SD number in (only for reading such registers, issue/stage.ts).
   */
  legacyFingerprint(d: Delivery, line: Line): string {
    this.prints.start(d.fields);
    return this.prints.next(rowsBehind(line, line.quantity.toFixed()));
  }

  /**
   * The dispatch point of a delivery: its row's own, else its site's (site-address.ts); "" where a
   * cell holds a placeholder such as "wie oben" (address-placeholder.ts: the SD is held there).
   */
  private dispatchFor(d: Delivery): string {
    if (d.dispatchAddress) return statedAddress(d.dispatchAddress);
    return siteDispatchAddress(this.sites, d.site, this.layout, statedAddress(this.profile.companyAddress));
  }

  private recipientOf(d: Delivery): Party {
    const known = this.recipients.get(d.customer);
    const address = statedAddress(d.customerAddress);
    if (known && known.address === address && known.certificate === d.customerCertificate) return known;
    const party = { name: d.customer, address, certificate: d.customerCertificate };
    if (!known) this.recipients.set(d.customer, party);
    return party;
  }

  /**
   * The lines of `portions` of a delivery as declarations with status "new", no number yet,
   * dated `issueDate`; `rowSd` is the number the row carries (else filled in when numbered).
   * `fields` lets a comparison hash the rows behind against the delivery row as it was issued.
   */
  build(
    alloc: Allocation,
    portions: readonly Portion[],
    issueDate: string,
    rowSd: string,
    /** the delivery row's fields the fingerprint hashes; default: as they are now */
    fields: Record<string, unknown> = deliveryFields(alloc.delivery),
  ): BuiltLine[] {
    const d = alloc.delivery;
    const profile = this.profile;
    const lines = linesOf(portions);
    const supplier = this.supplierFor(d.site);
    const out: BuiltLine[] = [];
    // the delivery row is the first part of every line's fingerprint: encoded once
    this.prints.start(fields);
    for (const line of lines) {
      // the quantity's text is worked out once per line; toFixed differs from toText only for -0
      const fixed = line.quantity.toFixed();
      const quantity = fixed === "-0" ? "0" : fixed;
      const values = ghgOf(line, profile, this.printable, quantity, this.gap, alloc.poolWorst);
      const gap = this.gap[0] ?? NO_GAP;
      const c = line.account.id.characteristics;
      const scheme = line.account.id.scheme;
      const declaration: Declaration = {
        number: "",
        status: "new",
        issueDate,
        dispatchDate: d.date,
        supplier,
        recipient: this.recipientOf(d),
        dispatchAddress: this.dispatchFor(d),
        receivingAddress: statedAddress(d.receivingAddress),
        site: d.site,
        scheme,
        product: line.account.id.product,
        characteristics: c,
        quantity,
        unit: line.account.unit,
        energyContent: energyOf(line, quantity, d),
        euRedCompliant: scheme === "ISCC EU",
        isccCompliant: scheme === "ISCC PLUS" || c.claim === "ISCC compliant",
        chainOfCustody: "Mass balance",
        // no claim category, or a claim that is none (intake refuses ISCC EU's claims under PLUS):
        // never a made-up one, nor one the declaration contradicts (declaration-incomplete says so)
        plusClaim:
          scheme === "ISCC PLUS" && PLUS_CLAIMS.has(c.claim as Claim)
            ? `${c.claim}; mass balance (credit method)`
            : null,
        installationStartDate: startDateOf(line.portions),
        ghg: values,
        ghgPooling: profile.ghgPooling,
        inputs: inputsOf(line, quantity),
        delivery: d.source,
        rowSd,
        // hashed here, for every line built: the register records it, a comparison reads it
        fingerprint: this.prints.next(rowsBehind(line, fixed)),
      };
      out.push({ declaration, line, gap });
    }
    return out;
  }

  /**
   * The one declaration a delivery whose credit falls short (Allocation.failed) would need: its
   * whole sustainable quantity in the account's unit, the credit found behind it (`lines`, built
   * from its portions; none where nothing backs it) as its inputs and the rest as `unbacked`, no
   * GHG values, no fingerprint.
   * It is only ever listed held back (issue/unbacked.ts), never numbered, issued or printed.
   * `quantity` is what it declares where that is not the whole delivery: the extra quantity of a
   * delivery declared before (a top-up), `lines` then the credit found for that extra.
   */
  unbacked(
    alloc: Allocation,
    lines: readonly BuiltLine[],
    issueDate: string,
    rowSd: string,
    quantity: Dec = alloc.quantity,
  ): Declaration {
    const d = alloc.delivery;
    const first = lines[0]?.declaration;
    const none = {
      rawMaterial: "",
      countryOfOrigin: "",
      claim: d.claim ?? "",
      wasteResidue: "",
      annexIxPart: "",
    };
    return {
      number: "",
      status: "blocked",
      issueDate,
      dispatchDate: d.date,
      supplier: this.supplierFor(d.site),
      recipient: this.recipientOf(d),
      dispatchAddress: this.dispatchFor(d),
      receivingAddress: statedAddress(d.receivingAddress),
      site: d.site,
      scheme: first?.scheme ?? d.scheme,
      product: first?.product ?? d.product,
      characteristics: first?.characteristics ?? none,
      quantity: toText(quantity),
      unit: alloc.unit,
      energyContent: null,
      euRedCompliant: first?.euRedCompliant ?? d.scheme === "ISCC EU",
      isccCompliant: first?.isccCompliant ?? d.scheme === "ISCC PLUS",
      chainOfCustody: "Mass balance",
      plusClaim: first?.plusClaim ?? null,
      installationStartDate: null,
      ghg: [],
      ghgPooling: this.profile.ghgPooling,
      inputs: lines.flatMap((b) => b.declaration.inputs),
      unbacked: toText(lines.reduce((rest, b) => rest.minus(b.line.quantity), quantity)),
      delivery: d.source,
      rowSd,
      fingerprint: "",
    };
  }
}
