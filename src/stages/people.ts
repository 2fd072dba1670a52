import type { Stage } from '../pipeline/stage.js';

/** `people`: persons (full name, role, every mention) and organizations. */
export const peopleStage: Stage = {
  id: 'people',
  description: 'people by full name with role and every mention ("Russian President Vladimir Putin" → Vladimir Putin, President), and organizations',
  reads: ['text', 'sentences'],
  adds: ['people', 'organizations'],
  run(article) {
    return { ...article, people: [], organizations: [] };
  },
};
