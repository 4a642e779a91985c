// `npm run lint:questions [-- FILE…] [--seeds N] [--counts]`: the question linter over every fact,
// every form and many runs, of the built-in and example decks unless files are named. Exits 1 while any finding lacks a reviewed exception in the fact set.
import { parseArgs } from 'node:util';
import { LINT_RULES, lintFactSet, type LintRule } from '../src/lib/quiz/lint.ts';
import { DEFAULT_DECKS, readFactSetFile } from './factset-file.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { seeds: { type: 'string', default: '20' }, counts: { type: 'boolean', default: false } }
});
let failed = false;
for (const file of positionals.length > 0 ? positionals : DEFAULT_DECKS) lint(file);
if (failed) process.exit(1);

function lint(file: string) {
	const { factSet, problems } = readFactSetFile(file);
	if (!factSet) {
		for (const problem of problems) console.error(problem.message);
		failed = true;
		return;
	}
	const report = lintFactSet(factSet, Number(values.seeds));
	const countOf = (rule: LintRule) => report.findings.filter((f) => f.rule === rule).length;
	for (const finding of report.findings) {
		const where = finding.questionId ?? finding.factId;
		console.error(`${file}: ${where}: ${finding.rule}: ${finding.detail}`);
	}
	if (values.counts || report.findings.length > 0) {
		console.log('rule                          findings  allowed');
		for (const rule of Object.keys(LINT_RULES) as LintRule[]) {
			const allowed = report.allowed.filter((f) => f.rule === rule).length;
			console.log(
				`${rule.padEnd(30)}${String(countOf(rule)).padStart(8)}${String(allowed).padStart(9)}`
			);
		}
	}
	const { questions, runs } = report.checked;
	console.log(
		`${file}: ${factSet.facts.length} facts, ${questions} questions and ${runs} runs checked: ` +
			`${report.findings.length} findings, ${report.allowed.length} allowed by reviewed exceptions`
	);
	if (report.findings.length > 0) failed = true;
}
