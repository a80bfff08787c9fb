// New declarations dated the day of the run (brk19 §12): where Settings set no issue date (or one
// that is no date, refused at its cell), a declaration is dated the day it is generated, and its
// number takes that day's year. That is the documented default, but a run on another day dates
// (and numbers) the next ones differently, so an info finding says which date was used and how
// to fix it. Not where the date was pinned by the host (tests, options.today).
import { withMessage } from "../engine/catalogue/render";
import type { Declaration, Finding } from "../engine/result";

/** The label a finding at the issue-date setting's cell names it by (settings-fields.ts). */
const ISSUE_DATE_LABEL = "Issue date of new declarations";

/** The info finding for new declarations dated `today`, the run's own day; null where none is new. */
export function runDayFinding(
  declarations: readonly Declaration[],
  today: string,
  readFindings: readonly Finding[],
): Finding | null {
  const count = declarations.filter((d) => d.status === "new" && d.issueDate === today).length;
  if (count === 0) return null;
  const refused = readFindings.find(
    (f) =>
      f.code === "invalid-date" &&
      f.cell !== undefined &&
      (f.details as { label?: string } | undefined)?.label === ISSUE_DATE_LABEL,
  );
  return withMessage({
    code: "issue-date-run-day",
    severity: "info",
    details: {
      date: today,
      count,
      ...(refused ? { setting: `${refused.sheet ?? ""}!${refused.cell ?? ""}` } : {}),
    },
  });
}
