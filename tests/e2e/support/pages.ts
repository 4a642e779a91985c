// What shows once each page has loaded what it stores or fetches, for tests that look at a whole
// page (axe, screenshots) and must not look at its loading state instead.
import { expect, type Page } from '@playwright/test';

export const PAGE_READY: Record<string, (page: Page) => Promise<void>> = {
	'./study/': (page) => expect(page.getByText('New card', { exact: true })).toBeVisible(),
	'./progress/': (page) => expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible(),
	'./compose/': (page) =>
		expect(page.getByRole('img', { name: 'QR code for the quiz link' })).toBeVisible(),
	'./results/': (page) =>
		expect(page.getByRole('heading', { name: 'Class results' })).toBeVisible(),
	'./decks/': (page) =>
		expect(page.getByRole('heading', { name: 'Putin, Xi and Kim', exact: false })).toBeVisible()
};
