// Reads QR codes from camera frames off the page's main thread, for browsers without the
// BarcodeDetector API (Firefox, desktop Chrome on Windows and Linux, Safari before 17).
import jsQR from 'jsqr';
import type { ScanReply, ScanRequest } from './scanner.ts';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<ScanRequest>) => void) | null;
	postMessage(reply: ScanReply): void;
};

scope.onmessage = ({ data: { id, width, height, pixels } }) => {
	let text: string | null;
	try {
		// Result codes are always dark on light: the inverted pass would only double the work.
		text = jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
	} catch {
		text = null;
	}
	scope.postMessage({ id, text });
};
