import { describe, expect, it } from 'vitest';
import { encodeQuizLink, openQuizFragment } from '../../../src/lib/share/index.ts';

const settings = {
	seed: 'V1StGXR8_Z',
	count: 12,
	topics: [],
	forms: [],
	timeLimit: 20,
	title: 'Class 7B'
};

describe('openQuizFragment', () => {
	it('plays the player’s own run when there is no fragment', () => {
		expect(openQuizFragment('', 'abc123')).toEqual({ kind: 'own' });
		expect(openQuizFragment('#', 'abc123')).toEqual({ kind: 'own' });
	});

	it('opens a shared quiz, and says whether it was made with other questions', () => {
		const fragment = encodeQuizLink(settings, 'abc123');
		expect(openQuizFragment(`#${fragment}`, 'abc123')).toMatchObject({
			kind: 'shared',
			settings,
			outdated: false
		});
		// Results belong to the link's quiz either way, so they carry the link's version.
		expect(openQuizFragment(`#${fragment}`, 'zzz999')).toMatchObject({
			outdated: true,
			contentVersion: 'abc123'
		});
	});

	it('turns a tampered link into a friendly message', () => {
		const fragment = encodeQuizLink(settings, 'abc123').replace('V1St', 'V1Su');
		const opened = openQuizFragment(`#${fragment}`, 'abc123');
		expect(opened.kind).toBe('broken');
		expect(opened.kind === 'broken' && opened.message).toMatch(/\w+ \w+/);
	});
});
