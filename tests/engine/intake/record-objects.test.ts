// Intake makes its receipts and deliveries as objects of a class (record-objects.ts) for speed; to
// every reader they must stay what the object literals were: the same own fields in the same order
// (JSON and spreads read them so), each the value of its own name, and nothing else on them.
import { intake } from "../../../src/engine/intake";
import { resolveProfile } from "../../../src/engine/profile";
import { ledger, sale, uco } from "../build";

/** The fields of a receipt and a delivery in the order intake has always given them. */
const RECEIPT_FIELDS = [
  "source",
  "seq",
  "fields",
  "date",
  "site",
  "scheme",
  "product",
  "productKey",
  "unit",
  "amount",
  "unconverted",
  "sustainable",
  "sd",
  "sdKey",
  "supplier",
  "supplierKey",
  "supplierCertificate",
  "characteristics",
  "ghg",
  "installationStartDate",
  "dispatchDate",
  "heatingValuePerT",
  "creditUnreadable",
];
const DELIVERY_FIELDS = [
  ...RECEIPT_FIELDS.slice(0, RECEIPT_FIELDS.indexOf("sustainable")),
  "sustainableAmount",
  "customer",
  "customerAddress",
  "customerCertificate",
  "claim",
  "sdNumber",
  "linkedSds",
  "dispatchAddress",
  "ghg",
];

function books() {
  const l = ledger({
    receipts: [
      uco("2025-01-02", "10", "SD 4711", {
        site: "Hamburg",
        supplier: "Saipol S.A.",
        dispatchDate: "2025-01-01",
        installationStartDate: "2012",
      }),
    ],
    deliveries: [
      sale("2025-01-03", "4", {
        site: "Hamburg",
        claim: "ISCC compliant",
        customerCertificate: "EU-ISCC-Cert-DE200-2",
        sdNumber: "OUT-1",
        linkedSds: ["SD 4711"],
        dispatchAddress: "Pier 1",
      }),
    ],
  });
  return intake(l, resolveProfile(l.settings)).value;
}

describe("intake's record objects", () => {
  it("give a receipt's and a delivery's fields in their order, as their own and nothing else", () => {
    const { receipts, deliveries } = books();
    expect(receipts.map((r) => Object.keys(r))).toEqual([RECEIPT_FIELDS]);
    expect(deliveries.map((d) => Object.keys(d))).toEqual([DELIVERY_FIELDS]);
    expect(Object.keys(JSON.parse(JSON.stringify(receipts[0])))).toEqual(RECEIPT_FIELDS);
  });

  it("hold each value under its own name", () => {
    const [r] = books().receipts;
    const [d] = books().deliveries;
    expect(r).toMatchObject({
      seq: 0,
      date: "2025-01-02",
      site: "Hamburg",
      product: "UCO",
      productKey: "uco",
      unit: "t",
      sd: "SD 4711",
      sdKey: "4711",
      supplier: "Saipol S.A.",
      supplierKey: "saipol",
      supplierCertificate: "EU-ISCC-Cert-DE100-1",
      dispatchDate: "2025-01-01",
      installationStartDate: "2012",
      heatingValuePerT: null,
      unconverted: null,
      sustainable: true,
      creditUnreadable: false,
    });
    expect(r?.fields).toMatchObject({ sdNumber: "SD 4711" });
    expect(d).toMatchObject({
      seq: 0,
      date: "2025-01-03",
      customer: "Fuel AG",
      customerAddress: "Kai 2, 24103 Kiel",
      customerCertificate: "EU-ISCC-Cert-DE200-2",
      claim: "ISCC compliant",
      sdNumber: "OUT-1",
      linkedSds: ["SD4711"],
      dispatchAddress: "Pier 1",
    });
    expect(d?.sustainableAmount?.t?.toString()).toBe("4");
  });
});
