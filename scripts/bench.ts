// `npm run bench`: prints performance figures. Figures only; nothing here passes or fails.
import { benchGeneration } from './bench/generation.ts';

benchGeneration();
