/**
 * Numbers as news writes them before a currency: digits ("1,800", "20.1"), number words
 * ("a billion", "twenty-five million", "one and a half") and scale words ("bn", "crore").
 */

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Digits with optional thousands commas and decimals: "1,800,000", "1.8", "500". */
export const DIGITS_PATTERN = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

const unitWords = UNITS.slice(1).join('|');
const tensWords = TENS.filter(Boolean).join('|');
/** Number words: "a", "five", "twenty-five", "two hundred", "one and a half", "half a". */
export const WORD_NUMBER_PATTERN =
  String.raw`(?:half[ \t]+an?|(?:(?:${tensWords})(?:[- ](?:${UNITS.slice(1, 10).join('|')}))?|${unitWords}|an?)` +
  String.raw`(?:[ \t]+hundred)?(?:[ \t]+and[ \t]+a[ \t]+half)?)`;

/** Scale words and abbreviations with their multipliers. Short ones ("m", "bn") are for "$269m", "£20.1bn". */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  billion: 1e9,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** A scale after a number: a word after a space or hyphen ("1.8 billion", "1.8-billion"), or a glued abbreviation ("269m"). */
export const SCALE_PATTERN =
  String.raw`(?:[ \t]?-?[ \t]?(?:thousand|million|billion|trillion|lakhs?|lacs?|crores?|bn|mn|mln|bln|mil|tn|trn|cr)|[kmb])(?![\p{L}\p{N}])`;

/** Plural scales for vague amounts ("billions of dollars", "hundreds of millions of euros"). */
export const VAGUE_PATTERN = String.raw`(?:(?:tens|hundreds)[ \t]+of[ \t]+)?(?:thousands|millions|billions|trillions)`;

/** "several million", "a few billion": a small count of a scale. */
export const FEW_PATTERN = String.raw`(?:several|a[ \t]+few)[ \t]+(?:thousand|million|billion|trillion)`;

/** The multiplier of a scale word as matched ("-billion", " bn", "M"), 1 when there is none. */
export function scaleOf(text: string | undefined): number {
  if (!text) return 1;
  const word = text.replace(/^[\s-]+/, '').toLowerCase();
  return SCALES[word] ?? 1;
}

/** The value of a number word phrase ("twenty-five" → 25, "a" → 1, "half a" → 0.5), or NaN. */
export function parseWordNumber(text: string): number {
  const words = text.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words[0] === 'half') return 0.5;
  let value = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'a' || w === 'an') {
      if (i === 0) value = 1;
      else if (words[i + 1] === 'half') return value + 0.5;
    } else if (w === 'hundred') value = (value || 1) * 100;
    else if (UNITS.includes(w)) value += UNITS.indexOf(w);
    else if (TENS.includes(w)) value += TENS.indexOf(w) * 10;
    else if (w !== 'and' && w !== 'half') return NaN;
  }
  return value;
}

/** The value of a digit string ("1,800.5" → 1800.5) or a number word phrase. */
export function parseNumber(text: string): number {
  return /\d/.test(text) ? Number(text.replace(/,/g, '')) : parseWordNumber(text);
}

/** Multiply without floating-point noise: 20.1 × 1e9 → 20100000000, not 20100000000.000004. */
export function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/** The bounds of a vague amount: "billions" → 2e9..999e9, "tens of millions" → 2e7..99e6, "several million" → 2e6..9e6. */
export function vagueBounds(text: string): { min: number; max: number } {
  const lower = text.toLowerCase();
  const scale = scaleOf(/(thousand|million|billion|trillion)/.exec(lower)?.[1]);
  if (/^(several|a\s+few)/.test(lower)) return { min: 2 * scale, max: 9 * scale };
  if (lower.startsWith('tens')) return { min: 20 * scale, max: 99 * scale };
  if (lower.startsWith('hundreds')) return { min: 200 * scale, max: 999 * scale };
  return { min: 2 * scale, max: 999 * scale };
}
