// The one flow behind Check and Declare: read → recognise → engine → results as one patch.
// Each stage is a pure function of the last; only the first and last touch the workbook.
import { runEngine } from "../engine/index";
import type { Declaration, Finding } from "../engine/result";
import { CONFIG_SHEET, configSheetRows } from "../workbook/config";
import type {
  CellStyle,
  OutValue,
  PatchOp,
  PortOptions,
  SheetOptions,
  WorkbookPort,
  WorkbookSnapshot,
} from "../workbook/port";
import { readWorkbook } from "../workbook/read";
import type { ReadResult } from "../workbook/types";
import { cellKey, desiredMarks, planMarks, type MarkPlan } from "./marks";
import { localToday, withOverrides } from "./overrides";
import { DECLARATIONS, FINDINGS, LEDGER, SUMMARY, SheetNamer, TRACE, sdSheetName } from "./sheet-names";
import { parseRegister, REGISTER_WIDTHS, registerRows } from "./sheets/declarations";
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
  const ledger = withOverrides(read.ledger, options);
  const result = runEngine(ledger, {
    // a pinned date (tests, the task pane) wins, then the workbook's own issue date, then today
    today: options.today ?? ledger.settings.issueDate ?? localToday(),
    declare,
    draft: options.draft ?? false,
  });
  const hasErrors = [...read.findings, ...result.findings].some((f) => f.severity === "error");
  const blocked = hasErrors && !options.draft;
  // the engine sees only its own findings; an unreadable cell blocks issuance just the same
  const declarations = result.declarations.map((d): Declaration =>
    d.status === "new" && hasErrors ? { ...d, status: "draft" } : d,
  );

  const namer = new SheetNamer(
    snapshot.sheets.map((s) => s.name),
    read.config.generated,
  );
  const specs = resultSpecs(result.balances, result.ledger, declarations);
  if (declare) specs.push(...declarationSpecs(snapshot, namer, declarations, blocked));
  const names = specs.map((s) => namer.choose(s.wanted));
  const findings = sortFindings([...read.findings, ...result.findings, ...namer.findings]);

  step("Marking the cells concerned", 0.6);
  const marks = await markCells(port, snapshot, read, namer, findings, options);

  step("Writing the results", 0.8);
  const ops: PatchOp[] = [];
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
    blocked,
  };
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
  blocked: boolean,
): SheetSpec[] {
  const old = snapshot.sheets.find(
    (s) => namer.isOurs(s.name) && /^mb declarations( \(\d+\))?$/i.test(s.name),
  );
  const previous = parseRegister(old, snapshot.dateSystem);
  // drafts are no record: one not printed again (its books changed) goes; issued SD sheets stay
  for (const s of snapshot.sheets) {
    const banner = s.values[1]?.[0];
    if (/^sd /i.test(s.name) && typeof banner === "string" && banner.startsWith("DRAFT"))
      namer.retire(s.name);
  }
  const printable = declarations.filter((d) => d.status === "new" || (d.status === "draft" && !blocked));
  return [
    {
      wanted: DECLARATIONS,
      build: () => registerRows(previous, declarations),
      options: TABLE(REGISTER_WIDTHS),
    },
    ...printable.map((d) => ({
      wanted: sdSheetName(d.number),
      build: () => sdRows(d, d.status === "draft"),
      options: { columnWidths: SD_WIDTHS, tabColor: d.status === "draft" ? "#C00000" : "#548235" },
    })),
  ];
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
