// Text → QR code, drawn in a worker that starts only when a page first needs a code.
import type { QrDrawing } from './draw.ts';

export type { QrDrawing } from './draw.ts';

/** Light modules around the code that scanners need to find it; the standard asks for 4. */
export const QUIET_ZONE = 4;

/**
 * Draws `text` as a QR code: null when it is too long for any; rejects when the drawing code
 * could not be loaded (offline before it was ever downloaded).
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

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<
	number,
	{ resolve: (drawing: QrDrawing | null) => void; reject: () => void }
>();

function startWorker(): Worker {
	const started = new Worker(new URL('./qr.worker.ts', import.meta.url), { type: 'module' });
	started.onmessage = ({ data }: MessageEvent<QrReply>) => {
		waiting.get(data.id)?.resolve(data.drawing);
		waiting.delete(data.id);
	};
	// The script did not load: fail what is waiting, and start afresh on the next code.
	started.onerror = () => {
		for (const pending of waiting.values()) pending.reject();
		waiting.clear();
		started.terminate();
		worker = undefined;
	};
	return started;
}

const inWorker: QrEncoder = (text) =>
	new Promise((resolve, reject) => {
		worker ??= startWorker();
		const id = nextId++;
		waiting.set(id, {
			resolve,
			reject: () => reject(new Error('The QR code drawer did not load.'))
		});
		worker.postMessage({ id, text } satisfies QrRequest);
	});

/** Without workers, the same drawing code runs on the page. */
const onPage: QrEncoder = async (text) => {
	const { drawQr } = await import('./draw.ts');
	try {
		return drawQr(text);
	} catch {
		return null;
	}
};

/** The encoder for this browser. */
export function qrEncoder(): QrEncoder {
	return typeof Worker === 'function' ? inWorker : onPage;
}
