// (brk20 A7) A sale whose "SD Status" says its SD is still to issue ("offen", "zu erstellen", "to
// issue", "à émettre", "da emettere", "por emitir", "te verstrekken", "do wystawienia", "nicht
// ausgestellt", "not yet issued") beside a filled SD number, read from a sheet and run through the
// engine. Before, a number no register holds was read as an SD issued outside massbal (a warning),
// the delivery counted as declared and the status never named; now the two cells disagree: an
// error at the status cell holds the delivery's declaration. A status saying the SD was issued
// beside such a number, and a blank status, stay a warning as before.
import { runEngine } from "../../../src/engine/index";
import type { CellValue } from "../../../src/workbook/port";
import { readWorkbook } from "../../../src/workbook/read";
import { cellAt } from "../../../src/engine/source-cells";
import { serial, sheet } from "../fixtures";

/** Status cells that say the SD is still to issue, in de, en, fr, it, es, nl and pl. */
const TO_ISSUE = [
  "offen",
  "zu erstellen",
  "noch auszustellen",
  "nicht ausgestellt",
  "noch nicht ausgestellt",
  "open",
  "to issue",
  "to be issued",
  "not yet issued",
  "pending",
  "à émettre",
  "non émise",
  "da emettere",
  "non ancora emessa",
  "por emitir",
  "no emitida",
  "te verstrekken",
  "uit te geven",
  "nog niet uitgegeven",
  "do wystawienia",
  "nie wystawione",
];

/** Status cells that say the SD was issued, and a blank: the number is read as issued outside, as before. */
const ISSUED: CellValue[] = [
  "ausgestellt",
  "issued",
  "sent",
  "émise",
  "emessa",
  "emitida",
  "verstuurd",
  "wystawione",
  null,
];

/** Books of one receipt of 100 t of UCO and one sustainable sale of 10 t, its status `status` and SD number `sd`. */
function run(status: CellValue, sd: string | null) {
  const read = readWorkbook({
    name: "Books.xlsx",
    sheets: [
      sheet("Receipts", [
        ["Date", "Supplier", "Supplier certificate", "SD number", "Product", "Quantity (t)", "Claim"],
        [serial("2025-02-20"), "Saipol", "EU-ISCC-Cert-DE100-1", "IN-1", "UCO", 100, "EU RED compliant"],
      ]),
      sheet("Deliveries", [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "SD Status", "SD number"],
        [serial("2025-03-10"), "Nordic Fuels Oy", "UCO", 10, "yes", status, sd],
      ]),
    ],
  });
  const result = runEngine(read.ledger, { findings: read.findings, today: "2025-04-15" });
  const outside = result.findings.filter((f) => f.code === "declaration-issued-outside");
  return { read, result, outside };
}

describe("a sale's SD status saying the SD is still to issue, beside its SD number", () => {
  it.each(TO_ISSUE)("%j beside a number no register holds: an error at the status cell, held", (status) => {
    const { read, result, outside } = run(status, "NF-2025-0007");
    const delivery = read.ledger.deliveries[0]!;
    expect(cellAt(delivery.source, "sdToIssue")).toBe("F2");
    expect(outside.map((f) => [f.cell, f.severity])).toEqual([["F2", "error"]]);
    expect(outside[0]!.details).toMatchObject({
      reason: "status-to-issue",
      sdCell: "G2",
      number: "NF-2025-0007",
    });
    expect(outside[0]!.message).toMatch(
      /still to issue.*\(G2\) names NF-2025-0007.*clear this status.*clear the SD number/,
    );
    expect(outside[0]!.holdsBack).toEqual([{ sheet: "Deliveries", cell: "D2" }]);
    // its declaration is listed held back, no number, by the error; none issued under the number
    expect(result.declarations.map((d) => [d.status, d.number, d.rowSd])).toEqual([
      ["blocked", "", "NF-2025-0007"],
    ]);
    expect(result.declarations[0]!.heldBy).toEqual([
      expect.objectContaining({ code: "declaration-issued-outside", cell: "F2" }),
    ]);
  });

  // (brk22 §12) the marker is kept: it asks for an SD even of a delivery from a closed period
  it.each(TO_ISSUE)("%j with the SD number blank: marked, declared by massbal as before", (status) => {
    const { read, result, outside } = run(status, null);
    expect(cellAt(read.ledger.deliveries[0]!.source, "sdToIssue")).toBe("F2");
    expect(outside).toEqual([]);
    // one declaration for massbal to issue (these books lack the settings a PoS needs: held by those alone)
    expect(result.declarations.map((d) => [d.number, d.rowSd])).toEqual([["", ""]]);
    const held = (result.declarations[0]!.heldBy ?? []).map((h) => h.code);
    expect(held).toEqual(["declaration-incomplete"]);
  });

  it.each(ISSUED.map((s) => [s]))(
    "%j beside a number no register holds: issued outside, a warning as before",
    (status) => {
      const { read, result, outside } = run(status, "NF-2025-0007");
      expect(cellAt(read.ledger.deliveries[0]!.source, "sdToIssue")).toBeUndefined();
      expect(outside.map((f) => [f.cell, f.severity])).toEqual([["G2", "warning"]]);
      expect(result.declarations).toEqual([]);
    },
  );
});
