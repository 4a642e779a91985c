import { IDBFactory } from 'fake-indexeddb';
import { set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/lib/storage/index.ts';
import { sharedQuizzesStore, type SharedQuiz } from '../../../src/lib/storage/shared-quizzes.ts';

const WEEK_3: SharedQuiz = {
	key: 'quizA1',
	link: 'https://quiz.example.org/play/#1.seed.v.params.title.check',
	title: 'Week 3',
	deckTitle: '',
	sharedAt: '2026-01-01T09:00:00.000Z',
	timeLimit: 20,
	questions: [{ prompt: 'Where was the summit?', answer: 'Tianjin' }]
};

describe('sharedQuizzesStore', () => {
	it('lists quizzes newest first, keeps a quiz’s first date, and removes one', async () => {
		const factory = new IDBFactory();
		const store = sharedQuizzesStore(createStore(factory, 'shared', 'quizzes'));
		await store.add(WEEK_3);
		await store.add({
			...WEEK_3,
			key: 'quizB2',
			title: 'Week 4',
			sharedAt: '2026-01-08T09:00:00.000Z'
		});
		await store.add({ ...WEEK_3, sharedAt: '2026-02-01T09:00:00.000Z' });
		const again = sharedQuizzesStore(createStore(factory, 'shared', 'quizzes'));
		const { quizzes } = await again.load();
		expect(quizzes.map((q) => [q.title, q.sharedAt])).toEqual([
			['Week 4', '2026-01-08T09:00:00.000Z'],
			['Week 3', '2026-01-01T09:00:00.000Z']
		]);
		await again.remove('quizB2');
		expect((await store.load()).quizzes.map((q) => q.key)).toEqual(['quizA1']);
	});

	it('skips a damaged record with a reason, and refuses to write one', async () => {
		const useStore = createStore(new IDBFactory(), 'shared', 'quizzes');
		await set('bad', { ...WEEK_3, key: 'bad', questions: [] }, useStore);
		const store = sharedQuizzesStore(useStore);
		expect((await store.load()).skipped).toEqual([
			{ key: 'bad', reason: 'not a valid shared quiz' }
		]);
		await expect(store.add({ ...WEEK_3, link: 'not a link' })).rejects.toMatchObject({
			reason: 'invalid-record'
		});
		expect((await store.load()).quizzes).toEqual([]);
	});
});
