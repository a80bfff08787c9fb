import { SUMMARY_HEADER, summaryRows } from "../../../src/app/sheets/summary";
import { balance } from "../fixtures";

describe("MB Summary", () => {
  it("writes one row per account and period with exact figures and a red negative closing", () => {
    const rows = summaryRows([
      balance(),
      balance({ closing: "5", firstOverdraft: null, physicalStock: "4.9" }),
    ]);
    expect(rows).toHaveLength(3);
    const col = (name: string) => SUMMARY_HEADER.indexOf(name);
    const first = rows[1]!;
    expect(first[col("Product")]).toBe("Rapeseed oil");
    expect(first[col("Raw material")]).toBe("Rapeseed");
    expect(first[col("Received")]).toEqual({ value: 100.5, numberFormat: "#,##0.0" });
    expect(first[col("Closing")]).toEqual({ value: -19.5, numberFormat: "#,##0.0", fill: "#FFC7CE" });
    expect(first[col("Physical stock (counted)")]).toBeNull();
    expect(first[col("First overdraft")]).toEqual({ value: 45698, numberFormat: "yyyy-mm-dd" });
    const second = rows[2]!;
    expect(second[col("Closing")]).toEqual({ value: 5, numberFormat: "#,##0" });
    expect(second[col("Physical stock (counted)")]).toEqual({ value: 4.9, numberFormat: "#,##0.0" });
  });
});
