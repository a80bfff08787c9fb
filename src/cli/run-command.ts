// One massbal run: check the input, run the shared use case on an in-memory copy, write the copy.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import {
  CancelError,
  checkWorkbook,
  declareWorkbook,
  UnlistedPrintedError,
  unlistedPrinted,
} from "../app/index";
import type { CheckOutcome } from "../app/types";
import type { IssuedDeclarationInput } from "../engine/model";
import { Grid } from "../workbook/grid";
import type { WorkbookSnapshot } from "../workbook/port";
import { readRegister, REGISTER_SHEET } from "../workbook/register";
import { DamagedWorkbookError, scanLossyParts, XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { EXIT_FINDINGS, EXIT_OK } from "./exit-codes";
import {
  checkNotInput,
  checkOutputFolder,
  checkOutputFree,
  defaultOutput,
  isOpenInExcel,
  readInput,
  UsageError,
  writeFailure,
} from "./input";
import { type CommandOptions, runOptions } from "./options";
import { type Issuer, issuerOf, issuerRelation, issuerText } from "./issuer";
import { refuseDeliveriesDeclaredElsewhere } from "./declared-elsewhere";
import { issuedBeside, refuseNumbersIssuedElsewhere } from "./other-copies";
import { refuseUnlistedPrinted, refuseUnlistedRows, typedNumbers, unlistedRowNumbers } from "./printed-sds";
import { refuseRecorded } from "./recorded";
import { recordedNumbers } from "../app/recorded-numbers";
import { progressReporter } from "./progress";
import { bringKept, keptSheets } from "./earlier-copy";
import { jsonReport } from "./report";
import { textSummary } from "./summary";

/** The audited copy a run replaces: its register, and under --force the copy itself, read whole. */
interface EarlierCopy {
  register: IssuedDeclarationInput[];
  workbook?: XlsxWorkbook;
  snapshot?: WorkbookSnapshot;
}

const DATA_KINDS = new Set(["receipts", "deliveries", "ledger", "production", "stock", "transfers"]);

/**
 * Checks in the order a person can act on: the arguments, then the input (missing, unreadable,
 * not a workbook, no books in it), and only then whether the output may be written, so an
 * existing output never hides a wrong input.
 */
export async function runCommand(
  file: string,
  flags: CommandOptions,
  declare: boolean,
  command = "massbal",
): Promise<number> {
  const options = runOptions(flags, command);
  const output = flags.out ?? defaultOutput(file);
  const buf = await readInput(file);
  await checkNotInput(file, output);
  await checkOutputFolder(output);
  if (isOpenInExcel(file)) warn(`${file} is open in Excel: checking the version last saved to disk.`);

  let port: XlsxWorkbook;
  let lossy: string[];
  try {
    lossy = await scanLossyParts(buf);
    port = await XlsxWorkbook.fromBuffer(buf, path.basename(file));
  } catch (e) {
    throw new UsageError(
      `${JSON.stringify(file)} could not be opened as an .xlsx workbook: ${openFailure(e)}.`,
    );
  }
  if (lossy.length > 0) {
    warn(
      `${file} holds ${lossy.join(", ")}, which the audited copy cannot keep; the input itself stays as it is.`,
    );
  }

  // whose books these are (settings): read once, and only where another workbook is compared
  let issuer: Issuer | undefined;
  const own = async (): Promise<Issuer> => (issuer ??= issuerOf(await port.readSnapshot()));
  // the audited copy this run replaces holds the declarations issued so far: they are kept
  const earlier = await earlierCopy(file, output, flags.force === true, own, () => port.readSnapshot());
  const register = earlier?.register ?? [];
  if (register.length > 0) {
    warn(
      `keeping the ${register.length} declaration${register.length === 1 ? "" : "s"} issued in ${output} (MB Declarations); their numbers are never given again.`,
    );
    options.register = register;
  }
  if (earlier?.workbook) await keepEarlierSheets(port, earlier, file, output);

  const progress = progressReporter(process.stderr);
  let outcome: CheckOutcome;
  try {
    const run = declare ? declareWorkbook : checkWorkbook;
    outcome = await run(port, { ...options, onProgress: progress.onProgress, onNotice: warn }).catch(
      (e: unknown) => {
        // a withdrawal that cannot be done, or a workbook whose register does not list its printed
        // SDs, is a usage error: nothing was written
        throw e instanceof CancelError || e instanceof UnlistedPrintedError ? new UsageError(e.message) : e;
      },
    );
    refuseWithoutBooks(file, outcome);
    checkOutputFree(output, flags.force === true);
    // only a run that issues new numbers can give one twice: the folder is read only then
    if (declare && outcome.declarations.some((d) => d.status === "new")) {
      const beside = await issuedBeside(file, output, await own());
      refuseNumbersIssuedElsewhere(outcome.declarations, beside, output);
      // (p-folder) and no delivery declared there gets a second declaration here
      refuseDeliveriesDeclaredElsewhere(outcome.declarations, beside, output);
    }
    // saving a large workbook takes about as long as checking it
    progress.onProgress({ phase: `Saving ${path.basename(output)}` });
    await save(output, await port.toBuffer({ macroEnabled: /\.xlsm$/i.test(output) }));
  } finally {
    progress.done();
  }

  if (flags.json) process.stdout.write(JSON.stringify(jsonReport(outcome), null, 2) + "\n");
  else process.stdout.write(textSummary(outcome, output, declare));
  return outcome.findings.some((f) => f.severity === "error") ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * The existing output, when it is not the input itself: its register, and under --force the copy. An output that is a zip
 * package (what an .xlsx is) but cannot be opened is a UsageError under --force: replacing it
 * would lose the declarations it may hold. Without --force the run refuses any existing output
 * later (checkOutputFree); a file that is no zip package holds no register and is replaced.
 * Under --force an output whose settings name another issuer than `own` (another company's
 * audited copy) is a UsageError: replacing it would lose that company's copy and bind these
 * deliveries to its declarations. So is one holding printed SDs, or delivery rows' numbers of its
 * series, that its register does not list (printed-sds.ts; `books`: the input, read on demand).
 */
async function earlierCopy(
  input: string,
  output: string,
  force: boolean,
  own: () => Promise<Issuer>,
  books: () => Promise<WorkbookSnapshot>,
): Promise<EarlierCopy | null> {
  if (path.resolve(input) === path.resolve(output) || !existsSync(output)) return null;
  let earlier: XlsxWorkbook;
  const buf = await readFile(output);
  try {
    earlier = await XlsxWorkbook.fromBuffer(buf, path.basename(output));
  } catch (e) {
    // without --force an existing output is refused anyway, and that is the message to give;
    // a file that is no zip package at all (a text, an empty file) cannot hold a register
    if (!force || !isZipPackage(buf)) return null;
    throw new UsageError(
      `${JSON.stringify(output)} exists but could not be opened as an .xlsx workbook: ${openFailure(e)}. ` +
        `It is not replaced, even with --force, because the declarations it may hold would be lost; move it away or choose another --out.`,
    );
  }
  const snapshot = await earlier.readSnapshot(force ? {} : { sheets: [REGISTER_SHEET] });
  if (force) refuseOtherIssuer(output, issuerOf(snapshot), await own());
  const sheet = snapshot.sheets.find((s) => s.name === REGISTER_SHEET);
  const register = sheet ? readRegister(new Grid(sheet), snapshot.dateSystem ?? 1900) : [];
  // (brk23 §1) a printed SD the register does not list: its number was issued all the same
  if (force) refuseUnlistedPrinted(output, unlistedPrinted(snapshot, register), !!sheet);
  // and so is a number massbal wrote into a delivery row of the copy (its sheet deleted too)
  if (force) refuseUnlistedRows(output, await unlistedRowNumbers(snapshot, register, books));
  // (brk26 S8) and so is one its MB Trace or MB Config names, its cells cleared too
  if (force) refuseRecorded(output, recordedNumbers(snapshot, register, typedNumbers(await books())));
  // without --force the output is refused later: only its register is read, nothing is kept
  return force ? { register, workbook: earlier, snapshot } : { register };
}

/**
 * Brings into the input (in memory) what only the audited copy being replaced holds: the SD sheets
 * of its issued declarations, as issued, and its user's own sheets; says so on stderr. A sheet of
 * the user's there that reads as books is a UsageError: replacing the copy would lose it, keeping
 * it would add its rows to the input's books. Nothing is written then.
 */
async function keepEarlierSheets(port: XlsxWorkbook, earlier: EarlierCopy, input: string, output: string) {
  if (!earlier.workbook || !earlier.snapshot) return;
  const kept = keptSheets(earlier.snapshot, port.sheetNames(), earlier.register);
  if (kept.books.length > 0) {
    const named = kept.books.map((b) => `"${b.name}" (${b.kind})`).join(", ");
    throw new UsageError(
      `${JSON.stringify(output)} holds ${kept.books.length === 1 ? "the sheet" : "the sheets"} ${named}, which ${JSON.stringify(input)} does not: ` +
        `replacing the copy would lose ${kept.books.length === 1 ? "it" : "them"}, and keeping ${kept.books.length === 1 ? "it" : "them"} would add ${kept.books.length === 1 ? "its" : "their"} rows to the books of ${JSON.stringify(input)}. Nothing was written; ` +
        `move the sheet into ${JSON.stringify(input)} (or delete it from ${JSON.stringify(output)} if it is an old copy of a sheet of the books), or choose another --out.`,
    );
  }
  const brought = await bringKept(port, earlier.workbook, kept);
  const sd = brought.filter((n) => kept.declarations.includes(n));
  const own = brought.filter((n) => kept.own.includes(n));
  if (sd.length > 0)
    warn(
      `keeping the printable declaration${sd.length === 1 ? "" : "s"} ${sd.join(", ")} of ${output} exactly as issued.`,
    );
  if (own.length > 0)
    warn(
      `keeping ${own.length === 1 ? "the sheet" : "the sheets"} ${own.map((n) => `"${n}"`).join(", ")} of ${output}, which ${input} does not hold, as ${own.length === 1 ? "it is" : "they are"}.`,
    );
}

function refuseOtherIssuer(output: string, theirs: Issuer, ours: Issuer): void {
  if (issuerRelation(theirs, ours) !== "other") return;
  throw new UsageError(
    `${JSON.stringify(output)} holds the books of ${issuerText(theirs)}, but these books are ${issuerText(ours)} (settings): ` +
      `it is not replaced, even with --force, and no declaration of these books is bound to its register. Nothing was written; choose another --out.`,
  );
}

function refuseWithoutBooks(file: string, outcome: CheckOutcome): void {
  if (outcome.sheets.length === 0) {
    throw new UsageError(`${JSON.stringify(file)} holds no worksheets: is it really an Excel workbook?`);
  }
  // a sheet named like books ("Receipts") whose header row was not found gives nothing to read
  if (!outcome.sheets.some((s) => DATA_KINDS.has(s.kind) && s.headerRow !== null)) {
    throw new UsageError(
      `No sheet of ${JSON.stringify(file)} looks like mass balance books: no header row with a date, product and quantity was found in the first 30 rows of any sheet.`,
    );
  }
}

/**
 * Writes the whole file or nothing under the output's name (write-file-atomic: a temporary file
 * beside it, renamed over it once complete); a failure names the output, never the temporary file.
 */
async function save(target: string, data: Buffer): Promise<void> {
  try {
    await writeFileAtomic(target, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    throw new UsageError(`Cannot write ${JSON.stringify(target)}: ${writeFailure(code)}.`);
  }
}

function warn(message: string): void {
  process.stderr.write(`massbal: warning: ${message}\n`);
}

/** Whether the bytes begin as a zip package does ("PK\x03\x04"), as every .xlsx file. */
function isZipPackage(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
}

/** The zip library's words for a broken package ("Corrupted zip", "end of central directory", …). */
const BROKEN_ZIP =
  /zip|central directory|size mismatch|crc32|compression|end of data|signature|unexpected end/i;

const REPAIR = "open it in Excel, which may repair it, and save it again";

/**
 * Why a workbook could not be opened, in the user's words: a broken or incomplete package (the
 * zip library's own text is not shown), a damaged part with the cell it concerns
 * (DamagedWorkbookError), else the first line of the reason.
 */
function openFailure(e: unknown): string {
  if (e instanceof DamagedWorkbookError) return `the file is damaged: ${e.message}; ${REPAIR}`;
  const message = e instanceof Error ? e.message : String(e);
  return BROKEN_ZIP.test(message)
    ? `the file is damaged or incomplete (cut off while copying or saving); ${REPAIR}`
    : reason(e);
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return code ? `${code}: ${message}` : (message ?? "unknown error");
}
