// declaration-incomplete's list as data (issue 15: details hold facts, the message table holds the
// sentences): each missing PoS field is a code with its cells, merged across the lines of one
// declaration, and the message reads as it did when the rule wrote the list itself.
import { runEngine } from "../../../../src/engine";
import type { MissingPosField } from "../../../../src/engine/catalogue/details-declarations";
import { ledger, sale, uco } from "../../build";

function incomplete(parts: Parameters<typeof ledger>[0]) {
  const found = runEngine(ledger(parts), { today: "2025-04-15" }).findings.filter(
    (f) => f.code === "declaration-incomplete",
  );
  expect(found).toHaveLength(1);
  const f = found[0]!;
  return { missing: (f.details as { missing: MissingPosField[] }).missing, message: f.message };
}

describe("declaration-incomplete lists each PoS field once, as a code with its cells", () => {
  it("two lines (two origins) lacking the raw material: one entry with both cells; GHG values for the part without them", () => {
    const { missing, message } = incomplete({
      receipts: [
        uco("2025-01-05", "10", "IN-1", { rawMaterial: "", countryOfOrigin: "DE" }),
        uco("2025-01-06", "10", "IN-2", { rawMaterial: "", countryOfOrigin: "FR", ghg: undefined }),
      ],
      deliveries: [sale("2025-01-07", "20")],
    });
    expect(missing).toEqual([
      {
        field: "rawMaterial",
        cells: [
          { sheet: "Receipts", cell: "J2" },
          { sheet: "Receipts", cell: "J3" },
        ],
        sheets: ["Receipts"],
      },
      {
        field: "ghg",
        cells: [{ sheet: "Receipts", cell: "N3" }],
        sheets: ["Receipts"],
        quantity: "10",
        unit: "t",
      },
    ]);
    expect(message).toBe(
      "Deliveries!C2: the declaration for 20 t of UCO to Fuel AG (dispatched 2025-01-07) is not issued: the PoS needs raw material (Receipts!J2, J3); GHG values for 10 t (Receipts!N3). Fill these in and generate declarations again.",
    );
  });

  it("no own certificate for a site's delivery: the settings, or the site's row on the Sites sheet", () => {
    const { missing, message } = incomplete({
      receipts: [uco("2025-01-05", "10", "IN-1", { site: "Hamburg" })],
      deliveries: [sale("2025-01-07", "10", { site: "Hamburg" })],
      settings: { ownCertificate: "" },
    });
    expect(missing).toEqual([{ field: "ownCertificate", cells: [], sheets: [], site: "Hamburg" }]);
    expect(message).toContain(
      "the PoS needs own certificate number (the Settings sheet, or Settings in the pane (or the site Hamburg on the Sites sheet)).",
    );
  });
});
