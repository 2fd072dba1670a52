import type { Gazetteer, NameMatch } from '../resources/gazetteer.js';
import { isEntryOwnName } from './own-name.js';
import type { Token } from './tokens.js';

/** A stretch of capitalized words that names something in the gazetteer. */
export interface Candidate {
  /** Indexes of its first and last token. */
  first: number;
  last: number;
  start: number;
  end: number;
  text: string;
  match: NameMatch;
}

/** Longest place name tried, in words ("Saint Vincent and the Grenadines"). */
const MAX_WORDS = 6;
/** Lower-case words inside place names ("Rostov-on-Don", "Bosnia and Herzegovina", "Port of Spain"). */
const CONNECTORS = new Set(
  'of de du des la le les del della di da do dos das am an on upon sur en y al el and the'.split(' '),
);

/** The text between two tokens allows them in one name: one space, a hyphen, or nothing after a dot. */
function joins(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  return gap === ' ' || gap === '-' || (gap === '' && left.text.endsWith('.'));
}

/**
 * The readings a way of writing allows. A name met only as an abbreviation needs capitals ("US", not
 * "Us"); a short word in capitals in ordinary text is an acronym ("RIM", "SUV"), so it keeps only
 * abbreviations and places whose own name it is.
 */
function keepHits(match: NameMatch, words: readonly Token[]): NameMatch | undefined {
  const allCaps = words.every((t) => t.allCaps);
  const acronym = allCaps && !words[0]!.caseless && words.length === 1 && words[0]!.text.replace(/\./g, '').length <= 4;
  const hits = match.hits.filter((h) => (allCaps ? !acronym || h.abbreviation || isEntryOwnName(h.entry, match.key) : !h.abbreviation));
  return hits.length === 0 ? undefined : { ...match, hits };
}

/**
 * "County Durham", "County Cork": Ireland's and Britain's way of naming a county, kind word first. The
 * candidate takes the word in and names the county, ungrounded (GeoNames ids of counties are not in the
 * data packages), in the country of the namesake town; not "Orange County Durham" (a longer name before it).
 */
function countyNamed(text: string, tokens: readonly Token[], found: Candidate, previous: Candidate | undefined): Candidate | undefined {
  const county = tokens[found.first - 1];
  if (!county || county.text !== 'County' || county.sentence !== tokens[found.first]!.sentence || text.slice(county.end, found.start) !== ' ') return undefined;
  const before = tokens[found.first - 2];
  if (previous?.last === found.first - 1 || (before?.capitalized && before.sentence === county.sentence && joins(text, before, county))) return undefined;
  const entries = found.match.hits.map((h) => h.entry);
  const namesake = entries.find((e) => e.countryCode === 'GB' || e.countryCode === 'IE');
  if (!namesake) return undefined;
  // A county is named after its county town: any namesake in Ireland ("Louth", a village), in Britain only the
  // seat of an administrative division ("Durham") or a place in Northern Ireland. Else the county is named with
  // no country ("County Clare": the namesake is a Suffolk village).
  const town =
    entries.find((e) => e.countryCode === 'IE') ??
    entries.find((e) => e.countryCode === 'GB' && (/^PPLA/.test(e.featureCode) || e.admin1 === 'NIR'));
  const name = text.slice(county.start, found.end);
  const entry = { ...(town ?? { ...namesake, countryCode: null, admin1: null, lat: null, lon: null, population: 0 }), geonamesId: null, name, kind: 'admin-region' as const, featureCode: 'ADM2' };
  return { ...found, first: found.first - 1, start: county.start, text: name, match: { ...found.match, key: `county ${found.match.key}`, hits: [{ entry, abbreviation: false }] } };
}

/**
 * Place-name candidates, left to right, longest gazetteer match first: "St. Petersburg",
 * "Cholpon-Ata", "Central Asia", "Bosnia and Herzegovina". A candidate starts and ends on a capitalized
 * word; what makes it a place (or not) is decided later from its context.
 */
export function findCandidates(text: string, tokens: readonly Token[], gazetteer: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let found: Candidate | undefined;
    // A leading "The" is not part of the name: "the" is added back later only where it belongs.
    if (first.capitalized && /^\p{L}/u.test(first.text) && first.text.toLowerCase() !== 'the') {
      for (let j = i; j < tokens.length && j - i < MAX_WORDS; j++) {
        const token = tokens[j]!;
        if (j > i && (token.sentence !== first.sentence || !joins(text, tokens[j - 1]!, token))) break;
        if (!token.capitalized && !CONNECTORS.has(token.text)) break;
        if (!token.capitalized) continue;
        const span = text.slice(first.start, token.end);
        const raw = gazetteer.match(span);
        const match = raw && keepHits(raw, tokens.slice(i, j + 1));
        if (match) found = { first: i, last: j, start: first.start, end: token.end, text: span, match };
      }
    }
    if (found) found = countyNamed(text, tokens, found, out.at(-1)) ?? found;
    out.push(...(found ? [found] : []));
    i = found ? found.last + 1 : i + 1;
  }
  return out;
}
