// Reading a workbook as staff keep it: recognise each sheet, read its values, map the rows to the
// engine's records with the address of every field, and say precisely what could not be read.
// Pure: no host, no exceljs, no Node.
import type { CellRef, Ledger } from "../engine/model";
import { emptyLists } from "../engine/records";
import type { Finding } from "../engine/result";
import { cellAddress } from "./a1";
import { certificateSheet, registerCandidates } from "./certificate-sheet";
import { otherQuantityHeadings } from "./candidate-headings";
import { CONFIG_SHEET, readConfig } from "./config";
import { withoutOwnMarks } from "./own-marks";
import { settingsConventions } from "./conventions";
import { kindSpec } from "./fields";
import { Grid } from "./grid";
import { mergedDown } from "./merged-rows";
import type { WorkbookSnapshot } from "./port";
import { readFinding } from "./read-findings";
import { learnedHeaders } from "./corrections";
import { type Recognition } from "./recognition";
import { planSheets } from "./read-plan";
import { applyFlags, certificateFlags } from "./certificate-flags";
import { addRecord } from "./records";
import { LeftOut } from "./left-out";
import { incompleteBelowScan, incompleteSheet, unreadStockSheet } from "./left-out-sheet";
import { readRegister, REGISTER_SHEET } from "./register";
import { gatherLeftOut, sayTwoDigitYearsOnce } from "./two-digit-columns";
import { unreadSettingRows } from "./settings-unread";
import { readSettings } from "./settings-sheet";
import { statedOf } from "./stated-of";
import { sayNamedSite, sheetSites } from "./sheet-sites";
import { composeSiteAddress, siteAddressParts } from "./site-address-parts";
import { codeColumn } from "./sheet-site-codes";
import { readTable } from "./table";
import { refuseCopiesAlone } from "./copy-quiet";
import { NoteCells, refuseRepeatedNotes } from "./duplicate-notes";
import { SidePairs } from "./transfer-pairs";
import { readCancelledInRegister } from "./issued-sd";
import { isDelivery } from "./table-columns";
import { hiddenSheet } from "./hidden-sheet";
import { describe } from "./describe-sheet";
import type { StatusMemo } from "./status-read";
import { onePerHeading, unmappedClaims } from "./unmapped-claims";
import { sayUnreadMeanings } from "./unread-meaning";
import { sayUnreadProductionColumns } from "./production-unread";
import { unmappedSd } from "./unmapped-sd";
import { unreadAddresses } from "./unread-address";
import { heldParts } from "./unit-part";
import { unplacedCredit } from "./unplaced-credit";
import { blankFlagColumn } from "./blank-flag-column";
import { negatedColumns } from "./negated-headings";
import { otherPlaceColumn, storagePlaces } from "./site-columns";
import { unreadType } from "./type-unread";
import { uncertainRequired } from "./uncertain-required";
import { storageAcross, storageDoubt, type StoredSheet } from "./storage-doubt";
import { refusedRegisterRows, registerDoubts, uncheckedReceipts, unreadRegister } from "./unread-register";
import type { MbConfig, ReadResult, RecognisedSheet } from "./types";

/** A Ledger with no rows and no settings: where reading a workbook starts. */
export function emptyLedger(): Ledger {
  return { ...emptyLists(), settings: {}, issued: [], usedSdNumbers: [] };
}

const SD_SHEET = /^SD (\S*\d\S*)$/;

/** Sheets this add-in writes (`MB …`, `SD <number>`, those listed in MB Config) are never input. */
export function isGeneratedSheet(name: string, config: MbConfig): boolean {
  return (
    /^MB /i.test(name) || name === CONFIG_SHEET || SD_SHEET.test(name) || config.generated.includes(name)
  );
}

export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const config = readConfig(snapshot);
  const ledger = emptyLedger();
  const findings: Finding[] = [];
  const sheets: RecognisedSheet[] = [];

  const learned = learnedHeaders(config.mappings);
  const inputs = snapshot.sheets.filter((s) => !isGeneratedSheet(s.name, config));
  const plans = planSheets(
    inputs.map((s) => new Grid(withoutOwnMarks(s, config.marks))),
    config,
    learned,
  );
  // how the workbook writes numbers and dates where a sheet's own values do not tell: the
  // settings sheet's "Decimal separator" and "Date order" (or the same saved in MB Config)
  const stated = statedOf(plans, config);
  const conv = { number: null, date: null, dateSystem: snapshot.dateSystem ?? 1900 };

  let sheetSettings: Ledger["settings"] = {};
  const sdNumbers = new Set<string>();
  // the status texts read in this run, dropped with it
  const statusTexts: StatusMemo = new Map();
  const unreadRegisters: (CellRef & { said: Finding })[] = [];
  const refusedCertificates: ReturnType<typeof refusedRegisterRows> = [];
  const stored: StoredSheet[] = []; // sheets read as tables, for storage places across them
  const named = sheetSites(plans); // sites named only in sheets' names (sheet-sites.ts)
  const notes = new NoteCells(); // (brk27 S3) each row's delivery note, by its heading
  for (const p of plans) {
    if (p.kind === "settings") {
      const own = settingsConventions(p.grid, p.entries, stated, conv.dateSystem);
      const { settings, columns } = readSettings(p.grid, p.entries, own, findings);
      findings.push(...unreadSettingRows(p.grid, p.entries, conv.dateSystem)); // rows said, never dropped silently
      sheetSettings = { ...sheetSettings, ...settings };
      sheets.push({
        name: p.grid.sheet.name,
        kind: "settings",
        headerRow: null,
        rows: p.entries.length,
        columns,
        units: {},
        headers: Object.fromEntries(
          p.entries.map((e) => [e.field.id, String(p.grid.value(e.row, e.keyCol))]),
        ),
        corrected: p.corrected,
        confidence: Object.fromEntries(p.entries.map((e) => [e.field.id, "exact" as const])),
        notes: {},
      });
      continue;
    }
    if (p.kind === "unclear") {
      // receipts and deliveries side by side that cannot be told apart: nothing of it is booked
      findings.push(p.said);
      const input = p.input ?? incompleteSheet(p.grid, p.rec);
      const cell = p.said.cell as string;
      if (input) (ledger.incomplete ??= []).push({ ...input, source: { sheet: p.grid.sheet.name, cell } });
      sheets.push(describe(p.grid, p.rec, 0));
      continue;
    }
    const { grid, block } = { ...p, grid: mergedDown(p.grid, p.rec) }; // (brk23 §8) merged data cells
    let rec = p.rec;
    let rows = 0;
    if (rec.spec && rec.missing.length === 0) {
      findings.push(...uncertainRequired(grid, rec));
      const claims = unmappedClaims(grid, rec);
      // every negated heading and unmapped Sustainable column, each at its own heading, in any order
      const negated = negatedColumns(grid, rec);
      const said = new Set(negated.map((f) => f.cell ?? ""));
      const unmapped = heldParts(grid, rec, config.mappings, said); // and a third part column (unit-part.ts)
      const sustainable =
        unmapped.length > 0 || (negated.length > 0 && rec.spec.fields.some((f) => f.id === "sustainable"));
      const blankFlag = blankFlagColumn(grid, rec); // a receipts' yes/no column blank throughout: once
      const heldBack = onePerHeading(claims, [
        ...negated,
        ...unmapped,
        ...(blankFlag ? [blankFlag.said] : []),
      ]);
      const partHeld = unplacedCredit(grid, rec, heldBack, conv); // a receipt's unplaced part (p-parts2)
      findings.push(...heldBack);
      // receipts with every sign of sustainable material but no SD column (unmapped-sd.ts)
      const noSd = unmappedSd(grid, rec, config.mappings);
      if (noSd) findings.push(noSd);
      const place = otherPlaceColumn(grid, rec);
      if (place) findings.push(place);
      findings.push(...unreadAddresses(grid, rec)); // an address column read as none of the SD's (brk20 A3)
      const storage = storagePlaces(grid, rec);
      if (storage) findings.push(storage);
      stored.push({ grid, rec, said: storage });
      const site = sayNamedSite(named, p, findings, ledger); // its rows' site, from its name
      // two places that may be sites booked into one account: its balances are incomplete
      const merged = storage && storageDoubt(grid, rec, storage);
      if (merged) (ledger.incomplete ??= []).push(merged);
      // purchase and sale words under a heading not read, on receipts or deliveries (type-unread.ts)
      const typed = unreadType(grid, rec);
      if (typed) findings.push(typed.said);
      if (typed?.input) (ledger.incomplete ??= []).push(typed.input);
      sayUnreadMeanings(grid, rec, findings, ledger); // low ILUC, land use change (p-claimbox)
      sayUnreadProductionColumns(grid, rec, findings, ledger); // quantities no field reads (brk19 0a)
      const leftOut = new LeftOut(grid, rec);
      const flags = certificateFlags(grid, rec); // a register's yes/no flags ("Gesperrt": ja)
      const from = findings.length;
      const passes = block?.passes;
      const pairs = rec.pairs ? new SidePairs(grid, rec) : null; // (p-xfer2) a move's two rows
      const parts = siteAddressParts(grid, rec); // (brk25 §4b) "Straße | PLZ | Ort": the site's address
      const codeCol = rec.kind === "sites" ? codeColumn(grid, rec) : null; // (brk26 N1) "Kürzel"
      rows = readTable(
        grid,
        blankFlag?.rec ?? rec,
        { conv, stated, findings, sdNumbers, leftOut, statusTexts, passes },
        (row, out) => {
          if (site) row.values.site = site; // the one site its name names (sheet-sites.ts)
          if (parts) composeSiteAddress(grid, parts, row, out);
          const code = codeCol === null ? null : grid.value(row.source.row - 1, codeCol);
          if (typeof code === "string" || typeof code === "number") row.values.code = String(code);
          // the claim of each row is unknown, never the default (the finding is at the column)
          if (claims) row.unreadable = [...(row.unreadable ?? []), "claim"];
          // so is whether a delivery is sustainable: it is not declared (receipts of a ledger drop it)
          const sale = isDelivery(rec.kind, row.values);
          if (sustainable && sale) row.unreadable = [...(row.unreadable ?? []), "sustainable"];
          // and so is each receipt's SD number: no credit, held back by the header's error
          // (a ledger's deliveries keep theirs: the add-in numbers their declarations)
          if (noSd && !sale) row.unreadable = [...(row.unreadable ?? []), "sdNumber"];
          // a receipt an unplaced part column may state in part: no credit (unplaced-credit.ts)
          if (blankFlag || (partHeld && !sale && partHeld(row)))
            row.unreadable = [...(row.unreadable ?? []), "sustainable"];
          applyFlags(grid, flags, row, out);
          notes.read(grid, rec, row.source);
          return pairs ? pairs.add(row, out) : addRecord(rec, row, ledger, out);
        },
      );
      pairs?.book(ledger, findings);
      const moved = sayTwoDigitYearsOnce(findings, from);
      if (noSd?.cell) leftOut.sheet(noSd.cell);
      // (p-misc, p-held) so is each row's claim or whether it is sustainable: the balances it feeds or draws on
      for (const f of heldBack) if (f.cell) leftOut.sheet(f.cell);
      const hidden = hiddenSheet(grid, rec, rows);
      if (hidden) findings.push(hidden);
      if (leftOut.inputs.length > 0) (ledger.incomplete ??= []).push(...gatherLeftOut(leftOut.inputs, moved));
      refusedCertificates.push(...refusedRegisterRows(grid, rec, findings, ledger));
    } else {
      // a sheet of certificate numbers not read as a register is an unread register (certificate-sheet.ts)
      rec = certificateSheet(grid, rec) ?? rec;
      // a sheet with a header of the books below the rows scanned is part of the books
      const below = rec.spec ? null : (incompleteBelowScan(grid) ?? unreadStockSheet(grid, rec));
      if (rec.spec || rec.hinted || below) {
        const said = headerNotFound(
          grid,
          below ? { ...rec, hinted: rec.hinted ?? below.kind } : rec,
          !!below,
          block?.first,
        );
        findings.push(said);
        // (p-misc) a mapping of a negated heading set aside may be why a field is missing: said at it
        if (rec.setAside) findings.push(...negatedColumns(grid, rec));
        const incomplete = rec.spec ? incompleteSheet(grid, rec) : (below?.input ?? null);
        if (incomplete) (ledger.incomplete ??= []).push(incomplete);
        // an unread certificate register holds back every declaration (the own certificate is
        // unchecked too); the balances it leaves in doubt are those of the receipts' products
        const unread = unreadRegister(grid, rec);
        if (unread) unreadRegisters.push({ ...unread, said });
      }
    }
    sheets.push({ ...describe(grid, rec, rows), ...(block ? { block: block.range } : {}) });
  }

  // (brk27 S1) a sheet, or rows, copying another's; nothing else said of a copy (copy-quiet.ts)
  const copies = refuseCopiesAlone(ledger, sheets, findings, plans, named);
  refuseRepeatedNotes(ledger, notes, findings); // (brk27 S3) a delivery note booked twice
  // sheets with no Site naming one place each, but different ones: one account (storage-doubt.ts)
  for (const { finding, input } of storageAcross(stored.filter((s) => !copies.has(s.grid.sheet.name)))) {
    findings.push(finding);
    if (input) (ledger.incomplete ??= []).push(input);
  }
  // a certificate register not read leaves the credit of the receipts it would check in doubt
  registerDoubts(unreadRegisters, refusedCertificates, ledger);
  findings.push(...uncheckedReceipts(sheets, ledger)); // receipts that cannot be checked against it
  const register = snapshot.sheets.find((s) => s.name === REGISTER_SHEET);
  // a number the register marks cancelled in its own cell stays taken, never issued (issued-sd.ts)
  if (register)
    ledger.issued = readCancelledInRegister(
      readRegister(new Grid(register), snapshot.dateSystem ?? 1900),
      findings,
    );
  ledger.settings = { ...sheetSettings, ...config.settings };
  ledger.usedSdNumbers = usedSdNumbers(sdNumbers, ledger, snapshot);
  return { sheets, ledger, findings, config };
}

/** header-not-found; an error where the sheet is surely part of the books (`books`, or a header with some fields). */
function headerNotFound(grid: Grid, rec: Recognition, books = false, col = 0): Finding {
  const spec = rec.spec ?? kindSpec(rec.hinted ?? "unknown");
  const missingIds = rec.spec ? rec.missing : (spec?.needs[0] ?? []);
  const labels = missingIds.map((id) => spec?.fields.find((f) => f.id === id)?.label ?? id);
  const missing =
    labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}` : (labels[0] ?? "");
  const row0 = rec.spec ? rec.headerRow : null;
  const cell = cellAddress((row0 ?? 0) + 1, col); // a block's: at its first column
  // A header with some fields is surely part of the books; a name alone ("Sales forecast") may not be.
  if (rec.spec && rec.headerRow !== null && rec.columns.size > 0) {
    // the user's own headings that could hold the first missing field, by name
    const candidates = registerCandidates(grid, rec, missingIds[0] ?? "");
    const others = otherQuantityHeadings(grid, rec, missingIds[0] ?? "");
    return readFinding("header-not-found", "error", grid.sheet.name, cell, {
      label: spec?.label ?? "",
      missing,
      partial: true,
      value: labels[0] ?? "",
      ...(candidates ? { read: candidates } : {}),
      ...others,
    });
  }
  return readFinding("header-not-found", rec.spec || books ? "error" : "warning", grid.sheet.name, cell, {
    label: spec?.label ?? "",
    missing: missing ? `a column for ${missing}` : "recognisable columns",
  });
}

function usedSdNumbers(seen: Set<string>, ledger: Ledger, snapshot: WorkbookSnapshot): string[] {
  const used = new Set(seen);
  for (const i of ledger.issued) if (i.number) used.add(i.number);
  for (const s of snapshot.sheets) {
    const m = SD_SHEET.exec(s.name);
    if (m) used.add(m[1] as string);
  }
  return [...used];
}
