import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Sub-path the site is served from, e.g. "/summit-quiz" for GitHub Pages; empty for a domain root. */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

// One version per build, shared with the workers Kit starts (they read the config again).
process.env.APP_VERSION ??= Date.now().toString(36);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		paths: { base, relative: true },
		// Small stylesheets go inline: one less render-blocking request per page.
		inlineStyleThreshold: 4096,
		// Every page is prerendered; hash mode puts the CSP in a <meta> tag that a static host serves as is.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		version: { name: process.env.APP_VERSION },
		// _headers is read by the host, which may not serve it: the service worker must not need it.
		serviceWorker: { files: (file) => file !== '_headers' }
	}
};

export default config;
