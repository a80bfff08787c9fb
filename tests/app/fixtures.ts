// Engine results written out by hand, so the sheet builders are tested without the engine.
import type { Balance, Declaration, GhgValues } from "../../src/engine/result";

export function balance(overrides: Partial<Balance> = {}): Balance {
  return {
    site: "Mannheim",
    scheme: "ISCC EU",
    product: "Rapeseed oil",
    characteristics: {
      rawMaterial: "Rapeseed",
      countryOfOrigin: "DE",
      claim: "EU RED compliant",
      wasteResidue: "no",
      annexIxPart: "none",
    },
    account: "Mannheim|ISCC EU|Rapeseed oil|Rapeseed|DE",
    periodStart: "2025-01-01",
    periodEnd: "2025-03-31",
    unit: "t",
    opening: "0",
    received: "100.5",
    produced: "0",
    consumed: "0",
    delivered: "120",
    transferredIn: "0",
    transferredOut: "0",
    transferred: "0",
    closing: "-19.5",
    physicalStock: null,
    bookPhysicalStock: "3.25",
    carriedForward: "0",
    lapsed: "0",
    firstOverdraft: "2025-02-10",
    complete: true,
    ...overrides,
  };
}

export function ghg(overrides: Partial<GhgValues> = {}): GhgValues {
  return {
    method: "AV",
    unit: "g CO2eq/MJ",
    eec: "10.1",
    el: null,
    ep: "4.2",
    etd: "1.1",
    eu: "0",
    esca: null,
    eccs: null,
    eccr: null,
    total: "15.4",
    saving: "0.8362",
    comparator: "94",
    ...overrides,
  };
}

export function declaration(overrides: Partial<Declaration> = {}): Declaration {
  return {
    number: "SD-2025-0001",
    status: "new",
    issueDate: "2025-03-31",
    dispatchDate: "2025-03-02",
    supplier: {
      name: "Ölmühle Nord GmbH",
      address: "Hafenstr. 1, Hamburg",
      certificate: "EU-ISCC-Cert-DE100-1",
    },
    recipient: { name: "=SUM(A1)", address: "Rue 2, Lyon", certificate: "EU-ISCC-Cert-FR200-2" },
    dispatchAddress: "",
    site: "Mannheim",
    scheme: "ISCC EU",
    product: "Rapeseed oil",
    characteristics: balance().characteristics,
    quantity: "40.25",
    unit: "t",
    energyContent: null,
    euRedCompliant: true,
    isccCompliant: false,
    chainOfCustody: "Mass balance",
    plusClaim: null,
    installationStartDate: "2012-05-01",
    ghg: [ghg()],
    ghgPooling: "per-batch",
    inputs: [
      { sd: "IN-77", quantity: "30", source: { sheet: "Receipts", cell: "D5" } },
      { sd: "IN-78", quantity: "10.25", source: { sheet: "Receipts", cell: "D6" } },
    ],
    fingerprint: "ab".repeat(32),
    delivery: { sheet: "Sales", row: 9, cells: { date: "A9", quantity: "E9" } },
    rowSd: "SD-2025-0001",
    ...overrides,
  };
}
