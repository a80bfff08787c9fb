import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import type { Runner } from "../use-runner";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  progressRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  progress: { flexGrow: 1 },
  status: { color: tokens.colorNeutralForeground2 },
});

export function StatusArea({ runner }: { runner: Runner }) {
  const styles = useStyles();
  const { running, status, notice } = runner;
  const phase = running?.progress?.phase ?? running?.label;
  return (
    <section className={styles.root} aria-label="Status">
      {running && (
        <div>
          <Text size={200}>{phase}</Text>
          <div className={styles.progressRow}>
            <ProgressBar
              className={styles.progress}
              value={running.progress?.fraction}
              aria-label={`${running.label}: progress`}
            />
            <Button size="small" onClick={runner.cancel}>
              Cancel
            </Button>
          </div>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                aria-label="Dismiss message"
                appearance="transparent"
                icon={<Dismiss16Regular />}
                onClick={runner.dismiss}
              />
            }
          />
        </MessageBar>
      )}
      {/* the polite live region: the one sentence screen readers hear after each action */}
      <Text role="status" size={200} className={styles.status}>
        {status}
      </Text>
    </section>
  );
}
