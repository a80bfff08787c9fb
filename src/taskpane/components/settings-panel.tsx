import { type FormEvent, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Switch,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import type { SchemeName, SettingsInput } from "../../engine/model";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  save: { alignSelf: "flex-start" },
});

const SCHEMES: SchemeName[] = ["ISCC EU", "ISCC PLUS"];

interface Draft {
  scheme: SchemeName | "";
  periodMonths: string;
  periodStart: string;
  continuous: boolean;
  companyName: string;
  companyAddress: string;
  ownCertificate: string;
  sdPrefix: string;
}

function draftOf(s: SettingsInput): Draft {
  return {
    scheme: s.scheme ?? "",
    periodMonths: s.periodMonths === undefined ? "" : String(s.periodMonths),
    periodStart: s.periodStart ?? "",
    continuous: s.mode === "continuous",
    companyName: s.companyName ?? "",
    companyAddress: s.companyAddress ?? "",
    ownCertificate: s.ownCertificate ?? "",
    sdPrefix: s.sdPrefix ?? "",
  };
}

/**
 * Keeps what the user did not touch (tolerances, pooling…) and drops blanks, so the workbook's
 * own settings sheet and the defaults apply; saving removes a setting the user cleared.
 */
function settingsOf(d: Draft, start: Draft, base: SettingsInput): SettingsInput {
  const text = (v: string) => v.trim() || undefined;
  const modeTouched = base.mode !== undefined || d.continuous !== start.continuous;
  return {
    ...base,
    scheme: d.scheme || undefined,
    periodMonths: d.periodMonths.trim() ? Number(d.periodMonths) : undefined,
    periodStart: text(d.periodStart),
    mode: modeTouched ? (d.continuous ? "continuous" : "end-of-period") : undefined,
    companyName: text(d.companyName),
    companyAddress: text(d.companyAddress),
    ownCertificate: text(d.ownCertificate),
    sdPrefix: text(d.sdPrefix),
  };
}

function periodMonthsProblem(v: string): string | undefined {
  if (!v.trim()) return undefined;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1 && n <= 12 ? undefined : "Enter whole months from 1 to 12.";
}

function periodStartProblem(v: string): string | undefined {
  if (!v.trim()) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(v.trim()) ? undefined : "Enter a date as YYYY-MM-DD.";
}

export interface SettingsPanelProps {
  /** the settings saved from the pane */
  initial: SettingsInput;
  /** what a check uses now (the workbook's settings sheet under the saved ones): shown as placeholders */
  effective: SettingsInput;
  busy: boolean;
  onSave(settings: SettingsInput): void;
}

export function SettingsPanel({ initial, effective, busy, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [start] = useState(() => ({ ...draftOf(initial), continuous: effective.mode === "continuous" }));
  const [draft, setDraft] = useState(start);
  const inherited = draftOf(effective);
  const notSet = inherited.scheme ? `As in the workbook (${inherited.scheme})` : "Not set";
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const monthsProblem = periodMonthsProblem(draft.periodMonths);
  const startProblem = periodStartProblem(draft.periodStart);
  const textSetting = (key: "companyName" | "ownCertificate" | "sdPrefix", label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      <Input value={draft[key]} placeholder={inherited[key]} onChange={(_, d) => set(key, d.value)} />
    </Field>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!monthsProblem && !startProblem) onSave(settingsOf(draft, start, initial));
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Settings">
      <Text size={200}>
        Saved in this workbook. A blank field uses the workbook’s own settings sheet, shown in grey.
      </Text>
      <Field label="Scheme" hint="Used where a row does not name its scheme.">
        <Dropdown
          value={draft.scheme || notSet}
          selectedOptions={[draft.scheme]}
          onOptionSelect={(_, data) => set("scheme", (data.optionValue ?? "") as Draft["scheme"])}
        >
          <Option value="">{notSet}</Option>
          {SCHEMES.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Period length (months)"
        hint="ISCC EU allows at most 3."
        validationMessage={monthsProblem}
      >
        <Input
          type="number"
          min={1}
          max={12}
          value={draft.periodMonths}
          placeholder={inherited.periodMonths}
          onChange={(_, d) => set("periodMonths", d.value)}
        />
      </Field>
      <Field label="First period starts" validationMessage={startProblem}>
        <Input
          value={draft.periodStart}
          placeholder={inherited.periodStart || "YYYY-MM-DD"}
          onChange={(_, d) => set("periodStart", d.value)}
        />
      </Field>
      <Switch
        label="Continuous mode (a balance below zero at any time is an error)"
        checked={draft.continuous}
        onChange={(_, d) => set("continuous", d.checked)}
      />
      {textSetting("companyName", "Company name")}
      <Field label="Company address">
        <Textarea
          value={draft.companyAddress}
          placeholder={inherited.companyAddress}
          onChange={(_, d) => set("companyAddress", d.value)}
          resize="vertical"
        />
      </Field>
      {textSetting("ownCertificate", "Own certificate number")}
      {textSetting(
        "sdPrefix",
        "Declaration number prefix",
        "New declarations are numbered PREFIX-YEAR-SEQUENCE.",
      )}
      <Button
        type="submit"
        appearance="primary"
        icon={<Save20Regular />}
        disabledFocusable={busy}
        className={styles.save}
      >
        Save settings
      </Button>
    </form>
  );
}
