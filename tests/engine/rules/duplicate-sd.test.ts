// duplicate-sd over receipts (iscc-rules.md §5.4 IN-9), as a property: for random books whose
// receipts share a few SD numbers, suppliers and certificates in many spellings, the rule reports
// exactly the repeats its statement names, each pointing back at the first booking, and the
// repeats give no credit. The statement is written out here plainly (every earlier row compared),
// so a faster shape of the rule can neither find less nor more.
import fc from "fast-check";
import { runEngine } from "../../../src/engine";
import { documentKey, partyKey } from "../../../src/engine/normalise";
import { SD_LABELS, sdKey } from "../../../src/engine/sd-key";
import { cellFor, ledger, uco } from "../build";

interface Typed {
  sd: string;
  supplier: string;
  certificate: string;
}

/**
 * The earlier row (index) the receipt at `i` repeats, by the rule's statement: the same SD number
 * (sdKey: documentKey without the labels before the number) and, where the row gives a certificate, the first earlier row with the same one;
 * else (or where no earlier row has it) the first earlier row of the same supplier (partyKey) —
 * any such row where this one gives no certificate, one that gives none where this one does.
 */
function firstRepeated(rows: Typed[], i: number): number | null {
  const r = rows[i] as Typed;
  const sd = sdKey(r.sd);
  if (sd === "") return null;
  const earlier = rows
    .slice(0, i)
    .map((x, j) => ({ x, j }))
    .filter(({ x }) => sdKey(x.sd) === sd);
  const certificate = documentKey(r.certificate);
  const sameSupplier = ({ x }: { x: Typed }) => partyKey(x.supplier) === partyKey(r.supplier);
  const found =
    certificate === ""
      ? earlier.find(sameSupplier)
      : (earlier.find(({ x }) => documentKey(x.certificate) === certificate) ??
        earlier.find((e) => sameSupplier(e) && e.x.certificate === ""));
  return found ? found.j : null;
}

const typed = fc.record({
  sd: fc.constantFrom("K-1", "k 1", "K/1", "K-2", "k2", "SD K-1", "Nr. k2", "PoS-K/1", "", " "),
  supplier: fc.constantFrom("Saipol", "SAIPOL S.A.", "Saipol Oils", "Cargill", ""),
  certificate: fc.constantFrom(
    "EU-ISCC-Cert-DE100-1",
    "eu iscc cert de100 1",
    "EU-ISCC-Cert-FR200-3",
    "",
    "-",
  ),
});

describe("duplicate-sd over receipts", () => {
  it("reports exactly the repeats of the rule's statement, each at its first booking (property)", () => {
    fc.assert(
      fc.property(fc.array(typed, { minLength: 1, maxLength: 12 }), (rows) => {
        const result = runEngine(
          ledger({
            receipts: rows.map((t, i) =>
              uco(`2025-01-${String(5 + i).padStart(2, "0")}`, "10", t.sd, {
                supplier: t.supplier,
                supplierCertificate: t.certificate,
              }),
            ),
          }),
          { today: "2025-04-15" },
        );
        const found = result.findings
          .filter((f) => f.code === "duplicate-sd")
          .map((f) => `${f.cell} after ${f.related?.[0]?.cell}`);
        const expected = rows.flatMap((_, i) => {
          const j = firstRepeated(rows, i);
          return j === null
            ? []
            : [`${cellFor("Receipts", "sdNumber", i + 2)} after ${cellFor("Receipts", "sdNumber", j + 2)}`];
        });
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 300 },
    );
  });

  it("a label before the number makes no other SD: label + number and the bare number are credited once (property)", () => {
    // spellings of labels as people type them before a number, from the reader's own list
    const label = fc.tuple(
      fc.constantFrom(...SD_LABELS),
      fc.constantFrom("upper", "lower", "title"),
      fc.constantFrom(" ", ". ", "-", ": ", "° ", "_", ""),
    );
    const spelt = ([word, kase, sep]: [string, string, string]) =>
      (kase === "upper"
        ? word.toUpperCase()
        : kase === "lower"
          ? word
          : word[0]?.toUpperCase() + word.slice(1)) + sep;
    fc.assert(
      fc.property(
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("4711", "2025-0001", "2025/17", "10001"),
        fc.boolean(),
        (labels, number, labelledFirst) => {
          // words glued to each other make another word ("SDNR"); the last may be glued to the digits
          const labelled =
            labels
              .map((l, i) => spelt(i < labels.length - 1 && l[2] === "" ? [l[0], l[1], " "] : l))
              .join("") + number;
          const [a, b] = labelledFirst ? [labelled, number] : [number, labelled];
          const result = runEngine(
            ledger({ receipts: [uco("2025-01-05", "100", a), uco("2025-01-06", "50", b)] }),
            { today: "2025-04-15" },
          );
          const repeats = result.findings.filter((f) => f.code === "duplicate-sd");
          expect(repeats.map((f) => f.cell)).toEqual([cellFor("Receipts", "sdNumber", 3)]);
          expect(result.balances.map((x) => x.received)).toEqual(["100"]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
