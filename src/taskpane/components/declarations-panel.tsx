import { useId, useState } from "react";
import { Button, Dropdown, Field, Input, Option, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CancelRequest } from "../../app/cancel";
import { STATUS_TEXT } from "../../app/status-text";
import type { Declaration, DeclarationStatus } from "../../engine/result";
import { plural } from "../present";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "start",
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  number: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** The pane tells apart what this run issued. */
const STATUS: Record<DeclarationStatus, string> = { ...STATUS_TEXT, new: "Issued now" };

export interface DeclarationsPanelProps {
  declarations: Declaration[] | null;
  busy: boolean;
  onCancel(request: CancelRequest): void;
}

/** The register as the last run left it, and the correction of an issued declaration (domain.md §8). */
export function DeclarationsPanel({ declarations, busy, onCancel }: DeclarationsPanelProps) {
  const styles = useStyles();
  if (!declarations) return <Text>Run “Check workbook” or “Generate declarations” to see them.</Text>;
  const open = declarations.filter((d) => d.status === "issued" || d.status === "new");
  return (
    <div className={styles.root}>
      {declarations.length === 0 ? (
        <Text>No sustainable deliveries to declare yet.</Text>
      ) : (
        <table className={styles.table}>
          <caption className={styles.hint}>{plural(declarations.length, "declaration")}</caption>
          <thead>
            <tr>
              <th className={styles.cell}>Number</th>
              <th className={styles.cell}>Status</th>
              <th className={styles.cell}>Customer</th>
              <th className={styles.number}>Quantity</th>
            </tr>
          </thead>
          <tbody>
            {declarations.map((d, i) => (
              <tr key={`${d.number}-${i}`}>
                <td className={styles.cell}>{d.number || "—"}</td>
                <td className={styles.cell}>
                  {STATUS[d.status]}
                  {d.correction?.replacedBy ? ` by ${d.correction.replacedBy}` : ""}
                  {d.heldBy?.length ? `: ${d.heldBy.map((f) => f.code).join(", ")}` : ""}
                </td>
                <td className={styles.cell}>{d.recipient.name}</td>
                <td className={styles.number}>
                  {d.quantity} {d.unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open.length > 0 && (
        <CancelForm numbers={[...new Set(open.map((d) => d.number))]} busy={busy} onCancel={onCancel} />
      )}
    </div>
  );
}

function CancelForm({
  numbers,
  busy,
  onCancel,
}: {
  numbers: string[];
  busy: boolean;
  onCancel(r: CancelRequest): void;
}) {
  const styles = useStyles();
  const headingId = useId();
  const [number, setNumber] = useState("");
  const [by, setBy] = useState("");
  const [reason, setReason] = useState("");
  const ready = number !== "" && by.trim() !== "" && reason.trim() !== "";
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && !busy) onCancel({ number, by, reason });
      }}
    >
      <h3 id={headingId} className={styles.heading}>
        Cancel a declaration
      </h3>
      <Text size={200} className={styles.hint}>
        An issued declaration is never changed. Where its delivery was reduced or called off, cancel it here:
        MB Declarations records who cancelled it, when and why, and a delivery still in the books gets a
        corrected declaration with a new number.
      </Text>
      <Field label="Declaration">
        <Dropdown
          placeholder="Choose its number"
          value={number}
          selectedOptions={number ? [number] : []}
          onOptionSelect={(_, data) => setNumber(data.optionValue ?? "")}
        >
          {numbers.map((n) => (
            <Option key={n} value={n}>
              {n}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Cancelled by" required>
        <Input value={by} onChange={(_, data) => setBy(data.value)} />
      </Field>
      <Field label="Reason" required>
        <Input value={reason} onChange={(_, data) => setReason(data.value)} />
      </Field>
      <Button type="submit" disabledFocusable={busy || !ready}>
        Cancel declaration
      </Button>
    </form>
  );
}
