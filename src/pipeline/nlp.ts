import { createRequire } from 'node:module';
import type compromise from 'compromise';

/**
 * compromise, as every stage and the shared parse use it: its single-file build (what
 * `require('compromise')` gives), not the 456 source modules `import 'compromise'` resolves
 * to. Same version and code, one file to find, read and compile: a worker thread's start-up fell
 * from 1.15-1.20 to 0.70-0.77 s CPU for loading compromise and parsing a first sentence (3 cold
 * processes each). Every module of the pipeline takes compromise from here, so that there is one
 * instance (one world, one lexicon) per thread.
 */
const nlp = createRequire(import.meta.url)('compromise') as typeof compromise;

export default nlp;
