// The settings field a settings sheet's key cell names ("Periodelengte (maanden)" → the period
// length): the synonyms of settings-fields.ts, and the SD number prefix's key in any word order
// (sd-prefix-words.ts). Pure.
import { SETTINGS_FIELDS, type FieldSpec } from "./fields";
import { headerKey, synonymKey } from "./normalise";
import { plainLetters } from "../engine/fold";
import { sdPrefixKey } from "./sd-prefix-words";

const INDEX = new Map<string, FieldSpec>();
for (const field of SETTINGS_FIELDS) {
  for (const syn of field.synonyms) if (!INDEX.has(synonymKey(syn))) INDEX.set(synonymKey(syn), field);
}
const SD_PREFIX = SETTINGS_FIELDS.find((x) => x.id === "sdPrefix");

/** The settings field a key cell names ("Periodelengte (maanden)"), by the synonyms of settings-fields.ts. */
export const lookup = (text: string): FieldSpec | undefined => {
  // Polish "ł" is no accent NFKD takes off: read as "l" ("Długość okresu" as "dlugosc okresu")
  const hk = headerKey(plainLetters(text));
  return INDEX.get(hk.key) ?? INDEX.get(hk.full) ?? (sdPrefixKey(text) ? SD_PREFIX : undefined);
};
