// QR drawings: the SVG path scans back to the text, and the worker answers each request by id.
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawQr, type QrDrawing } from '../../../src/lib/qr/draw.ts';
import { QUIET_ZONE, type QrReply } from '../../../src/lib/qr/encode.ts';

const LINK = 'https://example.org/summit-quiz/play/#1.classSeed42.y5qp53.KAAAAA..aock7';
const SCALE = 4;

/** Paints the path's rectangles, black on white with the quiet zone, as jsQR reads images. */
function rasterize({ size, path }: QrDrawing): { data: Uint8ClampedArray; width: number } {
	const width = (size + 2 * QUIET_ZONE) * SCALE;
	const data = new Uint8ClampedArray(width * width * 4).fill(255);
	for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
		for (let px = 0; px < Number(w) * SCALE; px++) {
			for (let py = 0; py < SCALE; py++) {
				const col = (Number(x) + QUIET_ZONE) * SCALE + px;
				const row = (Number(y) + QUIET_ZONE) * SCALE + py;
				data.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
			}
		}
	}
	return { data, width };
}

describe('drawQr', () => {
	it('draws a code that scans back to the link', () => {
		const drawing = drawQr(LINK);
		expect(drawing.size).toBeGreaterThanOrEqual(21);
		const { data, width } = rasterize(drawing);
		expect(jsQR(data, width, width)?.data).toBe(LINK);
	});

	it('refuses text too long for any QR code', () => {
		expect(() => drawQr('x'.repeat(5000))).toThrow();
	});
});

describe('the QR worker', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	it('answers each request with its id: a drawing, or null when too long', async () => {
		const replies: QrReply[] = [];
		const scope: { onmessage?: (event: { data: unknown }) => void; postMessage: unknown } = {
			postMessage: (reply: QrReply) => replies.push(reply)
		};
		vi.stubGlobal('self', scope);
		await import('../../../src/lib/qr/qr.worker.ts');
		scope.onmessage?.({ data: { id: 7, text: LINK } });
		scope.onmessage?.({ data: { id: 8, text: 'x'.repeat(5000) } });
		expect(replies).toEqual([
			{ id: 7, drawing: drawQr(LINK) },
			{ id: 8, drawing: null }
		]);
	});
});

describe('encodeQr with a worker', () => {
	/** Stands in for the browser's Worker: keeps what the page posts; the test answers. */
	class FakeWorker {
		static last: FakeWorker | undefined;
		posted: { id: number; text: string }[] = [];
		onmessage: ((event: { data: QrReply }) => void) | null = null;
		onerror: ((event: Event) => void) | null = null;
		onmessageerror: ((event: Event) => void) | null = null;
		terminated = false;
		constructor() {
			FakeWorker.last = this;
		}
		postMessage(message: { id: number; text: string }) {
			this.posted.push(message);
		}
		terminate() {
			this.terminated = true;
		}
		reply(id: number, text: string) {
			this.onmessage?.({ data: { id, drawing: drawQr(text) } });
		}
	}

	async function loadEncoder() {
		vi.stubGlobal('Worker', FakeWorker);
		vi.resetModules();
		return import('../../../src/lib/qr/encode.ts');
	}

	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	it('draws one code at a time, and only the newest of those waiting', async () => {
		const { encodeQr, QrSuperseded } = await loadEncoder();
		const first = encodeQr('a');
		const second = encodeQr('ab');
		const third = encodeQr('abc');
		const worker = FakeWorker.last!;
		expect(worker.posted.map((m) => m.text)).toEqual(['a']);
		await expect(second).rejects.toBeInstanceOf(QrSuperseded);

		worker.reply(worker.posted[0].id, 'a');
		await expect(first).resolves.toEqual(drawQr('a'));
		expect(worker.posted.map((m) => m.text)).toEqual(['a', 'abc']);
		worker.reply(worker.posted[1].id, 'abc');
		await expect(third).resolves.toEqual(drawQr('abc'));
	});

	it('draws on the page when the worker cannot start', async () => {
		const { encodeQr } = await loadEncoder();
		const pending = encodeQr(LINK);
		const worker = FakeWorker.last!;
		worker.onerror?.(new Event('error'));
		expect(worker.terminated).toBe(true);
		await expect(pending).resolves.toEqual(drawQr(LINK));
		// Later codes skip the broken worker.
		await expect(encodeQr('later')).resolves.toEqual(drawQr('later'));
		expect(FakeWorker.last).toBe(worker);
	});
});
