// missing-value, invalid-number and invalid-date are worded once (issue 15): the reading stage
// (a cell, by its label) and the engine (a record's field, by its words) say the same sentence.
import { findingBody } from "../../../src/engine/catalogue/render";
import { fieldNoun } from "../../../src/engine/record-derived";

const CODES = ["missing-value", "invalid-number", "invalid-date"] as const;
const FIELDS = ["date", "quantity", "supplierCertificate", "installationStartDate", "ghg.eec", "validUntil"];
const VALUES = ["", "abc", "30.02.2025", "1,2,3"];

describe.each(CODES)("%s", (code) => {
  it.each(
    FIELDS.flatMap((field) =>
      VALUES.flatMap((value) => [true, false].map((dropped) => [field, value, dropped] as const)),
    ),
  )("reading and engine agree for %s %j dropped=%s", (field, value, dropped) => {
    const label = `the ${fieldNoun(field)}`;
    const body = (details: object) =>
      findingBody({ code, severity: "error", sheet: "S", cell: "A1", details } as never);
    const reading = body({ label, value, dropped });
    const engine = body({ field, value, dropped });
    expect(engine).toBe(reading);
    expect(engine).toContain(label);
  });
});
