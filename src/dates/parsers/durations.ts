import { groupStart, scan, type Candidate, type DateParser } from '../candidate.js';
import { durationValue, NUMBER, numberValue, QUANTITY_MOD, quantityMod, UNIT, VAGUE_NUMBER } from '../words.js';
import { wordBefore } from './guards.js';

/** Adjectives allowed between a number and its unit ("the past five trading days"). */
const UNIT_ADJECTIVE = '(?:trading|business|working|calendar|consecutive|straight|full|more|additional|extra|long|short|hard|difficult|school|whole|entire|successive)';

/**
 * "two years", "33 years", "a year-long war", "the past week", "the next six months", "over a decade",
 * "the past five trading days", "two and a half years", "a year and a half", "fifty-year", "24-hour".
 */
const DURATION = new RegExp(
  `(?<lead>\\bthe\\s+(?:past|last|next|coming|previous|following|first|final|remaining|preceding)\\s+|\\b(?:past|next)\\s+)?` +
    `(?:\\b(?<qmod>${QUANTITY_MOD})\\s+)?` +
    `(?:(?<![\\d,.$€£¥])\\b(?<n>${NUMBER})(?<nhalf>\\s+and\\s+a\\s+half)?(?<sep>[-\\s]+)|\\b(?<vague>${VAGUE_NUMBER})\\s+)?` +
    `(?:(?<adj>${UNIT_ADJECTIVE})\\s+)?` +
    `\\b(?<unit>${UNIT})(?<long>-long\\b)?(?!-)\\b(?<uhalf>\\s+and\\s+a\\s+half)?(?![-'’]?old|\\s+old\\b)`,
  'dgi',
);

/** Leads that make a bare unit a duration ("the past week"); others need a number ("the first two years"). */
const BARE_UNIT_LEAD = /^the\s+(?:past|last)\s+$|^the\s+coming\s+$|^past\s+$/i;

function durations(text: string): Candidate[] {
  return scan(text, DURATION, (m) => {
    const g = m.groups!;
    const unit = g.unit!;
    const plural = /s$/i.test(unit) || /ies$/i.test(unit);
    const singularNumber = g.n !== undefined && /^(?:a|an|one)$/i.test(g.n.trim());
    // "a quarter of", "three quarters of" are fractions; "a second term" is an ordinal.
    if (/^quarters?$/i.test(unit) && (singularNumber || /^\s+of\b/.test(text.slice(m.index + m[0].length)))) return null;
    if (/^seconds?$/i.test(unit) && singularNumber) return null;
    if (g.sep?.includes('-') && plural) return null;
    const vagueSome = g.qmod !== undefined && /^some$/i.test(g.qmod) && !g.n && !g.vague && plural;
    if (g.qmod && !g.n && !g.vague && !vagueSome) return null;
    let amount: number | null = null;
    if (vagueSome) amount = null;
    else if (g.n) {
      amount = numberValue(g.n);
      if (amount === null) return null;
      if (g.nhalf || g.uhalf) amount += 0.5;
    } else if (!g.vague) {
      const lead = g.lead ?? '';
      const bareAfterFor = plural && !g.qmod && /^(for|over)$/i.test(wordBefore(text, m.index));
      if (!BARE_UNIT_LEAD.test(lead) && !bareAfterFor) return null;
      if (/coming/i.test(lead) && !plural) return null;
      amount = plural ? null : 1;
    }
    const mod = g.qmod && !vagueSome ? quantityMod(g.qmod) : undefined;
    // "a year-long war": the adjective is the expression, without the article.
    const start = g.long && singularNumber ? groupStart(m, 'unit') : m.index;
    return {
      start, end: m.index + m[0].length, type: 'DURATION', grain: 'duration', source: 'duration', ...(mod ? { mod } : {}),
      resolve: () => ({ value: durationValue(amount, unit) }),
    };
  });
}

/** Durations: "two years" → P2Y, "the past week" → P1W, "24-hour" → PT24H. */
export const durationParser: DateParser = { id: 'durations', parse: durations };
