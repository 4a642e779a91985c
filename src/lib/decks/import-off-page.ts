// importDeck in a worker where the browser has module workers, on the page where it has not.
import { importDeck, formatOf, type DeckImport, type DeckImportOptions } from './import.ts';
import type { DeckImportRequest } from './import.worker.ts';

/** Smaller files are read at once on the page: starting a worker would take longer than they do. */
export const OFF_PAGE_FROM_CHARS = 256_000;

/** The deck in `text` with its problems, read off the page when it is large. */
export function importDeckOffPage(text: string, options: DeckImportOptions): Promise<DeckImport> {
	if (typeof Worker === 'undefined' || text.length < OFF_PAGE_FROM_CHARS)
		return Promise.resolve(importDeck(text, options));
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = ({ data }: MessageEvent<DeckImport>) => {
			worker.terminate();
			resolve(data);
		};
		// Never retried on the page: what took the worker down would take the page down too.
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			resolve({
				format: formatOf(text.slice(0, 100), options.fileName),
				problems: [{ where: '', problem: 'the file could not be read' }]
			});
		};
		const request: DeckImportRequest = { text, options };
		worker.postMessage(request);
	});
}
