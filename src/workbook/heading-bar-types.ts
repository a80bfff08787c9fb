// The shape of a row of the heading-bar registry (heading-bar-table.ts): the bar's name, what it
// does and the meaning it bars. Moved out of heading-bar-table.ts whole (issue 15: files under
// 300 lines). Types only.

/** The name of a bar: what `barredFrom` says and candidate-headings.ts tells apart. */
export type Bar =
  | "negated"
  | "compliance"
  | "scheme-name"
  | "yes-no"
  | "proof-status"
  | "other-quantity"
  | "ghg-unit"
  | "ghg-term"
  | "no-ghg-value"
  | "other-end"
  | "a-day";

/**
 * What a bar does to a heading and a field it bars. "refuse": never the field, whoever maps it
 * (recognition, a remembered heading, the user's own mapping, which is set aside and said at the
 * heading, corrections.ts); "unrecognised": recognition never reads it as the field, nor offers it
 * to be mapped as it (candidate-headings.ts), but a user's own mapping of it applies.
 */
export type Does = "refuse" | "unrecognised";

/** One rule of the registry: a heading whose words mean `meaning` is barred from `fields`. */
export interface HeadingBar {
  bar: Bar;
  /** what the heading's words mean: "sustainable", "waste or residue", "claim", "certified", "compliance"… */
  meaning: string;
  /** "negated": the bar holds where a negation flips the words (negationOf); "written": as they stand */
  flip: "negated" | "written";
  /**
   * The meaning's words, as stems of accent-folded lower-case words ("nachhaltig" is also
   * "nachhaltige"); a stem of four letters or fewer ("iscc", "red") only as the whole word.
   */
  stems?: readonly string[];
  /** where not every negation word flips the meaning, the words that do (p-neg2: "ohne SD", not "No SD") */
  by?: ReadonlySet<string>;
  /** negation words that flip the meaning only in a heading that states a unit ("Non-SD (t)"; "Non SD" is a number's) */
  byWithUnit?: ReadonlySet<string>;
  /** words that state the negated meaning by themselves ("konventionell", "fossil": not sustainable); a phrase ("nieuw materiaal") as its words in turn */
  complements?: readonly string[];
  /** whether the heading names the meaning, for a row whose words are no list of stems */
  names?: (heading: string) => boolean;
  /** the fields barred: FieldSpec ids, "ghg.*" for every GHG value */
  fields: readonly string[];
  does: Does;
  /** the reason of the mapping-uncertain error said at the heading (negated-headings.ts), if one is */
  reason?: "negated-heading" | "claim-yes-no";
  /** how that error names the meaning ("the opposite of sustainable", "of compliant") */
  label?: string;
}
