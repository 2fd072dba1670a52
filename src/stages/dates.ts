import type { Stage } from '../pipeline/stage.js';

/** `dates`: temporal expressions with TIMEX3 type and value. (Being built: see issue 3.) */
export const datesStage: Stage = {
  id: 'dates',
  description: 'temporal expressions with TIMEX3 type, value and grain ("June 1 of the same year" → 2018-06-01)',
  reads: ['text', 'sentences', 'documentDate'],
  adds: ['dates'],
  run(article) {
    return { ...article, dates: [] };
  },
};
