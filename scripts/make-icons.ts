// Renders the app icons (PNG) from one SVG in Debian's Chromium. Run by hand when the logo changes:
// `npx tsx scripts/make-icons.ts`; the PNGs are committed.
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';

const logo = (padding: number) => `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-padding} ${-padding} ${64 + 2 * padding} ${64 + 2 * padding}">
	<rect x="${-padding}" y="${-padding}" width="${64 + 2 * padding}" height="${64 + 2 * padding}" fill="#1d4e89"/>
	<path d="M10 46 26 20l9 14 6-9 13 21z" fill="#fff"/><circle cx="46" cy="17" r="5" fill="#f4b942"/>
</svg>`;

const icons = [
	{ file: 'icon-192.png', size: 192, padding: 4 },
	{ file: 'icon-512.png', size: 512, padding: 4 },
	// Maskable icons keep the logo inside the central 80% safe zone.
	{ file: 'icon-maskable-512.png', size: 512, padding: 16 },
	{ file: 'apple-touch-icon.png', size: 180, padding: 6 }
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const { file, size, padding } of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${logo(padding)}`
	);
	await page.screenshot({ path: `static/icons/${file}` });
	await page.close();
}
await browser.close();
console.log(`wrote ${icons.length} icons to static/icons/`);
