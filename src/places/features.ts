import type { Article, Place, PlaceKind, Span } from '../types.js';
import { overlapsAny } from '../spans.js';
import { WATER_BODIES } from './water-bodies.js';

/**
 * Seas, lakes, rivers and mountains named the English way ("the Black Sea", "Lake Baikal", "the
 * Volga River", "Mount Everest"). No GeoNames-based package on the npm registry carries natural
 * features (README, Places), so these are found by the shape of the name alone and stay
 * ungrounded: kind set, GeoNames id, country and coordinates null.
 */

/** Capitalized words that open a sentence or name the feature's kind, never a word of its name ("In Lake Baikal", "Sea of Japan"). */
const NOT_NAME_WORDS = String.raw`(?:The|A|An|In|On|At|Of|And|From|To|By|For|With|This|That|Its|His|Her|Their|Our|Lake|Mount|River|Sea|Gulf|Bay|Strait|Ocean)`;
/** A capitalized word of a name: "Black", "Issyk-Kul", "O'Hare", "St."; not a possessive ("Russia's Black Sea"). */
const WORD = String.raw`(?!${NOT_NAME_WORDS}\s)(?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}-]*(?:['’](?!s\b)\p{L}+)?)`;
/** One or two such words. */
const NAME = String.raw`${WORD}(?:\s${WORD})?`;

const FEATURE_PATTERNS: ReadonlyArray<{ kind: PlaceKind; pattern: RegExp; lower?: true }> = [
  { kind: 'sea', pattern: new RegExp(String.raw`\b${NAME}\s(?:Sea|Ocean|Gulf|Bay|Strait)\b|\b(?:Sea|Gulf|Bay|Strait)\sof\s${NAME}`, 'gu') },
  { kind: 'lake', pattern: new RegExp(String.raw`\bLake\s${NAME}|\b${NAME}\sLake\b`, 'gu') },
  { kind: 'river', pattern: new RegExp(String.raw`\b${NAME}\sRiver\b|\bRiver\s${NAME}`, 'gu') },
  { kind: 'mountain', pattern: new RegExp(String.raw`\b(?:Mount|Mt\.)\s${NAME}|\b${NAME}\s(?:Mountains|Mountain)\b`, 'gu') },
  // "the Niger river", "Nigeria's Niger river": the kind word in lower case is no part of the name, but it makes the name the
  // feature's, not the country's or the town's it also names. Not "the Zagros mountain range": a lower-case "mountain" says
  // less often that the name before it is the feature's ("the Nevada mountain town").
  ...(['river', 'lake'] as const).map((kind) => ({
    kind,
    pattern: new RegExp(String.raw`(?<=\b(?:[Tt]he|\p{Lu}\p{L}*['’]s) )${NAME}(?=\s${kind}s?\b)`, 'gu'),
    lower: true as const,
  })),
];

/**
 * An ocean, a sea or a river named bare after a lower-case "the" ("in the Atlantic", "along the Danube"): the feature, not
 * the town of that name (Atlantic, Iowa). Not "The Atlantic" (a magazine), "the Atlantic Council" (a longer name).
 */
const BARE_WATER = new RegExp(String.raw`(?<=\bthe )(?:${[...WATER_BODIES.keys()].join('|')})\b(?!-)`, 'gu');

/** What follows a feature name that makes it part of a longer name: "Mount Sinai Hospital", "Red Sea Bank". */
const followedByName = (text: string, end: number): boolean => /^\s\p{Lu}/u.test(text.slice(end, end + 2)) || /^-\p{Lu}/u.test(text.slice(end, end + 2));

/** The words every feature pattern needs: most articles have none, and then no pattern runs. */
const FEATURE_WORD = new RegExp(String.raw`\b(?:Sea|Ocean|Gulf|Bay|Strait|Lake|River|Mount|Mt\.|Mountains?|lake|river|${[...WATER_BODIES.keys()].join('|')})\b`);

/**
 * The seas, lakes, rivers and mountains of an article that no person or organization mention overlaps. `isDemonym` says
 * which words are a people's: before a lower-case kind word they describe, not name ("the Chinese river").
 */
export function naturalFeatures(
  article: Article,
  taken: readonly Span[],
  isDemonym: (word: string) => boolean = () => false,
  modifiesNoun: (start: number) => boolean = () => false,
): Place[] {
  const { text } = article;
  if (!FEATURE_WORD.test(text)) return [];
  const byName = new Map<string, Place>();
  const add = (span: Span, kind: PlaceKind): void => {
    const place = byName.get(span.text) ?? { name: span.text, kind, countryCode: null, geonamesId: null, lat: null, lon: null, mentions: [] };
    if (!overlapsAny(span, place.mentions)) place.mentions.push(span);
    byName.set(span.text, place);
  };
  const headline = article.headline;
  for (const { kind, pattern, lower } of FEATURE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (lower && isDemonym(m[0].split(/\s/)[0]!)) continue;
      const start = m.index;
      const value = m[0];
      const span: Span = { text: value, start, end: start + value.length };
      if (headline && span.start >= headline.start && span.end <= headline.end && /^[^\p{Ll}]+$/u.test(headline.text)) continue;
      if (!followedByName(text, span.end) && !overlapsAny(span, taken)) add(span, kind);
    }
  }
  for (const m of text.matchAll(BARE_WATER)) {
    const span: Span = { text: m[0], start: m.index, end: m.index + m[0].length };
    // "the Mediterranean diet", "the Baltic states": the name describes a noun after it, and names no water there.
    const describes = /^ \p{Ll}/u.test(text.slice(span.end, span.end + 2)) && modifiesNoun(span.end + 1);
    if (!followedByName(text, span.end) && !overlapsAny(span, taken) && !describes) add(span, WATER_BODIES.get(span.text)!);
  }
  return [...byName.values()];
}
