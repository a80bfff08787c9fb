// The use cases every host shares (task pane, massbal CLI, browser demo).
import type { IssuedDeclarationInput, SchemeName, SettingsInput } from "../engine/model";
import type { Balance, Declaration, Finding, LedgerLines } from "../engine/result";
import type { Progress } from "../workbook/port";
import type { Overdraft, ProductPosition } from "./positions";
import type { RecognisedSheet } from "../workbook/types";
import type { CancelRequest } from "./cancel";

export interface RunOptions {
  scheme?: SchemeName;
  periodMonths?: number;
  periodStart?: string;
  continuous?: boolean;
  /** write the declarations that errors hold back as drafts (no number, marked DRAFT) */
  draft?: boolean;
  /** Declare only: issued declarations to withdraw (who, why); the register records it, dated today */
  cancel?: CancelRequest[];
  /**
   * A register kept with another copy of these books (massbal: the audited copy it replaces).
   * Its declarations join the workbook's own (which win for a number), are found by what their
   * deliveries are, and are written into this workbook's register.
   */
  register?: IssuedDeclarationInput[];
  /** settings that win over the workbook's own (from CLI flags or the task pane) */
  settings?: SettingsInput;
  /** issuance date for new declarations (tests pin it); default: today */
  today?: string;
  /**
   * YYYY-MM-DD, the day of the run: a receipt, delivery, production row, stock count or transfer
   * dated after it is refused at its date cell (engine EngineOptions.runDay). Tests pin it;
   * default: the day of `now` in the local calendar of the person running it
   */
  runDay?: string;
  /** the moment the run says it was made (MB Summary, page footers); tests pin it; default: now */
  now?: Date;
  onProgress?: (p: Progress) => void;
  /** what a host could not do as asked, though the run succeeded (e.g. print layout); also in outcome.notices */
  onNotice?: (message: string) => void;
  signal?: AbortSignal;
}

export interface CheckOutcome {
  workbook: string;
  sheets: RecognisedSheet[];
  findings: Finding[];
  balances: Balance[];
  /** the MB Ledger lines, as the engine gives them (columns; `entry(i)` builds one line) */
  ledger: LedgerLines;
  declarations: Declaration[];
  periods: { start: string; end: string }[];
  /**
   * the first ledger line below zero per account and period (read with overdraftOf): what
   * MB Summary, the pane and --json show as the first overdraft, so all of them agree with MB Ledger
   */
  overdrafts: Map<string, Overdraft>;
  /** one line per site × product × period: physical stock and credit sold ahead of any account */
  products: ProductPosition[];
  /** generated sheets written by this run */
  written: string[];
  /** number of user cells marked in place */
  marked: number;
  /** some declarations are held back by errors in their reach (and were not written as drafts) */
  blocked: boolean;
  /** what the host could not do as asked although the run succeeded, in words for the user */
  notices: string[];
}

export interface ClearOutcome {
  /** cells whose original fill and note were restored */
  restored: number;
}
