// The break-test's leftovers of issue 13 through massbal on real .xlsx files: a claim column the
// reader could not name (#5), first gathering points and batches written once (#17), transfers (#15), the first day of
// overdraft (#16).
import path from "node:path";
import ExcelJS from "exceljs";
import type { Balance, Finding } from "../../src/engine/result";
import { ACME_SITES } from "./books";
import { freshFolderPerTest, massbal, writeBook } from "./run-massbal";

jest.setTimeout(90_000);

const folder = freshFolderPerTest();

type Cell = ExcelJS.CellValue;

const write = (name: string, sheets: Record<string, Cell[][]>) => writeBook(folder.path, name, sheets);

interface Report {
  findings: Finding[];
  balances: Balance[];
  declarations: { status: string }[];
}

function check(file: string, ...flags: string[]): { code: number | null; report: Report } {
  const run = massbal(["check", file, "--json", ...flags], folder.path);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
}

const sum = (r: Report, product: string, field: "received" | "produced" | "consumed" | "closing") =>
  r.balances.filter((b) => b.product === product).reduce((s, b) => s + Number(b[field]), 0);

describe("claims the reader cannot name are never defaulted to yes (#5)", () => {
  const receipts = (claimHeader: string): Cell[][] => [
    ["Datum", "Lieferant", "Nachweis-Nr.", "Produkt", "Menge (t)", "Rohstoff", claimHeader, "THG gesamt"],
    ["05.01.2025", "Good AG", "N-1", "Oil", 100, "Raps", "nicht EU RED konform", 20],
    ["06.01.2025", "Good AG", "N-2", "Oil", 50, "Raps", "EU RED konform", 20],
  ];
  const deliveries: Cell[][] = [
    ["Lieferdatum", "Kunde", "Produkt", "Menge (t)", "Nachhaltig"],
    ["20.03.2025", "Kunde AG", "Oil", 100, "ja"],
  ];

  it.each(["Nachhaltigkeitsanspruch", "Konformität", "Allégation de durabilité", "Duurzaamheidsclaim"])(
    "%s is read as the claim: the not-compliant receipt gives no credit, the compliant one does",
    async (header) => {
      const file = await write("claims.xlsx", { Wareneingang: receipts(header), Warenausgang: deliveries });
      const { code, report } = check(file);
      expect(code).toBe(1);
      expect(report.findings.map((f) => [f.code, f.cell])).toContainEqual(["invalid-value", "G2"]);
      expect(sum(report, "Oil", "received")).toBe(50);
      expect(report.findings.map((f) => f.code)).toContain("negative-balance");
    },
  );

  it("an unnamed column of claims is an error at its heading, and no receipt of the sheet gives credit", async () => {
    const file = await write("unnamed.xlsx", {
      Wareneingang: receipts("Vermerk Q"),
      Warenausgang: deliveries,
    });
    const { code, report } = check(file);
    expect(code).toBe(1);
    const f = report.findings.find((x) => x.code === "mapping-uncertain");
    expect([f?.severity, f?.sheet, f?.cell]).toEqual(["error", "Wareneingang", "G1"]);
    expect(f?.message).toContain("Map it as Claim");
    expect(sum(report, "Oil", "received")).toBe(0);
    expect(report.declarations.filter((d) => d.status === "final")).toEqual([]);
  });
});

describe("first gathering points and batch ids (#17)", () => {
  it.each(["Erstaufnahmestelle", "Ersterfasser", "Premier point de collecte"])(
    "%s may keep a 12-month period under ISCC EU",
    async (type) => {
      const file = await write("fgp.xlsx", {
        Einstellungen: [
          ["Firmenname", "Agrar Nord GmbH"],
          ["Zertifizierungssystem", "ISCC EU"],
          ["Betriebsart", type],
          ["Bilanzzeitraum", 12],
        ],
        Wareneingang: [
          ["Datum", "Lieferant", "Nachweis-Nr.", "Produkt", "Menge (t)", "THG"],
          ["05.01.2025", "Hof Meyer", "N-1", "Raps", 100, 20],
        ],
      });
      const { report } = check(file);
      expect(report.findings.map((f) => f.code)).not.toContain("period-too-long");
      expect(report.balances.map((b) => [b.periodStart, b.periodEnd])).toEqual([
        ["2025-01-01", "2025-12-31"],
      ]);
    },
  );

  it("batch ids alike but not the same by rule are two processes, with a warning at the second id", async () => {
    const file = await write("batches.xlsx", {
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "GHG total"],
        ["2025-01-05", "Good AG", "S-1", "Seed", 1000, 20],
      ],
      Production: [
        [
          "Date",
          "Batch",
          "Input product",
          "Input quantity (t)",
          "Output product",
          "Output quantity (t)",
          "GHG total",
        ],
        ["2025-02-01", "B-7", "Seed", 1000, "Oil", 400, 30],
        ["2025-02-01", "b-7 ", "Seed", 1000, "Meal", 580, 30],
        ["2025-02-01", "b7", "Seed", 1000, "Hulls", 10, 30],
      ],
    });
    const { report } = check(file);
    const alike = report.findings.filter((f) => f.code === "batch-id-alike");
    expect(alike.map((f) => [f.sheet, f.cell, f.severity])).toEqual([["Production", "B4", "warning"]]);
    expect(sum(report, "Seed", "consumed")).toBe(2000);
  });

  // brk19 #4: oil and meal written as two rows, each with the full input, and no batch id
  it.each([
    [
      "without a Batch column: a warning at the second input quantity",
      false,
      [["Production", "C3", "warning"]],
    ],
    ["on a sheet whose Batch column is used on other rows: no warning (it tells processes apart)", true, []],
  ])("two rows of one input, quantity and day %s", async (_, batchColumn, expected) => {
    const head = ["Date", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"];
    const rows: Cell[][] = [
      ["2025-02-01", "Seed", 1000, "Oil", 420],
      ["2025-02-01", "Seed", 1000, "Meal", 570],
    ];
    const file = await write(`twins-${String(batchColumn)}.xlsx`, {
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "GHG total"],
        ["2025-01-05", "Good AG", "S-1", "Seed", 1000, 20],
      ],
      Production: batchColumn
        ? [[...head, "Batch"], ...rows.map((r) => [...r, null]), ["2025-03-01", "Oil", 10, "Fuel", 9, "B9"]]
        : [head, ...rows],
    });
    const { report } = check(file);
    const twins = report.findings.filter((f) => f.code === "production-input-repeated");
    expect(twins.map((f) => [f.sheet, f.cell, f.severity])).toEqual(expected);
    if (twins[0]) expect(twins[0].message).toContain('add a "Batch" column');
    // booked as two processes either way: the input's balance is lower, never any credit higher
    expect(sum(report, "Seed", "consumed")).toBe(2000);
    expect(sum(report, "Oil", "produced")).toBe(420);
    expect(sum(report, "Meal", "produced")).toBeLessThanOrEqual(570);
  });

  it("a batch written once: follow-up rows with a blank input are the same input, consumed once", async () => {
    const file = await write("batch-once.xlsx", {
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "GHG total"],
        ["2025-01-05", "Good AG", "S-1", "Seed", 2000, 20],
      ],
      Production: [
        ["Date", "Batch", "Input product", "Input quantity (t)", "Output product", "Output quantity (t)"],
        ["2025-02-01", "B-7", "Seed", 1000, "Oil", 400],
        ["2025-02-01", "b-7 ", "Seed", null, "Meal", 580],
        ["2025-02-01", 12, "Seed", 500, "Oil", 200],
        ["2025-02-01", 12, "Seed", null, "Meal", 290],
        ["2025-02-01", null, "Seed", null, "Hulls", 10],
        ["2025-02-01", "C-1", "Seed", null, "Oil", 10],
        ["2025-02-01", "C-1", "Seed", null, "Meal", 10],
      ],
    });
    const { report } = check(file);
    const missing = report.findings.filter((f) => f.code === "missing-value");
    // the blank with no batch id is refused at its cell, and so are both rows of a batch whose
    // first row has no input either; the blanks below a batch's stated input are not
    expect(missing.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["error", "Production", "D6"],
      ["error", "Production", "D7"],
      ["error", "Production", "D8"],
    ]);
    expect(sum(report, "Seed", "consumed")).toBe(1500);
    expect(sum(report, "Oil", "produced")).toBe(600);
    expect(sum(report, "Meal", "produced")).toBe(870);
    expect(report.findings.map((f) => f.code)).not.toContain("co-product-input-differs");
  });
});

// ISCC PLUS, two sites, and 5 t of bio-circular UCO received at Hamburg: the transfer cases' book
const UCO_AT_HAMBURG = {
  Settings: [["Scheme", "ISCC PLUS"]],
  Sites: ACME_SITES,
  Receipts: [
    ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "Raw material", "Claim", "Site"],
    ["2025-01-05", "Good AG", "S-1", "UCO", 5, "Used cooking oil", "bio-circular", "Hamburg"],
  ],
};

describe("transfers move only credit the sending site holds, and all of it arrives (#15)", () => {
  // brk22 §11: one partly held is refused whole (before, the 5 t held moved and the finding said
  // "2 t of it were not moved": a row booked with a quantity it does not state)
  it("a transfer of credit not held, or held only in part, is refused at its row and moves nothing; one held moves whole", async () => {
    const file = await write("transfers.xlsx", {
      ...UCO_AT_HAMBURG,
      Transfers: [
        ["Date", "From site", "To site", "Product", "Quantity (t)", "Raw material", "Claim"],
        ["2025-02-01", "Hamburg", "Venlo", "UCO", 7, "Used cooking oil", "bio-circular"],
        ["2025-02-02", "Hamburg", "Venlo", "UCO", 3, "Tallow", "bio-circular"],
        ["2025-02-03", "Hamburg", "Venlo", "UCO", 5, "Used cooking oil", "bio-circular"],
      ],
    });
    const { report } = check(file);
    const refused = report.findings.filter((f) => f.code === "transfer-not-allowed");
    expect(refused.map((f) => [f.severity, f.sheet, f.cell])).toEqual([
      ["error", "Transfers", "E2"],
      ["error", "Transfers", "E3"],
    ]);
    expect(refused[0]?.message).toContain("holds only 5 t of UCO credit");
    expect(refused[0]?.message).toContain("less than the 7 t the transfer moves, so nothing is moved");
    expect(refused[1]?.message).toContain("holds only 0 t of UCO credit");
    // refused at the row, never sold ahead: no shortfall of "the declaration for this row" at a transfer
    const shortAtTransfer = report.findings.filter(
      (f) => f.sheet === "Transfers" && ["negative-balance", "overdraft"].includes(f.code),
    );
    expect(shortAtTransfer).toEqual([]);
    const site = (name: string) => report.balances.filter((b) => b.site === name);
    // the refused rows moved nothing, the 5 t held moved whole on the third row; both sites are
    // incomplete until the refused rows are corrected
    expect(site("Hamburg").map((b) => [b.transferredOut, b.closing, b.complete])).toEqual([
      ["5", "0", false],
    ]);
    expect(site("Venlo").map((b) => [b.transferredIn, b.closing, b.complete])).toEqual([["5", "5", false]]);
    // every row reconciles, and what left one site arrived at the other
    for (const b of report.balances) {
      const n = (k: keyof Balance) => Number(b[k]);
      const moved = n("opening") + n("received") + n("produced") + n("transferredIn");
      expect(moved - n("consumed") - n("delivered") - n("transferredOut")).toBe(n("closing"));
      expect(n("closing") - n("lapsed")).toBe(n("carriedForward"));
    }
    // a multi-site credit transfer moves credit, not material (iscc-rules.md §6.2): the 5 t stay
    // in Hamburg's tank and Venlo's book holds none of it
    const products = (report as unknown as { products: { site: string; bookPhysicalStock: string }[] })
      .products;
    expect(products.map((p) => [p.site, p.bookPhysicalStock])).toEqual([
      ["Hamburg", "5"],
      ["Venlo", "0"],
    ]);
  });
});

describe("credit sold ahead of any account: one first day of overdraft everywhere (#16)", () => {
  it.each(["2025-02-03", "2025-03-20"])("sold on %s", async (date) => {
    const file = await write("ahead.xlsx", {
      Receipts: [
        ["Date", "Supplier", "SD number", "Product", "Quantity (t)", "GHG total"],
        ["2025-01-05", "Good AG", "S-1", "Tallow", 5, 20],
      ],
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable"],
        [date, "Kunde AG", "UCO", 10, "yes"],
      ],
    });
    const run = massbal(["check", file, "--json"], folder.path);
    const report = JSON.parse(run.stdout) as {
      findings: Finding[];
      products: { product: string; soldAhead: { date: string } | null }[];
      balances: { product: string; firstOverdraft: { date: string } | null }[];
    };
    const uco = report.balances.filter((b) => b.product === "UCO");
    expect(uco.map((b) => b.firstOverdraft?.date)).toEqual([date]);
    expect(report.products.find((p) => p.product === "UCO")?.soldAhead?.date).toBe(date);
    const overdraft = report.findings.find((f) => f.code === "overdraft");
    expect(overdraft?.message).toContain(date);
    // MB Summary, as written: the account's first overdraft and the product's sold-ahead day
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder.path, "ahead.audited.xlsx"));
    const summary = wb.getWorksheet("MB Summary")!;
    const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
    const dates: string[] = [];
    summary.eachRow((row) => {
      const values = row.values as unknown[];
      const header = values.map((v) => String(v ?? ""));
      for (const name of ["First overdraft", "Sold ahead of credit, first on"]) {
        const c = header.indexOf(name);
        if (c < 0) continue;
        for (let r = row.number + 1; r <= summary.rowCount; r++) {
          const v = summary.getRow(r).getCell(c).value;
          if (v instanceof Date) dates.push(`${name}: ${iso(v)}`);
        }
      }
    });
    expect(dates.sort()).toEqual([`First overdraft: ${date}`, `Sold ahead of credit, first on: ${date}`]);
  });
});

describe("transfers kept as sent and received (brk22 §9)", () => {
  it.each([
    ["Quantity sent (t)", "Quantity received (t)", 4.8],
    ["Menge versandt (t)", "Menge empfangen (kg)", 4800],
    ["Quantità ricevuta (t)", "Quantità spedita (t)", 4.8], // received first, as some keep it
  ])(
    "%p | %p: the sending site gives 5 t, the receiving one gets 4.8 t, the loss said",
    async (a, b, recv) => {
      const swapped = a.includes("ricevuta");
      const file = await write("transit.xlsx", {
        ...UCO_AT_HAMBURG,
        Transfers: [
          ["Date", "From site", "To site", "Product", a, b, "Raw material", "Claim"],
          ["2025-02-01", "Hamburg", "Venlo", "UCO", swapped ? recv : 5, swapped ? 5 : recv, "Used cooking oil", "bio-circular"], // prettier-ignore
        ],
      });
      const { report } = check(file);
      const codes = report.findings.map((f) => f.code);
      expect(codes).not.toContain("quantity-columns-disagree");
      expect(
        report.findings.filter((f) => f.code === "transit-loss").map((f) => [f.severity, f.cell]),
      ).toEqual([["info", swapped ? "E2" : "F2"]]);
      const site = (name: string) => report.balances.filter((b) => b.site === name);
      expect(site("Hamburg").map((b) => [b.transferredOut, b.closing, b.complete])).toEqual([
        ["5", "0", true],
      ]);
      expect(site("Venlo").map((b) => [b.transferredIn, b.closing, b.complete])).toEqual([
        ["4.8", "4.8", true],
      ]);
    },
  );
});

// (brk25 T1, T2) a received cell blank, "unterwegs" or 0: never "all of it arrived" at Venlo
describe("a transfer whose received cell does not say what arrived", () => {
  it.each([
    [null, "missing-value"],
    ["unterwegs", "invalid-number"],
    [0, "invalid-quantity"],
  ])("received %p: %s at F2, nothing moved, both sites incomplete", async (recv, code) => {
    const file = await write("transit-open.xlsx", {
      ...UCO_AT_HAMBURG,
      Transfers: [
        [
          "Date",
          "From site",
          "To site",
          "Product",
          "Quantity sent (t)",
          "Quantity received (t)",
          "Raw material",
          "Claim",
        ],
        ["2025-02-01", "Hamburg", "Venlo", "UCO", 5, recv, "Used cooking oil", "bio-circular"],
      ],
      Deliveries: [
        ["Date", "Customer", "Product", "Quantity (t)", "Sustainable", "Site"],
        ["2025-03-01", "Kunde AG", "UCO", 3, "yes", "Venlo"],
      ],
    });
    const { report } = check(file);
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.sheet, f.cell])).toEqual([[code, "Transfers", "F2"]]);
    const site = (name: string) => report.balances.filter((b) => b.site === name);
    expect(site("Venlo").map((b) => [b.transferredIn, b.complete])).toEqual([["0", false]]);
    expect(report.declarations.filter((d) => d.status === "final" || d.status === "new")).toEqual([]);
    expect(site("Hamburg").map((b) => [b.transferredOut, b.complete])).toEqual([["0", false]]);
  });
});

// (brk25 §0) "Quantity (t) | Transit loss (t)": Venlo gets what arrived, never all that was sent
describe("transfers kept as quantity and loss in transit", () => {
  const book = (head: string, loss: string | number | null, extra: [string, number][] = []) =>
    write("transit-loss.xlsx", {
      ...UCO_AT_HAMBURG,
      Transfers: [
        ["Date", "From site", "To site", "Product", "Quantity (t)", head, ...extra.map((x) => x[0]), "Raw material", "Claim"], // prettier-ignore
        ["2025-02-01", "Hamburg", "Venlo", "UCO", 5, loss, ...extra.map((x) => x[1]), "Used cooking oil", "bio-circular"], // prettier-ignore
      ],
    });
  const site = (report: ReturnType<typeof check>["report"], name: string) =>
    report.balances
      .filter((b) => b.site === name)
      .map((b) => [b.transferredIn, b.transferredOut, b.complete]);

  // brk26 L1: a loss in percent or per mille of what was sent, read exactly; N10: kg beside t converted exactly
  it.each([
    ["Transit loss (t)", 0.2],
    ["Schwund (t)", 0.2],
    ["Perte (kg)", 200],
    ["Schwund (%)", 4],
    ["Schwund %", 4],
    ["Schwund [%]", 4],
    ["Verlust in Prozent", 4],
    ["Transit loss (%)", 4],
    ["Perte (%)", "4 %"],
    ["Schwund", "4 %"],
    ["Schwund", "4%"],
    ["Schwund (‰)", 40],
    ["Verlust in Promille", 40],
  ])("%p %p: Hamburg gives 5 t, Venlo gets 4.8 t, the loss said at F2", async (head, loss) => {
    const { report } = check(await book(head, loss));
    const said = report.findings.filter((f) => f.code === "transit-loss");
    expect(said.map((f) => [f.severity, f.cell])).toEqual([["info", "F2"]]);
    expect(said[0]?.message).toContain("the 0.2 t lost");
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(site(report, "Hamburg")).toEqual([["0", "5", true]]);
    expect(site(report, "Venlo")).toEqual([["4.8", "0", true]]);
  });

  it.each([null, 0])("loss %p: nothing lost, Venlo gets 5 t, nothing said", async (loss) => {
    const { report } = check(await book("Transit loss (t)", loss));
    expect(report.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(site(report, "Venlo")).toEqual([["5", "0", true]]);
  });

  it.each([
    ["unterwegs", "invalid-number"],
    [-0.2, "transit-loss"],
    [5, "transit-loss"],
    [6, "transit-loss"],
  ])("loss %p: %s at F2, nothing moved, both sites incomplete", async (loss, code) => {
    const { report } = check(await book("Schwund (t)", loss));
    const errors = report.findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => [f.code, f.sheet, f.cell])).toEqual([[code, "Transfers", "F2"]]);
    expect(site(report, "Hamburg")).toEqual([["0", "0", false]]);
    expect(site(report, "Venlo")).toEqual([]);
  });

  it.each([
    [4.8, "info"],
    [4.7, "error"],
  ])("beside a received column %p: %s", async (recv, severity) => {
    const { report } = check(await book("Transit loss (t)", 0.2, [["Quantity received (t)", recv]]));
    const said = report.findings.filter((f) => f.code === "transit-loss");
    expect(said.map((f) => [f.severity, f.cell])).toEqual([[severity, severity === "info" ? "G2" : "F2"]]);
  });

  // brk26 N10: sent t, received kg, loss t that agree once converted exactly
  it.each([
    ["Quantity received (kg)", 4800, "Transit loss (t)", 0.2, "info"],
    ["Quantity received (kg)", 4700, "Transit loss (t)", 0.2, "error"],
    ["Quantity received (t)", 4.8, "Transit loss (kg)", 200, "info"],
  ])("beside %p %p, %p %p: %s", async (rh, recv, lh, loss, severity) => {
    const { report } = check(await book(lh, loss, [[rh, recv]]));
    const said = report.findings.filter((f) => f.code === "transit-loss");
    expect(said.map((f) => [f.severity, f.cell])).toEqual([[severity, severity === "info" ? "G2" : "F2"]]);
    if (severity === "info") expect(site(report, "Venlo")).toEqual([["4.8", "0", true]]);
  });

  it.each([["Schwund (m³)", 0.2]])(
    "a loss in %p beside tonnes: refused at F2 (no density)",
    async (head, loss) => {
      const { report } = check(await book(head, loss));
      const errors = report.findings.filter((f) => f.severity === "error");
      expect(errors.map((f) => [f.code, f.cell])).toEqual([["transit-loss", "F2"]]);
    },
  );
});
