import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Gazetteer } from '../resources/gazetteer.js';
import type { Token } from './tokens.js';

const require = createRequire(import.meta.url);
let registered = false;
/** Answers of i18n-iso-countries, which scans every country per question; bounded, shared by all articles. */
const countryNames = new Map<string, string | undefined>();

/** ISO code of a country name ("Russia", "U.S.", "United Kingdom"), from i18n-iso-countries. */
function countryOfName(name: string): string | undefined {
  if (!registered) {
    countries.registerLocale(require('i18n-iso-countries/langs/en.json') as countries.LocaleData);
    registered = true;
  }
  if (countryNames.has(name)) return countryNames.get(name);
  if (countryNames.size > 50_000) countryNames.clear();
  const code = countries.getAlpha2Code(name, 'en');
  countryNames.set(name, code);
  return code;
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
