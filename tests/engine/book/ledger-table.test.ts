import fc from "fast-check";
import { type Account, emptyTotals } from "../../../src/engine/book/accounts";
import { LedgerTable } from "../../../src/engine/book/ledger-table";
import { runEngine } from "../../../src/engine";
import { type Dec, dec, parseDecimal, toText, ZERO } from "../../../src/engine/quantity";
import type { AccountKey, LedgerEntry } from "../../../src/engine/result";
import { ledger, sale, uco } from "../build";

const id: AccountKey = {
  site: "Mannheim",
  scheme: "ISCC EU",
  product: "UCO",
  characteristics: {
    rawMaterial: "UCO",
    countryOfOrigin: "DE",
    claim: "",
    wasteResidue: "yes",
    annexIxPart: "B",
  },
};

function account(key: string, balance: Dec, waiting = false): Account {
  const a: Account = {
    key,
    id,
    unit: "t",
    batches: [],
    head: 0,
    balance,
    totals: emptyTotals(ZERO),
    since: 0,
    place: 0,
    sortedBy: undefined,
    row: -1,
  };
  if (waiting) a.waiting = true;
  return a;
}

const at = (cell: string) => ({ sheet: "Deliveries", cell });

/** A line of an account as the book writes it: one row per account, the line's running balance the account's. */
const rows = new Map<Account, number>();
function write(
  table: LedgerTable,
  a: Account,
  kind: LedgerEntry["kind"],
  q: Dec,
  out: boolean,
  date: string,
  event: { reference: string; source: { sheet: string; cell: string } | undefined },
): void {
  const row = rows.get(a) ?? table.accountRow(a);
  rows.set(a, row);
  table.add(row, kind, q, out, a.balance, date, event);
}

/** The text an outgoing line had when lines were objects: the movement's text with its sign turned. */
function negatedText(t: string): string {
  if (t === "0") return t;
  return t.startsWith("-") ? t.slice(1) : `-${t}`;
}

/** Exact values of every form a Dec takes: integer form (with -0), more decimals, too large. */
const values = fc
  .oneof(
    fc.integer({ min: -1e12, max: 1e12 }).map((n) => dec((n / 1000).toFixed(3))),
    fc.constantFrom("0", "-0", "0.000001", "-0.000001", "0.0000001", "-12.1234567", "12345678901.5"),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, places]) => {
        const digits = (n < 0n ? -n : n).toString().padStart(places + 1, "0");
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        return n < 0n ? `-${text}` : text;
      }),
  )
  .map((v) => (typeof v === "string" ? (parseDecimal(v) as Dec) : v));

describe("the ledger as columns", () => {
  it("gives every value's exact text, negated on outgoing lines, and the overdraft test of the book", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(values, values, fc.boolean()), { maxLength: 40 }), (lines) => {
        const table = new LedgerTable();
        const event = { reference: "SD-1", source: at("C2") };
        for (const [q, running, out] of lines)
          write(table, account("a", running), "delivery", q, out, "2025-01-05", event);
        expect(table.length).toBe(lines.length);
        lines.forEach(([q, running, out], i) => {
          const e = table.entry(i);
          expect(e.quantity).toBe(out ? negatedText(toText(q)) : toText(q));
          expect(table.quantity(i)).toBe(e.quantity);
          expect(e.running).toBe(toText(running));
          expect(table.belowZero(i)).toBe(running.isNegative() && !running.isZero());
        });
      }),
    );
  });

  it("gives back every line's cell as the book gave it: A1 addresses, any other text, or none", () => {
    // A1 addresses are kept as their letters and row number (EventCells): near misses are not
    const a1 = fc
      .tuple(fc.stringMatching(/^[A-Za-z$]{0,4}$/), fc.stringMatching(/^[0-9]{0,12}$/))
      .map(([letters, digits]) => letters + digits);
    const near = ["", "A1", "A01", "A0", "XFD1048576", "AAAA1", "A1234567", "A12345678", "A12345678901"];
    near.push("B2 ", "$A$1", "C-7");
    const cell = fc.oneof(a1, a1, fc.constantFrom(...near), fc.string());
    fc.assert(
      fc.property(fc.array(fc.option(cell, { nil: undefined }), { maxLength: 30 }), (cells) => {
        const table = new LedgerTable();
        const a = account("a", ZERO);
        cells.forEach((c, i) =>
          write(table, a, "receipt", dec(i), false, "2025-01-05", {
            reference: `R-${i}`,
            source: c === undefined ? undefined : at(c),
          }),
        );
        cells.forEach((c, i) => expect(table.entry(i).source).toEqual(c === undefined ? undefined : at(c)));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps every line across the chunks the columns grow by (2^16 lines each)", () => {
    const table = new LedgerTable();
    const a = account("a", ZERO);
    const n = 2 * 65_536 + 3;
    // a value of its own per line, an odd one (more than 6 decimals) every 1,000th line
    const value = (i: number) => dec(i % 1000 === 7 ? `${i}.1234567` : `${i}.5`);
    for (let i = 0; i < n; i++) {
      a.balance = value(i).negated();
      write(table, a, i % 2 === 0 ? "receipt" : "delivery", value(i), i % 2 === 1, "2025-01-05", {
        reference: `R-${i}`,
        source: at(`C${i}`),
      });
    }
    expect(table.length).toBe(n);
    for (const i of [0, 1, 65_534, 65_535, 65_536, 65_537, 131_071, 131_072, n - 1, 65_543, 131_007]) {
      const e = table.entry(i);
      expect([e.kind, e.quantity, e.running, e.reference, e.source?.cell]).toEqual([
        i % 2 === 0 ? "receipt" : "delivery",
        i % 2 === 1 ? `-${toText(value(i))}` : toText(value(i)),
        toText(value(i).negated()),
        `R-${i}`,
        `C${i}`,
      ]);
      expect(table.belowZero(i)).toBe(true);
    }
  });

  it("builds each kind of line with the properties, in the order, it had as an object", () => {
    const table = new LedgerTable();
    const plain = account("a", dec("5"));
    const waiting = account("a|awaiting", dec("-3"), true);
    write(table, plain, "receipt", dec("5"), false, "2025-01-05", { reference: "IN-1", source: at("D5") });
    write(table, plain, "carry-forward", dec("5"), false, "2025-04-01", {
      reference: "carried forward",
      source: undefined,
    });
    write(table, waiting, "delivery", dec("3"), true, "2025-04-02", { reference: "SD-1", source: undefined });
    table.notCredited("b", "t", id, "2025-04-03", "IN-2: 2 t not credited (why)", at("D7"), ZERO);
    table.notCredited("b", "t", id, "2025-04-04", "IN-3: 2 t not credited (why)", undefined, dec("1.5"));
    const shapes = table.entries().map((e) => Object.keys(e).join(" "));
    const base = "date account kind reference quantity running unit";
    expect(shapes).toEqual([
      `${base} source`,
      base,
      `${base} source awaiting`,
      `${base} accountId source`,
      `${base} accountId`,
    ]);
    // the line of what waits at product level has its cell even where there is none, as before
    expect("source" in (table.entry(2) as object)).toBe(true);
    expect(table.entry(2)).toStrictEqual({
      date: "2025-04-02",
      account: "a|awaiting",
      kind: "delivery",
      reference: "SD-1",
      quantity: "-3",
      running: "-3",
      unit: "t",
      source: undefined,
      awaiting: id,
    });
    expect(table.entry(3)).toMatchObject({
      kind: "not-credited",
      quantity: "0",
      running: "0",
      accountId: id,
    });
    expect([table.awaiting(0), table.awaiting(2)]).toEqual([undefined, id]);
  });

  it("dates a line by its own date where the book gives one, within one event", () => {
    const table = new LedgerTable();
    const a = account("a", dec("1"));
    const event = { reference: "lapse", source: at("B9") };
    write(table, a, "delivery", dec("1"), true, "2025-03-30", event);
    write(table, a, "lapse", dec("1"), true, "2025-03-31", event);
    write(table, a, "lapse", dec("2"), true, "2025-03-31", event);
    write(table, a, "delivery", dec("1"), true, "2025-03-31", { ...event, reference: "other" });
    expect(table.entries().map((e) => [e.date, e.reference, e.quantity])).toEqual([
      ["2025-03-30", "lapse", "-1"],
      ["2025-03-31", "lapse", "-1"],
      ["2025-03-31", "lapse", "-2"],
      ["2025-03-31", "other", "-1"],
    ]);
    expect([0, 1, 2, 3].map((i) => table.date(i))).toEqual([
      "2025-03-30",
      "2025-03-31",
      "2025-03-31",
      "2025-03-31",
    ]);
  });

  it("grows past a chunk of its columns without losing a line", () => {
    const table = new LedgerTable();
    const a = account("a", dec("0"));
    for (let i = 0; i < 70_000; i++)
      write(table, a, "receipt", dec(i), false, "2025-01-05", { reference: `IN-${i}`, source: at(`D${i}`) });
    expect(table.length).toBe(70_000);
    expect(table.entry(69_999)).toMatchObject({
      reference: "IN-69999",
      quantity: "69999",
      source: at("D69999"),
    });
    expect([...table].map((e) => e.quantity)).toEqual(Array.from({ length: 70_000 }, (_, i) => String(i)));
  });

  it("writes as JSON the lines of a run, and reads them back as they were", () => {
    const result = runEngine(
      ledger({
        receipts: [
          uco("2025-02-05", "100", "IN-1"),
          uco("2025-02-06", "20", "IN-BAD", { unreadable: ["claim"] }),
          uco("2025-04-06", "20", "IN-2"),
        ],
        deliveries: [sale("2025-01-10", "30"), sale("2025-05-10", "10")],
      }),
      { today: "2025-07-15" },
    );
    const entries = result.ledger.entries();
    const kinds = new Set(entries.map((e) => e.kind));
    for (const k of ["receipt", "delivery", "backed", "not-credited", "carry-forward"] as const)
      expect(kinds).toContain(k);
    expect(entries.some((e) => e.awaiting)).toBe(true);
    expect(JSON.parse(JSON.stringify(result)).ledger).toEqual(JSON.parse(JSON.stringify(entries)));
    const again: LedgerEntry[] = LedgerTable.of(entries).entries();
    expect(JSON.stringify(again)).toBe(JSON.stringify(entries));
    expect(again).toStrictEqual(entries);
  });

  it("refuses a line whose value is not a decimal", () => {
    const line: LedgerEntry = {
      date: "2025-01-05",
      account: "a",
      kind: "receipt",
      reference: "IN-1",
      quantity: "ten",
      running: "10",
      unit: "t",
    };
    expect(() => LedgerTable.of([line])).toThrow(/not a decimal: "ten"/);
  });
});
