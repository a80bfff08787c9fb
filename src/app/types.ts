// The use cases every host shares (task pane, massbal CLI, browser demo).
import type { SchemeName, SettingsInput } from "../engine/model";
import type { Balance, Declaration, Finding, LedgerEntry } from "../engine/result";
import type { Progress } from "../workbook/port";
import type { RecognisedSheet } from "../workbook/types";

export interface RunOptions {
  scheme?: SchemeName;
  periodMonths?: number;
  periodStart?: string;
  continuous?: boolean;
  /** declare even though error findings exist; declarations are then marked DRAFT */
  draft?: boolean;
  /** settings that win over the workbook's own (from CLI flags or the task pane) */
  settings?: SettingsInput;
  /** issuance date for new declarations (tests pin it); default: today */
  today?: string;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
}

export interface CheckOutcome {
  workbook: string;
  sheets: RecognisedSheet[];
  findings: Finding[];
  balances: Balance[];
  ledger: LedgerEntry[];
  declarations: Declaration[];
  periods: { start: string; end: string }[];
  /** generated sheets written by this run */
  written: string[];
  /** number of user cells marked in place */
  marked: number;
  /** error findings block declarations unless draft */
  blocked: boolean;
}

export interface ClearOutcome {
  /** cells whose original fill and note were restored */
  restored: number;
}
