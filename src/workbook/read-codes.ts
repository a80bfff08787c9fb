// Why a cell's value was refused: the cell reader (cell-values.ts) decides it, the catalogue's
// wording of reading findings (engine/catalogue/wording-reading.ts) says it.
/** Why a value could not be read, beyond its code, for the finding's wording (the catalogue's). */
export type { BadReason } from "../engine/catalogue/details";
