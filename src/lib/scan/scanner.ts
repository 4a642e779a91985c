// QR codes in camera frames: the browser's BarcodeDetector where it reads QR codes, otherwise a
// JavaScript decoder (jsQR) in a worker. Both work offline; nothing leaves the device.

export interface ScanRequest {
	id: number;
	width: number;
	height: number;
	pixels: Uint8ClampedArray;
}

export interface ScanReply {
	id: number;
	text: string | null;
}

/** Reads the QR code in one frame, or null when there is none. */
export interface QrReader {
	read(frame: ImageData): Promise<string | null>;
	/** Which way it reads, for the page to say. */
	kind: 'browser' | 'worker';
	close(): void;
}

interface Detector {
	detect(image: ImageData): Promise<{ rawValue: string }[]>;
}
type DetectorClass = {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats(): Promise<string[]>;
};

/** The best reader this browser has. */
export async function openQrReader(): Promise<QrReader> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	const formats = await Native?.getSupportedFormats().catch(() => [] as string[]);
	if (Native && formats?.includes('qr_code')) {
		const detector = new Native({ formats: ['qr_code'] });
		return {
			kind: 'browser',
			read: async (frame) => (await detector.detect(frame))[0]?.rawValue ?? null,
			close: () => undefined
		};
	}
	const worker = new Worker(new URL('./scan.worker.ts', import.meta.url), { type: 'module' });
	const waiting = new Map<number, (text: string | null) => void>();
	let next = 0;
	worker.onmessage = ({ data }: MessageEvent<ScanReply>) => {
		waiting.get(data.id)?.(data.text);
		waiting.delete(data.id);
	};
	return {
		kind: 'worker',
		read: (frame) =>
			new Promise((resolve) => {
				const id = next++;
				waiting.set(id, resolve);
				const request: ScanRequest = {
					id,
					width: frame.width,
					height: frame.height,
					pixels: frame.data
				};
				worker.postMessage(request, [frame.data.buffer]);
			}),
		close: () => {
			worker.terminate();
			for (const resolve of waiting.values()) resolve(null);
			waiting.clear();
		}
	};
}
