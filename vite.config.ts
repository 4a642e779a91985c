import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { factSetPlugin } from './scripts/vite-plugin-factset.ts';

/** The headers static/_headers gives every path, for `vite preview` to send as a static host would. */
function hostHeaders(): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const line of readFileSync('static/_headers', 'utf8').split('\n')) {
		const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
		if (header) headers[header[1]] = header[2].trim();
	}
	return headers;
}

/** `vite preview` sends static/_headers with every response, before SvelteKit's own handler runs. */
function hostHeadersPlugin(): Plugin {
	return {
		name: 'host-headers',
		configurePreviewServer(server) {
			const headers = Object.entries(hostHeaders());
			server.middlewares.use((_request, response, next) => {
				for (const [name, value] of headers) response.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [hostHeadersPlugin(), factSetPlugin(), sveltekit()],
	build: {
		rolldownOptions: {
			// The domain modules (facts, quiz, decks, share) are pure: importing one runs nothing but definitions.
			// Saying so lets a page that needs one helper skip the rest, and the generator load
			// only where it is used (the play page loads it beside the fact set, not first).
			treeshake: {
				moduleSideEffects: (id: string) =>
					!/[\\/]src[\\/]lib[\\/](facts|quiz|decks|share)[\\/]/.test(id)
			},
			output: {
				// Libraries only some pages need get chunks of their own, so no page pays for them
				// through a chunk it shares with those pages.
				codeSplitting: {
					groups: [
						{ name: 'valibot', test: /[\\/]node_modules[\\/]valibot[\\/]/ },
						{ name: 'fsrs', test: /[\\/]node_modules[\\/]ts-fsrs[\\/]/ },
						{ name: 'idb', test: /[\\/]node_modules[\\/]idb-keyval[\\/]/ },
						// Tiny modules most pages load first (the built-in deck's name, the deck in the
						// address, the kinds of answer and question): one file, not five of 150 bytes.
						{
							name: 'basics',
							test: /(virtual:fact-set\/deck|[\\/]src[\\/]lib[\\/](decks[\\/]location|facts[\\/]types|quiz[\\/]types)\.ts)/
						}
					]
				}
			}
		}
	},
	// The QR worker is a module worker, like the rest of the app's code.
	worker: { format: 'es' },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1', port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
