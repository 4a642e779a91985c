// The deck editor, as a teacher uses it: a deck written from nothing, offline, by keyboard, and
// played; a saved deck edited, with a problem that keeps the last good version playing; deletes
// undone. Everything is saved as it is typed, with no Save button.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chooseDeckFile, saveCheckedDeck, storedDeckKeys } from './support/decks.ts';
import { visitThenGoOffline } from './support/pwa.ts';

const SAVED = 'All changes saved. Play, study and class quizzes use this version.';

/** The open fact's field called `name` (labels repeat from fact to fact, so within one fact). */
const field = (page: Page, fact: number, name: string) =>
	page
		.locator('.fact')
		.nth(fact - 1)
		.getByRole('textbox', { name, exact: true });

test('a deck written from nothing, offline and by keyboard, then played', async ({
	page,
	context
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await visitThenGoOffline(context, page);
	await page.goto('./decks/');
	await page.getByRole('button', { name: 'Write a new deck' }).click();
	await expect(page.getByRole('heading', { name: 'Edit “My deck”', level: 1 })).toBeVisible();
	// A new deck lists what is left to write, and cannot be played yet: the empty text, and the
	// new fact as one line, not a "must not be empty" for each field not reached yet.
	const problems = page.getByRole('region', { name: /to fix|to finish/ });
	await expect(
		problems.getByRole('heading', { name: 'One problem to fix, one fact to finish' })
	).toBeVisible();
	await expect(problems.getByRole('listitem')).toHaveText([
		'Paragraph 1: must not be empty',
		'Fact 1 is not finished yet.'
	]);
	await expect(page.getByRole('button', { name: /New fact/ })).toContainText('unfinished');
	await expect(page.getByText('The deck can be played once it has no problems.')).toBeVisible();

	await page.getByLabel('Title', { exact: true }).fill('The water cycle');
	// A topic's facts follow its name as it is typed, before the box is left.
	const topic = page.getByLabel('Topic 1');
	await topic.fill('Basics');
	await expect(page.getByRole('button', { name: /New fact/ })).toContainText('· Basics');
	await topic.press('Tab');
	await page
		.getByLabel('Paragraph 1')
		.fill(
			'Water evaporates from the oceans, rises as vapour and condenses into clouds. It falls back as rain, snow or hail.'
		);
	// The fact opens from its heading with the keyboard, and its fields follow in order.
	await page.getByRole('button', { name: /New fact/ }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: /New fact/ })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	// A field left empty says so when it is left, and the list names it.
	await field(page, 1, 'Question').focus();
	await page.keyboard.press('Tab');
	await expect(problems.getByRole('listitem')).toHaveText(['Fact 1, question: must not be empty']);
	await field(page, 1, 'Question').fill('Into what does water vapour condense?');
	await field(page, 1, 'Answer').fill('clouds');
	for (const [n, wrong] of ['rivers', 'glaciers', 'oceans'].entries())
		await page.getByLabel(`Wrong answer ${n + 1}`, { exact: true }).fill(wrong);
	await field(page, 1, 'The fact as a sentence').fill('Water vapour condenses into {answer}.');
	await field(page, 1, 'Explanation').fill('The text says that vapour condenses into clouds.');
	await field(page, 1, 'Quote').fill('condenses into rain');
	// A quote the paragraph does not hold is named at once, where it is.
	await expect(page.getByText('is not found word for word in paragraph 1').first()).toBeVisible();
	await field(page, 1, 'Quote').fill('condenses into clouds');
	await expect(page.getByRole('status').getByText(SAVED)).toBeVisible();
	await expect(page.getByRole('heading', { name: /problems? to fix$/ })).toHaveCount(0);

	// The questions show as the fact is written, the right answer marked.
	const preview = page.getByRole('region', { name: 'Questions from fact 1' });
	await expect(preview.getByText('Into what does water vapour condense?')).toBeVisible();
	await expect(preview.getByText('clouds ✔ right answer').first()).toBeVisible();

	// Still offline: a reload brings back what was typed.
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Edit “The water cycle”' })).toBeVisible();
	await expect(page.getByText(SAVED)).toBeVisible();
	await page
		.getByRole('navigation', { name: 'This deck' })
		.getByRole('link', { name: 'Play' })
		.click();
	await expect(page.locator('.quiz-title')).toHaveText('The water cycle');
	await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
	await expect(page.locator('#prompt')).toHaveText(/water vapour|true/);
	expect(errors).toEqual([]);
});

test('editing a saved deck: a problem keeps the last good version playing; deletes are undone', async ({
	page
}) => {
	await chooseDeckFile(page, 'apollo-11.csv', readFileSync('questions/apollo-11.csv', 'utf8'));
	await saveCheckedDeck(page);
	await page.goto('./decks/');
	await page.getByRole('link', { name: 'Edit Apollo 11' }).click();
	await expect(page.getByRole('heading', { name: 'Facts (20)' })).toBeVisible();

	// An emptied question: named in the list of problems, which leads to the field.
	await page
		.getByRole('button', { name: /^1\. From which launch site did Apollo 11 lift off\?/ })
		.click();
	await field(page, 1, 'Question').fill('');
	await expect(page.getByRole('heading', { name: 'One problem to fix' })).toBeVisible();
	await expect(
		page.getByText(
			'Changes saved as a draft. Until its problems are fixed, play, study and class quizzes use the version saved before.'
		)
	).toBeVisible();
	await page.getByRole('button', { name: 'Fact 1, question' }).click();
	await expect(field(page, 1, 'Question')).toBeFocused();
	await expect(field(page, 1, 'Question')).toHaveAttribute('aria-invalid', 'true');

	// The deck list says there are changes to finish; the saved deck still plays as it was.
	await page.goto('./decks/');
	await expect(
		page.getByText('Unsaved changes with 1 problem: Edit to finish them.')
	).toBeVisible();
	expect((await storedDeckKeys(page)).sort()).toEqual([
		'deck:apollo-11',
		'draft-info:apollo-11',
		'draft:apollo-11',
		'summary:apollo-11'
	]);

	// Back in the editor the draft is as it was left; a new question makes it the deck.
	await page.getByRole('link', { name: 'Edit Apollo 11' }).click();
	await page.getByRole('button', { name: /^1\. No question yet/ }).click();
	await field(page, 1, 'Question').fill('Where did Apollo 11 lift off from?');
	await expect(page.getByText(SAVED)).toBeVisible();
	expect((await storedDeckKeys(page)).sort()).toEqual(['deck:apollo-11', 'summary:apollo-11']);

	// Delete a fact, then undo: it comes back in its place, with the focus on it.
	const second = page.getByRole('button', { name: /^2\. / });
	// Its name without the open/closed arrow before it.
	const secondName = (await second.innerText()).replace(/^[▸▾]\s*/, '').trim();
	await page.getByRole('button', { name: 'Delete fact 2', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Facts (19)' })).toBeVisible();
	await expect(page.getByText(/^Deleted fact “/)).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('heading', { name: 'Facts (20)' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^2\. / })).toContainText(secondName);
	await expect(page.locator('.fact').nth(1)).toBeFocused();
	// …and the focus can be seen.
	await expect(page.locator('.fact').nth(1)).toHaveCSS('outline-style', 'solid');

	// A wrong answer removed, its fact closed: undo opens the fact and focuses the answer again.
	const first = page.getByRole('button', { name: /^1\. Where did Apollo 11 lift off from\?/ });
	const wrong1 = page.locator('.fact').nth(0).getByLabel('Wrong answer 1', { exact: true });
	const removed = await wrong1.inputValue();
	await page
		.locator('.fact')
		.nth(0)
		.getByRole('button', { name: 'Remove Wrong answer 1', exact: true })
		.click();
	await first.click();
	await expect(first).toHaveAttribute('aria-expanded', 'false');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(first).toHaveAttribute('aria-expanded', 'true');
	await expect(wrong1).toBeFocused();
	await expect(wrong1).toHaveValue(removed);

	// A paragraph removed unsets the facts that cite it, and the focus moves to the next one;
	// undo puts both back.
	await page.getByRole('button', { name: 'Remove paragraph 1', exact: true }).click();
	await expect(page.getByRole('heading', { name: /problems? to fix$/ })).toBeVisible();
	await expect(page.getByLabel('Paragraph 1', { exact: true })).toBeFocused();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByLabel('Paragraph 1', { exact: true })).toBeFocused();
	await expect(page.getByText(SAVED)).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Facts (20)' })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'This deck' })
		.getByRole('link', { name: 'Play' })
		.click();
	await expect(page.locator('.quiz-title')).toHaveText('Apollo 11');
	await expect(page.getByText('Question 1 of 10')).toBeVisible();
});
