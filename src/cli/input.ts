// Everything that can be wrong with the file a user hands to massbal, said in one line they can
// act on. Each failure is a UsageError: exit code 2, nothing written.
import { existsSync } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

export class UsageError extends Error {}

/** A flag or argument that is wrong as typed: said in one line with a pointer to the help. */
export class ArgumentError extends UsageError {
  constructor(message: string, command = "massbal") {
    super(`${message} (see ${command} --help)`);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buf: Buffer, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** Reads the input workbook's bytes, or says exactly why it cannot be used. */
export async function readInput(file: string): Promise<Buffer> {
  const shown = JSON.stringify(file);
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${shown} is a folder, not an .xlsx workbook.`);
    size = info.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`Cannot find ${shown}: check the path and the file name.`);
  }
  if (size === 0)
    throw new UsageError(`${shown} is empty (0 bytes): save the workbook in Excel and try again.`);
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new UsageError(
      `Cannot read ${shown} (${code || "read error"}): it is locked by another program or you lack permission to read it.`,
    );
  }
  if (startsWith(buf, OLE)) {
    throw new UsageError(
      `${shown} is not an .xlsx workbook: it is an old .xls file or a password-protected workbook; save it as .xlsx without a password.`,
    );
  }
  if (!startsWith(buf, ZIP))
    throw new UsageError(`${shown} is not an .xlsx workbook (it is not an Office Open XML file).`);
  return buf;
}

/** Excel keeps "~$name.xlsx" beside a workbook it has open: the file may lack unsaved changes. */
export function isOpenInExcel(file: string): boolean {
  return existsSync(path.join(path.dirname(file), `~$${path.basename(file)}`));
}

/** `<name>.audited.xlsx` beside the input, unless --out says otherwise. */
export function defaultOutput(file: string): string {
  const parsed = path.parse(file);
  return path.join(parsed.dir, `${parsed.name}.audited.xlsx`);
}

async function canonical(file: string): Promise<string> {
  const abs = path.resolve(file);
  try {
    return await realpath(abs);
  } catch {
    // not there yet: resolve its folder, so a symlinked folder still compares equal
    try {
      return path.join(await realpath(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Refuses the input itself as the output, however spelt (--force or not). */
export async function checkNotInput(input: string, output: string): Promise<void> {
  const [a, b] = await Promise.all([canonical(input), canonical(output)]);
  if (a === b || (await sameFile(input, output)))
    throw new UsageError(
      `The output ${JSON.stringify(output)} is the input itself: massbal never overwrites its input; choose another --out.`,
    );
}

/** The folder the output goes into must exist, and the output must not be a folder. */
export async function checkOutputFolder(output: string): Promise<void> {
  const folder = path.dirname(path.resolve(output));
  const shown = JSON.stringify(path.dirname(output));
  const info = await stat(folder).catch(() => null);
  if (!info)
    throw new UsageError(
      `The folder ${shown} for the output does not exist: create it, or choose another --out.`,
    );
  if (!info.isDirectory())
    throw new UsageError(
      `${shown} is a file, not a folder, so the output cannot go there: choose another --out.`,
    );
  if ((await stat(output).catch(() => null))?.isDirectory())
    throw new UsageError(
      `${JSON.stringify(output)} is a folder: give --out a file name ending in .xlsx, such as ${JSON.stringify(path.join(output, "books.audited.xlsx"))}.`,
    );
}

/** Refuses to replace an existing file without --force (checked once the input proved usable). */
export function checkOutputFree(output: string, force: boolean): void {
  if (!force && existsSync(output)) {
    throw new UsageError(
      `${JSON.stringify(output)} already exists: use --force to replace it, or choose another --out.`,
    );
  }
}

/** What a failed write means for the person running massbal, by the system's error code. */
export function writeFailure(code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "you lack permission to write there";
    case "EBUSY":
    case "ETXTBSY":
      return "the file is open in another program; close it and try again";
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full";
    case "EROFS":
      return "the disk is read-only";
    case "ENOENT":
    case "ENOTDIR":
      return "its folder does not exist";
    default:
      return `the system refused it${code ? ` (${code})` : ""}`;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
