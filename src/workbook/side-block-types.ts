// The shapes of side-blocks.ts: a sheet's two blocks of columns (receipts beside deliveries), what
// its header says of its sides, and the roles of the headings that tell a block. Moved out of
// side-blocks.ts whole (issue 15: files under 300 lines).

/** One side's block of columns of a sheet that keeps both sides. */
export interface SideBlock {
  side: "in" | "out";
  /** the kind of table the block is read as */
  kind: "receipts" | "deliveries";
  /** 0-based columns of the block's own headings */
  cols: number[];
  /** 0-based headed columns left of both blocks, under no group heading (a shared Product or Site): read with each */
  shared: number[];
  /** the column whose heading names the block's side's quantity ("Eingang (t)", "Ausgang (t)"), if any */
  flow?: number;
  /** the group heading over the block ("Eingang (kg)"), where a group row tells the blocks */
  group?: string;
}

/**
 * What the header of a sheet says of its sides: `split`, two blocks to read as two tables under
 * header row `headerRow` (0-based); `unclear`, a header that holds both sides but whose blocks
 * cannot be told apart safely, with `evidence` (the headings that show both sides, quoted with
 * their columns) and the column `col` to point at; `why` "transfer" where the blocks name the sites
 * a movement comes from and goes to ("Von" / "Nach"): a transfer between sites, neither side's.
 */
export type Sides =
  | { kind: "split"; headerRow: number; blocks: [SideBlock, SideBlock] }
  | { kind: "unclear"; headerRow: number; col: number; evidence: string; why?: "transfer" };

export type Role = "date" | "quantity" | "supplier" | "customer" | "product" | "sd" | "other";

/** The roles of the headings that tell a block: its date and quantity, and its party. */
export const ROLE_OF: Record<string, Role> = {
  date: "date",
  dispatchDate: "date",
  quantity: "quantity",
  supplier: "supplier",
  customer: "customer",
  product: "product",
  sdNumber: "sd",
};

export interface Heading {
  col: number;
  text: string;
  role: Role;
  /** a quantity headed by its side's word ("Eingang (t)", "Out (t)", "Carico"): the side it names */
  flow?: "in" | "out";
  /** a quantity headed by a word cut short that names either side ("Ent. (t)", "Sal."): no side */
  doubt?: boolean;
}
