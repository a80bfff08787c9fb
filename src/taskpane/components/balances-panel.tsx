import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type Overdraft, type ProductPosition, overdraftOf } from "../../app/positions";
import type { Balance } from "../../engine/result";
import { reconciliation } from "../present";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  account: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  traits: { color: tokens.colorNeutralForeground3 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "start" },
  number: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
  },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  negative: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

function groupByAccount(balances: readonly Balance[]): Balance[][] {
  const groups = new Map<string, Balance[]>();
  for (const b of balances) groups.set(b.account, [...(groups.get(b.account) ?? []), b]);
  return [...groups.values()];
}

function traitsOf(b: Balance): string {
  const c = b.characteristics;
  return [b.site, b.scheme, c.rawMaterial, c.countryOfOrigin, c.claim].filter((t) => t).join(" · ");
}

export interface BalancesPanelProps {
  balances: Balance[] | null;
  /** first overdraft per account and period, as MB Summary and MB Ledger show it */
  overdrafts?: Map<string, Overdraft>;
  /** per product and period: credit sold ahead while no account could carry it */
  products?: ProductPosition[];
}

export function BalancesPanel({ balances, overdrafts = new Map(), products = [] }: BalancesPanelProps) {
  const styles = useStyles();
  if (!balances) return <Text>Run “Check workbook” to compute the balances.</Text>;
  if (balances.length === 0) return <Text>No sustainable material was found to balance.</Text>;
  const soldAhead = products.filter((p) => p.soldAhead);
  return (
    <div className={styles.root}>
      {soldAhead.length > 0 && (
        <section aria-label="Sold ahead of credit">
          <h3 className={styles.account}>Sold ahead of credit</h3>
          {soldAhead.map((p) => (
            <Text
              key={`${p.site}|${p.product}|${p.periodStart}`}
              block
              size={200}
              className={styles.negative}
            >
              {p.site ? `${p.site}: ` : ""}
              {p.product} was sold ahead of any credit on {p.soldAhead?.date}, down to {p.soldAhead?.amount}{" "}
              {p.unit} (the product&apos;s line in MB Ledger).
            </Text>
          ))}
        </section>
      )}
      {groupByAccount(balances).map((periods) => {
        const first = periods[0] as Balance;
        return (
          <section key={first.account}>
            <h3 className={styles.account}>{first.product}</h3>
            <Text size={200} className={styles.traits}>
              {traitsOf(first)}
            </Text>
            <table className={styles.table}>
              <caption className={styles.srOnly}>
                Balances of {first.product}, {traitsOf(first)}
              </caption>
              <thead>
                <tr>
                  <th className={styles.cell}>Period</th>
                  <th className={styles.number}>Closing ({first.unit})</th>
                  <th className={styles.number}>Carried forward</th>
                </tr>
              </thead>
              <tbody>
                {periods.map((b) => (
                  <tr key={b.periodStart}>
                    <td className={styles.cell}>
                      {b.periodStart} – {b.periodEnd}
                    </td>
                    <td className={mergeClasses(styles.number, b.closing.startsWith("-") && styles.negative)}>
                      {b.closing}
                    </td>
                    <td className={styles.number}>{b.carriedForward}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {periods.map((b) => (
              <Text key={b.periodStart} block size={200} className={styles.traits}>
                {b.periodStart} – {b.periodEnd}: {reconciliation(b)}
              </Text>
            ))}
            {periods.map((b) => {
              const o = overdraftOf(overdrafts, b);
              return o ? (
                <Text key={b.periodStart} block size={200} className={styles.negative}>
                  Went below zero on {o.date}, to {o.amount} {o.unit}.
                </Text>
              ) : null;
            })}
          </section>
        );
      })}
    </div>
  );
}
