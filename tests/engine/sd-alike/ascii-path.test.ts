// alikeKey's ASCII path (asciiAlikeKey) against its general path (keyWith) on numbers holding the
// letters O, l and I as letters and as digits (issue 15: "IN-4711", "ISCC-…" took the general
// path, a regex replace and a normalisation per receipt, until the ASCII path read them).
import fc from "fast-check";
import { alikeKey } from "../../../src/engine/sd-alike";

/** A trailing no-break space makes a text non-ASCII: the general path reads it, to the same key. */
const general = (typed: string) => alikeKey(`${typed}\u00a0`);

describe("alikeKey of ASCII numbers with letters O, l, I", () => {
  it.each([
    ["IN-4711", "IN4711"],
    ["ISCC-DE-2025-0001", "ISCCDE251"],
    ["Lief. 2025/0017", "LIEF2517"],
    ["PO12", "PO12"],
    ["SD-2025-OOO1", "SD251"],
    ["SD-2025-000l", "SD251"],
    ["SD-2025-000I", "SD251"],
    ["sd 2o25 0001", "SD251"],
    ["IO-1O", "IO10"],
  ])("%p meets under %p, as the general path reads it", (typed, key) => {
    expect(alikeKey(typed)).toBe(key);
    expect(general(typed)).toBe(key);
  });

  const word = fc.stringMatching(
    /^(?:[A-Za-z]{1,4}|[0-9]{1,6}|(?:19|20)[0-9]{2}|[OoIl0-9]{1,5}|[A-Za-z0-9OoIl]{1,6})$/,
  );
  const sep = fc.constantFrom("-", " ", "/", ".", "_", "\\", "\t", "", "", "#", "+");
  const number = fc
    .array(fc.tuple(word, sep), { minLength: 1, maxLength: 6 })
    .map((xs) => xs.map(([w, s]) => w + s).join(""));

  it("property: any such number gets the general path's key", () => {
    fc.assert(
      fc.property(number, (typed) => expect(alikeKey(typed)).toBe(general(typed))),
      { numRuns: 3000 },
    );
  });
});
