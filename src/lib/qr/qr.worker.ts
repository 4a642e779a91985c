// Draws QR codes off the page's main thread: choosing the best of eight masks takes a cheap phone
// a noticeable moment, and the teacher's typing should never wait for it.
import { drawQr } from './draw.ts';
import type { QrReply, QrRequest } from './encode.ts';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<QrRequest>) => void) | null;
	postMessage(reply: QrReply): void;
};

scope.onmessage = ({ data: { id, text } }) => {
	let drawing: QrReply['drawing'];
	try {
		drawing = drawQr(text);
	} catch {
		drawing = null; // too long for any QR code
	}
	scope.postMessage({ id, drawing });
};
