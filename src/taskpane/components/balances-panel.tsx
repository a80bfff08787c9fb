import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
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

export function BalancesPanel({ balances }: { balances: Balance[] | null }) {
  const styles = useStyles();
  if (!balances) return <Text>Run “Check workbook” to compute the balances.</Text>;
  if (balances.length === 0) return <Text>No sustainable material was found to balance.</Text>;
  return (
    <div className={styles.root}>
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
            {periods
              .filter((b) => b.firstOverdraft)
              .map((b) => (
                <Text key={b.periodStart} block size={200} className={styles.negative}>
                  Went below zero on {b.firstOverdraft}.
                </Text>
              ))}
          </section>
        );
      })}
    </div>
  );
}
