// The question linter: mechanical signs of questions a teacher would have to fix. It knows
// nothing of any one fact set; what it needs (titles, display forms, aliases) comes from the set.
import {
	COMPUTED_TYPES,
	isNearTwin,
	lexiconOf,
	entityForms,
	includesWords,
	MONTHS,
	normalizeText,
	phraseOffsets,
	type Entity,
	type Fact,
	type FactSet,
	type Lexicon
} from '../facts/index.ts';
import { FORMS } from './forms/index.ts';
import { buildQuestion, formsFor, generateQuiz } from './generate.ts';
import { answerForms, shownText, statesAnswer } from './plan.ts';
import { createRng } from './rng.ts';
import { defaultQuizSettings, type Question } from './types.ts';

/** Every rule, with what it finds, as the report prints it. */
export const LINT_RULES = {
	'title-mismatch':
		'a name right after another person’s title (“the mayor” before the engineer’s name)',
	'answer-in-stem': 'the question names its own answer',
	'stem-names-option': 'the question names one of its wrong options, so the stem rules it out',
	'repeated-name': 'an option names the same person or thing twice (“X said he would work with X”)',
	'bare-number-clue': '“true of” a bare number or date, which is no subject',
	'unit-agreement': 'a number and its word disagree (“1 visits”)',
	'missing-the': 'a name that needs “the” stands without it (“true of United States”)',
	'near-twin-options': 'two options differ by a letter or two (“Austria”, “Australia”)',
	'twin-statements': 'two statement options say nearly the same thing',
	'long-key': 'the key is much longer than every wrong option',
	'quote-misses-answer': 'the source quote does not contain the words that make the answer true',
	'explanation-outside-article':
		'the explanation names something the article does not (move it to background)',
	'run-give-away': 'in a run, a question states the answer of a later question',
	'run-repeated-prompt': 'in a run, the same prompt twice',
	'run-repeated-fact': 'in a run, the same fact twice although other facts were left out',
	'stale-exception': 'an allow entry for a rule that no longer flags this fact'
} as const;
export type LintRule = keyof typeof LINT_RULES;

export interface LintFinding {
	rule: LintRule;
	factId: string;
	/** The question's id, for question and run findings. */
	questionId?: string;
	/** What exactly was found, for the report. */
	detail: string;
}

/** Lints one question of `fact`. */
export function lintQuestion(lexicon: Lexicon, fact: Fact, question: Question): LintFinding[] {
	const found: LintFinding[] = [];
	const flag = (rule: LintRule, detail: string) =>
		found.push({ rule, factId: fact.id, questionId: question.id, detail });
	const texts = [question.prompt, ...question.options];
	const wrong = question.options.filter((_, i) => i !== question.answer);
	const { persons, titles, named } = namesOf(lexicon);

	for (const text of texts) {
		for (const person of persons) {
			for (const form of entityForms(person)) {
				for (const at of phraseOffsets(text, form)) {
					const title = titleBefore(normalizeText(text).slice(0, at), titles);
					if (title && !title.owners.has(person))
						flag('title-mismatch', `“${title.text} ${form}” in “${text}”`);
				}
			}
		}
		const one = /\b1 ([a-z]+s)\b/i.exec(text);
		if (one && !/^(is|was|has|as|us|plus|minus|this|its|his)$/i.test(one[1]))
			flag('unit-agreement', `“1 ${one[1]}” in “${text}”`);
		for (const entity of named) {
			if (needsThe(entity) && lacksThe(text, entity))
				flag('missing-the', `“${entity.name}” without “the” in “${text}”`);
		}
	}
	if (question.form === 'ask-answer') {
		if (statesAnswer(normalizeText(question.prompt), answerForms(lexicon, fact)))
			flag('answer-in-stem', `“${question.prompt}”`);
		for (const option of wrong) {
			if (includesWords(normalizeText(question.prompt), normalizeText(option)))
				flag('stem-names-option', `“${option}” in “${question.prompt}”`);
		}
	}
	if (question.form !== 'ask-answer') {
		for (const option of question.options) {
			const twice = repeatedEntity(named, option);
			if (twice) flag('repeated-name', `“${twice}” twice in “${option}”`);
		}
	}
	const clue = /true of (.+)\?$/.exec(question.prompt)?.[1];
	if (clue && /^[\d.,\s]+$|^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(clue))
		flag('bare-number-clue', `“${question.prompt}”`);

	const parts = varyingParts(question.options);
	// Weekdays, dates and numbers may differ by a letter or digit: that is what is asked.
	const ordered = (COMPUTED_TYPES as readonly string[]).includes(question.answerType);
	for (let i = 0; i < parts.length && !ordered; i++) {
		for (let j = i + 1; j < parts.length; j++) {
			if (isNearTwin(normalizeText(parts[i]), normalizeText(parts[j])))
				flag('near-twin-options', `“${parts[i]}” and “${parts[j]}”`);
		}
	}
	if (question.form === 'ask-clue') {
		for (let i = 0; i < question.options.length; i++) {
			for (let j = i + 1; j < question.options.length; j++) {
				if (wordOverlap(question.options[i], question.options[j]) >= 0.8)
					flag('twin-statements', `“${question.options[i]}” and “${question.options[j]}”`);
			}
		}
	}
	const keyPart = parts[question.answer];
	const longestWrong = Math.max(
		...parts.filter((_, i) => i !== question.answer).map((part) => part.length)
	);
	if (keyPart.length >= 1.6 * longestWrong && keyPart.length - longestWrong >= 12)
		flag('long-key', `“${keyPart}” against at most ${longestWrong} characters`);
	return found;
}

/** Lints what a fact says beside its questions: its quote and its explanation. */
export function lintFact(factSet: FactSet, lexicon: Lexicon, fact: Fact): LintFinding[] {
	const found: LintFinding[] = [];
	const flag = (rule: LintRule, detail: string) => found.push({ rule, factId: fact.id, detail });
	const quote = normalizeText(fact.source.quote);
	const proofs = fact.source.says ? [normalizeText(fact.source.says)] : answerForms(lexicon, fact);
	if (!statesAnswer(quote, proofs))
		flag(
			'quote-misses-answer',
			`“${fact.source.quote}” has none of: ${proofs.map((p) => `“${p}”`).join(', ')}`
		);
	const known = articleWords(factSet, lexicon);
	const outside = namesAndNumbers(fact.explanation).filter((word) => !known.has(word));
	if (outside.length > 0)
		flag('explanation-outside-article', `${outside.map((w) => `“${w}”`).join(', ')}`);
	return found;
}

/**
 * Lints a whole run: give-aways, repeated prompts and facts. `factsAvailable` is how many facts
 * the run's settings could draw on; a fact may repeat only when the run is longer than that.
 */
export function lintRun(
	lexicon: Lexicon,
	factSet: FactSet,
	questions: readonly Question[],
	factsAvailable: number
): LintFinding[] {
	const found: LintFinding[] = [];
	const facts = new Map(factSet.facts.map((fact) => [fact.id, fact]));
	const shown = questions.map(shownText);
	const prompts = new Set<string>();
	const seenFacts = new Set<string>();
	questions.forEach((question, j) => {
		const fact = facts.get(question.factId)!;
		const flag = (rule: LintRule, detail: string) =>
			found.push({ rule, factId: fact.id, questionId: question.id, detail });
		const keys = answerForms(lexicon, fact);
		for (let i = 0; i < j; i++) {
			if (statesAnswer(shown[i], keys))
				flag(
					'run-give-away',
					`question ${i + 1} (“${questions[i].prompt}”) states answer ${j + 1}`
				);
		}
		const prompt = normalizeText(question.prompt);
		if (!FORMS[question.form].fixedPrompt) {
			if (prompts.has(prompt)) flag('run-repeated-prompt', `“${question.prompt}”`);
			prompts.add(prompt);
		}
		if (seenFacts.has(fact.id) && questions.length <= factsAvailable)
			flag('run-repeated-fact', `“${fact.id}” asked twice in a run of ${questions.length}`);
		seenFacts.add(fact.id);
	});
	return found;
}

interface Title {
	text: string;
	owners: Set<Entity>;
}

interface Names {
	persons: readonly Entity[];
	/** Every person's titles, longest first. */
	titles: Title[];
	/** Every entity of the set. */
	named: readonly Entity[];
}

const namesCache = new WeakMap<Lexicon, Names>();

/** What the question rules look names up in, worked out once per fact set, not per question. */
function namesOf(lexicon: Lexicon): Names {
	let names = namesCache.get(lexicon);
	if (!names) {
		const persons = lexicon.ofType('person');
		names = {
			persons,
			titles: titleOwners(persons),
			named: lexicon.all
		};
		namesCache.set(lexicon, names);
	}
	return names;
}

/** Every title of every person, normalised, with whose title it is. */
function titleOwners(persons: readonly Entity[]): Title[] {
	const byText = new Map<string, Title>();
	for (const person of persons) {
		for (const title of person.titles) {
			const text = normalizeText(title);
			const entry = byText.get(text) ?? { text, owners: new Set() };
			entry.owners.add(person);
			byText.set(text, entry);
		}
	}
	// Longest first, so "South Korean President" wins over "President".
	return [...byText.values()].sort((a, b) => b.text.length - a.text.length);
}

function titleBefore(prefix: string, titles: readonly Title[]): Title | undefined {
	const trimmed = prefix.replace(/[\s,]+$/, '');
	if (trimmed === prefix) return undefined;
	return titles.find(
		(title) =>
			trimmed.endsWith(title.text) &&
			!/[\p{L}\p{N}]/u.test(trimmed[trimmed.length - title.text.length - 1] ?? '')
	);
}

const THE_PATTERN =
	/^(united|republic|kingdom|people's)\b|\b(organisation|organization|union|republic|kingdom|emirates|islands|states|nations|federation)$/i;

/** Names that read with "the": marked so by their display form, or shaped like "United States". */
function needsThe(entity: Entity): boolean {
	if (entity.display) return /^the /i.test(entity.display);
	return entity.name.includes(' ') && THE_PATTERN.test(entity.name);
}

function lacksThe(text: string, entity: Entity): boolean {
	const normal = normalizeText(text);
	return phraseOffsets(text, entity.name).some((at) => {
		const before = normal.slice(0, at);
		return !/\bthe $/.test(before) && !/'s $/.test(before);
	});
}

/** An entity named twice in one text, by any of its forms at different places. */
function repeatedEntity(named: readonly Entity[], text: string): string | undefined {
	for (const entity of named) {
		// Cities are left out, as they always were here: a sentence may well name a place twice.
		if (entity.type === 'city') continue;
		const starts = new Set<number>();
		const spans: [number, number][] = [];
		for (const form of entityForms(entity).sort((a, b) => b.length - a.length)) {
			const length = normalizeText(form).length;
			for (const at of phraseOffsets(text, form)) {
				if (spans.some(([from, to]) => at >= from && at < to)) continue;
				spans.push([at, at + length]);
				starts.add(at);
			}
		}
		if (starts.size >= 2) return entity.name;
	}
	return undefined;
}

/** What differs between the options once their shared beginning and end are cut off. */
function varyingParts(options: readonly string[]): string[] {
	let head = 0;
	const shortest = Math.min(...options.map((o) => o.length));
	while (head < shortest && options.every((o) => o[head] === options[0][head])) head++;
	// Back to a word boundary, so "New South Wales" and "New Mexico" keep their shared word.
	while (head > 0 && /[\p{L}\p{N}]/u.test(options[0][head - 1])) head--;
	let tail = 0;
	while (
		tail < shortest - head &&
		options.every((o) => o[o.length - 1 - tail] === options[0][options[0].length - 1 - tail])
	)
		tail++;
	while (tail > 0 && /[\p{L}\p{N}]/u.test(options[0][options[0].length - tail])) tail--;
	return options.map((o) => o.slice(head, o.length - tail).trim());
}

function wordOverlap(a: string, b: string): number {
	const wa = new Set(normalizeText(a).split(/\W+/).filter(Boolean));
	const wb = new Set(normalizeText(b).split(/\W+/).filter(Boolean));
	const shared = [...wa].filter((w) => wb.has(w)).length;
	return shared / Math.max(1, Math.min(wa.size, wb.size));
}

const wordCache = new WeakMap<FactSet, Set<string>>();

/**
 * Words an explanation may use for names and numbers: the article's own, the names of the
 * entities the article mentions (the real spellings of its garbled names), and its date written out.
 */
function articleWords(factSet: FactSet, lexicon: Lexicon): Set<string> {
	let words = wordCache.get(factSet);
	if (words) return words;
	const article = factSet.article.paragraphs.join('\n');
	const normal = normalizeText(article);
	const sources = [article, factSet.article.title];
	for (const entity of namesOf(lexicon).named) {
		const forms = entityForms(entity);
		if (forms.some((form) => includesWords(normal, normalizeText(form)))) sources.push(...forms);
	}
	if (factSet.article.published) {
		const [year, month, day] = factSet.article.published.split('-').map(Number);
		sources.push(`${day} ${MONTHS[month - 1]} ${year}`);
	}
	words = new Set(sources.flatMap(wordsOf));
	wordCache.set(factSet, words);
	return words;
}

function wordsOf(text: string): string[] {
	return normalizeText(text)
		.replace(/'s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Capitalised words not starting a sentence, and numbers: what an explanation names. */
function namesAndNumbers(text: string): string[] {
	const out = new Set<string>();
	const tokens = text.replace(/[“”"]/g, '').split(/\s+/);
	tokens.forEach((token, i) => {
		const word = token.replace(/[’']s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
		if (!word) return;
		const startsSentence = i === 0 || /[.!?:]$/.test(tokens[i - 1]);
		if (/\d/.test(word) || (/^\p{Lu}/u.test(word) && !startsSentence)) {
			for (const part of wordsOf(word)) out.add(part);
		}
	});
	return [...out];
}

export interface LintReport {
	/** Findings no reviewed exception allows: each one fails the lint. */
	findings: LintFinding[];
	/** Findings allowed by a fact's `allow` entry. */
	allowed: LintFinding[];
	/** Questions and runs checked. */
	checked: { questions: number; runs: number };
}

/**
 * Lints every fact in every form it supports over `seeds` seeds (wrong options and "true of"
 * subjects vary by seed), and runs of every topic and of the whole set over as many seeds.
 */
export function lintFactSet(factSet: FactSet, seeds = 20): LintReport {
	const lexicon = lexiconOf(factSet);
	const raw: LintFinding[] = [];
	let questions = 0;
	let runs = 0;
	for (const fact of factSet.facts) {
		raw.push(...lintFact(factSet, lexicon, fact));
		for (const form of formsFor(factSet, fact)) {
			for (let seed = 0; seed < seeds; seed++) {
				const question = buildQuestion(factSet, fact, form, createRng(`lint:${seed}:${fact.id}`));
				questions++;
				raw.push(...lintQuestion(lexicon, fact, question));
			}
		}
	}
	const topicSets = [[], ...factSet.topics.map((topic) => [topic])];
	for (let seed = 0; seed < seeds; seed++) {
		for (const topics of topicSets) {
			const available = factSet.facts.filter(
				(fact) => topics.length === 0 || topics.includes(fact.topic)
			).length;
			if (available === 0) continue;
			for (const count of [10, available]) {
				const settings = defaultQuizSettings(`lint-run-${seed}`, { count, topics });
				raw.push(...lintRun(lexicon, factSet, generateQuiz(factSet, settings), available));
				runs++;
			}
		}
	}
	const findings: LintFinding[] = [];
	const allowed: LintFinding[] = [];
	const used = new Set<string>();
	const facts = new Map(factSet.facts.map((fact) => [fact.id, fact]));
	for (const finding of dedupe(raw)) {
		const allow = facts.get(finding.factId)?.allow.find((entry) => entry.rule === finding.rule);
		if (allow) {
			allowed.push(finding);
			used.add(`${finding.factId}|${finding.rule}`);
		} else findings.push(finding);
	}
	for (const fact of factSet.facts) {
		for (const entry of fact.allow) {
			if (!used.has(`${fact.id}|${entry.rule}`))
				findings.push({
					rule: 'stale-exception',
					factId: fact.id,
					detail:
						entry.rule in LINT_RULES
							? `“${entry.rule}” no longer flags this fact`
							: `“${entry.rule}” is not a lint rule`
				});
		}
	}
	return { findings, allowed, checked: { questions, runs } };
}

function dedupe(findings: LintFinding[]): LintFinding[] {
	const seen = new Set<string>();
	return findings.filter((finding) => {
		const key = `${finding.rule}|${finding.factId}|${finding.detail}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
