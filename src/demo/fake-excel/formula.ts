// The fake cannot run Excel's calculation engine. It evaluates plain arithmetic ("=1+1") so a
// string that was wrongly turned into a formula reads back as a different value, and reports
// #NAME? for anything else, as Excel does for text it cannot parse as a formula.
import type { FakeRaw } from "./state";

export function evaluateFormula(formula: string): FakeRaw {
  const tokens = formula.slice(1).match(/\d+(?:\.\d+)?|[-+*/()]|\S/g) ?? [];
  if (formula.slice(1).replace(/[\d.+\-*/()\s]/g, "") !== "") return { error: "#NAME?" };
  if (/\d\s+\d/.test(formula)) return { error: "#NULL!" };
  let at = 0;
  const peek = (): string | undefined => tokens[at];
  const expr = (): number => {
    let v = term();
    while (peek() === "+" || peek() === "-") v = tokens[at++] === "+" ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek() === "*" || peek() === "/") v = tokens[at++] === "*" ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    const t = tokens[at++];
    if (t === "-") return -factor();
    if (t === "+") return factor();
    if (t === "(") {
      const v = expr();
      if (tokens[at++] !== ")") throw new SyntaxError("unbalanced");
      return v;
    }
    const n = Number(t);
    if (t === undefined || Number.isNaN(n)) throw new SyntaxError("number expected");
    return n;
  };
  try {
    const v = expr();
    if (at !== tokens.length) return { error: "#NAME?" };
    return Number.isFinite(v) ? v : { error: "#DIV/0!" };
  } catch {
    return { error: "#NAME?" };
  }
}
