// Reading a workbook snapshot: recognition, values, mapping to engine records, parse findings.
import type { Ledger } from "../engine/model";
import { readConfig } from "./config";
import type { WorkbookSnapshot } from "./port";
import type { ReadResult } from "./types";

export function emptyLedger(): Ledger {
  return {
    receipts: [],
    deliveries: [],
    production: [],
    factors: [],
    stockCounts: [],
    certificates: [],
    sites: [],
    transfers: [],
    settings: {},
    issued: [],
    usedSdNumbers: [],
  };
}

export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const config = readConfig(snapshot);
  return { sheets: [], ledger: emptyLedger(), findings: [], config };
}
