// The details of invalid-unit as the engine raises it (a record's unit field, not a cell).
import type { Consequence } from "./details-reasons";

export interface InvalidUnitDetails {
  value: string;
  field?: string | null;
  /** ghg.unit: what intake did with the row's credit, where it said (Consequence) */
  consequence?: Consequence | null;
  /** the units the field takes, as a list in words */
  expected?: string | null;
  /** no unit at all was given */
  missing?: boolean;
  /**
   * ghg.unit: `co2-only`, the unit counts CO2 alone, not CO2 equivalent ("g CO2/MJ"; brk24 §5):
   * read as CO2eq it would change what the value means (engine/ghg-units.ts isCo2Only)
   */
  reason?: "co2-only" | null;
}
