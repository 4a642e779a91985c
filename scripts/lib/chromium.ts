// Debian's Chromium for the scripts, with the same flags as the browser tests: never a downloaded
// browser, never any network beyond 127.0.0.1.
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../playwright.config.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export { CHROMIUM_ARGS };

/** Headless Chromium driven by Playwright. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** Flags for a Chromium that Lighthouse drives over the DevTools protocol. */
export const LIGHTHOUSE_CHROME_FLAGS = [...CHROMIUM_ARGS, '--headless=new'];
