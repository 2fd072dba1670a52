import type { Gazetteer, NameMatch } from '../resources/gazetteer.js';
import { normalizePlaceKey } from '../resources/gazetteer-key.js';

/**
 * Names English news gives a country that stay out of the gazetteer the name tagger reads: as a country in its features,
 * "America" made the tagger (trained without it) cut the place out of "United Steelworkers of America" and "Voice of
 * America". The places stage, which comes after the tagger and leaves names inside organizations alone, reads them.
 */
const COUNTRY_NAMES_AFTER_TAGGING: ReadonlyMap<string, string> = new Map([['america', 'US']]);

/** The gazetteer with those names reaching their country first ("in America" → the United States, not the Dutch village). */
export function withNewsCountryNames(gazetteer: Gazetteer): Gazetteer {
  const countryOf = (name: string) => {
    const code = COUNTRY_NAMES_AFTER_TAGGING.get(normalizePlaceKey(name));
    return code === undefined ? undefined : gazetteer.country(code);
  };
  return {
    lookup: (name) => {
      const country = countryOf(name);
      return country ? [country, ...gazetteer.lookup(name).filter((e) => e !== country)] : gazetteer.lookup(name);
    },
    match: (name): NameMatch | undefined => {
      const found = gazetteer.match(name);
      const country = countryOf(name);
      if (!country) return found;
      const hits = [{ entry: country, abbreviation: false }, ...(found?.hits ?? []).filter((h) => h.entry !== country)];
      return { key: normalizePlaceKey(name), hits, commonWord: found?.commonWord ?? false, firstName: found?.firstName ?? false };
    },
    country: (code) => gazetteer.country(code),
    countryOfDemonym: (word) => gazetteer.countryOfDemonym(word),
  };
}
