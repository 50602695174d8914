/** CSV for spreadsheets: quoted where needed, and cells that a spreadsheet would run as a formula
 * (starting with = + - @) are prefixed with an apostrophe, since names come from users. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends and a byte-order mark, so that spreadsheets read UTF-8. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
