// Runs at build time only: the home page shows fact counts without shipping the fact set.
import { factCount, topicCounts } from 'virtual:fact-set';

export function load() {
	return { factCount, topics: topicCounts };
}
