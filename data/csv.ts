/**
 * CSV as RFC 4180 writes it (https://www.rfc-editor.org/rfc/rfc4180): fields separated by commas,
 * records ended by CRLF (the last one too), and a field that holds a comma, a double quote, a
 * CR or an LF enclosed in double quotes, with each double quote inside doubled. Nothing else is
 * changed: leading spaces, a leading `=` and non-ASCII text are written as they are.
 */

/** One field, quoted only where RFC 4180 needs it. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text of a table whose first row is its header; every row is ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
