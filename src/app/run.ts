// The one flow behind Check and Declare: read → recognise → engine → results as one patch.
// Each stage is a pure function of the last; only the first and last touch the workbook.
import { runEngine } from "../engine/index";
import type { IssuedDeclarationInput, Ledger } from "../engine/model";
import { numberKey } from "../engine/normalise";
import type { Finding } from "../engine/result";
import { CONFIG_SHEET, configSheetRows } from "../workbook/config";
import type { CellStyle, PatchOp, PortOptions, WorkbookPort, WorkbookSnapshot } from "../workbook/port";
import { readWorkbook } from "../workbook/read";
import { fieldsOf } from "../workbook/fields";
import type { ReadResult, RecognisedSheet } from "../workbook/types";
import { cancellations } from "./cancel";
import { cellKey, desiredMarks, planMarks, type MarkPlan } from "./marks";
import { localToday, withOverrides } from "./overrides";
import { withReadReach } from "./reach";
import { runDayFinding } from "./run-day";
import {
  recordedFindings,
  recordedNumbers,
  recordKept,
  refuseRecordedInWorkbook,
  typedIn,
} from "./recorded-numbers";
import { printedFindings, refusePrintedInWorkbook, unlistedPrinted } from "./printed-sds";
import { DECLARATIONS, SheetNamer, TRACE } from "./sheet-names";
import { withdrawnRowFindings, withdrawnSheetMarks } from "./withdrawn";
import { firstOverdrafts, productPositions } from "./positions";
import { productLabel } from "./product";
import { sortFindings } from "./sheets/findings";
import { Quantities } from "./sheets/layout";
import type { CheckOutcome, RunOptions } from "./types";
import { type Results, numbersForRows, resultSpecs, quantitiesOf, declarationSpecs } from "./result-sheets";

export function stepper(options: RunOptions) {
  return (phase: string, fraction: number) => {
    options.signal?.throwIfAborted();
    options.onProgress?.({ phase, fraction });
  };
}

export function portOptions(options: RunOptions, notices?: string[]): PortOptions {
  return {
    onProgress: options.onProgress,
    signal: options.signal,
    onNotice: (message) => {
      notices?.push(message);
      options.onNotice?.(message);
    },
  };
}

/** "2025-04-01 10:22" in the local time of the person running it. */
export function localDateTime(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${localToday(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export async function run(port: WorkbookPort, options: RunOptions, declare: boolean): Promise<CheckOutcome> {
  const step = stepper(options);
  step("Reading the workbook", 0);
  const snapshot = await port.readSnapshot(portOptions(options));
  step("Recognising the sheets", 0.3);
  const read = readWorkbook(snapshot);
  step("Checking the books", 0.4);
  const ledger = withRegister(
    {
      ...withOverrides(read.ledger, options, read.config.settings),
      layout: layoutOf(read.sheets),
      headerRows: headerRowsOf(read.sheets),
    },
    options.register ?? [],
  );
  // (brk23 §1) a printed SD its register does not list: its number was issued all the same;
  // Declare refuses, Check says so at each such sheet
  const unlisted = unlistedPrinted(snapshot, ledger.issued);
  if (declare)
    refusePrintedInWorkbook(
      unlisted,
      snapshot.sheets.some((s) => s.name === DECLARATIONS),
    );
  // (brk26 S8) and one its MB Trace or MB Config names, its sheet and row cells deleted too;
  // Check says so and leaves that record as it is
  const recorded = recordedNumbers(snapshot, ledger.issued, typedIn(read.ledger.deliveries));
  if (declare) refuseRecordedInWorkbook(recorded);
  const kept = recordKept(declare ? [] : recorded);
  // a pinned date (tests, the task pane) wins, then the workbook's own issue date, then today
  const today = options.today ?? ledger.settings.issueDate ?? localToday();
  // brk22 §5: a cancellation is dated the day it is made (the run's day, or a pinned one), never the
  // Settings issue date of new declarations, which is the day the original was issued
  const cancelledOn = options.today ?? localToday(options.now ?? new Date());
  const cancel = declare ? cancellations(options.cancel ?? [], ledger.issued, cancelledOn) : [];
  // the one decision on every declaration: the engine's, with the reading's findings in view
  const result = runEngine(ledger, {
    today,
    // brk27 W1: the day of the run, read from the clock here (the engine reads none): rows after it are refused
    runDay: options.runDay ?? localToday(options.now ?? new Date()),
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
  const overdrafts = firstOverdrafts(result.ledger, result.periods);
  const results: Results = {
    balances: result.balances,
    ledger: result.ledger,
    declarations,
    overdrafts,
    products: productPositions(result.balances, result.ledger, overdrafts),
    quantities: new Quantities(quantitiesOf(result.balances, result.ledger, declarations)),
    context: {
      company: ledger.settings.companyName?.trim() ?? "",
      ownCertificate: ledger.settings.ownCertificate?.trim() ?? "",
      scheme:
        ledger.settings.scheme ??
        ([...new Set(result.balances.map((b) => b.scheme))].join(", ") || "Not given"),
      periods: result.periods,
      workbook: snapshot.name,
      runAt: localDateTime(options.now ?? new Date()),
      product: productLabel(),
    },
  };
  const specs = resultSpecs(results).filter((s) => !kept.trace || s.wanted !== TRACE);
  // Check writes no register, except to keep one brought from another copy of the books
  if (declare || (options.register?.length ?? 0) > 0)
    specs.push(...declarationSpecs(snapshot, namer, results));
  const names = specs.map((s) => namer.choose(s.wanted));
  // brk19 §12: dated the day of the run, not by Settings: said, so another day's run is no surprise
  const runDay = declare && !options.today && !ledger.settings.issueDate;
  const dated = runDay ? runDayFinding(declarations, today, read.findings) : null;
  // brk22 §5: a delivery row that names a withdrawn declaration says so at its SD number cell
  const withdrawnRows = withdrawnRowFindings(declarations, read.sheets, snapshot, result.findings);
  const findings = sortFindings([
    ...result.findings,
    ...namer.findings,
    ...(dated ? [dated] : []),
    ...withdrawnRows,
    ...(declare ? [] : [...printedFindings(snapshot, unlisted), ...recordedFindings(recorded)]),
  ]);

  step("Marking the cells concerned", 0.6);
  const marks = await markCells(port, snapshot, read, namer, findings, options);

  step("Writing the results", 0.8);
  const ops: PatchOp[] = [];
  if (declare) {
    const numbers = numbersForRows(declarations, read.sheets, snapshot);
    if (numbers.length > 0) ops.push({ kind: "fillBlankCells", cells: numbers });
  }
  if (marks.changes.length > 0) ops.push({ kind: "styleCells", cells: marks.changes });
  specs.forEach((s, i) => {
    const sheet = s.build(findings);
    ops.push({ kind: "replaceSheet", name: names[i]!, rows: sheet.rows, options: sheet.options });
  });
  if (declare) {
    // the printable sheet of a withdrawn declaration, kept as issued, is marked CANCELLED
    const cancelled = withdrawnSheetMarks(declarations, snapshot, namer);
    if (cancelled.cells.length > 0) {
      ops.push({ kind: "writeCells", cells: cancelled.cells });
      ops.push({ kind: "styleCells", cells: cancelled.styles });
    }
  }
  for (const name of namer.stale()) ops.push({ kind: "deleteSheet", name });
  ops.push({
    kind: "replaceSheet",
    name: CONFIG_SHEET,
    rows: configSheetRows({
      ...read.config,
      marks: marks.originals,
      generated: [...namer.nextGenerated(read.config.generated), ...kept.listed],
    }),
    options: { visibility: "veryHidden" },
  });
  const notices: string[] = [];
  await port.applyPatch({ ops }, portOptions(options, notices));
  step("Done", 1);

  return {
    workbook: snapshot.name,
    sheets: read.sheets,
    findings,
    balances: result.balances,
    ledger: result.ledger,
    declarations,
    periods: result.periods,
    overdrafts,
    products: results.products,
    written: names,
    marked: marks.originals.length,
    blocked: declarations.some((d) => d.status === "blocked"),
    notices,
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

/**
 * Column letters of every mapped field, by sheet: where a blank cell to fill in is. A sheet of
 * receipts and deliveries side by side (listed once per block) keeps the deliveries' columns and
 * the receipts' columns of fields no delivery has (a supplier certificate): a field of both (date,
 * SD number) points at the deliveries' block only, so that no receipt's cell is taken for a
 * delivery's (an issued number is never written into the receipts' SD column).
 */
function layoutOf(sheets: RecognisedSheet[]): Record<string, Record<string, string>> {
  const layout: Record<string, Record<string, string>> = {};
  const deliveryFields = new Set(fieldsOf("deliveries").map((f) => f.id));
  for (const s of sheets) {
    if (s.kind === "settings") continue;
    if (!s.block) layout[s.name] = { ...s.columns };
    else if (s.kind === "deliveries") layout[s.name] = { ...layout[s.name], ...s.columns };
    else {
      const own = Object.entries(s.columns).filter(([field]) => !deliveryFields.has(field));
      layout[s.name] = { ...Object.fromEntries(own), ...layout[s.name] };
    }
  }
  return layout;
}

/** The 1-based header row of every recognised sheet: where a column it lacks belongs. */
function headerRowsOf(sheets: RecognisedSheet[]): Record<string, number> {
  return Object.fromEntries(
    sheets.flatMap((s) => (s.kind !== "settings" && s.headerRow !== null ? [[s.name, s.headerRow]] : [])),
  );
}

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
