import { useCallback, useEffect, useMemo, useState } from "react";
import { Button, CounterBadge, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SettingsInput } from "../../engine/model";
import type { CheckOutcome } from "../../app/types";
import type { CellRef, WorkbookPort } from "../../workbook/port";
import type { ColumnMapping, RecognisedSheet } from "../../workbook/types";
import { type DescribeError, describeError } from "../error-text";
import { cellLabel, checkSummary, countOf, groupFindings, humanise, plural } from "../present";
import type { Inspection, PaneServices } from "../services";
import { useRunner } from "../use-runner";
import { ActionsBar } from "./actions-bar";
import { BalancesPanel } from "./balances-panel";
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

type TabName = "findings" | "balances" | "sheets" | "settings";

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
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [settingsVersion, setSettingsVersion] = useState(0);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [stale, setStale] = useState(false);
  const [draft, setDraft] = useState(false);
  const [tab, setTab] = useState<TabName>("findings");
  const { run, report } = runner;

  const inspect = useCallback(async () => {
    const found = await run("Reading the workbook", (c) => services.inspect(port, c));
    if (found) {
      setInspection(found);
      setSettingsVersion((v) => v + 1);
    }
    return found;
  }, [run, services, port]);

  useEffect(() => {
    void inspect().then((found) => {
      if (!found) return;
      const usable = found.sheets.filter((s) => s.kind !== "unknown").length;
      if (usable > 0) report(`Found ${plural(usable, "sheet")} to check.`);
      else
        report("No mass balance sheets were recognised.", {
          intent: "warning",
          title: "No sheets recognised",
          text: "None of the sheets has a header row the add-in knows. Open Sheets to map the columns by hand.",
        });
    });
  }, [inspect, report]);

  const check = async () => {
    const result = await run("Checking the workbook", (c) => services.check(port, c));
    if (!result) return;
    setOutcome(result);
    setStale(false);
    setTab("findings");
    const checked = result.sheets.filter((s) => s.kind !== "unknown").length;
    const marked = result.marked ? ` Marked ${plural(result.marked, "cell")} in place.` : "";
    report(`${checkSummary(checked, result.findings)}.${marked}`);
  };

  const declare = async () => {
    const result = await run("Generating declarations", (c) => services.declare(port, { ...c, draft }));
    if (!result) return;
    setOutcome(result);
    setStale(false);
    const errors = countOf(result.findings, "error");
    if (result.blocked && !draft) {
      setTab("findings");
      report(`No declarations issued: ${plural(errors, "error")} must be fixed first.`, {
        intent: "warning",
        title: "Declarations blocked",
        text: `The check found ${plural(errors, "error")}. Fix them and try again, or tick “Issue as draft”.`,
      });
      return;
    }
    const fresh = result.declarations.filter((d) => d.status !== "issued");
    const kind = result.declarations.some((d) => d.status === "draft")
      ? "draft declaration"
      : "new declaration";
    report(
      fresh.length
        ? `Wrote ${plural(fresh.length, kind)} to the MB Declarations sheet.`
        : "No new declarations were needed: every sustainable delivery already has one.",
    );
  };

  const clear = async () => {
    const result = await run("Clearing marks", (c) => services.clear(port, c));
    if (result) report(`Cleared marks: restored ${plural(result.restored, "cell")} as they were.`);
  };

  const map = async (mapping: ColumnMapping, label: string) => {
    const saved = await run("Saving the column mapping", async () => {
      await services.saveColumnMapping(port, mapping);
      return true;
    });
    if (!saved || !(await inspect())) return;
    if (outcome) setStale(true);
    const where = mapping.column ? `column ${mapping.column}` : "not mapped";
    report(
      mapping.field
        ? `Saved: ${label} on ${mapping.sheet} is now ${where}. Check again to use it.`
        : `Saved: ${mapping.sheet} is now read as ${label}. Check again to use it.`,
    );
  };

  const saveSettings = async (settings: SettingsInput) => {
    const saved = await run("Saving settings", async () => {
      await services.saveSettings(port, settings);
      return true;
    });
    if (!saved || !(await inspect())) return;
    if (outcome) setStale(true);
    report("Settings saved in this workbook.");
  };

  // Going to a cell is instant and harmless, so it does not take over the status area with progress.
  const onSelect = port.selectCell
    ? (ref: CellRef) => {
        const where = cellLabel(ref.sheet, ref.cell);
        port.selectCell?.(ref).then(
          () => report(`Selected ${where}.`),
          (error: unknown) =>
            report(`Could not select ${where}.`, {
              intent: "error",
              title: `Could not select ${where}`,
              text: describe(error),
            }),
        );
      }
    : undefined;

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
        onCheck={check}
        onDeclare={declare}
        onClear={clear}
      />
      <StatusArea runner={runner} />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, d) => setTab(d.value as TabName)}
      >
        <Tab value="findings" id="mb-tab-findings" aria-controls="mb-panel">
          Findings{" "}
          {outcome && (
            <CounterBadge size="small" count={outcome.findings.length} showZero color="informative" />
          )}
        </Tab>
        <Tab value="balances" id="mb-tab-balances" aria-controls="mb-panel">
          Balances
        </Tab>
        <Tab value="sheets" id="mb-tab-sheets" aria-controls="mb-panel">
          Sheets
        </Tab>
        <Tab value="settings" id="mb-tab-settings" aria-controls="mb-panel">
          Settings
        </Tab>
      </TabList>
      <div role="tabpanel" id="mb-panel" aria-labelledby={`mb-tab-${tab}`}>
        {stale && (tab === "findings" || tab === "balances") && (
          <Text size={200} className={styles.stale} block>
            The mapping or settings changed since this check. Check again to update these results.
          </Text>
        )}
        {tab === "findings" && <FindingsPanel groups={groups} onSelect={onSelect} />}
        {tab === "balances" && <BalancesPanel balances={outcome?.balances ?? null} />}
        {(tab === "sheets" || tab === "settings") && !inspection && (
          <NotRead busy={busy} onRetry={() => void inspect()} />
        )}
        {tab === "sheets" && inspection && (
          <SheetsPanel inspection={inspection} fieldsFor={fieldsFor} onMap={map} />
        )}
        {tab === "settings" && inspection && (
          <SettingsPanel
            key={settingsVersion}
            initial={inspection.settings}
            busy={busy}
            onSave={saveSettings}
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
