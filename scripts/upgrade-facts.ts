// `npm run -s facts:upgrade -- OLD.json > NEW.json`: converts a version 1 fact set to version 2.
// The app also reads version 1 files as they are; converting lets you use version 2's fields.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { convertV1 } from '../src/lib/facts/convert.ts';
import { factSetV1Schema } from '../src/lib/facts/schema.ts';
import { checkFactSet } from '../src/lib/facts/validate.ts';

const file = process.argv[2];
if (!file) {
	console.error('usage: npm run -s facts:upgrade -- OLD.json > NEW.json');
	process.exit(2);
}
const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
if ((raw as { version?: unknown } | null)?.version !== 1) {
	console.error(`${file}: is not a version 1 fact set; nothing to convert`);
	process.exit(1);
}
const { problems } = checkFactSet(raw, file);
for (const problem of problems) console.error(problem.message);
if (problems.length > 0) process.exit(1);
console.log(JSON.stringify(convertV1(v.parse(factSetV1Schema, raw)), null, '\t'));
