// Reading the file chosen in an <input type="file">, the one chosen before the page was ready too.
import type { Attachment } from 'svelte/attachments';

/**
 * Calls `read` with each file chosen in the input it is attached to. A file chosen while the
 * page's script was still loading (a slow phone, a slow machine) fired a change event nobody
 * heard; it is still in the input, so it is read as soon as the input is attached. The input is
 * then emptied, so the same file can be chosen again (after it is fixed, say).
 */
export function fileChosen(read: (file: File) => unknown): Attachment<HTMLInputElement> {
	return (input) => {
		const take = () => {
			const file = input.files?.[0];
			if (!file) return;
			input.value = '';
			void read(file);
		};
		take();
		input.addEventListener('change', take);
		return () => input.removeEventListener('change', take);
	};
}
