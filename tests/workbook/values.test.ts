import { de } from "date-fns/locale/de";
import { enGB } from "date-fns/locale/en-GB";
import { es } from "date-fns/locale/es";
import { fr } from "date-fns/locale/fr";
import { it as itLocale } from "date-fns/locale/it";
import { nl } from "date-fns/locale/nl";
import fc from "fast-check";
import {
  dateEvidence,
  isoToSerial,
  numberEvidence,
  numberToDecimal,
  parseDateText,
  parseNumberText,
  serialToIso,
} from "../../src/workbook/values";

describe("numbers", () => {
  it.each([
    [0.1, "0.1"],
    [1234.5, "1234.5"],
    [-3, "-3"],
    [-0, "0"],
    [1e-7, "0.0000001"],
    [1.5e-10, "0.00000000015"],
    [1e21, "1000000000000000000000"],
    [-2.5e22, "-25000000000000000000000"],
    [0.30000000000000004, "0.30000000000000004"],
  ])("writes %p as %s", (n, s) => {
    expect(numberToDecimal(n)).toBe(s);
  });

  it("writes every finite number without an exponent, to the same value", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const s = numberToDecimal(n);
        expect(s).not.toMatch(/e/i);
        expect(Number(s)).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it.each([
    ["1,234.5", null, "1234.5"],
    ["1.234,5", null, "1234.5"],
    ["1 234,5", null, "1234.5"],
    ["1'234.50", null, "1234.5"],
    ["12,5", null, "12.5"],
    ["-12.50", null, "-12.5"],
    ["+7", null, "7"],
    ["1.234.567", null, "1234567"],
    ["1,234,567.89", null, "1234567.89"],
    [".5", null, "0.5"],
    ["1,234", "point", "1234"],
    ["1,234", "comma", "1.234"],
    ["1.234", "comma", "1234"],
    ["1.234", "point", "1.234"],
  ] as const)("reads %s (convention %s) as %s", (text, conv, value) => {
    expect(parseNumberText(text, conv)).toEqual({ ok: true, value });
  });

  it.each([
    ["0,5 %", "0.5"],
    ["50%", "50"],
    ["12,5 %", "12.5"],
    ["1.234,5%", "1234.5"],
  ])("reads %s as %s percent, never as a plain number", (text, value) => {
    expect(parseNumberText(text, null)).toEqual({ ok: true, value, percent: true });
  });

  it.each([
    ["1.234", "1234", "1.234"],
    ["1.234", "1234", "1.234"],
    ["24,125", "24.125", "24125"],
    ["-12,750", "-12.75", "-12750"],
  ])("refuses %s when only the convention could tell, with both readings", (text, comma, point) => {
    expect(parseNumberText(text, null)).toEqual({ ok: false, ambiguous: { comma, point } });
  });

  it.each(["", "abc", "1,23,4", "1.2.3,4,5", "12a", "1..2", "--1", "1,2345.6"])("refuses %p", (text) => {
    expect(parseNumberText(text, null)).toEqual({ ok: false });
  });

  it("tells a convention only from values that prove it", () => {
    expect(numberEvidence("1.234,5")).toBe("comma");
    expect(numberEvidence("12,5")).toBe("comma");
    expect(numberEvidence("1,234.5")).toBe("point");
    expect(numberEvidence("1,234")).toBeNull();
    expect(numberEvidence("1234")).toBeNull();
    // the point proves itself as the comma does (break test 14: "3.5" beside "2,5")
    expect(numberEvidence("12.5")).toBe("point");
    expect(numberEvidence("0.5")).toBe("point");
    expect(numberEvidence(".5")).toBe("point");
    expect(numberEvidence("0,5")).toBe("comma");
    expect(numberEvidence("1234.567")).toBe("point");
    expect(numberEvidence("1234,567")).toBe("comma");
    for (const none of ["1.250", "1,250", "0.250", "0,250", "5.", "-42"])
      expect(numberEvidence(none)).toBeNull();
  });
});

describe("dates", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45658, "2025-01-01"],
    [45658.75, "2025-01-01"],
    [2958465, "9999-12-31"],
  ])("serial %p is %s (with the 1900 leap-year bug)", (serial, iso) => {
    expect(serialToIso(serial)).toEqual({ ok: true, value: iso });
    expect(isoToSerial(iso)).toBe(Math.floor(serial));
  });

  it.each([0, -5, 60, Number.NaN])("refuses serial %p", (n) => {
    expect(serialToIso(n)).toEqual({ ok: false });
  });

  it.each([2958466, 1e9])("refuses serial %p as beyond any date", (n) => {
    expect(serialToIso(n)).toEqual({ ok: false, range: true });
  });

  it.each([
    ["2025-03-04", null, "2025-03-04"],
    ["2025-3-4", null, "2025-03-04"],
    ["2025-03-04T10:30:00Z", null, "2025-03-04"],
    ["2025-03-04 10:30", null, "2025-03-04"],
    ["04.03.2025", null, "2025-03-04"],
    ["4.3.25", null, "2025-03-04"],
    ["04-03-2025", "dmy", "2025-03-04"],
    ["04-03-2025", "mdy", "2025-04-03"],
    ["25-03-2025", null, "2025-03-25"],
    ["25/03/2025", null, "2025-03-25"],
    ["03/25/2025", null, "2025-03-25"],
    ["03/03/2025", null, "2025-03-03"],
    ["03/04/2025", "dmy", "2025-04-03"],
    ["03/04/2025", "mdy", "2025-03-04"],
    ["5 Mar. 2025", null, "2025-03-05"],
    ["5 Sept. 2025", null, "2025-09-05"],
    ["5th March 2025", null, "2025-03-05"],
    ["March 5th, 2025", null, "2025-03-05"],
    ["5/3/25", "dmy", "2025-03-05"],
  ] as const)("reads %s (convention %s) as %s", (text, conv, iso) => {
    expect(parseDateText(text, conv)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ["03/04/2025", "2025-04-03", "2025-03-04"],
    ["04-03-2025", "2025-03-04", "2025-04-03"],
    ["1/2/25", "2025-02-01", "2025-01-02"],
  ])("refuses %s when nothing tells day or month first, with both readings", (text, dmy, mdy) => {
    expect(parseDateText(text, null)).toEqual({ ok: false, ambiguous: { dmy, mdy } });
  });

  it("reads every month name and abbreviation of en, de, fr, es, it and nl as its own month, with or without its dot", () => {
    const misread: string[] = [];
    for (const locale of [enGB, de, fr, es, itLocale, nl])
      for (let m = 0; m < 12; m++)
        for (const width of ["abbreviated", "wide"] as const) {
          const name = locale.localize.month(m as 0, { width });
          const want = `2025-${String(m + 1).padStart(2, "0")}-03`;
          for (const text of [`3 ${name} 2025`, `3 ${name.replace(/\.$/, "")} 2025`, `3. ${name} 2025`]) {
            const read = parseDateText(text, null);
            if (!read.ok || read.value !== want)
              misread.push(`${locale.code} ${text}: ${JSON.stringify(read)}`);
          }
        }
    expect(misread).toEqual([]);
  });

  it.each([
    ["15 janv. 2025", "2025-01-15"],
    ["3 févr. 2025", "2025-02-03"],
    ["3 fevr 2025", "2025-02-03"],
    ["1 déc. 2025", "2025-12-01"],
    ["3 juil. 2025", "2025-07-03"],
    ["3 juin 2025", "2025-06-03"],
    ["3 mai 2025", "2025-05-03"],
    ["3 aout 2025", "2025-08-03"],
    ["15. Jan. 2025", "2025-01-15"],
    ["3 mar 2025", "2025-03-03"],
    ["3 mar. 2025", "2025-03-03"],
    ["1 dic. 2025", "2025-12-01"],
    ["3 ene 2025", "2025-01-03"],
    ["3 gen 2025", "2025-01-03"],
    ["3 mag 2025", "2025-05-03"],
    ["3 set 2025", "2025-09-03"],
    ["15 mrt 2025", "2025-03-15"],
    ["15 mrt. 2025", "2025-03-15"],
    ["3 mei 2025", "2025-05-03"],
  ])("reads the abbreviated month of %s", (text, iso) => {
    expect(parseDateText(text, null)).toEqual({ ok: true, value: iso });
  });

  it.each(["lun. 3 juin 2025", "mai 2025", "3 juinx 2025", "3 mars"])("refuses %p as a day", (text) => {
    expect(parseDateText(text, null).ok).toBe(false);
  });

  it.each(["1.1.1850", "01/01/1850", "1850-01-01"])("refuses %p as outside any book date", (text) => {
    expect(parseDateText(text, null)).toEqual({ ok: false, range: true });
  });

  it.each(["31.02.2025", "2025-13-01", "tomorrow", "32/01/2025", "13/13/2025", ""])("refuses %p", (text) => {
    expect(parseDateText(text, null)).toEqual({ ok: false });
  });

  it("tells the order of slashed dates only from unambiguous ones", () => {
    expect(dateEvidence("25/03/2025")).toBe("dmy");
    expect(dateEvidence("03/25/2025")).toBe("mdy");
    expect(dateEvidence("03/04/2025")).toBeNull();
    expect(dateEvidence("25.03.2025")).toBeNull();
  });

  it("round-trips serials and ISO dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const iso = serialToIso(serial);
        expect(iso.ok && isoToSerial(iso.value)).toBe(serial);
      }),
    );
  });
});
