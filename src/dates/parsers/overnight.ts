import { scan, type DateParser } from '../candidate.js';
import { addDays, formatDay } from '../calendar.js';
import { anchorDay } from '../anchoring.js';

/**
 * "overnight" as an adverb of time: "The fire broke out overnight", "Asian markets fell overnight,". Not a noun's
 * modifier ("overnight trading", "an overnight stay"), what it is like ("almost overnight", "became a star
 * overnight" with "virtually"), nor how long one stays ("stayed overnight", "was held overnight"): those are no time.
 */
const OVERNIGHT =
  /(?<!\b(?:almost|virtually|literally|practically|seemingly|nearly|an|the|stay(?:ed|s)?|spen[dt]s?|remain(?:ed|s)?|kept|held|detained|sle(?:pt|eps?)|camp(?:ed|s)?)\s+)\bovernight\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|at|to|from|and|but|as|after|before|when|while|with|into|across|amid|following|local|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gi;

/** A habit or a rule in the sentence before it ("occur regularly ..., occasionally overnight", "you are not allowed to leave your car ... overnight"): no night in particular. */
const HABIT_BEFORE = /\b(?:usually|often|always|normally|typically|generally|sometimes|occasionally|regularly|rarely|never|every|each|you)\b[^.!?]*$/i;

/**
 * The night the clause tells of (TimeML 1.2.1 §2.2.3, parts of days: one TIME, `…TNI`): in a past or neutral clause
 * the night before the day the passage is on (a day named in its paragraph or the sentence before, else the
 * document's: news written in the morning tells of the night just gone); in a future one, that day's own night.
 * A habit or a present ("is usually closed overnight", "the store closes overnight") is no night in particular.
 */
export const overnightParser: DateParser = {
  id: 'overnight',
  parse: (text) =>
    scan(text, OVERNIGHT, (m) => (HABIT_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index)) ? null : {
      start: m.index, end: m.index + m[0].length, type: 'TIME', grain: 'part-of-day', source: 'overnight',
      resolve: (scope) => {
        const tense = scope.tense();
        if (tense === 'habitual' || tense === 'present') return null;
        const recent = scope.recentAnchor('day', true);
        const day = recent ? anchorDay(recent) : scope.documentDate;
        if (!day) return { value: 'XXXX-XX-XXTNI' };
        const ahead = tense === 'future' || tense === 'modal' || tense === 'ahead';
        return { value: `${formatDay(ahead ? day : addDays(day, -1))}TNI` };
      },
    })),
};
