// Why a column or a sheet's name leaves the site of its rows unclear, beside mapping-uncertain
// (workbook/site-columns.ts, workbook/sheet-sites.ts); kept apart from details-reasons.ts for its length.

/** The reasons of mapping-uncertain about a row's site. */
export type SiteReason =
  /** at a place column ("Terminal") not read beside the Site column, naming another place on some row; `read`: that row's two places, `missing`: the Site's heading */
  | "site-place"
  /** (brk23 §4) info at the header of a sheet with no Site column whose name names one site of the sites sheet: its rows are read as that site's; `value` the sheet's name, `read` the site */
  | "sheet-site"
  /** (brk23 §4) error at the header of a books sheet whose name leaves its site unclear (two sites, a Site column naming another, a twin sheet told apart by a word that may be a site); `value` the sheet's name, `read` why, `consequence` */
  | "sheet-sites";
