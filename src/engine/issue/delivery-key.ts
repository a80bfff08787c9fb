// (p-folder) The delivery a declaration was issued for, as one text: the identity the register
// binds a declaration to its row by (identity.ts identityKey: date, customer, product, site and
// quantity). The folder scan (src/cli/declared-elsewhere.ts) compares the deliveries this run
// declares with those another audited copy's register declares, so that one delivery never gets
// a second declaration under another number in a second copy (double claiming).
import type { Declaration } from "../result";
import { identityKey } from "./identity";
import { metaOf } from "./meta";
import { identityOf, recordedFields } from "./record";

/**
 * The delivery a declaration of this run is for (its row's fields as the record will keep them);
 * "" where it carries none (a declaration frozen from an older register's columns).
 */
export function declaredDeliveryKey(d: Declaration): string {
  const fields = metaOf(d)?.fields;
  return fields ? identityKey(identityOf(fields)) : "";
}

/**
 * The delivery a register entry numbered `number` was issued for, from its record (`record`, the
 * register's record column); "" where the record cannot be read as that declaration's, or was
 * frozen from an older register's columns, which know the declared quantity only.
 */
export function recordedDeliveryKey(record: string, number: string): string {
  const fields = recordedFields(record, number);
  return fields ? identityKey(identityOf(fields)) : "";
}
