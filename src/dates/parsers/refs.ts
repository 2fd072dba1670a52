import { fixedCandidate, groupEnd, groupStart, scan, type DateParser } from '../candidate.js';

type Ref = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

/** Words and phrases that point at the present, the past or the future without a date. */
const PATTERNS: Array<[RegExp, Ref]> = [
  // "now", "right now" (not "now-defunct", nor "now and then", "every now and again": now and again is no time);
  // "from now" after a quantity is the ago parser's.
  [/\b(?<x>(?:right\s+|just\s+)?now(?!\s+and\s+(?:again|then)\b)|currently|presently|nowadays|these\s+days)\b(?![-'’])/dgi, 'PRESENT_REF'],
  [/\b(?:at|for)\s+(?<x>the\s+moment)\b/dgi, 'PRESENT_REF'],
  // "at present", "from 2013 to the present", "(2013 – present)"; not "present" the verb or adjective.
  [/\b(?:at|to|until|till)\s+(?<x>(?:the\s+)?present(?:\s+day)?)\b(?![-\w]|\s+(?:a|an|the|his|her|its|their|our|some|\w+s)\b)/dgi, 'PRESENT_REF'],
  [/(?<=\d\s*[-–—]\s*)(?<x>present)\b/dgi, 'PRESENT_REF'],
  [/\b(?<x>recently|lately)\b/dgi, 'PAST_REF'],
  // "recent years", "recent government moves"; not "most recent", "more recent".
  [/(?<!\b(?:most|more|less)\s+)\b(?<x>recent(?:\s+(?:years|months|weeks|days|decades)\b|(?=\s+[a-z])))/dgi, 'PAST_REF'],
  [/\b(?:in|of)\s+(?<x>the\s+(?:recent\s+|distant\s+)?past)\b(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?))/dgi, 'PAST_REF'],
  // Not "as soon as", "soon after the crash".
  [/(?<!\bas\s+)\b(?<x>soon)\b(?!\s+(?:after|before|as|thereafter)\b)/dgi, 'FUTURE_REF'],
  [/\b(?<x>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future)\b(?!\s+(?:of|for)\b)/dgi, 'FUTURE_REF'],
  [/\b(?<x>the\s+(?:near|short|long|medium|longer)[-\s]term)\b(?![-\w])/dgi, 'FUTURE_REF'],
  [/\b(?<x>the\s+long\s+run)\b/dgi, 'FUTURE_REF'],
];

/** Temporal references without a value: "now" → PRESENT_REF, "recently" → PAST_REF, "soon" → FUTURE_REF. */
export const refParser: DateParser = {
  id: 'refs',
  parse(text) {
    return PATTERNS.flatMap(([pattern, value]) =>
      scan(text, pattern, (m) => fixedCandidate(groupStart(m, 'x'), groupEnd(m, 'x'), 'ref', { type: 'DATE', grain: 'reference', value })),
    );
  },
};
