// Hands the browser a file to save, made here on the device: backups and deck files.

/** Downloads `value` as pretty-printed JSON under `fileName`. */
export function downloadJson(fileName: string, value: unknown): void {
	const blob = new Blob([JSON.stringify(value, null, '\t')], { type: 'application/json' });
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
