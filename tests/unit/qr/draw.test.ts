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
