// A QR code's module matrix as one SVG path: each run of dark modules in a row is one rectangle.

/** Path data in module units, (0, 0) at the top-left module; `true` marks a dark module. */
export function modulesToPath(modules: readonly (readonly boolean[])[]): string {
	let path = '';
	modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			path += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	});
	return path;
}
