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
/** Two production rows without a batch id that look like one process (brk19 #4, processes.ts). */
export interface ProductionInputRepeatedDetails {
  /** the input product, its quantity as typed with its unit, and the day */
  input: string;
  quantity: string;
  date: string;
  /** where the earlier row's input quantity is, e.g. "Production!C2" */
  first: string;
}

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

/**
 * Why a production row creates no credit (conversions.ts), worded in the message table:
 * `incomparable` (output and input in units no density on the row relates), `co-products` (a
 * batch's outputs get more than the input's mass in total), `yield` or `factor` (above 1), (h-ghg3)
 * `inverse` (an input per output below 1: more mass out than in), `factor-both` (a factor and an
 * input per output on one row that are not each other's reciprocal; `value` the factor, `other` the inverse).
 */
export type ConversionProblem =
  "incomparable" | "co-products" | "yield" | "factor" | "factor-unit" | "inverse" | "factor-both";

/**
 * Why a factor's unit keeps it from converting a row (factor-check.ts, reason `factor-unit`):
 * `unknown` (not output per input in units the product knows), `inexact` (it would divide by 3.6),
 * `input` (it is per another unit than the row's input's), `output` (it gives another unit than
 * the row's output's), (h-ghg3) `inverse` (an input per output of 0, or in units other than one for both sides).
 */
export type FactorRefusal = "unknown" | "inexact" | "input" | "output" | "inverse";

export interface ConversionImpossibleDetails {
  reason: ConversionProblem;
  input?: string | null;
  output?: string | null;
  value?: string | null;
  /** for `factor-both`: the input per output as typed */
  other?: string | null;
  batch?: string | null;
  inputUnit?: string | null;
  outputUnit?: string | null;
  /** for `incomparable`: the value of the output that would relate the two units */
  needs?: "density" | "heating value" | null;
  /** for `factor-unit`: why, the factor's unit as written, its output unit and its input unit */
  why?: FactorRefusal | null;
  factorUnit?: string | null;
  factorOut?: string | null;
  factorIn?: string | null;
  /** for `factor-unit`: the row gives no output quantity (its output's unit is the input's) */
  noOutput?: boolean | null;
}
