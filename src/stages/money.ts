import type { Stage } from '../pipeline/stage.js';

/** `money`: monetary amounts with value, ISO 4217 currency and qualifier. */
export const moneyStage: Stage = {
  id: 'money',
  description: 'monetary amounts with value, ISO 4217 currency and qualifier ("over $200 million" → 200000000 USD, over)',
  reads: ['text'],
  adds: ['money'],
  run(article) {
    return { ...article, money: [] };
  },
};
