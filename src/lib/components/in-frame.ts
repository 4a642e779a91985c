// Whether the app is shown inside another page. Hosts that send static/_headers forbid that; on
// a host that does not, actions that delete are still refused in a frame, where the person
// clicking may not know whose button it is (clickjacking).

/** True inside a frame (or when the browser will not say, which only happens in one). */
export function inFrame(): boolean {
	try {
		return window.self !== window.top;
	} catch {
		return true;
	}
}

/** The message shown instead of deleting, in a frame. */
export const FRAMED_MESSAGE =
	'Nothing was deleted: this page is shown inside another site. Open Summit Quiz in its own tab to delete.';
