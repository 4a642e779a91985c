// QR codes for share links, drawn as SVG by our components.
export { modulesToPath } from './path.ts';
export { encodeQr, QrSuperseded, QUIET_ZONE } from './encode.ts';
export type { QrDrawing, QrEncoder } from './encode.ts';
