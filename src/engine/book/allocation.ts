// What a sustainable delivery drew: the portions of credit behind its declaration (domain.md §4).
import type { Dec } from "../quantity";
import type { Delivery, Ghg } from "../records";
import type { Account, Batch } from "./accounts";

export interface Portion {
  account: Account;
  batch: Batch;
  quantity: Dec;
}

export interface Allocation {
  delivery: Delivery;
  quantity: Dec;
  unit: string;
  unfilled: Dec;
  portions: Portion[];
  failed: boolean;
  /**
   * worst-value pooling only: the worst GHG value in each account drawn on, over the batches in it
   * when the delivery left (what it drew included): the pool the declaration speaks for (TV-8)
   */
  poolWorst?: Map<Account, Ghg | null>;
}
