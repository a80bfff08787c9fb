// The details of the codes about outgoing declarations, and of the app's own codes.
export interface ClaimExceedsInputDetails {
  quantity: string;
  unit: string;
  claim: string;
  available: string;
}

export interface LinkedSdUnavailableDetails {
  asked: string;
  unit: string;
  sds: string;
  available: string;
}

export interface TransferNotAllowedDetails {
  from: string;
  to: string;
  reason: string;
}

export interface DeclarationStaleDetails {
  number: string;
  fields?: string | null;
  reason?: string | null;
  extra?: string | null;
}

export interface DeclarationNeedsCorrectionDetails {
  why: "less" | "gone";
  cancel: string;
  number?: string | null;
  declaration?: string | null;
  issued?: string | null;
  now?: string | null;
  unit?: string | null;
}

export interface DeclarationAmbiguousDetails {
  declaration: string;
  number: string;
}

export interface DeclarationNumberDuplicateDetails {
  number: string;
  others: string;
  owner?: string | null;
}

export interface DeclarationRecordUnreadableDetails {
  number: string;
  reason: string;
}

export interface InputIncompleteDetails {
  kinds: string;
}

export interface DeclarationIncompleteDetails {
  quantity: string;
  unit: string;
  product: string;
  customer: string;
  date: string;
  /** what the PoS lacks, in words */
  missing: string;
  /** the same, as field names */
  fields?: string;
}

export interface EngineErrorDetails {
  error: string;
}

export interface ReservedSheetNameDetails {
  /** the name the results sheet should have had */
  wanted: string;
  /** the name it was written under */
  written: string;
}
