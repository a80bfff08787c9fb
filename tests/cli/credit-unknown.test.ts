// Through the real massbal command on real .xlsx books: a receipt the engine refuses for a value
// it could not read (a certificate status the register gives that is not understood) leaves its
// account incomplete, while a real refusal (the certificate expired) stays a negative-balance; and
// --json gives every finding a place to print, also one at no cell (stock-count-missing).
import path from "node:path";
import { books, D, DELIVERIES, delivery, type Sheets, workbookOf } from "../workbook/left-out-books";
import { declareJson, freshFolderPerTest } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; place: string }[];
  balances: { product: string; closing: string; complete: boolean }[];
  declarations: { product: string; status: string; heldBy?: unknown[] }[];
}

/** The left-out books, their supplier's certificate entered `until` with `status`. */
async function write(
  name: string,
  status: string,
  until = D("2026-05-31"),
  more: Partial<Sheets> = {},
): Promise<string> {
  const sheets = books([], {
    ...more,
    Certificates: [
      ["Certificate number", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
      ["EU-ISCC-Cert-DE100-10001", "Collect GmbH", "ISCC EU", D("2024-06-01"), until, status],
      ["EU-ISCC-Cert-DE105-40012345", "Trade GmbH", "ISCC EU", D("2024-06-01"), D("2099-12-31"), "valid"],
    ],
  });
  await workbookOf(sheets).xlsx.writeFile(path.join(folder.path, name));
  return name;
}

function declare(file: string): Report {
  return declareJson<Report>(folder.path, file);
}

describe("massbal: credit unknown is not credit none", () => {
  it("a certificate status not understood: UCO incomplete, no negative-balance, nothing declared", async () => {
    const report = declare(await write("unknown.xlsx", "see register"));
    const codes = report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.place}`);
    expect(codes).toContain("certificate-invalid Receipts!C2");
    expect(codes.filter((c) => c.startsWith("negative-balance"))).toEqual([]);
    expect(report.balances.find((b) => b.product === "UCO")).toMatchObject({
      closing: "-100",
      complete: false,
    });
    expect(report.declarations.filter((d) => d.status === "new")).toEqual([]);
  });

  it("a certificate expired: a real no-credit, the shortfall stays a negative-balance", async () => {
    const report = declare(await write("expired.xlsx", "valid", D("2024-12-31")));
    const codes = report.findings.filter((f) => f.severity === "error").map((f) => `${f.code} ${f.place}`);
    expect(codes).toContain("certificate-invalid Receipts!C2");
    expect(codes).toContain("negative-balance Deliveries!E2");
    expect(report.balances.find((b) => b.product === "UCO")).toMatchObject({
      closing: "-100",
      complete: true,
    });
  });

  it("--json: every finding has a place to print, never null, also one at no cell", async () => {
    // 5 t more of Tallow sold, its Sustainable "N/A" unreadable: the credit left exceeds the stock
    const sold = delivery(D("2025-02-22"), 5, "Tallow");
    sold[6] = "N/A";
    const Deliveries = [
      DELIVERIES,
      delivery(D("2025-02-20"), 100),
      delivery(D("2025-02-21"), 5, "Tallow"),
      sold,
    ];
    const report = declare(await write("valid.xlsx", "valid", undefined, { Deliveries }));
    const stock = report.findings.filter((f) => f.code === "stock-count-missing");
    expect(stock.length).toBeGreaterThan(0);
    for (const f of stock) expect(f).toMatchObject({ sheet: null, cell: null, place: "Tallow" });
    for (const f of report.findings) {
      expect(typeof f.place).toBe("string");
      expect(f.place).not.toMatch(/null|undefined|^$/);
      if (f.sheet && f.cell) expect(f.place).toBe(`${f.sheet}!${f.cell}`);
    }
  });
});
