import { largeBooks } from "../src/books/large";
import { bookSnapshot } from "../src/books/book";
import { readWorkbook } from "../src/workbook/read";
const snap = bookSnapshot(largeBooks());
for (let i = 0; i < 3; i++) {
  const t0 = process.hrtime.bigint();
  const r = readWorkbook(snap as never);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`read ${ms.toFixed(0)} ms, findings ${r.findings.length}`);
}
