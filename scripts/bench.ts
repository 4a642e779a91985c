// `npm run bench`: prints performance figures. Figures only; nothing here passes or fails.
import { benchDecks } from './bench/decks.ts';
import { benchGeneration } from './bench/generation.ts';
import { benchStorage } from './bench/storage.ts';
import { benchSharedLinkTti } from './bench/tti.ts';

const only = process.argv[2];
if (!only || only === 'generation') benchGeneration();
if (!only || only === 'decks') benchDecks();
if (!only || only === 'storage') await benchStorage();
if (!only || only === 'tti') await benchSharedLinkTti();
