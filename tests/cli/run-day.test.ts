// brk27 W1 (c23) through massbal on a real .xlsx: a receipt typed "10.02.2052" (for 10.02.2025)
// in a book of Q1 2025 made massbal compute every quarter up to 2052, with some 110
// negative-balance errors and "certificate … was expired on 2052-02-10", and no word that the date
// lies years after the day of the run. Now it is refused at its cell, once (date-after-run-day,
// naming the date and the run day, which massbal takes from the clock); the receipt is not
// booked, the periods end with the book's last row and the delivery it would back is held back by
// that cell. Must not change: "10.02.2205" stays no day a book can hold (invalid-date), and the
// same book with the receipt dated 10.02.2025 is booked as before.
import type { CellValue } from "exceljs";
import { day } from "../../src/books";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

interface Report {
  findings: { code: string; severity: string; sheet: string | null; cell: string | null; message: string }[];
  balances: { periodEnd: string; received: string; delivered: string; complete: boolean }[];
  declarations: { status: string; quantity: string; heldBy?: { code: string; cell: string }[] }[];
}

const REC_HEAD = ["Datum", "Lieferant", "Lieferanten-Zertifikat", "Nachweis-Nr.", "Produkt", "Menge (t)", "Rohstoff", "Herkunftsland", "Claim", "Abfall/Reststoff", "THG gesamt", "THG Einheit", "Inbetriebnahme Anlage"]; // prettier-ignore
const rec = (date: CellValue, sd: string, qty: number): CellValue[] => [date, "Good AG", "EU-ISCC-Cert-DE100-10001", sd, "Rapsöl", qty, "Raps", "DE", "EU RED compliant", "nein", 30, "g CO2eq/MJ", day("2010-01-01")]; // prettier-ignore
const DEL_HEAD = ["Datum", "Kunde", "Kundenadresse", "Kundenzertifikat", "Produkt", "Menge (t)", "Nachhaltig", "SD-Nr."]; // prettier-ignore
const cert = (no: string, holder: string): CellValue[] => [no, holder, "ISCC EU", day("2024-06-01"), day("2026-05-31"), "valid"]; // prettier-ignore

/** brk27 c23: receipts of 100 t (10.01.2025) and 50 t (`date`), a delivery of 120 t on 01.03.2025. */
async function c23(date: CellValue): Promise<Report> {
  const file = await writeBook(folder.path, "c23.xlsx", {
    Einstellungen: [
      ["Setting", "Value"],
      ["Company name", "Acme Bio GmbH"],
      ["Company address", "Hafenweg 1, 20457 Hamburg, Germany"],
      ["Own certificate", "EU-ISCC-Cert-DE100-77777"],
      ["Scheme", "ISCC EU"],
      ["Period length (months)", 3],
      ["First period start", day("2025-01-01")],
      ["SD number prefix", "ACM"],
      ["Issue date", day("2025-04-02")],
    ],
    Wareneingang: [REC_HEAD, rec(day("2025-01-10"), "S-1", 100), rec(date, "S-2", 50)],
    Warenausgang: [DEL_HEAD, [day("2025-03-01"), "Kunde AG", "Industriestr. 5, 46049 Oberhausen", "EU-ISCC-Cert-DE100-20002", "Rapsöl", 120, "ja", null]], // prettier-ignore
    Zertifikate: [
      ["Certificate no.", "Holder", "Scheme", "Valid from", "Valid until", "Status"],
      cert("EU-ISCC-Cert-DE100-10001", "Good AG"),
      cert("EU-ISCC-Cert-DE100-77777", "Acme Bio GmbH"),
      cert("EU-ISCC-Cert-DE100-20002", "Kunde AG"),
    ],
  });
  const r = massbal(["declare", file, "--json", "--force"], folder.path);
  return JSON.parse(r.stdout) as Report;
}

const codes = (r: Report) => r.findings.map((f) => f.code);

describe("massbal: a receipt dated years after the run day (brk27 W1, c23)", () => {
  it.each(["10.02.2052", day("2052-02-10")])(
    "%p: refused at its cell once; no period, negative balance or expired certificate after the book",
    async (date) => {
      const r = await c23(date);
      const refused = r.findings.filter((f) => f.code === "date-after-run-day");
      expect(refused).toEqual([
        expect.objectContaining({ severity: "error", sheet: "Wareneingang", cell: "A3" }),
      ]);
      expect(refused[0]?.message).toMatch(
        /^Wareneingang!A3: this receipt is dated 2052-02-10, more than \d+ years after the day of this run \(\d{4}-\d{2}-\d{2}\)/,
      );
      expect(refused[0]?.message).toContain("If the year or the month is a typo, correct it");
      expect(codes(r)).not.toContain("negative-balance");
      expect(codes(r)).not.toContain("certificate-invalid");
      expect(r.findings.filter((f) => f.severity === "error")).toHaveLength(1);
      // the periods end with the book's last row, the receipt not booked
      expect(r.balances.map((b) => [b.periodEnd, b.received, b.delivered, b.complete])).toEqual([
        ["2025-03-31", "100", "120", false],
      ]);
      expect(r.declarations).toEqual([
        expect.objectContaining({ status: "blocked", heldBy: [expect.objectContaining({ code: "date-after-run-day", cell: "A3" })] }), // prettier-ignore
      ]);
    },
  );

  it("must not change: 10.02.2205 is no day a book can hold (invalid-date), as before", async () => {
    const r = await c23("10.02.2205");
    expect(codes(r)).toContain("invalid-date");
    expect(codes(r)).not.toContain("date-after-run-day");
  });

  it.each(["10.02.2025", day("2025-02-10")])("must not change: %p is booked", async (date) => {
    const r = await c23(date);
    expect(codes(r)).not.toContain("date-after-run-day");
    expect(r.balances.map((b) => [b.periodEnd, b.received, b.delivered])).toEqual([
      ["2025-03-31", "150", "120"],
    ]);
    expect(r.declarations.map((d) => [d.status, d.quantity])).toEqual([["new", "120"]]);
  });
});
