// A small fact set of its own (a made-up city council story) for generator, linter and plan
// tests, so they show the code serves any fact set, not only the summit.
import type { FactSet } from '../../../src/lib/facts';
import { parseFactSet } from '../../../src/lib/facts/validate.ts';

export const PARAGRAPHS = [
	'Mayor Ana Lima opened the new bridge in Porto Alto on Monday.',
	'The bridge cost 40 million euros and took three years to build.',
	'Lima said the bridge "joins two halves of one city".',
	'Engineer Rui Costa led the works; the council voted for the bridge in 2019.',
	'The bridge carries 12 lanes and a tram line to the airport.'
];

type RawFact = Record<string, unknown>;

export function miniRaw(
	extraFacts: RawFact[] = []
): Record<string, unknown> & { facts: RawFact[] } {
	return {
		version: 2,
		id: 'bridge',
		title: 'The new bridge',
		article: {
			title: 'A bridge opens',
			published: '2024-05-06',
			author: 'Test',
			paragraphs: PARAGRAPHS
		},
		entities: [
			{ name: 'Ana Lima', type: 'person', aliases: ['Lima'], tags: ['mayor'], titles: ['Mayor'] },
			{
				name: 'Rui Costa',
				type: 'person',
				aliases: ['Costa'],
				tags: ['engineer'],
				titles: ['Engineer']
			},
			{ name: 'Paulo Reis', type: 'person', tags: ['mayor'], titles: ['Mayor'] },
			{ name: 'Marta Sousa', type: 'person', tags: ['mayor'], titles: ['Mayor'] },
			{ name: 'Joana Pires', type: 'person', tags: ['mayor'], titles: ['Mayor'] },
			{ name: 'Sara Neves', type: 'person', tags: ['mayor'], titles: ['Mayor'] },
			{ name: 'Porto Alto', type: 'city', tags: [] },
			{ name: 'Vila Nova', type: 'city', tags: [] },
			{ name: 'Santa Rita', type: 'city', tags: [] },
			{ name: 'Campo Belo', type: 'city', tags: [] },
			{ name: 'Rio Claro', type: 'city', tags: [] }
		],
		facts: [
			{
				id: 'opened-by',
				topic: 'people',
				about: ['Porto Alto'],
				question: 'Who opened the new bridge in Porto Alto?',
				statement: 'Mayor {answer} opened the new bridge in Porto Alto.',
				answer: { type: 'person', value: 'Ana Lima', kind: ['mayor'] },
				explanation: 'The mayor, Ana Lima, opened the bridge.',
				source: { paragraph: 1, quote: 'Mayor Ana Lima opened the new bridge' }
			},
			{
				id: 'bridge-city',
				topic: 'places',
				about: ['Ana Lima'],
				question: 'In which city did Ana Lima open a new bridge?',
				statement: 'Ana Lima opened a new bridge in {answer}.',
				answer: { type: 'city', value: 'Porto Alto' },
				explanation: 'The bridge is in Porto Alto.',
				source: { paragraph: 1, quote: 'opened the new bridge in Porto Alto' }
			},
			{
				id: 'opening-day',
				topic: 'dates',
				about: ['Ana Lima'],
				question: 'On which day of the week did the mayor open the bridge?',
				statement: 'Ana Lima opened the bridge on a {answer}.',
				answer: { type: 'weekday', value: 'Monday' },
				explanation: 'The bridge opened on Monday.',
				source: { paragraph: 1, quote: 'in Porto Alto on Monday' }
			},
			{
				id: 'lima-quote',
				topic: 'quotes',
				about: ['Ana Lima'],
				question: 'What did the mayor say the bridge joins?',
				statement: 'Ana Lima said the bridge joins {answer}.',
				answer: { type: 'quote', value: 'two halves of one city' },
				distractors: ['the old town and the sea', 'north and south', 'the past and the future'],
				explanation: 'She said it joins two halves of one city.',
				source: { paragraph: 3, quote: 'joins two halves of one city' }
			},
			{
				id: 'vote-year',
				topic: 'dates',
				about: ['Ana Lima'],
				question: 'In which year did the council vote for the bridge that Ana Lima opened?',
				statement: 'The council voted in {answer} for the bridge that Ana Lima opened.',
				answer: { type: 'year', value: 2019, max: 2021 },
				explanation: 'The council voted for it in 2019.',
				source: { paragraph: 4, quote: 'the council voted for the bridge in 2019' }
			},
			{
				id: 'lanes',
				topic: 'numbers',
				question: 'How many lanes does the bridge carry?',
				statement: 'The bridge carries {answer} and a tram line.',
				answer: { type: 'number', value: 12, unit: { one: 'lane', other: 'lanes' } },
				explanation: 'It carries 12 lanes and a tram line.',
				source: { paragraph: 5, quote: 'The bridge carries 12 lanes' }
			},
			...extraFacts
		]
	};
}

export function miniSet(extraFacts: RawFact[] = []): FactSet {
	return parseFactSet(miniRaw(extraFacts), 'mini.json');
}
