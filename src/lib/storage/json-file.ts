// Reading a JSON file a person chose (a backup, a deck), off the page's main thread: a 100 MB
// backup parses without freezing the page, and a hostile file can take down only the worker.
// Where there are no module workers, it is read on the page, with the same limits.
import { parseJsonWithin, TooDeepError } from './json.ts';

/** Why a file could not be read as JSON, in words that end "… because …". */
export class JsonFileError extends Error {
	constructor(
		readonly reason: 'too-large' | 'too-deep' | 'not-json',
		message: string
	) {
		super(message);
		this.name = 'JsonFileError';
	}
}

export interface JsonFileRequest {
	file: File;
	maxChars: number;
}

export type JsonFileReply =
	{ ok: true; value: unknown } | { ok: false; reason: JsonFileError['reason']; message: string };

/** Reads `file` as JSON within `maxChars` and the depth limit; what the worker runs. */
export async function readJsonText({ file, maxChars }: JsonFileRequest): Promise<JsonFileReply> {
	const text = await file.text();
	if (text.length > maxChars) return { ok: false, reason: 'too-large', message: 'it is too large' };
	try {
		return { ok: true, value: parseJsonWithin(text) };
	} catch (error) {
		if (error instanceof TooDeepError)
			return { ok: false, reason: 'too-deep', message: error.message };
		return { ok: false, reason: 'not-json', message: 'it cannot be read as JSON' };
	}
}

/** The JSON in `file`; throws JsonFileError. */
export async function readJsonFile(file: File, maxChars: number): Promise<unknown> {
	const request = { file, maxChars };
	const reply =
		typeof Worker === 'undefined' ? await readJsonText(request) : await inWorker(request);
	if (!reply.ok) throw new JsonFileError(reply.reason, reply.message);
	return reply.value;
}

/** The worker's reply; a worker that could not start or died on the file says it was unreadable. */
function inWorker(request: JsonFileRequest): Promise<JsonFileReply> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./json.worker.ts', import.meta.url), { type: 'module' });
		const done = () => worker.terminate();
		worker.onmessage = ({ data }: MessageEvent<JsonFileReply>) => {
			done();
			resolve(data);
		};
		// Never retried on the page: what took the worker down would take the page down too.
		worker.onerror = (event) => {
			event.preventDefault();
			done();
			resolve({ ok: false, reason: 'not-json', message: 'it could not be read' });
		};
		worker.postMessage(request);
	});
}
