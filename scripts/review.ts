// `npm run review [-- FILE]`: writes FILE's review (every question, key marked) beside it.
import { writeFileSync } from 'node:fs';
import { renderReview, reviewPathOf } from '../src/lib/quiz/review.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from './factset-file.ts';

const file = process.argv[2] ?? DEFAULT_FACT_SET;
const { factSet, problems } = readFactSetFile(file);
if (!factSet) {
	for (const problem of problems) console.error(problem.message);
	process.exit(1);
}
const path = reviewPathOf(file);
writeFileSync(path, renderReview(factSet, file));
console.log(`${path}: written`);
