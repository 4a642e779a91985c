// Text → QR code, drawn in a worker that starts only when a page first needs a code.
import type { QrDrawing } from './draw.ts';

export type { QrDrawing } from './draw.ts';

/** Light modules around the code that scanners need to find it; the standard asks for 4. */
export const QUIET_ZONE = 4;

/**
 * Draws `text` as a QR code: null when it is too long for any; rejects with QrSuperseded when a
 * newer text replaced it, or with an error when the drawing code could not be loaded.
 */
export type QrEncoder = (text: string) => Promise<QrDrawing | null>;

/** The messages between the page and the QR worker. */
export interface QrRequest {
	id: number;
	text: string;
}
export interface QrReply {
	id: number;
	drawing: QrDrawing | null;
}

/** Given to a request that a newer one replaced before it was drawn: nobody needs it any more. */
export class QrSuperseded extends Error {
	constructor() {
		super('A newer QR code was asked for.');
	}
}

interface Job {
	id: number;
	text: string;
	resolve: (drawing: QrDrawing | null) => void;
	reject: (reason: unknown) => void;
}

// One code is drawn at a time, and only the newest waits: a teacher typing a title asks for a code
// per keystroke, and a slow phone must reach the last one without drawing every one before it.
let worker: Worker | undefined;
let workerFailed = typeof Worker !== 'function';
let nextId = 0;
let drawing: Job | undefined;
let waiting: Job | undefined;

function startWorker(): Worker {
	const started = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' });
	started.onmessage = ({ data }: MessageEvent<QrReply>) => {
		if (data.id !== drawing?.id) return;
		const done = drawing;
		drawing = undefined;
		done.resolve(data.drawing);
		drawNext();
	};
	// No worker (a blocked or missing script): draw on the page from now on. If that code is
	// missing too (offline before it was ever downloaded), the request fails and says so.
	const fail = (event: Event) => {
		event.preventDefault();
		started.terminate();
		worker = undefined;
		workerFailed = true;
		const stranded = [drawing, waiting];
		drawing = waiting = undefined;
		for (const job of stranded) if (job) onPage(job.text).then(job.resolve, job.reject);
	};
	started.onerror = fail;
	started.onmessageerror = fail;
	return started;
}

function drawNext(): void {
	if (drawing || !waiting) return;
	drawing = waiting;
	waiting = undefined;
	worker ??= startWorker();
	worker.postMessage({ id: drawing.id, text: drawing.text } satisfies QrRequest);
}

const inWorker: QrEncoder = (text) =>
	new Promise((resolve, reject) => {
		waiting?.reject(new QrSuperseded());
		waiting = { id: nextId++, text, resolve, reject };
		drawNext();
	});

/** The same drawing code, run on the page. */
async function onPage(text: string): Promise<QrDrawing | null> {
	const { drawQr } = await import('./draw.ts');
	try {
		return drawQr(text);
	} catch {
		return null;
	}
}

/** Draws `text`, in the worker where the browser has one. */
export const encodeQr: QrEncoder = (text) => (workerFailed ? onPage(text) : inWorker(text));
