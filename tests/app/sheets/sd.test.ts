import { sdRows } from "../../../src/app/sheets/sd";
import type { OutValue } from "../../../src/workbook/port";
import { declaration, ghg } from "../fixtures";

/** label (column A) -> value (column B) */
function fields(rows: OutValue[][]): Map<string, OutValue | undefined> {
  const text = (v: OutValue | undefined) => (v !== null && typeof v === "object" ? v.value : v);
  return new Map(rows.map((r) => [String(text(r[0]) ?? ""), r[1]]));
}

describe("printable SD sheet", () => {
  it("lays out the ISCC EU PoS fields with the recipient's name as literal text", () => {
    const rows = sdRows(declaration(), false);
    const f = fields(rows);
    expect(f.get("Unique number")).toEqual({ value: "SD-2025-0001", bold: true });
    expect(f.get("Date of issuance")).toEqual({ value: 45747, numberFormat: "yyyy-mm-dd" });
    expect(f.get("Address of dispatch/shipping point")).toBe("Same as supplier");
    expect(f.get("Type of raw material")).toBe("Rapeseed");
    expect(f.get("Quantity (t)")).toEqual({ value: 40.25, numberFormat: "#,##0.00" });
    expect(f.get("EU RED compliant material")).toBe("Yes");
    expect(f.get("ISCC compliant material")).toBe("No");
    expect(f.get("Chain of custody option")).toBe("Mass balance");
    expect(f.get("Total E")).toEqual({ value: 15.4, numberFormat: "#,##0.0" });
    expect(f.get("GHG emission saving")).toEqual({ value: 0.8362, numberFormat: "0.0%" });
    expect(f.get("Fingerprint of the source rows (SHA-256)")).toBe("ab".repeat(32));
    expect(f.has("Claim category")).toBe(false);
    const names = rows.map((r) => r[1]);
    expect(names).toContain("=SUM(A1)");
    expect(JSON.stringify(rows)).not.toMatch(/DRAFT/);
  });

  // p-shipto: the delivery address of the book's row is the receiving point, never the dispatch point
  it("prints the row's delivery address as the receiving point, the dispatch point left as it was", () => {
    const f = fields(
      sdRows(declaration({ receivingAddress: "Tanklager Süd, Hafenstr. 5, 20457 Hamburg" }), false),
    );
    expect(f.get("Address of receipt/receiving point")).toBe("Tanklager Süd, Hafenstr. 5, 20457 Hamburg");
    expect(f.get("Address of dispatch/shipping point")).toBe("Same as supplier");
  });

  it("says the receiving point is the recipient's address only when the book gives none", () => {
    expect(fields(sdRows(declaration(), false)).get("Address of receipt/receiving point")).toBe(
      "Same as recipient",
    );
    const blank = fields(sdRows(declaration({ receivingAddress: "" }), false));
    expect(blank.get("Address of receipt/receiving point")).toBe("Same as recipient");
  });

  it("marks a draft, adds the PLUS claim, and never fills missing GHG with defaults", () => {
    const rows = sdRows(declaration({ scheme: "ISCC PLUS", plusClaim: "bio-circular", ghg: [] }), true);
    const f = fields(rows);
    expect(JSON.stringify(rows[1])).toMatch(/DRAFT/);
    expect(f.get("Claim category")).toBe("bio-circular");
    expect(f.get("GHG values")).toMatch(/Not given/);
    expect(f.has("Total E")).toBe(false);
  });

  it("shows several batch values side by side instead of averaging them", () => {
    const rows = sdRows(declaration({ ghg: [ghg(), ghg({ total: "20.5" })] }), false);
    const total = rows.find((r) => JSON.stringify(r[0] ?? null).includes("Total E"))!;
    expect(total.slice(1)).toEqual([
      { value: 15.4, numberFormat: "#,##0.0" },
      { value: 20.5, numberFormat: "#,##0.0" },
    ]);
  });
});
