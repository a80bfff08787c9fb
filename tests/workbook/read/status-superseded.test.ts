// What a new user's books said under Status and approval headings (p-status5), through real .xlsx
// files built by exceljs: a line replaced or rebooked elsewhere is cancelled, in six languages
// (booked, it was counted twice); a lone number or yes/no under Status is no status and refused,
// a dash and a date say nothing; the words of a line received, accepted or settled are booked, in
// six languages, and "komplett"/"vollständig" beside a cancellation still cancel; under an approval
// heading initials or a date are a sign-off, a blank beside them is no approval, and "non"/"no"/
// "nee" under the approval headings of French, Spanish, Italian and Dutch leave the line
// unconfirmed (src/workbook/status-words.ts, status-read.ts, status-marks.ts, status-signed.ts).
import type { Finding } from "../../../src/engine/result";
import { day, readReceipts, type StatusCell as Cell } from "./status-book";

const marks = (findings: Finding[]) =>
  findings
    .filter((f) => f.code.startsWith("row-"))
    .map((f) => [f.code, f.cell, f.details && "reason" in f.details ? f.details.reason : undefined]);

describe("a line replaced or rebooked is cancelled, not booked twice", () => {
  const REPLACED: Record<string, string[]> = {
    de: ["ersetzt", "Ersetzt", "umgebucht", "ersetzt durch Zeile 5"],
    en: ["replaced", "Replaced", "superseded", "replaced by SD-25-9"],
    fr: ["remplacé", "remplacée", "remplacé par ligne 7"],
    es: ["reemplazado", "reemplazada"],
    it: ["sostituito", "sostituita"],
    nl: ["vervangen", "vervangen door regel 4"],
  };
  it.each(Object.entries(REPLACED))(
    "%s: each is a cancelled row, a note at its status cell",
    async (_, words) => {
      const { ledger, findings } = await readReceipts("Status", ["delivered", ...words]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
      expect(marks(findings)).toEqual(words.map((_, i) => ["row-cancelled", `F${i + 3}`, undefined]));
    },
  );

  // (brk25 §5) the passive and perfect with their auxiliaries: before, each was a warning only and
  // the line booked ("wurde ersetzt": a new SD issued for a line its keeper says was replaced)
  const WITH_AUXILIARY: Record<string, string[]> = {
    de: [
      "wurde ersetzt",
      "ist ersetzt",
      "war ersetzt",
      "wurde storniert",
      "ist storniert",
      "bereits storniert",
    ],
    en: ["was replaced", "has been cancelled", "was cancelled", "is cancelled", "already voided"],
    fr: ["a été remplacée", "a été annulée", "est annulé", "était annulée"],
    it: ["è stata sostituita", "è stato annullato", "era annullata"],
    es: ["fue anulado", "ha sido anulada", "fue reemplazada", "está anulado"],
    nl: ["werd geannuleerd", "is geannuleerd", "is vervangen", "wordt vervangen door regel 4"],
    pl: ["został anulowany", "została zastąpiona", "jest anulowana", "była anulowana"],
  };
  it.each(Object.entries(WITH_AUXILIARY))(
    "%s: with an auxiliary, still a cancelled row",
    async (_, words) => {
      const { ledger, findings } = await readReceipts("Status", ["delivered", ...words]);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
      expect(marks(findings)).toEqual(words.map((_, i) => ["row-cancelled", `F${i + 3}`, undefined]));
    },
  );

  // and what must not change: an auxiliary beside a line done, a negation, a history
  it("an auxiliary beside a line done, a negated cancellation or a history is not cancelled", async () => {
    const words = [
      "wurde geliefert",
      "was delivered",
      "a été livrée",
      "ist nicht storniert",
      "war storniert, jetzt gültig",
      "war: storniert",
    ];
    const { ledger, findings } = await readReceipts("Status", words);
    expect(ledger.receipts).toHaveLength(words.length);
    // the three that speak of a cancellation they deny, undo or name as a state before are said, as before (a warning)
    expect(findings.filter((f) => f.code.startsWith("row-")).map((f) => [f.severity, f.cell])).toEqual([
      ["warning", "F5"],
      ["warning", "F6"],
      ["warning", "F7"],
    ]);
  });

  it("the words that re-do a line stay a line done: re-delivered, reissued, corrected", async () => {
    const { ledger, findings } = await readReceipts("Status", ["re-delivered", "reissued", "korrigiert"]);
    expect(ledger.receipts).toHaveLength(3);
    expect(marks(findings)).toEqual([]);
  });
});

describe("a lone number or yes/no under Status is no status", () => {
  it("0, 1, 2, '0', TRUE, FALSE are refused as status-unknown; a dash and a date say nothing", async () => {
    const cells: Cell[] = [0, 1, 2, "0", true, false, "-", "–", "12.03.2025", day(20), null];
    const { ledger, findings } = await readReceipts("Status", cells);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["70", "80", "90", "100", "110"]);
    expect(marks(findings)).toEqual(
      [2, 3, 4, 5, 6, 7].map((r) => ["row-unconfirmed", `F${r}`, "status-unknown"]),
    );
  });

  it("under a remark heading a number is free text", async () => {
    const { ledger, findings } = await readReceipts("Bemerkung", [0, 1, "-", 42]);
    expect(ledger.receipts).toHaveLength(4);
    expect(marks(findings)).toEqual([]);
  });
});

describe("the words of a line received, accepted or settled are booked, in six languages", () => {
  const DONE: Record<string, string[]> = {
    de: [
      "o.k.",
      "O.K.",
      "OK!",
      "Freigabe",
      "Wareneingang",
      "vollständig",
      "komplett",
      "kontrolliert",
      "aktiv",
      "Ist",
      "IST",
      "ja",
      "x",
      "abgestimmt",
    ],
    en: ["yes", "Y", "good", "Good", "active", "actual", "cleared", "matched", "Reconciled"],
    fr: ["réceptionné", "soldé", "clos", "en stock", "déchargé", "oui"],
    es: ["recepcionado", "validado", "descargado", "sí"],
    it: ["validato", "scaricato", "evaso"],
    nl: ["afgesloten", "gelost", "akkoord"],
  };
  it.each(Object.entries(DONE))("%s: booked without a word", async (_, words) => {
    const { ledger, findings } = await readReceipts("Status", words);
    expect(ledger.receipts).toHaveLength(words.length);
    expect(marks(findings)).toEqual([]);
  });

  it("beside a cancellation they qualify it; asked or denied they are doubt; unclear stays refused", async () => {
    const cells = [
      "komplett storniert",
      "vollständig storniert",
      "ja?",
      "not good",
      "nicht komplett",
      "k.o.",
      "MM",
    ];
    const { ledger, findings } = await readReceipts("Status", cells);
    expect(ledger.receipts).toHaveLength(0);
    expect(marks(findings)).toEqual([
      ["row-cancelled", "F2", undefined],
      ["row-cancelled", "F3", undefined],
      ["row-unconfirmed", "F4", undefined],
      ["row-unconfirmed", "F5", undefined],
      ["row-unconfirmed", "F6", "status-unknown"],
      ["row-unconfirmed", "F7", "status-unknown"],
      ["row-unconfirmed", "F8", "status-unknown"],
    ]);
  });
});

describe("an approval column signed with initials or dates", () => {
  const CASES: [string, Cell[]][] = [
    ["Freigabe", ["MM", "JK", "MM", null, "AB"]],
    ["Freigabe", [day(10), "12.01.2025", day(11), null, day(12)]],
    ["Geprüft", ["MM 12.01.", "MM", "J.K.", null, "x"]],
    ["Checked by", ["MM", "JK", "MM", null, "AB"]],
    ["Visa", ["MM", "JK", "MM", null, "AB"]],
  ];
  it.each(CASES)(
    'under "%s" %j the signed rows are booked, the blank one refused',
    async (heading, cells) => {
      const { ledger, findings } = await readReceipts(heading, cells);
      expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10", "20", "30", "50"]);
      expect(marks(findings)).toEqual([["row-unconfirmed", "F5", "approval-blank"]]);
    },
  );

  it("text of no sign-off under an approval heading stays refused", async () => {
    const { ledger, findings } = await readReceipts("Freigabe", ["MM", "Nachtrag", 5]);
    expect(ledger.receipts).toHaveLength(1);
    expect(marks(findings)).toEqual([
      ["row-unconfirmed", "F3", "status-unknown"],
      ["row-unconfirmed", "F4", "status-unknown"],
    ]);
  });

  it("a date under a cancel or block heading is unclear, refused and quoted as the day it shows", async () => {
    for (const heading of ["Storniert", "Gesperrt"]) {
      const { ledger, findings } = await readReceipts(heading, [null, day(12)]);
      expect(ledger.receipts).toHaveLength(1);
      expect(marks(findings)).toEqual([["row-unconfirmed", "F3", "status-unknown"]]);
      const message = findings.find((f) => f.code === "row-unconfirmed")!.message;
      expect(message).toContain('"12 Jan 2025"');
      expect(message).not.toContain("45669");
    }
  });

  const HEADINGS = [
    ["Contrôlé", "oui", "non"],
    ["Validé", "oui", "non"],
    ["Approuvé", "oui", "non"],
    ["Aprobado", "sí", "no"],
    ["Revisado", "sí", "no"],
    ["Approvato", "sì", "no"],
    ["Controllato", "si", "no"],
    ["Goedgekeurd", "ja", "nee"],
    ["Gecontroleerd", "ja", "nee"],
  ];
  it.each(HEADINGS)('under "%s", "%s" is booked and "%s" refused', async (heading, yes, no) => {
    const { ledger, findings } = await readReceipts(heading, [yes, no]);
    expect(ledger.receipts.map((r) => r.quantity)).toEqual(["10"]);
    expect(marks(findings)).toEqual([["row-unconfirmed", "F3", undefined]]);
  });
});
