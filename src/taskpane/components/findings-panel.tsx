import { useState } from "react";
import { Button, CounterBadge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../engine/result";
import type { CellRef } from "../../workbook/port";
import { SEVERITY_TITLE, type SeverityGroup, findingLabel, heldCells, plural } from "../present";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  sheetHeading: { margin: `${tokens.spacingVerticalXS} 0`, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    justifyContent: "flex-start",
    textAlign: "start",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
  },
  plain: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

const BADGE_COLOR: Record<Severity, "danger" | "important" | "informative"> = {
  error: "danger",
  warning: "important",
  info: "informative",
};

/** Rendering 10,000 buttons would freeze the pane; show the first ones and let the user ask for more. */
const PAGE = 100;

export interface FindingsPanelProps {
  groups: SeverityGroup[] | null;
  /** absent when the host cannot select cells (then findings are plain text) */
  onSelect?: (ref: CellRef) => void;
}

export function FindingsPanel({ groups, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  if (!groups) return <Text>Run “Check workbook” to see what needs attention.</Text>;
  if (groups.length === 0) return <Text>No findings: the books pass every check.</Text>;
  return (
    <div className={styles.root}>
      {groups.map((group) => (
        <section key={group.severity} aria-label={`${SEVERITY_TITLE[group.severity]} (${group.count})`}>
          <h3 className={styles.heading}>
            {SEVERITY_TITLE[group.severity]}
            <CounterBadge
              count={group.count}
              color={BADGE_COLOR[group.severity]}
              overflowCount={99999}
              aria-hidden
            />
          </h3>
          {group.sheets.map((sheet) => (
            <SheetFindings
              key={sheet.sheet}
              sheet={sheet.sheet}
              findings={sheet.findings}
              onSelect={onSelect}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function SheetFindings(props: { sheet: string; findings: Finding[]; onSelect?: (ref: CellRef) => void }) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const { sheet, findings, onSelect } = props;
  const title = sheet || "Whole workbook";
  return (
    <div>
      <h4 className={styles.sheetHeading}>
        {title} ({findings.length})
      </h4>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((f, i) => (
          <li key={i}>
            {onSelect && f.sheet && f.cell ? (
              <Button
                appearance="subtle"
                size="small"
                className={styles.item}
                onClick={() => onSelect({ sheet: f.sheet as string, cell: f.cell as string })}
              >
                {findingLabel(f)}
              </Button>
            ) : (
              <Text size={200} className={styles.plain}>
                {findingLabel(f)}
              </Text>
            )}
            {f.holdsBack?.length ? (
              <Text size={200} className={styles.plain}>
                Holds back the declaration of {heldCells(f.holdsBack)}.
              </Text>
            ) : null}
          </li>
        ))}
      </ul>
      {findings.length > shown && (
        <Button size="small" appearance="transparent" onClick={() => setShown((n) => n + PAGE)}>
          Show more ({plural(findings.length - shown, "finding")} not shown yet)
        </Button>
      )}
    </div>
  );
}
