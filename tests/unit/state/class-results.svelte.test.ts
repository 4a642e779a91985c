// The class results page's state: a whole chat pasted at once, duplicates, damage, storage that
// refuses, undo, and a second tab that follows.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/lib/storage/index.ts';
import {
	classResultsStore,
	type ClassResultsStore
} from '../../../src/lib/storage/class-results.ts';
import { sharedQuizzesStore } from '../../../src/lib/storage/shared-quizzes.ts';
import { ClassResults } from '../../../src/lib/state/class-results.svelte.ts';
import { encodeResult, encodeResultV1, type SharedResult } from '../../../src/lib/share/index.ts';
import { scoreBounds } from '../../../src/lib/quiz/score.ts';

const answers = [true, false, true, true];
const base: SharedResult = {
	quizKey: 'quizA1',
	name: 'Ana',
	score: scoreBounds(answers).min,
	answers,
	timeMs: 40_000
};
const codeOf = (name: string) => encodeResult({ ...base, name });

function storeIn(factory = new IDBFactory()): ClassResultsStore {
	return classResultsStore(createStore(factory, 'class', 'results'));
}

/** A store whose writes fail until `works` is set. */
function flakyStore(): ClassResultsStore & { works: boolean } {
	const inner = storeIn();
	const flaky = {
		works: false,
		load: () => inner.load(),
		add: async (result: Parameters<ClassResultsStore['add']>[0]) => {
			if (!flaky.works) throw new DOMException('full', 'QuotaExceededError');
			return inner.add(result);
		},
		remove: (code: string) => inner.remove(code),
		clear: () => inner.clear()
	};
	return flaky;
}

describe('ClassResults', () => {
	it('adds thirty codes pasted as one chat message, each once', async () => {
		const page = new ClassResults(storeIn());
		await page.open();
		const names = Array.from({ length: 30 }, (_, i) => `Student ${i + 1}`);
		const chat = names
			.map((name, i) => `[10:${10 + i}] ${name}: here ${codeOf(name)} thx`)
			.join('\n');
		const report = await page.addText(chat);
		expect(report.items.map((i) => i.status)).toEqual(names.map(() => 'added'));
		expect(report.summary).toBe('Added 30 results.');
		expect(page.tables[0].rows).toHaveLength(30);
		const again = await page.addText(`${codeOf('Student 3').toLowerCase()} and ${codeOf('New')}`);
		expect(again.items.map((i) => i.status)).toEqual(['duplicate', 'added']);
		expect(again.summary).toBe('Added 1 result; 1 already in the table.');
	});

	it('says why a code is damaged, adds the rest, and reads old codes', async () => {
		const page = new ClassResults(storeIn());
		await page.open();
		const good = codeOf('Ben');
		const typo = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
		const old = encodeResultV1({ ...base, name: 'Old' });
		const report = await page.addText(`${typo}\n${old}\n${codeOf('Cleo')}`);
		expect(report.items.map((i) => i.status)).toEqual(['damaged', 'added', 'added']);
		expect(report.ok).toBe(false);
		expect(report.summary).toMatch(/1 could not be read/);
		const [damaged] = report.items;
		expect(damaged.status === 'damaged' && damaged.why).toMatch(/typing mistake/);
		expect((await page.addText('hello there')).summary).toMatch(/No Summit Quiz result codes/);
		expect((await page.addText('')).ok).toBe(false);
	});

	it('keeps what storage refused in the table, unsaved, until a retry saves it', async () => {
		const store = flakyStore();
		const page = new ClassResults(store);
		await page.open();
		const report = await page.addText(codeOf('Dee'));
		expect(report.items[0].status).toBe('unsaved');
		expect(report.summary).toMatch(/not saved on this device yet/);
		expect(page.unsaved).toHaveLength(1);
		expect(page.storageProblem).not.toBe('');
		store.works = true;
		await page.retryUnsaved();
		expect(page.unsaved).toHaveLength(0);
		expect(page.storageProblem).toBe('');
		expect((await store.load()).results.map((r) => r.name)).toEqual(['Dee']);
	});

	it('undoes a removal, in storage too', async () => {
		const factory = new IDBFactory();
		const page = new ClassResults(storeIn(factory));
		await page.open();
		await page.addText(`${codeOf('Ana')} ${codeOf('Ana ')}`);
		await page.addText(codeOf('Eve'));
		const eve = page.results.find((r) => r.name === 'Eve')!;
		await page.remove(eve.code);
		expect(page.results.map((r) => r.name)).toEqual(['Ana']);
		expect((await storeIn(factory).load()).results).toHaveLength(1);
		await page.undo();
		expect(page.removed).toBeUndefined();
		expect((await storeIn(factory).load()).results.map((r) => r.name).sort()).toEqual([
			'Ana',
			'Eve'
		]);
	});

	it('follows results another tab adds', async () => {
		const factory = new IDBFactory();
		const teacher = new ClassResults(storeIn(factory));
		const other = new ClassResults(storeIn(factory));
		const closeTeacher = await teacher.open();
		const closeOther = await other.open();
		await other.addText(codeOf('Fay'));
		await expect.poll(() => teacher.results.map((r) => r.name)).toEqual(['Fay']);
		closeTeacher();
		closeOther();
	});
});

describe('ClassResults with the quizzes this device shared', () => {
	it('names the table after the quiz and refuses a result with another number of answers', async () => {
		const factory = new IDBFactory();
		const quizzes = sharedQuizzesStore(createStore(factory, 'shared', 'quizzes'));
		await quizzes.add({
			key: 'quizA1',
			link: 'https://quiz.example.org/play/#1.x',
			title: 'Week 3',
			deckTitle: '',
			sharedAt: '2026-01-01T09:00:00.000Z',
			timeLimit: null,
			questions: answers.map((_, i) => ({ prompt: `Question ${i}`, answer: `Answer ${i}` }))
		});
		const page = new ClassResults(storeIn(), quizzes);
		await page.open();
		const long = [...answers, true];
		const forged = encodeResult({
			...base,
			name: 'Max',
			answers: long,
			score: scoreBounds(long).min
		});
		const report = await page.addText(`${codeOf('Ana')} ${forged}`);
		expect(report.items.map((i) => i.status)).toEqual(['added', 'damaged']);
		const [, refused] = report.items;
		expect(refused.status === 'damaged' && refused.why).toBe(
			'Max’s result has 5 answers, but “Week 3” has 4 questions: it was not made by playing it.'
		);
		expect(page.tables[0].quiz?.title).toBe('Week 3');
		expect(page.tables[0].questions[0].answer).toBe('Answer 0');
	});
});

describe('ClassResults with real pastes', () => {
	it('says when a code was pasted twice, and names a quiz link sent by mistake with its line', async () => {
		const page = new ClassResults(storeIn());
		await page.open();
		const link = 'https://quiz.example.org/play/#1.V1StGXR8_Z.k3x9q2.KAAAAA.U2Ft.bTTvZ';
		const report = await page.addText(
			`Ana: ${codeOf('Ana')}\nAna again: ${codeOf('Ana')}\nBen: ${link}`
		);
		expect(report.items.map((i) => i.status)).toEqual(['damaged', 'added', 'twice']);
		expect(report.summary).toBe('Added 1 result; 1 pasted twice; 1 could not be read (see below).');
		const [quizLink] = report.items;
		expect(quizLink.status === 'damaged' && quizLink.why).toMatch(/^This is a quiz link/);
		const typo = codeOf('Cy').slice(0, -1) + (codeOf('Cy').endsWith('0') ? '1' : '0');
		const damaged = (await page.addText(`[10:40] Cy: here ${typo}`)).items[0];
		expect(damaged.status === 'damaged' && damaged.line).toBe(`[10:40] Cy: here ${typo}`);
	});

	it('never hides a result being saved when another tab makes the table reload', async () => {
		const inner = storeIn();
		let release = () => {};
		const slow: ClassResultsStore = {
			...inner,
			add: async (result) => {
				await new Promise<void>((resolve) => (release = resolve));
				return inner.add(result);
			}
		};
		const page = new ClassResults(slow);
		await page.open();
		const adding = page.addText(codeOf('Ana'));
		const reloading = page.reload();
		await new Promise((resolve) => setTimeout(resolve, 10));
		release();
		await Promise.all([adding, reloading]);
		expect(page.results.map((r) => r.name)).toEqual(['Ana']);
	});

	it('flags, rather than refuses, a result played with other questions of another length', async () => {
		const factory = new IDBFactory();
		const quizzes = sharedQuizzesStore(createStore(factory, 'shared', 'quizzes'));
		await quizzes.add({
			key: 'quizA1',
			link: 'https://quiz.example.org/play/#1.x',
			title: 'Week 3',
			deckTitle: '',
			sharedAt: '2026-01-01T09:00:00.000Z',
			timeLimit: null,
			questions: [{ prompt: 'Q', answer: 'A' }]
		});
		const page = new ClassResults(storeIn(), quizzes);
		await page.open();
		const other = encodeResult({ ...base, name: 'Old app', otherVersion: true });
		expect((await page.addText(other)).items[0].status).toBe('added');
	});
});
