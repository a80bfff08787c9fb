// A book of one receipt (100 t of rapeseed oil, IN-1) and one delivery of it, each with the columns
// a test gives, read from its sheets and run through the engine (the energy-content tests).
import {
  type BookCell as Cell,
  bookSnapshot,
  day,
  ISSUING_RECEIPT_HEADER,
  ISSUING_SETTINGS,
  issuingReceipt,
  plainBook,
} from "../../src/books";
import { type EngineResult, runEngine } from "../../src/engine";
import { readWorkbook } from "../../src/workbook/read";
import type { Finding } from "../../src/engine/result";

/** Columns beside the quantity: headings and the row's cells under them. */
export interface Beside {
  head: string[];
  cells: Cell[];
}

const NONE: Beside = { head: [], cells: [] };

/**
 * Reads and runs a book: Receipts (ISSUING_RECEIPT_HEADER, 100 t, `receipt` beside), Deliveries
 * (60 t of it under `quantity` heading, sold as sustainable, `delivery` beside). Returns the
 * reading's and the engine's findings, and the declarations.
 */
export function energyBook(
  delivery: Beside = NONE,
  receipt: Beside = NONE,
  quantity: [string, Cell] = ["Quantity (t)", 60],
): { findings: Finding[]; result: EngineResult } {
  const book = plainBook({
    Settings: ISSUING_SETTINGS,
    Receipts: [
      [...ISSUING_RECEIPT_HEADER, ...receipt.head],
      [...issuingReceipt("2025-01-10", "IN-1", 100, 20), ...receipt.cells],
    ],
    Deliveries: [
      ["Date", "Customer", "Customer address", "Product", quantity[0], "Sustainable", ...delivery.head],
      [
        day("2025-03-01"),
        "Nordic Fuels Oy",
        "Satamatie 3, Porvoo",
        "Rapeseed oil",
        quantity[1],
        "yes",
        ...delivery.cells,
      ],
    ],
  });
  const read = readWorkbook(bookSnapshot(book));
  const result = runEngine(read.ledger, { today: "2025-04-15" });
  return { findings: [...read.findings, ...result.findings], result };
}
