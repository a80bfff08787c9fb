import { CALL_BYTES, jsonBytes, RequestBatch } from "../../../src/workbook/officejs/payload";

const samples: unknown[] = ["abc", "Ölmühle Süd", "€ 5", "😀 x", [["a", 1, null, true]], { a: "中文" }];

it("counts the UTF-8 bytes of the JSON a request carries", () => {
  for (const v of samples) expect(jsonBytes(v)).toBe(new TextEncoder().encode(JSON.stringify(v)).length);
  expect(jsonBytes(undefined)).toBe(0);
});

it("sends a request only when the next call would overflow the budget, opening each request once", async () => {
  const log: string[] = [];
  const context = { sync: async () => void log.push("sync") };
  const batch = new RequestBatch(context, () => log.push("open"), undefined, 2 * (CALL_BYTES + 100) + 50);
  for (let i = 0; i < 5; i++) await batch.add(100, () => log.push(`call ${i}`));
  await batch.flush();
  await batch.flush();
  expect(log).toEqual([
    "open",
    "call 0",
    "call 1",
    "sync",
    "open",
    "call 2",
    "call 3",
    "sync",
    "open",
    "call 4",
    "sync",
  ]);
});

it("checks for cancellation before each request", async () => {
  const controller = new AbortController();
  let syncs = 0;
  const batch = new RequestBatch({ sync: async () => void syncs++ }, undefined, controller.signal);
  await batch.add(10, () => {});
  controller.abort();
  await expect(batch.flush()).rejects.toMatchObject({ name: "AbortError" });
  expect(syncs).toBe(0);
});
