// A lesson, acted out: the teacher composes a quiz and hands out its link, a student plays it
// (one question runs out of time) and sends the code, and the teacher's table names the quiz,
// shows each question with its answer, tells the timeout apart and exports CSV.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';

/** axe-core's findings on the page as it stands, one line each. */
async function violations(page: import('@playwright/test').Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the Teach page keeps its quiz across a reload, lists quizzes handed out, and the table names them', async ({
	browser
}) => {
	const teacher = await browser.newContext();
	await teacher.grantPermissions(['clipboard-read', 'clipboard-write']);
	const desk = await teacher.newPage();
	await desk.goto('./compose/');
	await desk.getByLabel(/^Title/).fill('Week 3 check');
	await desk.getByLabel('Number of questions').fill('3');
	await desk.getByLabel('Time limit per question').selectOption({ label: '10 seconds' });
	const field = desk.getByRole('textbox', { name: 'Quiz link', exact: true });
	await expect(field).toHaveValue(/\/play\/#1\./);
	const link = await field.inputValue();
	// A reload keeps the quiz as it was: same choices, same link.
	await desk.reload();
	await expect(desk.getByLabel(/^Title/)).toHaveValue('Week 3 check');
	await expect(field).toHaveValue(link);
	// The answer key, before sharing: three questions, each with its answer.
	await desk.getByText('Answer key (3 questions)').click();
	const key = desk.locator('.answer-key li');
	await expect(key).toHaveCount(3);
	const firstAnswer = (await key.first().locator('.answer').innerText()).trim();
	// Copying the link hands the quiz out: it joins the list.
	const shared = desk.getByRole('region', { name: 'Quizzes you shared' });
	await expect(shared.getByText(/^None yet/)).toBeVisible();
	await desk.getByRole('button', { name: 'Copy link' }).click();
	await expect(shared.locator('.shared-title')).toHaveText('Week 3 check');
	await expect(shared.locator('li').first()).toContainText(/Shared .+ · 3\s+questions/);
	await expect(shared.getByRole('link', { name: 'Results (0)' })).toBeVisible();
	await shared.getByText('Link and QR code').click();
	expect(await violations(desk), 'Teach page with its list').toEqual([]);

	// A student plays it: the first question runs out of time, the others are answered.
	const student = await browser.newContext();
	const phone = await student.newPage();
	await phone.clock.install();
	await phone.goto(link);
	await phone.getByRole('button', { name: 'Start the quiz' }).click();
	await phone.clock.runFor(11_000);
	await expect(phone.getByText(/Time is up/)).toBeVisible();
	await phone.keyboard.press('Enter');
	for (let n = 2; n <= 3; n++) {
		await expect(phone.getByText(`Question ${n} of 3`)).toBeVisible();
		await phone.keyboard.press('1');
		await phone.keyboard.press('Enter');
	}
	await phone.getByLabel('Your name or nickname').fill('Ana');
	await phone.getByRole('button', { name: 'Make my result code' }).click();
	const code = await phone.locator('code.code').innerText();
	await student.close();

	// The teacher follows "Results" from the list and pastes the code.
	await desk.reload();
	await desk.getByRole('link', { name: 'Results (0)' }).click();
	await expect(desk).toHaveURL(/\/results\/\?quiz=/);
	await desk.getByLabel('Result codes or links').fill(`from Ana: ${code}`);
	await desk.getByRole('button', { name: 'Add results' }).click();
	await expect(desk.locator('.message')).toHaveText(/^Added Ana’s result/);
	const table = desk.getByRole('region', { name: 'Week 3 check' });
	await expect(table.locator('h2 + p')).toContainText(/Shared .+ · 3\s+questions ·\s+1\s+result/);
	const row = table.getByRole('row', { name: /Ana/ });
	await expect(row.locator('td.q').first()).toHaveText('◷time ran out');
	await expect(table.getByText(`Answer: ${firstAnswer}`)).toBeVisible();
	await expect(table.getByText(/time ran out for 1/)).toBeVisible();
	expect(await violations(desk), 'class table').toEqual([]);
	// CSV for the mark book.
	const download = desk.waitForEvent('download');
	await table.getByRole('button', { name: /Download CSV/ }).click();
	const file = await (await download).path();
	const csv = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
	expect(csv.split('\r\n')[1]).toMatch(
		/^Ana,\d+,\d,3,\d+,,time ran out,(right|wrong),(right|wrong)$/
	);
	// The Teach page now counts that result.
	await desk.goto('./compose/');
	await expect(desk.getByRole('link', { name: 'Results (1)' })).toBeVisible();
	await teacher.close();
});
