// Declarations issued from the same books into another audited copy. massbal never changes its
// input: the register of issued declarations (MB Declarations) lives in the audited copy it
// writes. Declared a second time into another file, the books would give the same numbers again
// to other rows (new-user test #12): an SD number must name one declaration only (domain.md §8).
// Before a declare run writes, the registers of the workbooks beside its input and its output are
// read, and a new declaration whose number one of them holds for other source rows stops the run.
// Only the same issuer's registers count: a workbook whose settings name another company and
// certificate holds another issuer's numbers and is passed over (see issuer.ts).
// (p-outside) A number names its split too: the base "ORH-2025-0004" of the lines "ORH-2025-0004-1"
// and "-2" names all of them (as --cancel treats it), so a new number taken beside counts whether it
// equals a number there, is its base, or is a line of it or of its base (namesOf, clashesOf).
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { registerStatus } from "../engine/intake/issued";
import { recordedDeliveryKey } from "../engine/issue/delivery-key";
import { numberKey } from "../engine/normalise";
import { partOf } from "../engine/numbering";
import { stemOf } from "./stem";
import type { IssuedDeclarationInput } from "../engine/model";
import type { Declaration } from "../engine/result";
import { Grid } from "../workbook/grid";
import { readRegister, REGISTER_SHEET } from "../workbook/register";
import { sheetNames } from "../workbook/xlsx/sheet-names";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";
import { unlistedPrinted } from "../app/printed-sds";
import { recordedNumbers } from "../app/recorded-numbers";
import { typedNumbers, unlistedRows } from "./printed-sds";
import { UsageError } from "./input";
import { type Issuer, issuerOf, issuerRelation } from "./issuer";

export { stemOf } from "./stem";

/** A number issued in another workbook's register: where, and the fingerprint of its source rows. */
export interface IssuedElsewhere {
  /** the workbook's path as the user would type it where massbal runs (relative to the working folder) */
  file: string;
  number: string;
  /** the base number of the issue it belongs to (a split's lines share it; else the number itself) */
  stem: string;
  /** SHA-256 of the source rows behind it, as its register states ("" where it states none) */
  fingerprint: string;
  /** whether that workbook's settings name this run's issuer ("same"), or neither side tells ("unknown") */
  issuer: "same" | "unknown";
  /**
   * (p-folder) the delivery it was issued for, by what it is (engine/issue/delivery-key.ts); ""
   * where its record does not say (a register written before records); absent: not read
   */
  delivery?: string;
  /** (p-folder) issued and not withdrawn (its Status column) */
  active?: boolean;
  /** (p-folder) its SD number cell in that register, "A2" */
  cell?: string;
  /**
   * (brk23 §1) the sheet that prints it where that workbook's register does not list it (the
   * register deleted or a line of it cut): its number was issued all the same
   */
  printed?: string;
  /**
   * (brk23 §1) the delivery row's cell there that carries it ("Deliveries!G3") where neither that
   * workbook's register lists it nor a sheet prints it (both deleted): massbal wrote it there
   */
  row?: string;
  /**
   * (brk26 S8) where that workbook still records it as issued ("MB Trace!A2", or its hidden MB
   * Config listing the printed sheet) where its register, printed sheets and delivery rows do not
   */
  recorded?: string;
}

const WORKBOOK = /\.xls[xm]$/i;

/**
 * Every number issued in the `MB Declarations` register of a workbook in the folders of `input`
 * and `output` (neither of them, nor Excel's "~$" lock files), in folder and name order. A file that cannot be
 * read as a workbook is passed over: only a register read whole is evidence. So is a workbook
 * whose settings name another issuer than `own` (another company's books in the same folder).
 */
export async function issuedBeside(input: string, output: string, own: Issuer): Promise<IssuedElsewhere[]> {
  const skip = new Set([await real(input), await real(output)]);
  const folders = [...new Set([path.dirname(path.resolve(input)), path.dirname(path.resolve(output))])];
  const found: IssuedElsewhere[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const file = path.join(folder, name);
      if (!WORKBOOK.test(name) || name.startsWith("~$") || skip.has(await real(file))) continue;
      found.push(...(await registerOf(file, own)));
    }
  }
  return found;
}

async function registerOf(file: string, own: Issuer): Promise<IssuedElsewhere[]> {
  try {
    if (!(await stat(file)).isFile()) return [];
    const buf = await readFile(file);
    const names = await sheetNames(buf);
    // an audited copy: its register, printed SDs, or massbal's other sheets where both were deleted
    if (!names.some((n) => n === REGISTER_SHEET || /^(?:sd|mb) /i.test(n))) return [];
    const book = await XlsxWorkbook.fromBuffer(buf, path.basename(file));
    const snapshot = await book.readSnapshot();
    const sheet = snapshot.sheets.find((s) => s.name === REGISTER_SHEET);
    const relation = issuerRelation(own, issuerOf(snapshot));
    if (relation === "other") return [];
    const entries = sheet ? readRegister(new Grid(sheet), snapshot.dateSystem ?? 1900) : [];
    const listed = entries.flatMap((d) => (d.number ? [issuedIn(asTyped(file), d, relation)] : []));
    // (brk23 §1) a printed SD its register does not list: its number was issued all the same
    const printed = unlistedPrinted(snapshot, entries).map((p): IssuedElsewhere => ({
      ...unlisted(file, p.number, relation),
      printed: p.sheet,
    }));
    // (brk23 §1) and a number massbal wrote into a delivery row there, its line and sheet deleted
    const shown = new Set(printed.map((p) => numberKey(p.number)));
    const rows = unlistedRows(snapshot, entries).flatMap((r): IssuedElsewhere[] =>
      shown.has(numberKey(r.number)) ? [] : [{ ...unlisted(file, r.number, relation), row: r.cell }],
    );
    // (brk26 S8) and one its MB Trace or MB Config records as issued, all of those deleted
    for (const r of rows) shown.add(numberKey(r.number));
    const recorded = recordedNumbers(snapshot, entries, typedNumbers(snapshot)).flatMap(
      (r): IssuedElsewhere[] =>
        shown.has(numberKey(r.number)) ? [] : [{ ...unlisted(file, r.number, relation), recorded: r.place }],
    );
    return [...listed, ...printed, ...rows, ...recorded];
  } catch {
    return [];
  }
}

/** A number issued in the workbook `file` that its register does not list: where, and no more. */
function unlisted(file: string, number: string, issuer: IssuedElsewhere["issuer"]): IssuedElsewhere {
  const at = { file: asTyped(file), number, stem: stemOf(number), fingerprint: "", issuer };
  return { ...at, delivery: "", active: true, cell: "" };
}

/**
 * A register line of the workbook `file` (as typed from the working folder) as the folder scan
 * compares it: its number and base, fingerprint, the delivery its record names, whether it is
 * still issued, and its SD number cell.
 */
export function issuedIn(
  file: string,
  d: IssuedDeclarationInput,
  issuer: IssuedElsewhere["issuer"],
): IssuedElsewhere {
  const number = String(d.number ?? "");
  return {
    file,
    number,
    stem: stemOf(number, d.record),
    fingerprint: d.fingerprint ?? "",
    issuer,
    delivery: recordedDeliveryKey(d.record ?? "", number),
    active: registerStatus(d.status ?? "") === "issued",
    cell: d.source?.cells?.number ?? "",
  };
}

/** The numbers a declaration numbered `number` of the issue `stem` names: its own and its base. */
export function namesOf(number: string, stem: string): string[] {
  return [...new Set([numberKey(number), numberKey(stem)])];
}

/**
 * The numbers issued beside (`elsewhere`) that the new declarations of this run would take again:
 * for each new declaration, the first line beside that shares a name with it (namesOf: equal
 * numbers, one the base of the other, two lines of one base) and is not this very declaration
 * written again (a line beside that this run gives under its number with its fingerprint: the
 * same books declared into a second file). Returns [the new number, the line beside] pairs.
 */
export function clashesOf(
  declarations: readonly Declaration[],
  elsewhere: readonly IssuedElsewhere[],
): [string, IssuedElsewhere][] {
  if (elsewhere.length === 0) return [];
  const byName = new Map<string, IssuedElsewhere[]>();
  for (const e of elsewhere)
    for (const k of namesOf(e.number, e.stem)) byName.set(k, [...(byName.get(k) ?? []), e]);
  const given = new Map(declarations.map((d) => [numberKey(d.number), d.fingerprint]));
  const again = (e: IssuedElsewhere) =>
    e.fingerprint !== "" && given.get(numberKey(e.number)) === e.fingerprint;
  return declarations.flatMap((d): [string, IssuedElsewhere][] => {
    if (d.status !== "new") return [];
    const names = namesOf(d.number, partOf(d.number)?.stem ?? d.number);
    const other = names.flatMap((k) => byName.get(k) ?? []).find((e) => !again(e));
    return other ? [[d.number, other]] : [];
  });
}

/** A path as typed from the working folder: "a.xlsx", "../books/a.xlsx". */
function asTyped(file: string): string {
  return path.relative(process.cwd(), file) || file;
}

async function real(file: string): Promise<string> {
  const abs = path.resolve(file);
  return realpath(abs).catch(() => abs);
}

/**
 * Stops a declare run (UsageError, nothing written) where a declaration it issues now takes a
 * number another workbook beside it already holds for other source rows. The same number for
 * the same rows (the same books declared into a second file) is the same declaration: allowed.
 */
export function refuseNumbersIssuedElsewhere(
  declarations: readonly Declaration[],
  elsewhere: readonly IssuedElsewhere[],
  output: string,
): void {
  const clashes = clashesOf(declarations, elsewhere);
  const first = clashes[0]?.[1];
  if (!first) return;
  const numbers = clashes.map(([mine, e]) =>
    numberKey(mine) === numberKey(e.number)
      ? mine
      : `${mine} (there as ${e.number}, a line of one number with it)`,
  );
  const shown =
    numbers.length > 3
      ? `${numbers.slice(0, 3).join(", ")} and ${numbers.length - 3} more`
      : numbers.join(", ");
  const one = numbers.length === 1;
  if (first.printed || first.row || first.recorded) throw printedBeside(shown, one, first, output);
  const said = `${shown} ${one ? "is" : "are"} already issued in ${first.file} (MB Declarations) for other rows than this run would give ${one ? "it" : "them"}; `;
  throw oneCopy(said, "so no number names two declarations", first, output);
}

/**
 * (brk23 §1) The refusal where a number this run would issue is printed on an SD sheet of a copy
 * beside (`first`), or carried by a delivery row there, whose register does not list it: issued there all the same, for a delivery this
 * run cannot know. Put the register back there, then declare into that copy.
 */
function printedBeside(shown: string, one: boolean, first: IssuedElsewhere, output: string): UsageError {
  const where = first.printed
    ? `its sheet "${first.printed}" prints ${one ? "it" : "one of them"}`
    : first.row
      ? `its delivery row ${first.row} carries ${one ? "it" : "one of them"}`
      : `${one ? "it is" : "one of them is"} recorded as issued there at ${first.recorded}`;
  const said = `${shown} ${one ? "is" : "are"} already issued in ${first.file}: ${where}, though its register (${REGISTER_SHEET}) does not list ${one ? "it" : "them"} (the register deleted or renamed, or a line of it cut); `;
  if (first.issuer === "unknown") return oneCopy(said, "so no number names two declarations", first, output);
  return new UsageError(
    said +
      `a printed declaration's number was issued, and no number may name two declarations. Nothing was written to ${path.basename(output)}. ` +
      `Put ${REGISTER_SHEET} back into ${first.file} as massbal wrote it (undo the change in Excel, or take it from the copy sent to the auditor or a backup), then declare into that copy (--out ${JSON.stringify(first.file)} --force).`,
  );
}

/**
 * The refusal of a declare run that another audited copy beside it stops (`said`: what clashes,
 * ending in "; "; `why`: what keeping one copy prevents): declare into that copy or on it, or,
 * where whose books it holds cannot be told, how to tell it. Nothing was written to `output`.
 */
export function oneCopy(said: string, why: string, first: IssuedElsewhere, output: string): UsageError {
  const kept = path.basename(output);
  // another company's copy must never be overwritten on our advice: where the issuer cannot be
  // told, say how to tell it instead of how to replace the copy
  if (first.issuer === "unknown")
    return new UsageError(
      said +
        `whose books it holds cannot be told: its settings and these books' do not both state a company name or an own certificate. ` +
        `If it is another company's, keep it in another folder; if it is the audited copy of these books, add the company name and own certificate to the settings sheet of both and run again. Nothing was written to ${kept}.`,
    );
  return new UsageError(
    said +
      `the declarations of one set of books are kept in one audited copy, ${why}. ` +
      `Declare into that copy (--out ${JSON.stringify(first.file)} --force), which keeps its register, or on it (massbal declare ${JSON.stringify(first.file)}); nothing was written to ${kept}.`,
  );
}
