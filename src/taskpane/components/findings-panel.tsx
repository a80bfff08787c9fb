import { useState } from "react";
import {
  Button,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding, Severity } from "../../engine/result";
import { holdsBackText } from "../../app/held";
import type { CellRef } from "../../workbook/port";
import { SEVERITY_TITLE, type CellGroup, type SeverityGroup, findingText, plural } from "../present";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  sheetHeading: { margin: `${tokens.spacingVerticalXS} 0`, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  nested: { listStyleType: "none", margin: 0, paddingInlineStart: tokens.spacingHorizontalM },
  item: {
    justifyContent: "flex-start",
    alignItems: "flex-start",
    textAlign: "start",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    gap: tokens.spacingHorizontalXS,
  },
  plain: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    flexShrink: 0,
  },
  cellHeading: { display: "block", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
  icon: { flexShrink: 0, marginBlockStart: "2px" },
  held: { paddingInlineStart: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

const BADGE_COLOR: Record<Severity, "danger" | "important" | "informative"> = {
  error: "danger",
  warning: "important",
  info: "informative",
};

/** The word an icon stands for, read by screen readers as the start of each finding. */
const SEVERITY_WORD: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };

/** Rendering 10,000 buttons would freeze the pane; show the first ones and let the user ask for more. */
const PAGE = 100;

export interface FindingsPanelProps {
  groups: SeverityGroup[] | null;
  /** absent when the host cannot select cells (then findings are plain text) */
  onSelect?: (ref: CellRef) => void;
  /** the marks of these findings were cleared from the cells since the check */
  cleared?: boolean;
}

export function FindingsPanel({ groups, onSelect, cleared = false }: FindingsPanelProps) {
  const styles = useStyles();
  if (!groups) return <Text>Run “Check workbook” to see what needs attention.</Text>;
  if (groups.length === 0) return <Text>No findings: the books pass every check.</Text>;
  return (
    <div className={styles.root}>
      {cleared && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>Marks cleared</MessageBarTitle>
            The cells below have their own fill and note back. These findings are from the last check; check
            again to mark them.
          </MessageBarBody>
        </MessageBar>
      )}
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
              count={sheet.findings.length}
              cells={sheet.cells}
              onSelect={onSelect}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon =
    severity === "error" ? ErrorCircle16Filled : severity === "warning" ? Warning16Filled : Info16Filled;
  return (
    <Icon
      role="img"
      aria-label={SEVERITY_WORD[severity]}
      data-severity={severity}
      className={mergeClasses(styles.icon, styles[severity])}
    />
  );
}

interface SheetFindingsProps {
  sheet: string;
  count: number;
  cells: CellGroup[];
  onSelect?: (ref: CellRef) => void;
}

/** The findings of one sheet: the sheet once in the heading, each cell's address once. */
function SheetFindings({ sheet, count, cells, onSelect }: SheetFindingsProps) {
  const styles = useStyles();
  const [shown, setShown] = useState(PAGE);
  const title = sheet || "Whole workbook";
  const hidden = cells.slice(shown).reduce((n, c) => n + c.findings.length, 0);
  return (
    <div>
      <h4 className={styles.sheetHeading}>
        {title} ({count})
      </h4>
      <ul className={styles.list}>
        {cells.slice(0, shown).map((group) => (
          <li key={group.cell}>
            {group.findings.length === 1 ? (
              <FindingItem finding={group.findings[0] as Finding} cell={group.cell} onSelect={onSelect} />
            ) : (
              <>
                {group.cell && (
                  <Text size={200} className={mergeClasses(styles.cell, styles.cellHeading)}>
                    {group.cell}
                  </Text>
                )}
                <ul className={group.cell ? styles.nested : styles.list}>
                  {group.findings.map((f, i) => (
                    <li key={i}>
                      <FindingItem finding={f} cell="" onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <Button size="small" appearance="transparent" onClick={() => setShown((n) => n + PAGE)}>
          Show more ({plural(hidden, "finding")} not shown yet)
        </Button>
      )}
    </div>
  );
}

/**
 * One finding: its severity icon, its cell where the cell is not said above it, its message, and
 * for an error that holds declarations back, the delivery cells whose declarations it holds back.
 */
function FindingItem(props: { finding: Finding; cell: string; onSelect?: (ref: CellRef) => void }) {
  const styles = useStyles();
  const held = props.finding.holdsBack;
  return (
    <>
      <FindingLine {...props} />
      {held?.length ? (
        <Text size={200} className={mergeClasses(styles.plain, styles.held)}>
          {holdsBackText(held)}
        </Text>
      ) : null}
    </>
  );
}

function FindingLine(props: { finding: Finding; cell: string; onSelect?: (ref: CellRef) => void }) {
  const styles = useStyles();
  const { finding: f, cell, onSelect } = props;
  const content = (
    <>
      <SeverityIcon severity={f.severity} />{" "}
      {cell && (
        <>
          <span className={styles.cell}>{cell}</span>{" "}
        </>
      )}
      <span>{findingText(f)}</span>
    </>
  );
  if (onSelect && f.sheet && f.cell) {
    const ref = { sheet: f.sheet, cell: f.cell };
    return (
      <Button appearance="subtle" size="small" className={styles.item} onClick={() => onSelect(ref)}>
        {content}
      </Button>
    );
  }
  return (
    <Text size={200} className={styles.plain}>
      {content}
    </Text>
  );
}
