// The audited copy a `--force` run replaces (docs/massbal.md): the declarations it issued, their
// printable "SD <number>" sheets and the sheets its user added stay in the copy that replaces it.
// The new copy is built from the input (the books); what only the earlier copy holds is brought
// into it before the run, so the run sees the audited copy it is about to write, as the task pane
// sees the workbook it works in: the register read back, the SD sheets of issued declarations left
// exactly as they were issued (never printed again), the user's own sheets kept.
import { sdSheetName } from "../app/sheet-names";
import type { IssuedDeclarationInput } from "../engine/model";
import { updateConfig } from "../app/config-update";
import { CONFIG_SHEET, readConfig } from "../workbook/config";
import type { WorkbookSnapshot } from "../workbook/port";
import { readWorkbook } from "../workbook/read";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsx-workbook";

/** What of the earlier copy the new one keeps, by sheet name as the earlier copy spells it. */
export interface KeptSheets {
  /** the printable SD sheets of the declarations its register issued (cancelled ones too) */
  declarations: string[];
  /** sheets its user added that the input does not hold, and that hold no books */
  own: string[];
  /** sheets its user added that the input does not hold and that read as books: name and kind */
  books: { name: string; kind: string }[];
}

/**
 * The sheets of the earlier copy (`earlier`) that the input (`inputNames`) does not hold and that
 * a run would otherwise lose: the SD sheets of the declarations in its register (`register`; the
 * add-in's own per its MB Config, a DRAFT is no declaration and is printed anew), and its user's
 * own sheets (not the add-in's), told apart by whether they read as books. Names compare as Excel
 * compares them, case aside; a sheet of the input's name is the input's.
 */
export function keptSheets(
  earlier: WorkbookSnapshot,
  inputNames: readonly string[],
  register: readonly IssuedDeclarationInput[],
): KeptSheets {
  const config = readConfig(earlier);
  const ours = new Set([...config.generated, CONFIG_SHEET].map((n) => n.toLowerCase()));
  const inInput = new Set(inputNames.map((n) => n.toLowerCase()));
  const issued = new Set(register.flatMap((e) => (e.number ? [sdSheetName(e.number).toLowerCase()] : [])));
  const kinds = new Map(readWorkbook(earlier).sheets.map((s) => [s.name, s.kind]));
  const kept: KeptSheets = { declarations: [], own: [], books: [] };
  for (const { name } of earlier.sheets) {
    const lower = name.toLowerCase();
    if (inInput.has(lower)) continue;
    if (ours.has(lower)) {
      if (issued.has(lower)) kept.declarations.push(name);
      continue;
    }
    const kind = kinds.get(name) ?? "unknown";
    if (kind === "unknown") kept.own.push(name);
    else kept.books.push({ name, kind });
  }
  return kept;
}

/**
 * Brings the kept sheets of `earlier` into `port` (the input, in memory; the input file is never
 * written), the SD sheets listed as the add-in's own in its MB Config so that the run neither reads
 * them as books nor prints them again. Returns the names brought in.
 */
export async function bringKept(
  port: XlsxWorkbook,
  earlier: XlsxWorkbook,
  kept: KeptSheets,
): Promise<string[]> {
  const declarations = port.adoptSheets(earlier, kept.declarations);
  const own = port.adoptSheets(earlier, kept.own);
  if (declarations.length > 0)
    await updateConfig(port, (config) => ({ ...config, generated: [...config.generated, ...declarations] }));
  return [...declarations, ...own];
}
