// (p-sdcell) Cells that name no identifier, read as one before: a certificate cell holding a
// status or a placeholder (workbook/certificate-cells.ts), an SD number cell holding a date or a
// tick (workbook/sd-number.ts), and a heading saying the proof came or was sent, which heads no
// SD number (heading-bar-table.ts "proof-status"). Tables of spellings in de, en, fr, it, es, nl,
// pl, and the real numbers that must still be read.
import { certificateStatus, readCertificateCell } from "../../src/workbook/certificate-cells";
import { readSdNumberCell } from "../../src/workbook/sd-number";
import { KINDS } from "../../src/workbook/fields";
import { lexicalHits, MATCH_THRESHOLD } from "../../src/workbook/matcher";
import { excelNumber } from "../../src/workbook/values";

describe("a certificate cell that names no certificate is refused at its cell", () => {
  it.each([
    // de
    ["abgelaufen", "abgelaufen"],
    ["beantragt", "beantragt"],
    ["in Zertifizierung", "in Zertifizierung"],
    ["folgt", "folgt"],
    ["fehlt", "fehlt"],
    ["ungültig", "ungültig"],
    ["EU-ISCC-Cert-DE100-1 abgelaufen", "abgelaufen"],
    // en
    ["expired", "expired"],
    ["pending", "pending"],
    ["not certified", "not certified"],
    ["applied for", "applied"],
    ["EU-ISCC-Cert-DE100-12345 (expired)", "expired"],
    // fr
    ["expiré", "expiré"],
    ["en cours", "en cours"],
    // it
    ["scaduto", "scaduto"],
    ["in corso", "in corso"],
    ["richiesto", "richiesto"],
    // es
    ["caducado", "caducado"],
    ["en trámite", "en trámite"],
    ["solicitado", "solicitado"],
    // nl
    ["verlopen", "verlopen"],
    ["aangevraagd", "aangevraagd"],
    // pl
    ["wygasł", "wygasł"],
    ["w trakcie", "w trakcie"],
  ])("%p says the status %p", (cell, status) => {
    expect(certificateStatus(cell)).toBe(status);
    expect(readCertificateCell(cell, excelNumber, "customerCertificate")).toEqual(
      expect.objectContaining({
        kind: "bad",
        code: "invalid-value",
        reason: "not-certificate-number",
        detail: status,
      }),
    );
  });

  it.each([
    "-",
    "–",
    "—",
    "",
    "keins",
    "kein",
    "n/a",
    "N/A",
    "none",
    "k.A.",
    "aucun",
    "nessuno",
    "ninguno",
    "geen",
    "n.v.t.",
    "brak",
  ])("%p says there is none: read as a blank, as a blank is read", (cell) => {
    expect(readCertificateCell(cell, excelNumber, "customerCertificate")).toEqual({ kind: "blank" });
    // a supplier's goes on as typed, for the engine to refuse it as a placeholder, quoted (first-law-engine CLI test)
    expect(readCertificateCell(cell, excelNumber, "supplierCertificate")).toEqual({
      kind: "ok",
      value: cell,
    });
  });

  it.each(["ISCC", "ISCC EU", "x", "ja", "nein", "0", "REDcert", "siehe oben"])(
    "%p has no digit: no certificate number",
    (cell) => {
      expect(readCertificateCell(cell, excelNumber, "customerCertificate")).toEqual(
        expect.objectContaining({ kind: "bad", code: "invalid-value", reason: "not-certificate-number" }),
      );
    },
  );

  it("a check box is no certificate number either", () => {
    expect(readCertificateCell(true, excelNumber, "customerCertificate")).toEqual(
      expect.objectContaining({ kind: "bad", reason: "not-certificate-number" }),
    );
  });

  it.each([
    "EU-ISCC-Cert-DE100-12345",
    "ISCC-PLUS-Cert-DE123-45678",
    "EU-ISCC-Cert-ES216-20004567",
    "DE-100-12345",
    "EU ISCC Cert DE 100 12345",
    "DE-B-REDcert-EU-0123",
    "SURE-EU-0001-23",
    "KZR-INiG/BIO/00012",
    "2BS010101",
    "EU-ISCC-Cert-NL200-456 (gültig bis 2026)",
  ])("%p is read as the certificate's number, as typed", (cell) => {
    expect(certificateStatus(cell)).toBeNull();
    expect(readCertificateCell(cell, excelNumber, "customerCertificate")).toEqual({
      kind: "ok",
      value: cell,
    });
  });

  it("a number cell is read as its number", () => {
    expect(readCertificateCell(12345, excelNumber, "customerCertificate")).toEqual({
      kind: "ok",
      value: "12345",
    });
  });

  // each distinct text is judged once (a column repeats a few certificates over many rows): the
  // answer is the same on every row, and after more distinct texts than are kept
  it("a text's status is the same each time it is asked, also after 10,000 other texts", () => {
    const cells: [string, string | null][] = [
      ["EU-ISCC-Cert-DE100-1 abgelaufen", "abgelaufen"],
      ["in Zertifizierung", "in Zertifizierung"],
      ["EU-ISCC-Cert-DE100-12345", null],
    ];
    const ask = () => cells.map(([cell]) => certificateStatus(cell));
    const expected = cells.map(([, status]) => status);
    expect(ask()).toEqual(expected);
    expect(ask()).toEqual(expected);
    for (let i = 0; i < 10_001; i++) expect(certificateStatus(`EU-ISCC-Cert-DE100-${i}`)).toBeNull();
    expect(ask()).toEqual(expected);
  });
});

describe("an SD number cell holding a date or a tick is refused at its cell", () => {
  it.each([
    [45666, "dd.mm.yyyy", "2025-01-09"],
    [45666, "yyyy-mm-dd", "2025-01-09"],
    [45721, "m/d/yy", "2025-03-05"],
    [45721, "[$-407]dd. mmmm yyyy", "2025-03-05"],
  ])("the date cell %p under %p is the day %p, never SD 45666", (serial, format, day) => {
    for (const type of ["text", "list"] as const)
      expect(readSdNumberCell(type, serial, format)).toEqual(
        expect.objectContaining({ kind: "bad", code: "invalid-value", reason: "sd-date", text: day }),
      );
  });

  it.each(["09.01.2025", "9.1.25", "2025-01-09", "09/01/2025", "9/1/2025"])(
    "the date %p typed alone is no SD number",
    (text) => {
      expect(readSdNumberCell("text", text)).toEqual(
        expect.objectContaining({ kind: "bad", reason: "sd-date" }),
      );
    },
  );

  it.each<[string | number, string | null]>([
    [1, null],
    [1, "General"],
    ["1", null],
    [" 1 ", null],
  ])("a lone 1 (%p) is a tick, not SD 1", (v, format) => {
    expect(readSdNumberCell("text", v, format)).toEqual(
      expect.objectContaining({ kind: "bad", code: "invalid-value", reason: "sd-tick" }),
    );
  });

  it.each([true, false, "ja", "x", "nein", "yes", "✓"])("%p is no SD number (a placeholder)", (v) => {
    expect(readSdNumberCell("text", v)).toEqual(
      expect.objectContaining({ kind: "bad", reason: "not-sd-number" }),
    );
  });

  it.each<[string | number, string | null, string]>([
    [2, null, "2"],
    [17, null, "17"],
    [2025001234, null, "2025001234"],
    ["0001234", null, "0001234"],
    [1, "000000", "000001"],
    ["SD-2025-01-09", null, "SD-2025-01-09"],
    ["IN-1", null, "IN-1"],
    ["EU-ISCC-SD-2025-00012345", null, "EU-ISCC-SD-2025-00012345"],
    [45666, "0", "45666"],
  ])("%p (format %p) is still the SD number %p", (v, format, number) => {
    expect(readSdNumberCell("text", v, format)).toEqual({ kind: "ok", value: number });
  });
});

describe("a heading that says the proof came or was sent heads no SD number", () => {
  const best = (kind: string, heading: string) => {
    const spec = KINDS.find((k) => k.kind === kind)!;
    const hit = lexicalHits(spec, heading)[0];
    return hit && hit.score >= MATCH_THRESHOLD ? spec.fields[hit.field]!.id : null;
  };

  it.each([
    "SD erhalten",
    "SD vorhanden",
    "SD verschickt",
    "SD versendet",
    "PoS received",
    "PoS sent",
    "DD reçue",
    "DD envoyée",
    "PoS ricevuta",
    "PoS inviata",
    "SD recibida",
    "SD enviada",
    "SD ontvangen",
    "SD verzonden",
    "SD otrzymano",
    "SD wysłane",
  ])("%p is never the SD number of receipts or deliveries", (heading) => {
    expect(best("receipts", heading)).not.toBe("sdNumber");
    expect(best("deliveries", heading)).not.toBe("sdNumber");
    expect(best("deliveries", heading)).not.toBe("linkedSds");
  });

  it.each(["SD number", "SD-Nr.", "SD-Nr. erhalten", "PoS no. received", "Nachweis-Nr.", "PoS"])(
    "%p still heads the SD number",
    (heading) => {
      expect(best("receipts", heading)).toBe("sdNumber");
    },
  );
});
