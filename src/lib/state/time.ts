/** An epoch-millisecond time as an ISO string, the form storage keeps. */
export function isoAt(ms: number): string {
	return new Date(ms).toISOString();
}
