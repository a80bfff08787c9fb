// (brk21, brk22) A receipt remark that keeps the state it replaced in brackets after a word of
// "was": "Original eingegangen (war: Original folgt)". Before, the old state's "folgt" refused the
// row as missing its proof though the remark says it came. Now the bracket is read as the state
// before, the remark as what stands outside it; a remark whose own words say nothing ("SD (war:
// fehlt)") or that says the proof is missing now is refused as before, and so is a bracket with
// no "was:" ("SD erhalten (war fehlt)": not cut, the remark reads whole).
import { withoutFormer } from "../../src/workbook/proof-former";
import { proofSaid } from "../../src/workbook/proof-missing";
import { remarkDenial } from "../../src/workbook/remark-denials";
import { cellSays, type StatusColumn } from "../../src/workbook/status-marks";

/** The proof came; the state before in brackets: credited (refused as missing before). */
const CAME_NOW: [string, string][] = [
  ["de", "Original eingegangen (war: Original folgt)"],
  ["de", "SD erhalten (vorher: SD fehlt)"],
  ["de", "SD erhalten [war: ausstehend]"],
  ["en", "original received (was: original to follow)"],
  ["en", "PoS received (previously: pending)"],
  ["fr", "DD reçue (était : DD en attente)"],
  ["it", "PoS ricevuto (era: in attesa)"],
  ["es", "PoS recibido (era: pendiente)"],
  ["nl", "SD ontvangen (was: volgt)"],
  ["pl", "SD otrzymano (było: brak SD)"],
  ["pl", "oryginał otrzymany (było: oryginał w drodze)"],
];

/** Still refused as missing: the state now is missing, or nothing is said outside the bracket, or no "was:". */
const STILL_MISSING = [
  "Original folgt (war: Original eingegangen)",
  "SD fehlt (vorher: erhalten)",
  "PoS pending (was: received)",
  "SD (war: fehlt)",
  "SD erhalten (war fehlt)",
  "PoS (was not received)",
  "Original folgt",
];

describe("a remark with the state before it in brackets", () => {
  it.each(CAME_NOW)("%s %j: the proof came, the receipt is credited", (_, text) => {
    expect(withoutFormer(text)).not.toBeNull();
    expect(proofSaid(text)).toBeNull();
    expect(remarkDenial(text, true)).toBeNull();
  });

  it.each(STILL_MISSING)("%j: refused as missing its proof, as before", (text) => {
    expect(proofSaid(text)).toBe("missing");
    expect(remarkDenial(text, true)).toBe("proof-missing");
  });

  it.each(["SD erhalten", "Original eingegangen (per Post)", "PoS received (12.03.)"])(
    "%j holds no state before: read as it was",
    (text) => {
      expect(withoutFormer(text)).toBeNull();
      expect(proofSaid(text)).toBeNull();
    },
  );
});

// (brk23 3) A row's status with the state before it in brackets: "storniert (war: geliefert)" was
// booked and credited, with a warning that it only mentions a cancellation; "geliefert (war:
// storniert)" was refused as a line rejected. The state now stands outside the bracket.
describe("a row's status with the state before it in brackets", () => {
  const remark: StatusColumn = { mark: null, free: true, ticked: false };
  const status: StatusColumn = { mark: null, free: false, ticked: false };

  it.each([
    ["de", "storniert (war: geliefert)"],
    ["de", "Storniert (vorher: geliefert)"],
    ["de", "storniert (alt: offen)"],
    ["en", "cancelled (was: delivered)"],
    ["en", "cancelled (old: delivered)"],
    ["fr", "annulé (était : livré)"],
    ["es", "anulado (antes: entregado)"],
    ["it", "annullato (prima: consegnato)"],
    ["nl", "geannuleerd (was: geleverd)"],
  ])("%s %j: cancelled, as the plain word is (was: booked)", (_, text) => {
    expect(cellSays(text, remark)).toBe("cancelled");
    expect(cellSays(text, status)).toBe("cancelled");
  });

  it.each([
    ["de", "geliefert (war: storniert)"],
    ["de", "freigegeben (bisher: in Prüfung)"],
    ["en", "delivered (was: cancelled)"],
    ["fr", "livré (était : annulé)"],
  ])("%s %j: the line stands now (was: refused as not confirmed)", (_, text) => {
    expect(cellSays(text, remark)).toBeNull();
  });

  it.each(["storniert (wegen Qualität)", "cancelled (12.03.)", "(war: storniert)", "storniert"])(
    "%j holds no state before, or nothing outside it: read whole, cancelled",
    (text) => expect(cellSays(text, remark)).toBe(text === "(war: storniert)" ? "mentions" : "cancelled"),
  );
});
