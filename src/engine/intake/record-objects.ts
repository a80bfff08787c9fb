// The receipts and deliveries intake makes, 100,000 of each on the budget ledger, as objects of a
// class rather than of one object literal. V8 moves the objects of a literal whose objects live long
// (allocation-site pretenuring) into the old generation as it makes them, and every value stored
// into such an object is then a store into old space: on the budget ledger that cost intake's
// main thread ~100-170 ms more than objects of a class, which the young generation's collector
// copies, partly on other threads (bench/RESULTS.md, round 15). The fields are the interfaces' of
// records.ts, in the order the records always had (JSON and spreads of a record read them in that
// order); their types are the interfaces' own. The fields are declared (`declare`), not defined:
// a defined class field is stored twice per object, undefined first.
import { clean } from "../normalise";
import type { Delivery, Movement, Receipt } from "../records";
import type { ValidRow } from "../record-derived";
import { type Measure, t } from "./context";
import { unconvertedOf } from "./unconverted-of";

type M = Movement;
type R = Receipt;
type D = Delivery;

/**
 * What a receipt and a delivery both are (records.ts Movement), read from the validated `row`, its
 * measure (movement.ts; read here, before the next row overwrites it) and its product's name.
 */
class MovementRecord implements Movement {
  declare source: M["source"];
  declare seq: M["seq"];
  declare fields: M["fields"];
  declare date: M["date"];
  declare site: M["site"];
  declare scheme: M["scheme"];
  declare product: M["product"];
  declare productKey: M["productKey"];
  declare unit: M["unit"];
  declare amount: M["amount"];
  declare unconverted: M["unconverted"];
  constructor(
    source: M["source"],
    seq: number,
    row: ValidRow<"receipt" | "delivery">,
    m: Measure,
    product: { key: string; name: string },
  ) {
    this.source = source;
    this.seq = seq;
    this.fields = row;
    this.date = t(row.date);
    this.site = clean(t(row.site));
    this.scheme = m.scheme;
    this.product = product.name;
    this.productKey = product.key;
    this.unit = m.unit;
    this.amount = m.amount;
    this.unconverted = unconvertedOf(m.amount, m.unit, m.hints);
  }
}

/** A receipt as intake makes it (records.ts Receipt): the movement, then its own fields in order. */
export class ReceiptRecord extends MovementRecord implements Receipt {
  declare sustainable: R["sustainable"];
  declare sd: R["sd"];
  declare sdKey: R["sdKey"];
  declare supplier: R["supplier"];
  declare supplierKey: R["supplierKey"];
  declare supplierCertificate: R["supplierCertificate"];
  declare characteristics: R["characteristics"];
  declare ghg: R["ghg"];
  declare installationStartDate: R["installationStartDate"];
  declare dispatchDate: R["dispatchDate"];
  declare heatingValuePerT: R["heatingValuePerT"];
  declare creditUnreadable: R["creditUnreadable"];
  constructor(
    source: M["source"],
    seq: number,
    row: ValidRow<"receipt">,
    m: Measure,
    product: { key: string; name: string },
    sustainable: R["sustainable"],
    sd: R["sd"],
    sdKey: R["sdKey"],
    supplier: R["supplier"],
    supplierKey: R["supplierKey"],
    supplierCertificate: R["supplierCertificate"],
    characteristics: R["characteristics"],
    ghg: R["ghg"],
    installationStartDate: R["installationStartDate"],
    dispatchDate: R["dispatchDate"],
    heatingValuePerT: R["heatingValuePerT"],
    creditUnreadable: R["creditUnreadable"],
  ) {
    super(source, seq, row, m, product);
    this.sustainable = sustainable;
    this.sd = sd;
    this.sdKey = sdKey;
    this.supplier = supplier;
    this.supplierKey = supplierKey;
    this.supplierCertificate = supplierCertificate;
    this.characteristics = characteristics;
    this.ghg = ghg;
    this.installationStartDate = installationStartDate;
    this.dispatchDate = dispatchDate;
    this.heatingValuePerT = heatingValuePerT;
    this.creditUnreadable = creditUnreadable;
  }
}

/** A delivery as intake makes it (records.ts Delivery): the movement, then its own fields in order. */
export class DeliveryRecord extends MovementRecord implements Delivery {
  declare sustainableAmount: D["sustainableAmount"];
  declare customer: D["customer"];
  declare customerAddress: D["customerAddress"];
  declare customerCertificate: D["customerCertificate"];
  declare claim: D["claim"];
  declare sdNumber: D["sdNumber"];
  declare linkedSds: D["linkedSds"];
  declare dispatchAddress: D["dispatchAddress"];
  declare ghg: D["ghg"];
  constructor(
    source: M["source"],
    seq: number,
    row: ValidRow<"delivery">,
    m: Measure,
    product: { key: string; name: string },
    sustainableAmount: D["sustainableAmount"],
    customer: D["customer"],
    customerAddress: D["customerAddress"],
    customerCertificate: D["customerCertificate"],
    claim: D["claim"],
    sdNumber: D["sdNumber"],
    linkedSds: D["linkedSds"],
    dispatchAddress: D["dispatchAddress"],
    ghg: D["ghg"],
  ) {
    super(source, seq, row, m, product);
    this.sustainableAmount = sustainableAmount;
    this.customer = customer;
    this.customerAddress = customerAddress;
    this.customerCertificate = customerCertificate;
    this.claim = claim;
    this.sdNumber = sdNumber;
    this.linkedSds = linkedSds;
    this.dispatchAddress = dispatchAddress;
    this.ghg = ghg;
  }
}
