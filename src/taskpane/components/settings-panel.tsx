import { type FormEvent, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  Switch,
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

/** Keeps what the user did not touch (tolerances, pooling…) and drops blanks, so defaults apply. */
function settingsOf(d: Draft, base: SettingsInput): SettingsInput {
  const text = (v: string) => v.trim() || undefined;
  return {
    ...base,
    scheme: d.scheme || undefined,
    periodMonths: d.periodMonths.trim() ? Number(d.periodMonths) : undefined,
    periodStart: text(d.periodStart),
    mode: d.continuous ? "continuous" : "end-of-period",
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
  initial: SettingsInput;
  busy: boolean;
  onSave(settings: SettingsInput): void;
}

export function SettingsPanel({ initial, busy, onSave }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(() => draftOf(initial));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const monthsProblem = periodMonthsProblem(draft.periodMonths);
  const startProblem = periodStartProblem(draft.periodStart);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!monthsProblem && !startProblem) onSave(settingsOf(draft, initial));
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label="Settings">
      <Field label="Scheme" hint="Used where a row does not name its scheme.">
        <Dropdown
          value={draft.scheme || "Not set"}
          selectedOptions={[draft.scheme]}
          onOptionSelect={(_, data) => set("scheme", (data.optionValue ?? "") as Draft["scheme"])}
        >
          <Option value="">Not set</Option>
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
          onChange={(_, d) => set("periodMonths", d.value)}
        />
      </Field>
      <Field label="First period starts" validationMessage={startProblem}>
        <Input type="date" value={draft.periodStart} onChange={(_, d) => set("periodStart", d.value)} />
      </Field>
      <Switch
        label="Continuous mode (a balance below zero at any time is an error)"
        checked={draft.continuous}
        onChange={(_, d) => set("continuous", d.checked)}
      />
      <Field label="Company name">
        <Input value={draft.companyName} onChange={(_, d) => set("companyName", d.value)} />
      </Field>
      <Field label="Company address">
        <Textarea
          value={draft.companyAddress}
          onChange={(_, d) => set("companyAddress", d.value)}
          resize="vertical"
        />
      </Field>
      <Field label="Own certificate number">
        <Input value={draft.ownCertificate} onChange={(_, d) => set("ownCertificate", d.value)} />
      </Field>
      <Field label="Declaration number prefix" hint="New declarations are numbered PREFIX-YEAR-SEQUENCE.">
        <Input value={draft.sdPrefix} onChange={(_, d) => set("sdPrefix", d.value)} />
      </Field>
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
