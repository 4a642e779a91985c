// What a teacher checks before saving a deck: one question per fact in each form it supports,
// and the question linter's findings, in words.
import type { Fact, FactSet } from '../facts/types.ts';
import { FORMS } from '../quiz/forms/index.ts';
import { buildQuestion, formsFor } from '../quiz/generate.ts';
import { lexiconOf } from '../facts/lexicon.ts';
import { LINT_RULES, lintFact, lintFactSet, lintQuestion, type LintFinding } from '../quiz/lint.ts';
import { createRng } from '../quiz/rng.ts';
import type { Question } from '../quiz/types.ts';

export interface PreviewFact {
	fact: Fact;
	/** One question in each form the fact supports. */
	questions: { label: string; question: Question }[];
}

export interface PreviewFinding {
	factId: string;
	/** What the rule looks for, as the README words it. */
	rule: string;
	detail: string;
}

export interface DeckPreview {
	facts: PreviewFact[];
	findings: PreviewFinding[];
	questionCount: number;
}

/** Fewer seeds than `npm run lint:questions` (20): quick enough to run as the teacher waits. */
export const PREVIEW_LINT_SEEDS = 3;

export function previewDeck(factSet: FactSet, seeds = PREVIEW_LINT_SEEDS): DeckPreview {
	const facts = factSet.facts.map((fact) => ({
		fact,
		questions: formsFor(factSet, fact).map((form) => ({
			label: FORMS[form].label,
			question: buildQuestion(factSet, fact, form, createRng(`preview:${fact.id}`))
		}))
	}));
	const report = lintFactSet(factSet, seeds);
	const findings = report.findings.map((finding) => ({
		factId: finding.factId,
		rule: LINT_RULES[finding.rule],
		detail: finding.detail
	}));
	// One line per fact and rule is enough to act on; seeds repeat the same finding.
	const seen = new Set<string>();
	const distinct = findings.filter((finding) => {
		const key = `${finding.factId}|${finding.rule}`;
		return !seen.has(key) && seen.add(key);
	});
	const questionCount = facts.reduce((sum, entry) => sum + entry.questions.length, 0);
	return { facts, findings: distinct, questionCount };
}

/** One fact's questions and findings, as the editor shows them while the fact is written. */
export function previewFact(
	factSet: FactSet,
	fact: Fact,
	seeds = PREVIEW_LINT_SEEDS
): { questions: PreviewFact['questions']; findings: PreviewFinding[] } {
	const lexicon = lexiconOf(factSet);
	const forms = formsFor(factSet, fact);
	const raw: LintFinding[] = [...lintFact(factSet, lexicon, fact)];
	for (const form of forms)
		for (let seed = 0; seed < seeds; seed++)
			raw.push(
				...lintQuestion(
					lexicon,
					fact,
					buildQuestion(factSet, fact, form, createRng(`lint:${seed}:${fact.id}`))
				)
			);
	const allowed = new Set(fact.allow.map((entry) => entry.rule));
	const seen = new Set<string>();
	const findings = raw
		.filter((finding) => !allowed.has(finding.rule))
		.filter((finding) => !seen.has(finding.rule) && seen.add(finding.rule))
		.map((finding) => ({
			factId: fact.id,
			rule: LINT_RULES[finding.rule],
			detail: finding.detail
		}));
	return {
		questions: forms.map((form) => ({
			label: FORMS[form].label,
			question: buildQuestion(factSet, fact, form, createRng(`preview:${fact.id}`))
		})),
		findings
	};
}
