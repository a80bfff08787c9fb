/** A value quoted or shown in a message: a cell's text, a decimal string, a date, a count. */
export type Text = string | number;
