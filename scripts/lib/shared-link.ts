// A teacher's default quiz link, for the scripts and tests that open one as a student would,
// made from the fact set the app is built with, the way the compose page makes it.
import type { FactSet } from '../../src/lib/facts/index.ts';
import { contentVersionOf, defaultQuizSettings } from '../../src/lib/quiz/index.ts';
import { encodeQuizLink } from '../../src/lib/share/index.ts';
import { DEFAULT_FACT_SET, readFactSetFile } from '../factset-file.ts';

/** The content version of the fact set a build uses (FACT_SET, or the summit set). */
export function factSetContentVersion(): string | undefined {
	const factSet = builtFactSet();
	return factSet ? contentVersionOf(factSet) : undefined;
}

/** The fact set a build uses (FACT_SET, or the summit set), if it is valid. */
export function builtFactSet(): FactSet | undefined {
	return readFactSetFile(process.env.FACT_SET ?? DEFAULT_FACT_SET).factSet;
}

/** The fragment of a default quiz (every topic and form, no time limit) with this seed. */
export function sharedQuizFragment(seed: string, contentVersion: string): string {
	return encodeQuizLink(defaultQuizSettings(seed), contentVersion);
}
