// Shared test helpers: the real fact set, and mutable copies of it for breaking on purpose.
import { readFileSync } from 'node:fs';
import type { FactSet } from '../../src/lib/facts';
import { parseFactSet } from '../../src/lib/facts/validate.ts';

export const SUMMIT_FILE = 'questions/summit.json';

/** The summit fact set as raw JSON, a fresh copy each call. */
export function rawSummit(): Record<string, unknown> & { facts: Record<string, unknown>[] } {
	return JSON.parse(readFileSync(SUMMIT_FILE, 'utf8'));
}

export function summit(): FactSet {
	return parseFactSet(rawSummit(), SUMMIT_FILE);
}
