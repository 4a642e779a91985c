// `npm run questions -- [--seed S] [--count N] [--topic T]... [--form F]... [FILE]`
// Validates a fact set and prints the generated questions as one JSON array on stdout.
import { parseArgs } from 'node:util';
import { TOPICS, type Topic } from '../src/lib/facts/index.ts';
import {
	DEFAULT_COUNT,
	defaultQuizSettings,
	QUESTION_FORMS,
	generateQuiz,
	type QuestionForm
} from '../src/lib/quiz/index.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from './factset-file.ts';

const USAGE = `usage: npm run questions -- [--seed S] [--count N] [--topic T]... [--form F]... [FILE]
  --seed   seeds the generator; the same seed gives the same questions (default "summit")
  --count  number of questions (default ${DEFAULT_COUNT})
  --topic  only facts of this topic, repeatable: ${TOPICS.join(', ')}
  --form   only this question form, repeatable: ${QUESTION_FORMS.join(', ')}
  FILE     a fact-set JSON file (default ${DEFAULT_FACT_SET})`;

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

function main(): void {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: {
				seed: { type: 'string', default: 'summit' },
				count: { type: 'string', default: String(DEFAULT_COUNT) },
				topic: { type: 'string', multiple: true, default: [] },
				form: { type: 'string', multiple: true, default: [] },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${USAGE}`);
	}
	const { values, positionals } = parsed;
	if (values.help) return console.log(USAGE);
	if (positionals.length > 1) fail(`expected at most one FILE\n${USAGE}`);
	const count = Number(values.count);
	if (!Number.isInteger(count) || count < 1)
		fail(`--count must be a whole number of 1 or more\n${USAGE}`);
	const unknownTopic = values.topic.find((t) => !(TOPICS as readonly string[]).includes(t));
	if (unknownTopic) fail(`unknown topic "${unknownTopic}"\n${USAGE}`);
	const unknownForm = values.form.find((f) => !(QUESTION_FORMS as readonly string[]).includes(f));
	if (unknownForm) fail(`unknown form "${unknownForm}"\n${USAGE}`);

	const file = positionals[0] ?? DEFAULT_FACT_SET;
	const { factSet, problems } = readFactSetFile(file);
	if (!factSet) {
		for (const problem of problems) console.error(problem.message);
		process.exit(1);
	}
	const questions = generateQuiz(
		factSet,
		defaultQuizSettings(values.seed, {
			count,
			topics: values.topic as Topic[],
			forms: values.form as QuestionForm[]
		})
	);
	if (questions.length < count)
		console.error(`note: only ${questions.length} questions can be made with these settings`);
	const out = questions.map(
		({ id, factId, topic, form, prompt, options, answer, explanation, background, source }) => ({
			id,
			factId,
			topic,
			form,
			prompt,
			options,
			answer,
			explanation,
			...(background ? { background } : {}),
			source: { paragraph: source.paragraph, quote: source.quote }
		})
	);
	console.log(JSON.stringify(out, null, 2));
}

main();
