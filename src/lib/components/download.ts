// Hands the browser a file to save, made here on the device: backups and deck files.

/** Downloads `value` as pretty-printed JSON under `fileName`. */
export function downloadJson(fileName: string, value: unknown): void {
	downloadBlob(
		fileName,
		new Blob([JSON.stringify(value, null, '\t')], { type: 'application/json' })
	);
}

/** Downloads `text` as a CSV file (UTF-8 with a BOM, so spreadsheets read accents right). */
export function downloadCsv(fileName: string, text: string): void {
	downloadBlob(fileName, new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
}

function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	document.body.append(link);
	link.click();
	link.remove();
	// Some browsers read the blob after click() returns; it is freed a while later.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
