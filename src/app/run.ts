// The one flow behind Check and Declare: read → recognise → engine → results as one patch.
// Each stage is a pure function of the last; only the first and last touch the workbook.
import { runEngine } from "../engine/index";
import type { IssuedDeclarationInput, Ledger } from "../engine/model";
import { numberKey } from "../engine/normalise";
import type { Declaration, Finding } from "../engine/result";
import { CONFIG_SHEET, configSheetRows } from "../workbook/config";
import { columnIndex } from "../workbook/a1";
import type {
  CellStyle,
  CellText,
  OutValue,
  PatchOp,
  PortOptions,
  SheetOptions,
  WorkbookPort,
  WorkbookSnapshot,
} from "../workbook/port";
import { readWorkbook } from "../workbook/read";
import type { ReadResult, RecognisedSheet } from "../workbook/types";
import { cancellations } from "./cancel";
import { cellKey, desiredMarks, planMarks, type MarkPlan } from "./marks";
import { localToday, withOverrides } from "./overrides";
import { withReadReach } from "./reach";
import { DECLARATIONS, FINDINGS, LEDGER, SUMMARY, SheetNamer, TRACE, sdSheetName } from "./sheet-names";
import { REGISTER_WIDTHS, registerRows } from "./sheets/declarations";
import { FINDINGS_WIDTHS, findingsRows, sortFindings } from "./sheets/findings";
import { LEDGER_WIDTHS, ledgerRows } from "./sheets/ledger";
import { SD_WIDTHS, sdRows } from "./sheets/sd";
import { SUMMARY_WIDTHS, summaryRows } from "./sheets/summary";
import { TRACE_WIDTHS, traceRows } from "./sheets/trace";
import type { CheckOutcome, RunOptions } from "./types";

interface SheetSpec {
  wanted: string;
  /** builds the rows once every finding of the run is known (naming sheets can add one) */
  build: (findings: Finding[]) => OutValue[][];
  options: SheetOptions;
}

const TABLE = (columnWidths: number[]): SheetOptions => ({
  columnWidths,
  freezeRows: 1,
  tabColor: "#2F5597",
});

export function stepper(options: RunOptions) {
  return (phase: string, fraction: number) => {
    options.signal?.throwIfAborted();
    options.onProgress?.({ phase, fraction });
  };
}

export function portOptions(options: RunOptions): PortOptions {
  return { onProgress: options.onProgress, signal: options.signal };
}

export async function run(port: WorkbookPort, options: RunOptions, declare: boolean): Promise<CheckOutcome> {
  const step = stepper(options);
  step("Reading the workbook", 0);
  const snapshot = await port.readSnapshot(portOptions(options));
  step("Recognising the sheets", 0.3);
  const read = readWorkbook(snapshot);
  step("Checking the books", 0.4);
  const ledger = withRegister(
    { ...withOverrides(read.ledger, options), layout: layoutOf(read.sheets) },
    options.register ?? [],
  );
  // a pinned date (tests, the task pane) wins, then the workbook's own issue date, then today
  const today = options.today ?? ledger.settings.issueDate ?? localToday();
  const cancel = declare ? cancellations(options.cancel ?? [], ledger.issued, today) : [];
  // the one decision on every declaration: the engine's, with the reading's findings in view
  const result = runEngine(ledger, {
    today,
    declare,
    draft: options.draft ?? false,
    findings: withReadReach(read, snapshot),
    cancel,
  });
  const declarations = result.declarations;

  const namer = new SheetNamer(
    snapshot.sheets.map((s) => s.name),
    read.config.generated,
  );
  const specs = resultSpecs(result.balances, result.ledger, declarations);
  // Check writes no register, except to keep one brought from another copy of the books
  if (declare || (options.register?.length ?? 0) > 0)
    specs.push(...declarationSpecs(snapshot, namer, declarations));
  const names = specs.map((s) => namer.choose(s.wanted));
  const findings = sortFindings([...result.findings, ...namer.findings]);

  step("Marking the cells concerned", 0.6);
  const marks = await markCells(port, snapshot, read, namer, findings, options);

  step("Writing the results", 0.8);
  const ops: PatchOp[] = [];
  if (declare) {
    const numbers = numbersForRows(declarations, read.sheets, snapshot);
    if (numbers.length > 0) ops.push({ kind: "fillBlankCells", cells: numbers });
  }
  if (marks.changes.length > 0) ops.push({ kind: "styleCells", cells: marks.changes });
  specs.forEach((s, i) =>
    ops.push({ kind: "replaceSheet", name: names[i]!, rows: s.build(findings), options: s.options }),
  );
  for (const name of namer.stale()) ops.push({ kind: "deleteSheet", name });
  ops.push({
    kind: "replaceSheet",
    name: CONFIG_SHEET,
    rows: configSheetRows({
      ...read.config,
      marks: marks.originals,
      generated: namer.nextGenerated(read.config.generated),
    }),
    options: { visibility: "veryHidden" },
  });
  await port.applyPatch({ ops }, portOptions(options));
  step("Done", 1);

  return {
    workbook: snapshot.name,
    sheets: read.sheets,
    findings,
    balances: result.balances,
    ledger: result.ledger,
    declarations,
    periods: result.periods,
    written: names,
    marked: marks.originals.length,
    blocked: declarations.some((d) => d.status === "blocked"),
  };
}

/** The workbook's register, then the entries of one kept elsewhere that it does not hold. */
function withRegister(ledger: Ledger, register: IssuedDeclarationInput[]): Ledger {
  if (register.length === 0) return ledger;
  const own = new Set(ledger.issued.map((e) => numberKey(e.number)));
  const added = register.filter((e) => !own.has(numberKey(e.number))).map((e) => ({ ...e, elsewhere: true }));
  return {
    ...ledger,
    issued: [...ledger.issued, ...added],
    usedSdNumbers: [...(ledger.usedSdNumbers ?? []), ...added.flatMap((e) => (e.number ? [e.number] : []))],
  };
}

/** Column letters of every mapped field, by sheet: where a blank cell to fill in is. */
function layoutOf(sheets: RecognisedSheet[]): Record<string, Record<string, string>> {
  return Object.fromEntries(
    sheets.filter((s) => s.kind !== "settings").map((s) => [s.name, { ...s.columns }]),
  );
}

/**
 * Each newly issued number into its delivery row's SD number cell, where the sheet has that
 * column and the cell is blank: the row carries its own number from then on. Nothing else of the
 * user's is written.
 */
function numbersForRows(
  declarations: Declaration[],
  sheets: RecognisedSheet[],
  snapshot: WorkbookSnapshot,
): CellText[] {
  const columns = new Map(sheets.map((s) => [s.name, s.columns.sdNumber]));
  const values = new Map(snapshot.sheets.map((s) => [s.name, s.values]));
  const out = new Map<string, CellText>();
  for (const d of declarations) {
    if (d.status !== "new" || !d.rowSd || d.delivery.row <= 0) continue;
    const column = columns.get(d.delivery.sheet);
    if (!column) continue;
    const cell = `${column}${d.delivery.row}`;
    const now = values.get(d.delivery.sheet)?.[d.delivery.row - 1]?.[columnIndex(column)];
    if (now !== null && now !== undefined && now !== "") continue;
    out.set(`${d.delivery.sheet}!${cell}`, { sheet: d.delivery.sheet, cell, text: d.rowSd });
  }
  return [...out.values()];
}

function resultSpecs(
  balances: CheckOutcome["balances"],
  ledger: CheckOutcome["ledger"],
  declarations: Declaration[],
): SheetSpec[] {
  return [
    { wanted: SUMMARY, build: () => summaryRows(balances), options: TABLE(SUMMARY_WIDTHS) },
    { wanted: LEDGER, build: () => ledgerRows(ledger, balances), options: TABLE(LEDGER_WIDTHS) },
    { wanted: TRACE, build: () => traceRows(declarations), options: TABLE(TRACE_WIDTHS) },
    { wanted: FINDINGS, build: (findings) => findingsRows(findings), options: TABLE(FINDINGS_WIDTHS) },
  ];
}

function declarationSpecs(
  snapshot: WorkbookSnapshot,
  namer: SheetNamer,
  declarations: Declaration[],
): SheetSpec[] {
  // drafts are no record: last run's go (this run prints its own); issued SD sheets stay
  for (const s of snapshot.sheets) {
    const banner = s.values[1]?.[0];
    const draft = typeof banner === "string" && banner.startsWith("DRAFT");
    if (/^sd /i.test(s.name) && (draft || DRAFT_SHEET.test(s.name))) namer.retire(s.name);
  }
  const drafts = declarations.filter((d) => d.status === "draft");
  return [
    {
      wanted: DECLARATIONS,
      build: () => registerRows(declarations),
      options: TABLE(REGISTER_WIDTHS),
    },
    ...declarations
      .filter((d) => d.status === "new")
      .map((d) => ({
        wanted: sdSheetName(d.number),
        build: () => sdRows(d, false),
        options: { columnWidths: SD_WIDTHS, tabColor: "#548235" },
      })),
    // a draft takes no number: its sheet is "SD draft 1", "SD draft 2"… in the order of the books
    ...drafts.map((d, i) => ({
      wanted: `SD draft ${i + 1}`,
      build: () => sdRows(d, true),
      options: { columnWidths: SD_WIDTHS, tabColor: "#C00000" },
    })),
  ];
}

const DRAFT_SHEET = /^sd draft \d+$/i;

async function markCells(
  port: WorkbookPort,
  snapshot: WorkbookSnapshot,
  read: ReadResult,
  namer: SheetNamer,
  findings: Finding[],
  options: RunOptions,
): Promise<MarkPlan> {
  const sheetNames = snapshot.sheets.map((s) => s.name);
  const userSheets = sheetNames.filter((n) => !namer.isOurs(n) && n !== CONFIG_SHEET);
  const desired = desiredMarks(findings, userSheets);
  const before = new Set(read.config.marks.map(cellKey));
  const unseen = desired.filter((d) => !before.has(cellKey(d))).map(({ sheet, cell }) => ({ sheet, cell }));
  const styles: CellStyle[] =
    unseen.length > 0 ? await port.readCellStyles(unseen, portOptions(options)) : [];
  const fresh = new Map(unseen.map((ref, i) => [cellKey(ref), styles[i] ?? { fill: null, note: null }]));
  return planMarks(desired, read.config.marks, fresh, sheetNames);
}
