import type { Stage } from '../pipeline/stage.js';
import { findAmounts } from '../money/extract.js';
import { resolveAmounts } from '../money/resolve.js';

/**
 * `money`: monetary amounts with value, ISO 4217 currency, qualifier, range bounds and unit
 * ("over $200 million" → 200000000 USD, over; "Rs 500 crore" → 5000000000 INR; "$5 a share" → per share).
 * A bare "$" is `config.money.defaultDollar` unless the article names another dollar.
 */
export const moneyStage: Stage = {
  id: 'money',
  description: 'monetary amounts with value, ISO 4217 currency and qualifier ("over $200 million" → 200000000 USD, over)',
  reads: ['text'],
  adds: ['money'],
  run(article, ctx) {
    const found = findAmounts(article.text);
    const money = resolveAmounts(article.text, found, article.sentences ?? [], ctx.config.money.defaultDollar);
    ctx.debug(() => `money: ${money.length} amounts`);
    return { ...article, money };
  },
};
