// Text → QR code, with the encoder (uqr) loaded only when a page first needs a code.
import { modulesToPath } from './path.ts';

/** Light modules around the code that scanners need to find it; the standard asks for 4. */
export const QUIET_ZONE = 4;

/** A QR code ready to draw: `path` in module units over a `size` × `size` grid, no quiet zone. */
export interface QrDrawing {
	size: number;
	path: string;
}

/** Encodes `text`; throws if it is too long for any QR code. */
export type QrEncoder = (text: string) => QrDrawing;

let loading: Promise<QrEncoder> | undefined;

/** The encoder, imported on first call and shared afterwards. */
export function loadQrEncoder(): Promise<QrEncoder> {
	loading ??= import('uqr').then(
		({ encode }) =>
			(text: string) => {
				// Level M at least (15% may be lost); raised for free when the code's size allows it.
				const { size, data } = encode(text, { ecc: 'M', boostEcc: true, border: 0 });
				return { size, path: modulesToPath(data) };
			},
		(error: unknown) => {
			loading = undefined; // let a later call try again, e.g. once back online
			throw error;
		}
	);
	return loading;
}
