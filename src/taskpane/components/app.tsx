import { useCallback, useId, useMemo, useState } from "react";
import { Button, CounterBadge, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../../workbook/port";
import type { RecognisedSheet } from "../../workbook/types";
import { type DescribeError, describeError } from "../error-text";
import { countOf, groupFindings, humanise } from "../present";
import type { PaneServices } from "../services";
import { usePaneActions } from "../use-pane-actions";
import { useRunner } from "../use-runner";
import { ActionsBar } from "./actions-bar";
import { BalancesPanel } from "./balances-panel";
import { DeclarationsPanel } from "./declarations-panel";
import { FindingsPanel } from "./findings-panel";
import { SettingsPanel } from "./settings-panel";
import { SheetsPanel } from "./sheets-panel";
import { StatusArea } from "./status-area";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
  },
  header: { display: "flex", flexDirection: "column" },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  workbook: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalM})` },
  stale: { color: tokens.colorPaletteMarigoldForeground2 },
});

type TabName = "findings" | "declarations" | "balances" | "sheets" | "settings";

/** The tabs after Findings (which carries a count), in order, with their labels. */
const PLAIN_TABS: readonly [TabName, string][] = [
  ["declarations", "Declarations"],
  ["balances", "Balances"],
  ["sheets", "Sheets"],
  ["settings", "Settings"],
];

export interface AppProps {
  port: WorkbookPort;
  services: PaneServices;
  /** the workbook's name as the host knows it; otherwise the name the workbook reports */
  workbookName?: string;
  describe?: DescribeError;
}

export function App({ port, services, workbookName, describe = describeError }: AppProps) {
  const styles = useStyles();
  const runner = useRunner(describe);
  const pane = usePaneActions(port, services, runner, describe);
  const { inspection, outcome } = pane;
  const [draft, setDraft] = useState(false);
  const [tab, setTab] = useState<TabName>("findings");
  const ids = useId(); // two panes on one page (the demo remounts) must not share element ids
  const tabId = (name: TabName) => `${ids}-tab-${name}`;
  const panelId = `${ids}-panel`;

  const check = async () => {
    setTab("findings");
    await pane.check();
  };
  const declare = async () => {
    const result = await pane.declare(draft);
    // held back: the reasons are the error findings, so show them; else what was issued
    if (result) setTab(result.blocked && !draft ? "findings" : "declarations");
  };

  const groups = useMemo(() => (outcome ? groupFindings(outcome.findings) : null), [outcome]);
  const fieldsFor = useCallback(
    (sheet: RecognisedSheet) => {
      const known = services.fieldsFor(sheet.kind);
      const extra = Object.keys(sheet.columns).filter((f) => !known.some((k) => k.field === f));
      return [...known, ...extra.map((field) => ({ field, label: humanise(field) }))];
    },
    [services],
  );

  const busy = runner.running !== null;
  const name = workbookName ?? inspection?.workbook;
  return (
    // No <main> here: the host page owns its landmarks (taskpane.html mounts into <main>).
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>ISCC Mass Balance</h1>
        <Text size={200} className={styles.workbook}>
          {name ? `Workbook: ${name}` : "Connecting to the workbook…"}
        </Text>
      </header>
      <ActionsBar
        busy={busy}
        errorCount={outcome ? countOf(outcome.findings, "error") : null}
        draft={draft}
        onDraftChange={setDraft}
        onCheck={() => void check()}
        onDeclare={() => void declare()}
        onClear={() => void pane.clear()}
      />
      <StatusArea runner={runner} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabName)}
      >
        <Tab value="findings" id={tabId("findings")} aria-controls={panelId}>
          Findings{" "}
          {outcome && (
            <CounterBadge size="small" count={outcome.findings.length} showZero color="informative" />
          )}
        </Tab>
        {PLAIN_TABS.map(([value, label]) => (
          <Tab key={value} value={value} id={tabId(value)} aria-controls={panelId}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(tab)}>
        {pane.stale && (tab === "findings" || tab === "balances") && (
          <Text size={200} className={styles.stale} block>
            The mapping or settings changed since this check. Check again to update these results.
          </Text>
        )}
        {tab === "findings" && (
          <FindingsPanel groups={groups} onSelect={pane.select} cleared={pane.cleared} />
        )}
        {tab === "declarations" && (
          <DeclarationsPanel
            declarations={outcome?.declarations ?? null}
            busy={busy}
            onCancel={(request) => void pane.cancel(request, draft)}
          />
        )}
        {tab === "balances" && (
          <BalancesPanel
            balances={outcome?.balances ?? null}
            overdrafts={outcome?.overdrafts}
            products={outcome?.products}
          />
        )}
        {(tab === "sheets" || tab === "settings") && !inspection && (
          <NotRead busy={busy} onRetry={() => void pane.inspect()} />
        )}
        {tab === "sheets" && inspection && (
          <SheetsPanel
            inspection={inspection}
            fieldsFor={fieldsFor}
            onMap={(m, label) => void pane.map(m, label)}
          />
        )}
        {tab === "settings" && inspection && (
          <SettingsPanel
            key={pane.readCount}
            initial={inspection.settings}
            effective={inspection.effective}
            busy={busy}
            onSave={(settings) => void pane.saveSettings(settings)}
          />
        )}
      </div>
    </div>
  );
}

function NotRead({ busy, onRetry }: { busy: boolean; onRetry(): void }) {
  if (busy) return <Text>Reading the workbook…</Text>;
  return (
    <>
      <Text block>The workbook has not been read yet.</Text>
      <Button size="small" onClick={onRetry}>
        Read the workbook again
      </Button>
    </>
  );
}
