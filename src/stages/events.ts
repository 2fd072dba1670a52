import type { Stage } from '../pipeline/stage.js';

/** `events`: reported events as records (type, trigger, date, participants, places, amounts). */
export const eventsStage: Stage = {
  id: 'events',
  description: 'reported events as records: type, trigger, date, participants, places, amounts ("met on May 14, 2018, in Sochi")',
  reads: ['text', 'sentences', 'dates', 'people', 'places', 'money'],
  adds: ['events'],
  run(article) {
    return { ...article, events: [] };
  },
};
