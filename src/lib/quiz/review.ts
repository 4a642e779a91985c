// The review file: every question of every form a fact set makes, key marked, with its quote
// and explanation, as Markdown for a teacher (or a reviewer) to read against the article.
import type { FactSet } from '../facts/index.ts';
import { FORMS } from './forms/index.ts';
import { buildQuestion, formsFor, GENERATOR_VERSION } from './generate.ts';
import { createRng } from './rng.ts';
import { QUESTION_FORMS } from './types.ts';

export function renderReview(factSet: FactSet, file: string): string {
	const perForm = new Map(QUESTION_FORMS.map((form) => [form, 0]));
	const sections: string[] = [];
	factSet.facts.forEach((fact, index) => {
		const lines = [
			`## ${index + 1}. \`${fact.id}\``,
			'',
			`Topic: ${fact.topic}. About: ${fact.about.join(', ') || '(none)'}.`,
			''
		];
		for (const form of formsFor(factSet, fact)) {
			perForm.set(form, perForm.get(form)! + 1);
			const question = buildQuestion(factSet, fact, form, createRng(`review:${fact.id}`));
			lines.push(`**${FORMS[form].label}:** ${question.prompt}`, '');
			question.options.forEach((option, i) => {
				lines.push(i === question.answer ? `- **${option}** ✔ key` : `- ${option}`);
			});
			lines.push('');
		}
		const quote = fact.source.says
			? `“${fact.source.quote}” (the answer: “${fact.source.says}”)`
			: `“${fact.source.quote}”`;
		lines.push(`Explanation: ${fact.explanation}`, '');
		if (fact.background) lines.push(`Background (not from the article): ${fact.background}`, '');
		lines.push(`Source, paragraph ${fact.source.paragraph}: ${quote}`, '');
		for (const entry of fact.allow)
			lines.push(`Linter exception (${entry.rule}): ${entry.reason}`, '');
		sections.push(lines.join('\n'));
	});
	const total = [...perForm.values()].reduce((a, b) => a + b, 0);
	const counts = QUESTION_FORMS.map((form) => `${FORMS[form].label}: ${perForm.get(form)}`);
	return [
		`# Review: ${factSet.title}`,
		'',
		`Every question that \`${file}\` makes, one per fact and form, key marked. Written by`,
		'`npm run review`; do not edit by hand. The tests fail when it is out of date.',
		'',
		`${factSet.facts.length} facts, ${total} questions (${counts.join('; ')}); generator version ${GENERATOR_VERSION}.`,
		'Wrong options and “true of” subjects vary by seed; this file shows one seed per fact.',
		'',
		...sections
	].join('\n');
}

/** Where the review of a fact-set file is kept: beside it, `summit.json` → `summit.review.md`. */
export function reviewPathOf(file: string): string {
	return file.replace(/\.(json|csv|tsv)$/, '') + '.review.md';
}
