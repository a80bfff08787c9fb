// The details of the codes about production rows: conversion factors, yields, batches.
export interface ConversionFactorMissingDetails {
  input: string;
  output: string;
  date: string;
}

export interface ConversionFactorDeviatesDetails {
  actual: string;
  factor: string;
  tolerance: string;
  /** the difference, percent */
  deviation?: string;
  /** which of the two the credit follows */
  used?: "yield" | "factor";
}

/** Two batch ids that differ by more than spaces and case but look alike (conversions.ts). */
export interface BatchIdAlikeDetails {
  /** this row's batch id as typed */
  batch: string;
  /** the earlier, alike batch id as typed */
  other: string;
  /** where the earlier id is, e.g. "Production!B3" */
  first: string;
}

export interface CoProductInputDiffersDetails {
  batch: string;
  first: string;
  field: string;
}

export interface ConversionImpossibleDetails {
  /** "incomparable", "co-products", "yield" or "factor" */
  reason: string;
  input?: string | null;
  output?: string | null;
  value?: string | null;
  batch?: string | null;
  inputUnit?: string | null;
  outputUnit?: string | null;
}
