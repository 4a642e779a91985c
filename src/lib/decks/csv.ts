// Spreadsheet text (CSV or TSV, as Excel, LibreOffice, Numbers and Google Sheets export it) as rows
// of cells. Quoted cells may hold the separator, line breaks and doubled quotes ("").

export interface Table {
	/** The separator found: a tab when the first line has one, else a comma or a semicolon. */
	separator: '\t' | ',' | ';';
	/** Every record, blank ones included, so index + 1 is the row number a spreadsheet shows. */
	rows: string[][];
}

/** Splits `text` into rows of cells; a final line break and a byte-order mark are ignored. */
export function parseTable(text: string): Table {
	const source = text.replace(/^\uFEFF/, '');
	const separator = detectSeparator(source);
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = 0;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	const endRow = () => {
		endCell();
		rows.push(row);
		row = [];
	};
	while (i < source.length) {
		const char = source[i];
		if (quoted) {
			if (char === '"' && source[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (char === '"') quoted = false;
			else cell += char;
			i += 1;
			continue;
		}
		if (char === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
		} else if (char === separator) endCell();
		else if (char === '\r' && source[i + 1] === '\n') {
			endRow();
			i += 1;
		} else if (char === '\n' || char === '\r') endRow();
		else cell += char;
		i += 1;
	}
	if (cell !== '' || row.length > 0) endRow();
	return { separator, rows };
}

function detectSeparator(text: string): Table['separator'] {
	const firstLine = text.slice(0, text.search(/\r|\n|$/));
	if (firstLine.includes('\t')) return '\t';
	const commas = firstLine.split(',').length;
	const semicolons = firstLine.split(';').length;
	// Spreadsheets in many European locales export with semicolons.
	return semicolons > commas ? ';' : ',';
}

/** True for a row with nothing in it. */
export function isBlankRow(cells: readonly string[]): boolean {
	return cells.every((value) => value.trim() === '');
}

/** One cell as CSV writes it: quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
	return /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
