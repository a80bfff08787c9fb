// Settings sheets are labelled the way each company writes its letterhead; the labels used on
// the field list itself ("Own certificate no.") must be understood too.
import { readWorkbook } from "../../../src/workbook/read";
import { fieldsOf } from "../../../src/workbook/fields";
import type { WorkbookSnapshot } from "../../../src/workbook/port";
import { cellAt } from "../../../src/engine/source-cells";

function settingsBook(rows: (string | number)[][]): WorkbookSnapshot {
  return { name: "settings.xlsx", sheets: [{ name: "Settings", visibility: "visible", values: rows }] };
}

/** a value each settings field accepts */
const VALID: Record<string, string | number> = {
  scheme: "ISCC PLUS",
  periodMonths: 3,
  periodStart: "2025-01-01",
  mode: "continuous",
  ghgPooling: "worst-value",
  stockTolerance: "0.005",
  conversionTolerance: "0.02",
  plusCapCarryForward: "yes",
  capWithoutCount: "no",
  operatorType: "Landwirt",
  issueDate: "2025-04-01",
  defaultUnit: "t",
  densityUnit: "kg/m³",
  heatingValueUnit: "MJ/kg",
  energyAccounting: "kWh",
  decimalSeparator: "comma",
  dateOrder: "DMY",
  ownCertificate: "EU-ISCC-Cert-DE105-40012345", // "x" states no certificate: refused at its cell
};

describe("settings sheet labels", () => {
  test.each([
    ["Own certificate no.", "EU-ISCC-Cert-DE105-40012345"],
    ["Own certificate number", "EU-ISCC-Cert-DE105-1"],
    ["Eigenes Zertifikat", "EU-ISCC-Cert-DE105-2"],
  ])("reads %s as the company's own certificate", (label, value) => {
    const { ledger, sheets } = readWorkbook(
      settingsBook([
        ["Company name", "Ölmühle Rhein GmbH"],
        [label, value],
        ["Scheme", "ISCC EU"],
      ]),
    );
    expect(sheets[0]).toMatchObject({ name: "Settings", kind: "settings" });
    expect(ledger.settings.ownCertificate).toBe(value);
    expect(cellAt(ledger.settings.source!, "ownCertificate")).toBe("B2");
  });

  test.each(fieldsOf("settings").map((f) => [f.label, f.id]))(
    "the field list's own label %s is read as %s",
    (label, id) => {
      const { sheets } = readWorkbook(
        settingsBook([
          ["Company name", "Ölmühle Rhein GmbH"],
          [label, VALID[id] ?? "x"],
        ]),
      );
      expect(sheets[0]?.kind).toBe("settings");
      expect(sheets[0]?.columns[id]).toBe("B");
    },
  );
});
