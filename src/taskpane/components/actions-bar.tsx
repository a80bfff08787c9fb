import { useId } from "react";
import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  DocumentCheckmark20Regular,
  DocumentSignature20Regular,
  Eraser20Regular,
} from "@fluentui/react-icons";
import { plural } from "../present";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  // Fluent greys an unticked checkbox's label (foreground 3), which reads as disabled; this choice
  // is always available, so it reads like the buttons.
  draft: { color: tokens.colorNeutralForeground1 },
});

export interface ActionsBarProps {
  busy: boolean;
  /** error findings of the last check, or null before any check */
  errorCount: number | null;
  draft: boolean;
  onDraftChange(draft: boolean): void;
  onCheck(): void;
  onDeclare(): void;
  onClear(): void;
}

export function ActionsBar(props: ActionsBarProps) {
  const styles = useStyles();
  const { busy, errorCount, draft } = props;
  const hintId = useId();
  // Declarations are legal documents: an error holds back those it can affect; the rest are issued.
  const blocked = !!errorCount;
  return (
    <section className={styles.root} aria-label="Actions">
      <Button
        appearance="primary"
        icon={<DocumentCheckmark20Regular />}
        disabledFocusable={busy}
        onClick={props.onCheck}
      >
        Check workbook
      </Button>
      <div className={styles.row}>
        <Button
          icon={<DocumentSignature20Regular />}
          disabledFocusable={busy}
          aria-describedby={blocked ? hintId : undefined}
          onClick={props.onDeclare}
        >
          Generate declarations
        </Button>
        <Button icon={<Eraser20Regular />} disabledFocusable={busy} onClick={props.onClear}>
          Clear marks
        </Button>
      </div>
      <Checkbox
        className={styles.draft}
        label="Issue as draft what errors hold back (no number)"
        checked={draft}
        onChange={(_, data) => props.onDraftChange(data.checked === true)}
      />
      {blocked && (
        <Text id={hintId} size={200} className={styles.hint}>
          The last check found {plural(errorCount, "error")}: each holds back only the declarations it can
          affect, the others are issued.{draft ? "" : " Tick “Issue as draft” to print the held-back ones."}
        </Text>
      )}
    </section>
  );
}
