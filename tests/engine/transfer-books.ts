// The two sites the engine's transfer tests move credit between (credit, credit-unknown,
// credit-refusals, first-law-engine, transfer-not-booked): Hamburg and Venlo of one company under
// ISCC PLUS, Hamburg's receipt of UCO, and a transfer of UCO from Hamburg to Venlo.
import type { ReceiptInput, SiteInput, TransferInput } from "../../src/engine";
import { type NoSource, uco } from "./build";

/** Hamburg (DE, PLUS-1) and Venlo (NL, PLUS-2): two ISCC PLUS sites of Acme under one certification body, CB. */
export const PLUS_SITES: NoSource<SiteInput>[] = [
  { site: "Hamburg", company: "Acme", country: "DE", certificateNumber: "PLUS-1", certificationBody: "CB" },
  { site: "Venlo", company: "Acme", country: "NL", certificateNumber: "PLUS-2", certificationBody: "CB" },
];

/** Hamburg's receipt IN-1 of 100 t of UCO on 2025-01-05, ISCC PLUS, bio-circular (uco's otherwise). */
export const hamburgUco = (): NoSource<ReceiptInput> =>
  uco("2025-01-05", "100", "IN-1", { site: "Hamburg", scheme: "ISCC PLUS", claim: "bio-circular" });

/**
 * A transfer of `quantity` t of UCO (Used cooking oil, ISCC PLUS, bio-circular) from Hamburg to
 * Venlo on 2025-02-01, with the fields `extra` (a claim, a country of origin…) over these.
 */
export const plusTransfer = (
  quantity: string,
  extra: Partial<NoSource<TransferInput>> = {},
): NoSource<TransferInput> => ({
  date: "2025-02-01",
  fromSite: "Hamburg",
  toSite: "Venlo",
  product: "UCO",
  quantity,
  unit: "t",
  scheme: "ISCC PLUS",
  claim: "bio-circular",
  rawMaterial: "Used cooking oil",
  ...extra,
});
