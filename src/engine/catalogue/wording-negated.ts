// Wording of headings that negate a field's meaning, and of claims kept as yes/no
// (workbook/negated-headings.ts): the column is never read as the positive, nor the default claim.

/**
 * mapping-uncertain `negated-heading`: `value` the heading, `label` the meaning it negates
 * ("sustainable", "waste or residue"), `read` the negating words; `consequence`
 * deliveries-not-declared on a sheet of deliveries, else the balances the sheet feeds are incomplete;
 * `mapped` the field the user mapped it as, a mapping not applied (p-misc).
 */
export function negatedHeadingText(d: {
  label: string;
  value?: string | null;
  read?: string | null;
  consequence?: string | null;
  mapped?: string | null;
}): string {
  const heading = d.value ?? "";
  const what =
    d.consequence === "deliveries-not-declared"
      ? "no delivery of this sheet is declared until it is changed, and the balances they draw on are incomplete (the credit a held delivery may need is not declared to others)"
      : "the balances of the products this sheet feeds are incomplete (credit unknown, not none) and no Sustainability Declaration is issued from them until it is changed";
  const positive =
    d.label === "waste or residue"
      ? `head it "Waste/residue (yes/no)" and turn its answers round`
      : `head it "Sustainable (yes/no)" and turn its answers round, or, for a quantity, give the sustainable part in a column headed "Sustainable part (t)" (the quantity less this column)`;
  const mapped = d.mapped
    ? ` It is mapped as ${d.mapped} in the add-in's Sheets tab (kept in the MB Config sheet), and that mapping is not used: the heading says the opposite.`
    : "";
  return `the column headed "${heading}" says ${d.read ? `"${d.read}"` : "not"}, the opposite of ${d.label}, and the add-in does not read a column the other way round, so what it says is unknown: ${what}.${mapped} To have it read, ${positive}${d.mapped ? `, then map it again` : ""}.`;
}

/**
 * mapping-uncertain `claim-yes-no`: `value` the heading, `read` its answers quoted; `consequence`
 * claims-no-credit on a sheet that gives credit, claims-not-declared on deliveries (p-misc).
 */
export function claimYesNoText(d: {
  value?: string | null;
  read?: string | null;
  consequence?: string | null;
}): string {
  const out = d.consequence === "claims-not-declared";
  const what =
    d.consequence === "claims-no-credit"
      ? "the rows of this sheet give no sustainable credit until a Claim column is there; their credit is unknown, not none, so the balances they feed are incomplete"
      : out
        ? "a declaration without a claim is EU RED compliant by default, which a row answered no denies, so no delivery of this sheet is declared until a Claim column is there, and the balances they draw on are incomplete"
        : "the claim these rows ask for is not assumed";
  const states = out ? "the declaration of a delivery states" : "the incoming SD states";
  const add = out
    ? `Add a column headed "Claim" with the claim each delivery's declaration is to state, and answer no in a column headed "Sustainable" for the deliveries that may carry none.`
    : `Add a column headed "Claim" with the claim each SD states.`;
  return `the column headed "${d.value ?? ""}" answers ${d.read ? `${d.read} ` : ""}about compliance, but a claim is what ${states}, such as EU RED compliant or ISCC compliant, and the add-in never assumes the default claim for a row that says it may not be: ${what}. ${add}`;
}

/**
 * mapping-uncertain `certificate-or-answer` (p-certyn, workbook/certificate-answers.ts): a heading
 * that names the certificate ("Certificado", "Zertifikat") over certificate numbers and yes/no
 * answers; `value` the heading, `read` its first answer, `missing` its first number ("" where
 * none), `consequence` receipts-held or deliveries-not-declared.
 */
export function certificateOrAnswerText(d: {
  value?: string | null;
  read?: string | null;
  missing?: string | null;
  consequence?: string | null;
}): string {
  const row = d.consequence === "receipts-held" ? "receipt" : "delivery";
  const numbers = d.missing ? ` (such as "${d.missing}")` : "";
  const held =
    row === "receipt"
      ? "the balances the receipts of this sheet feed are incomplete (credit unknown, not none) and no Sustainability Declaration is issued from them"
      : "no delivery of this sheet is declared, and the balances they draw on are incomplete";
  return `the column headed "${d.value ?? ""}" holds certificate numbers${numbers} and yes/no answers (such as "${d.read ?? ""}") in one column, and the add-in does not guess which a row means: a no may say the ${row} is not sustainable, so ${held} until the column holds one or the other. Write the certificate's number in every row of "${d.value ?? ""}", and whether each ${row} is sustainable in a column of its own headed "Sustainable" (yes or no); if the column answers yes or no, write yes or no in every row.`;
}
