// (brk21, brk22) A receipt remark that keeps the state it replaced in brackets after a word of
// "was": "Original eingegangen (war: Original folgt)". Before, the old state's "folgt" refused the
// row as missing its proof though the remark says it came. Now the bracket is read as the state
// before, the remark as what stands outside it; a remark whose own words say nothing ("SD (war:
// fehlt)") or that says the proof is missing now is refused as before, and so is a bracket with
// no "was:" ("SD erhalten (war fehlt)": not cut, the remark reads whole).
import { withoutFormer } from "../../src/workbook/proof-former";
import { proofSaid } from "../../src/workbook/proof-missing";
import { remarkDenial } from "../../src/workbook/remark-denials";

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
