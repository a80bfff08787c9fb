// The readable summary massbal prints without --json: what was read, what is wrong, where the
// results went. Long lists are cut; the workbook's MB sheets hold everything.
import { holdsBackText } from "../app/held";
import type { CheckOutcome } from "../app/types";
import { accountLabel } from "../app/sheets/ledger";
import { cellPlace } from "../engine/catalogue/location";
import { compareText } from "../engine/quantity-text";
import type { Severity } from "../engine/result";
import { fieldsOf } from "../workbook/fields";

function fieldLabel(kind: CheckOutcome["sheets"][number]["kind"], field: string): string {
  return fieldsOf(kind).find((f) => f.id === field)?.label ?? field;
}

const SHOWN = 15;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + " ".repeat(width - text.length);
}

/** One line per uncertain column: sheet, column, its header and the field it was read as. */
export function pleaseConfirm(outcome: CheckOutcome): string[] {
  const lines: string[] = [];
  for (const s of outcome.sheets) {
    for (const [field, confidence] of Object.entries(s.confidence ?? {})) {
      if (confidence !== "uncertain") continue;
      const note = s.notes?.[field];
      lines.push(
        `${cellPlace(s.name, s.columns[field] ?? "")} "${s.headers[field] ?? ""}" read as ${fieldLabel(s.kind, field)}${note ? ` (${note})` : ""}`,
      );
    }
  }
  return lines;
}

export function textSummary(outcome: CheckOutcome, output: string, declare: boolean): string {
  const lines: string[] = [];
  const recognised = outcome.sheets.filter((s) => s.kind !== "unknown");
  lines.push(`${outcome.workbook}: ${plural(recognised.length, "sheet")} recognised`);
  for (const s of outcome.sheets) {
    const where =
      s.kind === "settings"
        ? "company, scheme and period settings"
        : s.headerRow === null
          ? "not read: no header of the books recognised"
          : `header in row ${s.headerRow}, ${plural(s.rows, "row")}`;
    const name = s.block ? `${s.name} ${s.block}` : s.name; // one block of a sheet of both sides
    lines.push(`  ${pad(name, 22)} ${pad(s.kind, 13)} ${where}`);
  }
  const confirm = pleaseConfirm(outcome);
  if (confirm.length > 0) {
    lines.push(
      "",
      "Please confirm (read this way, but the add-in is not sure; confirm or correct in the add-in's Sheets tab):",
    );
    for (const c of confirm.slice(0, SHOWN)) lines.push(`  ${c}`);
    if (confirm.length > SHOWN) lines.push(`  … and ${confirm.length - SHOWN} more`);
  }

  const count = (sev: Severity) => outcome.findings.filter((f) => f.severity === sev).length;
  lines.push(
    "",
    `Findings: ${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${count("info")} info`,
  );
  for (const f of outcome.findings.slice(0, SHOWN)) {
    // the report text: the catalogue's wording with its place (catalogue/render.ts, cliText)
    lines.push(`  ${pad(f.severity, 7)} ${f.message}`);
    if (f.holdsBack?.length) lines.push(`          ${holdsBackText(f.holdsBack)}`);
  }
  if (outcome.findings.length > SHOWN)
    lines.push(`  … and ${outcome.findings.length - SHOWN} more in the sheet MB Findings`);

  const periods = outcome.periods.map((p) => `${p.start} to ${p.end}`).join(", ");
  lines.push(
    "",
    `Balances: ${plural(outcome.balances.length, "account period")}${periods ? ` (${periods})` : ""}`,
  );
  for (const b of outcome.balances.slice(0, SHOWN)) {
    lines.push(
      `  ${b.periodEnd}  ${accountLabel(b)}: closing ${b.closing} ${b.unit}, ${compareText(b.lapsed, "0") === 0 ? "" : `lapsed ${b.lapsed}, `}carried forward ${b.carriedForward}${b.complete ? "" : " (incomplete: a row or sheet that feeds it could not be read or was left out; see the errors above)"}`,
    );
  }
  if (outcome.balances.length > SHOWN)
    lines.push(`  … and ${outcome.balances.length - SHOWN} more in the sheet MB Summary`);

  if (declare) {
    const by = (status: string) => outcome.declarations.filter((d) => d.status === status).length;
    const withdrawn = by("cancelled") + by("replaced");
    lines.push(
      "",
      `Declarations: ${by("new")} new, ${by("issued")} already issued` +
        (by("blocked") ? `, ${by("blocked")} held back by errors` : "") +
        (by("draft") ? `, ${by("draft")} printed as drafts` : "") +
        (withdrawn ? `, ${withdrawn} cancelled` : ""),
    );
    for (const d of outcome.declarations.filter((x) => x.status === "blocked" || x.status === "draft")) {
      const held = (d.heldBy ?? []).map(
        (f) => `${f.sheet ? cellPlace(f.sheet, f.cell ?? "") : "Settings"} ${f.code}`,
      );
      lines.push(
        `  ${d.status === "draft" ? "draft  " : "held   "} ${d.quantity} ${d.unit} ${d.product} to ${d.recipient.name || "?"} (${d.delivery.sheet} row ${d.delivery.row}): ${held.join(", ")}`,
      );
    }
    if (by("blocked") > 0)
      lines.push("  Fix the errors that hold them back, or use --draft to print drafts.");
  }
  lines.push(
    "",
    `Written: ${output}`,
    `  sheets ${outcome.written.join(", ")}; ${plural(outcome.marked, "cell")} marked`,
  );
  return lines.join("\n") + "\n";
}
