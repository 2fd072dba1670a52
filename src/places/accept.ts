import type { GazetteerEntry, NameMatch } from '../resources/gazetteer.js';
import { normalizePlaceKey, similarSpelling } from '../resources/gazetteer-key.js';
import { isEntryOwnName } from './own-name.js';
import type { Evidence, TypeCue } from './evidence.js';
import type { Token } from './tokens.js';

/** How much a name stands on its own, and whether it is a weak way to name that place. */
export interface Standing {
  /** 0–3: countries, continents, regions and big capitals need no support; small towns need a cue word. */
  level: number;
  /**
   * The name is also an English word ("Bath", "Union"), or only an unrelated alternate name of the
   * place ("White House" for Casablanca): the article's country alone does not make it a place.
   */
  weak: boolean;
}

/**
 * How much an entry stands on its own under this name: countries, regions and big capitals at 3,
 * big cities at 2, towns of the configured population at 1, smaller places at 0; one lower when the
 * name is also an English word, at most 1 when it is an unrelated alternate name.
 */
export function standing(e: GazetteerEntry, match: NameMatch, minPopulation: number): Standing {
  let level: number;
  if (e.kind === 'admin-region') level = 3;
  else if (e.kind === 'country' || e.kind === 'continent' || e.kind === 'region') level = 3;
  else if (e.featureCode === 'PPLC' || e.population >= 1_000_000) level = 3;
  else if (e.featureCode === 'PPLA' || e.population >= 100_000) level = 2;
  else level = e.population >= minPopulation ? 1 : 0;
  const common = match.commonWord && e.kind !== 'country';
  // A first-level region named by a plain word ("Central", "Delta", "Meta") needs the article to be about its country.
  if (common) level = e.kind === 'admin-region' ? 1 : Math.max(0, level - 1);
  // Country, continent and region names come from curated lists; towns' alternates include translations.
  const curated = e.kind === 'country' || e.kind === 'continent' || e.kind === 'region';
  const unrelated = !curated && !isEntryOwnName(e, match.key) && !similarSpelling(normalizePlaceKey(e.name), match.key);
  if (unrelated) level = Math.min(level, 1);
  // Another spelling of a town that is no capital ("Hamas", a spelling of Hamm in Germany) needs the article's support as a
  // smaller place does: an English exonym of a big city is the entry's own name, and a capital's stands on its own.
  else if (level === 2 && !curated && !isEntryOwnName(e, match.key)) level = 1;
  return { level, weak: common || unrelated };
}

/** A country, a first-level region, a continent or a region: places that may stand for their people ("Russia said"). */
export const isBroad = (e: GazetteerEntry): boolean => e.kind === 'country' || e.kind === 'admin-region' || e.kind === 'continent' || e.kind === 'region';

function cueAgrees(cue: TypeCue | null, e: GazetteerEntry): boolean {
  if (!cue) return false;
  if (cue === 'admin') return e.kind === 'admin-region';
  if (cue === 'country') return e.kind === 'country';
  return e.kind === 'city' || e.kind === 'town' || e.kind === 'village' || e.kind === 'other';
}

/** What the rest of the article adds for one mention. */
export interface MentionSupport {
  /** "Paris, Texas" with Texas containing the chosen Paris, or "Atlanta, Georgia" for Georgia. */
  apposition: boolean;
  /** The entry's country is named elsewhere in the article, by the dateline, or by a nationality adjective. */
  countryInContext: boolean;
  /** The candidate before it in a list ("in Kant and Sosnovka") was taken and was after a locative word. */
  listedWithPlace: boolean;
}

/**
 * Whether one mention is a place, given the entry chosen for its name. Capitals mid-sentence are
 * evidence; a capital at the start of a sentence or in a headline is weak; a cue word, an apposition or
 * the dateline is strong.
 */
export function acceptMention(
  ev: Evidence,
  token: Token,
  e: GazetteerEntry,
  match: NameMatch,
  support: MentionSupport,
  minPopulation: number,
): boolean {
  if (ev.reject) return false;
  const broad = isBroad(e);
  // "Japanese automaker Toyota", "the German Dax": a company, or a place of another country.
  if (!broad && (ev.organizationTag || (ev.demonymBefore !== null && ev.demonymBefore !== e.countryCode))) return false;
  const { level, weak } = standing(e, match, minPopulation);
  const strong =
    ev.dateline || cueAgrees(ev.typeCue, e) || support.apposition || (ev.cueCountry !== null && ev.cueCountry === e.countryCode);
  const locative = ev.locative || support.listedWithPlace;
  // "Jordan said" after "Michael Jordan"; "Lincoln said" is a person too, unless a town is clearly meant.
  if ((ev.personName || (ev.personTag && !broad)) && !strong && !locative) return false;
  // "Hamas said": a body that speaks, though a town's name is spelled like it; "in Hamm, officials said" stays a place.
  if (ev.voice && !broad && !strong && !locative) return false;
  if (ev.glued && level < 3 && !strong) return false;
  // "Chatham Island" that the gazetteer lacks is no "Island" (a name of Iceland), whatever its level.
  if (ev.nameTail && !strong) return false;
  if (strong) return true;
  if (token.caseless) return level >= 2;
  if (token.initial) {
    if (match.commonWord) return level >= 3 || (ev.placeTag && level >= 2);
    return level >= 2 || (level >= 1 && !weak && support.countryInContext);
  }
  if (level >= 2) return true;
  // The name tagger, learned from annotated text, reading a place there stands in for the article's country ("settled in
  // Trier", a town that is also an English word, in an article that names no German place).
  if (level === 1) return (support.countryInContext || ev.taggerPlace) && (!weak || locative);
  // A village's name that is also an English word needs the country: "in English" is a language, whatever the tagger reads.
  return locative && (support.countryInContext || (ev.taggerPlace && !match.commonWord));
}
