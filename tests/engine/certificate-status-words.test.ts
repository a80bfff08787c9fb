// One table of certificate status words for the workbook's certificate cells and the engine's
// sites and own certificate (engine/certificate-status-words.ts). Before, the workbook matched one
// list by word start and the engine another by whole words: "kommt noch", "abgelaufen", "folgt",
// "w trakcie" as a site's or the own certificate was kept as the number and printed on the SD,
// while "en attente", "in Vorbereitung", "ausstehend" in a supplier's cell were read as a number.
import { CERTIFICATE_STATUS_WORDS, certificateStatusWord } from "../../src/engine/certificate-status-words";
import { isCertificatePending, statesNoCertificate } from "../../src/engine/site-certificate";
import { certificateStatus } from "../../src/workbook/certificate-cells";

/** Status cells as staff type them, with the kind each says (de, en, fr, it, es, nl, pl). */
const TYPED: [string, "pending" | "not valid"][] = [
  ["beantragt", "pending"],
  ["Antrag gestellt", "pending"],
  ["in Bearbeitung", "pending"],
  ["in Vorbereitung", "pending"],
  ["kommt noch", "pending"],
  ["folgt", "pending"],
  ["wird nachgereicht", "pending"],
  ["ausstehend", "pending"],
  ["Zertifizierung läuft", "pending"],
  ["abgelaufen", "not valid"],
  ["entzogen", "not valid"],
  ["gesperrt", "not valid"],
  ["pending", "pending"],
  ["applied for", "pending"],
  ["In progress", "pending"],
  ["to come", "pending"],
  ["to follow", "pending"],
  ["not yet", "pending"],
  ["expired", "not valid"],
  ["withdrawn", "not valid"],
  ["suspended", "not valid"],
  ["en cours", "pending"],
  ["en attente", "pending"],
  ["demandé", "pending"],
  ["à venir", "pending"],
  ["expiré", "not valid"],
  ["retiré", "not valid"],
  ["in attesa", "pending"],
  ["in corso", "pending"],
  ["richiesto", "pending"],
  ["scaduto", "not valid"],
  ["sospeso", "not valid"],
  ["pendiente", "pending"],
  ["en trámite", "pending"],
  ["solicitada", "pending"],
  ["caducado", "not valid"],
  ["vencido", "not valid"],
  ["aangevraagd", "pending"],
  ["in aanvraag", "pending"],
  ["komt nog", "pending"],
  ["verlopen", "not valid"],
  ["ingetrokken", "not valid"],
  ["w trakcie", "pending"],
  ["oczekujący", "pending"],
  ["wygasły", "not valid"],
  ["zawieszony", "not valid"],
  ["EU-ISCC-Cert-DE100-12345678 (abgelaufen)", "not valid"],
  ["EU-ISCC-Cert-DE100-12345678 pending", "pending"],
  ["ＰＥＮＤＩＮＧ", "pending"],
];

/** Certificate numbers as they are written: no status word. */
const NUMBERS = [
  "EU-ISCC-Cert-DE100-12345678",
  "ISCC-PLUS-Cert-NL200-87654321",
  "EU-ISCC-Cert-FR200-2",
  "DE-B-REDcert-123-45678901",
  "DE-100-12345",
  "2BS010123",
  "KZR-INiG/123/2025",
  "EU-ISCC-Cert-IT205-1234 ",
  "EU-ISCC-Cert-ES216-20004567",
  "EU-ISCC-Cert-PL214-00001234",
];

describe("the table of certificate status words", () => {
  const all = Object.entries(CERTIFICATE_STATUS_WORDS).flatMap(([lang, byKind]) =>
    Object.entries(byKind).flatMap(([kind, list]) => list.map((w) => [lang, kind, w] as const)),
  );

  it("has every language's pending and not-valid words", () => {
    expect(Object.keys(CERTIFICATE_STATUS_WORDS).sort()).toEqual(["de", "en", "es", "fr", "it", "nl", "pl"]);
    for (const byKind of Object.values(CERTIFICATE_STATUS_WORDS)) {
      expect(byKind.pending.length).toBeGreaterThan(0);
      expect(byKind["not valid"].length).toBeGreaterThan(0);
    }
  });

  it.each(all)("%s %s %j: found by both layers, never a number", (_, kind, word) => {
    expect(certificateStatusWord(word)?.kind).toBe(kind);
    expect(certificateStatus(word)).toBe(word);
    expect(statesNoCertificate(word)).toBe(true);
    expect(isCertificatePending(word)).toBe(kind === "pending");
  });
});

describe("status cells as typed", () => {
  it.each(TYPED)("%j says %s to the workbook and to the engine alike", (typed, kind) => {
    expect(certificateStatusWord(typed)?.kind).toBe(kind);
    expect(certificateStatus(typed)).not.toBeNull();
    expect(statesNoCertificate(typed)).toBe(true);
    expect(isCertificatePending(typed)).toBe(kind === "pending");
  });

  it.each(NUMBERS)("%j is a number to both layers", (number) => {
    expect(certificateStatusWord(number)).toBeNull();
    expect(certificateStatus(number)).toBeNull();
    expect(statesNoCertificate(number)).toBe(false);
  });
});
