import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PREVIEW_PORT ?? 4173);
// Built with BASE_PATH, the site lives under that sub-path and `/` itself is a 404.
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const siteURL = `http://127.0.0.1:${port}${base}/`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		baseURL: siteURL,
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
		trace: 'off'
	},
	projects: [
		{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], channel: undefined },
			testMatch: /phone\.spec\.ts/
		}
	],
	// The production build, served as a static host would: the service worker exists only there.
	webServer: {
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: siteURL,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
