// `npm run review [-- FILE…]`: writes each file's review (every question, key marked) beside it;
// the built-in and example decks' when no file is named.
import { writeFileSync } from 'node:fs';
import { renderReview, reviewPathOf } from '../src/lib/quiz/review.ts';
import { DEFAULT_DECKS, readFactSetFile } from './factset-file.ts';

const files = process.argv.slice(2);
for (const file of files.length > 0 ? files : DEFAULT_DECKS) {
	const { factSet, problems } = readFactSetFile(file);
	if (!factSet) {
		for (const problem of problems) console.error(problem.message);
		process.exit(1);
	}
	const path = reviewPathOf(file);
	writeFileSync(path, renderReview(factSet, file));
	console.log(`${path}: written`);
}
