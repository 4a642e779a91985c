// Text → QR drawing with uqr. Runs in the QR worker (or, without workers, on the page).
import { encode } from 'uqr';
import { modulesToPath } from './path.ts';

/** A QR code ready to draw: `path` in module units over a `size` × `size` grid, no quiet zone. */
export interface QrDrawing {
	size: number;
	path: string;
}

/** Encodes `text`; throws if it is too long for any QR code. */
export function drawQr(text: string): QrDrawing {
	// Level M at least (15% may be lost); raised for free when the code's size allows it.
	const { size, data } = encode(text, { ecc: 'M', boostEcc: true, border: 0 });
	return { size, path: modulesToPath(data) };
}
