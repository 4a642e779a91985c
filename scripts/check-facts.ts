// `npm run check:facts [FILE]`: validates a fact set and lists every problem.
import { DEFAULT_FACT_SET, readFactSetFile } from './factset-file.ts';

const file = process.argv[2] ?? DEFAULT_FACT_SET;
const { factSet, problems } = readFactSetFile(file);
for (const problem of problems) console.error(problem.message);
if (!factSet) process.exit(1);
console.log(`${file}: ${factSet.facts.length} facts, valid`);
