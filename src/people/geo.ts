import { createRequire } from 'node:module';
import type { LocaleData } from 'i18n-iso-countries';
import type { Gazetteer } from '../resources/gazetteer.js';
import type { Token } from './tokens.js';

const require = createRequire(import.meta.url);

/**
 * i18n-iso-countries' English names of countries as an index, made on first use: its
 * `getAlpha2Code` lower-cases and compares every name of every country per question (a CPU and
 * allocation profile of the people stage found it behind `isPlace` on each new name), and loading
 * its main module costs a worker thread more than its data. Each lower-cased name keeps the first
 * country that has it, in the data's order, which is the country `getAlpha2Code` returns.
 */
let codesByName: Map<string, string> | undefined;

function namesToCodes(locale: LocaleData): Map<string, string> {
  const codes = new Map<string, string>();
  for (const [code, names] of Object.entries(locale.countries))
    for (const name of typeof names === 'string' ? [names] : names) {
      const key = name.toLowerCase();
      if (!codes.has(key)) codes.set(key, code);
    }
  return codes;
}

/** ISO code of a country name ("Russia", "U.S.", "United Kingdom"), from i18n-iso-countries, as its `getAlpha2Code(name, 'en')`. */
function countryOfName(name: string): string | undefined {
  codesByName ??= namesToCodes(require('i18n-iso-countries/langs/en.json') as LocaleData);
  return codesByName.get(name.toLowerCase());
}

/** Gazetteer kinds that make a name a place before anything else. */
const MAJOR_KINDS = new Set(['continent', 'region', 'country', 'admin-region', 'sea']);
/** Population above which a town's name is taken for the town when nothing says person. */
const TOWN_POPULATION = 100_000;

/** What the people stage asks about places and nations. */
export interface Geography {
  /** Country code of a nationality or country word ("Russian", "Kyrgyz", "Russia", "U.S."). */
  countryOf(words: string): string | undefined;
  /** A nationality adjective or demonym ("Russian", "Kyrgyz"). */
  isNationality(token: Token): boolean;
  /** A country, continent, region or large city: not a person's name unless something says so. */
  isPlace(name: string): boolean;
  /** A country or continent ("Russia", "Asia"): never the last word of a person's name. */
  isCountry(name: string): boolean;
  /** Any place the gazetteer has by that name, however small ("Devon", "Blossom"). */
  isAnyPlace(name: string): boolean;
  /** `isPlace` by a place's own name in any case ("PARIS"), not by one of its other names ("USI", one of Wuxi's). */
  isPlaceByOwnName(name: string): boolean;
}

/** The geography the people stage reads, over the pipeline's gazetteer (which may still be empty). */
export function createGeography(gazetteer: Gazetteer): Geography {
  const placeCache = new Map<string, boolean>();
  return {
    countryOf(words) {
      const bare = words.replace(/['’]s$/u, '');
      const demonym = gazetteer.countryOfDemonym(bare);
      if (demonym) return demonym;
      const country = countryOfName(bare);
      if (country) return country;
      return gazetteer.lookup(bare).find((e) => e.kind === 'country')?.countryCode ?? undefined;
    },
    isNationality(token) {
      return token.tags.has('Demonym') || gazetteer.countryOfDemonym(token.text) !== undefined;
    },
    isPlace(name) {
      let known = placeCache.get(name);
      if (known === undefined) {
        known =
          countryOfName(name) !== undefined ||
          gazetteer.lookup(name).some((e) => MAJOR_KINDS.has(e.kind) || e.population >= TOWN_POPULATION);
        placeCache.set(name, known);
      }
      return known;
    },
    isCountry(name) {
      return countryOfName(name) !== undefined || gazetteer.lookup(name).some((e) => e.kind === 'country' || e.kind === 'continent');
    },
    isAnyPlace(name) {
      return gazetteer.match(name) !== undefined;
    },
    isPlaceByOwnName(name) {
      const key = name.toLowerCase();
      return gazetteer.lookup(name).some((e) => e.name.toLowerCase() === key && (MAJOR_KINDS.has(e.kind) || e.population >= TOWN_POPULATION));
    },
  };
}
