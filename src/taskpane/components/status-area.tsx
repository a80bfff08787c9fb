import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { progressText } from "../present";
import type { Runner } from "../use-runner";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  progress: { marginBlockStart: tokens.spacingVerticalXS },
  body: { overflowWrap: "anywhere" },
});

/**
 * What the pane is doing and how the last action went, in message bars (Office task-pane
 * guidance): the work in progress with a count and a Cancel button, then the result in one
 * sentence, read out politely to screen readers, with the details of anything that went wrong.
 */
export function StatusArea({ runner }: { runner: Runner }) {
  const styles = useStyles();
  const { running, status, outcome, notice } = runner;
  const progress = running?.progress;
  return (
    <section className={styles.root} aria-label="Status">
      {running && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{running.label}</MessageBarTitle>
            <span data-testid="progress-text">{progress ? progressText(progress) : "Starting…"}</span>
            <ProgressBar
              className={styles.progress}
              value={progress?.fraction}
              aria-label={`${running.label}: progress`}
            />
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={runner.cancel}>
              Cancel
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {/* the polite live region: the one sentence screen readers hear after each action */}
      <div role="status">
        {status && (!running || status !== `${running.label}…`) && (
          <MessageBar intent={outcome} layout="multiline">
            <MessageBarBody className={styles.body}>{status}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody className={styles.body}>
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
    </section>
  );
}
