import type { GazetteerEntry, NameMatch } from '../resources/gazetteer.js';
import { entryOwnKey, isEntryOwnName } from './own-name.js';
import type { Candidate } from './candidates.js';
import type { Evidence, TypeCue } from './evidence.js';
import type { Token } from './tokens.js';
import { inDatelineRegion, type DatelineRegion } from './dateline-region.js';

/** Every candidate of one name in the article: they all get the same entry. */
export interface NameGroup {
  match: NameMatch;
  mentions: number[];
  entry: GazetteerEntry | null;
  accepted: Set<number>;
}

/** What the whole article says about where it happens. */
export interface ArticleSetting {
  /** Country of the dateline place, when the gazetteer knows it. */
  datelineCountry: string | null;
  /** The region the dateline names after its place ("AUGUSTA, Ga."), which holds that place. */
  datelineRegion: DatelineRegion | null;
  /** How often each country's nationality adjective occurs ("Kyrgyz" → KG). */
  demonymCounts: ReadonlyMap<string, number>;
  minPopulation: number;
}

const POPULATED = new Set(['city', 'town', 'village', 'other']);
const isPopulated = (e: GazetteerEntry) => POPULATED.has(e.kind);
const CODE_BONUS: Record<string, number> = { PPLC: 0.8, PPLA: 1, PPLA2: 0.3, PPLX: -1.5 };
/** Countries outrank their namesake capitals ("Mexico", "Singapore"); regions rank below big cities ("New York"). */
const KIND_PRIOR: Record<string, number> = { country: 15, continent: 14, region: 13 };

/** How likely an entry is before any context: countries, then big and important places. */
function prior(e: GazetteerEntry, key: string): number {
  const base =
    KIND_PRIOR[e.kind] ??
    (e.kind === 'admin-region' ? 7 + 0.25 * Math.log10(e.population + 1) : 1.5 * Math.log10(e.population + 1) + (CODE_BONUS[e.featureCode] ?? 0));
  // A name known only as an alternate name (an old or foreign one) is a weaker reading.
  return base - (isEntryOwnName(e, key) ? 0 : 2);
}

/** `inner` lies in `outer`: same country, and same first-level region unless `outer` is the country. */
export function liesIn(inner: GazetteerEntry, outer: GazetteerEntry): boolean {
  if (inner === outer || !inner.countryCode || inner.countryCode !== outer.countryCode) return false;
  return outer.kind === 'country' || (outer.kind === 'admin-region' && inner.admin1 === outer.admin1 && inner.kind !== 'admin-region');
}

function cueFits(cue: TypeCue, small: boolean, e: GazetteerEntry): number {
  if (cue === 'admin') return e.kind === 'admin-region' ? 4 : -3;
  if (cue === 'country') return e.kind === 'country' ? 4 : -3;
  if (!isPopulated(e)) return -3;
  // "small towns such as Reno": not a city of 50,000 (a plain "town" may be: "the town of Reading").
  if (small && e.population >= 50_000) return 1;
  return cue === 'capital' && (e.featureCode === 'PPLC' || e.featureCode === 'PPLA') ? 6 : 4;
}

/** Everything one round of resolution reads: the names, where each mention stands, the setting. */
export interface ArticleState {
  groups: readonly NameGroup[];
  /** The group of each candidate, by candidate index. */
  groupOf: ReadonlyMap<number, NameGroup>;
  /** The candidates whose container ("Paris" of "Paris, Texas") is a candidate, by that candidate's index. */
  containedBy: ReadonlyMap<number, readonly number[]>;
  candidates: readonly Candidate[];
  evidence: readonly Evidence[];
  tokens: readonly Token[];
  setting: ArticleSetting;
}

/** The countries (with how often they are named) and first-level regions ("US.FL") the other names give. */
export interface Surround {
  countries: ReadonlyMap<string, number>;
  regions: ReadonlySet<string>;
}

/** What the article's other accepted names say, as context for one name. */
export function surroundOf(group: NameGroup, state: ArticleState): Surround {
  const countries = new Map<string, number>();
  const regions = new Set<string>();
  for (const other of state.groups) {
    if (other === group || !other.entry?.countryCode || other.accepted.size === 0) continue;
    countries.set(other.entry.countryCode, (countries.get(other.entry.countryCode) ?? 0) + other.accepted.size);
    if (other.entry.kind === 'admin-region') regions.add(`${other.entry.countryCode}.${other.entry.admin1}`);
  }
  return { countries, regions };
}

/** The sentences of a group's accepted mentions, computed once per round (each round makes a new `accepted` set). */
const sentencesOfAccepted = new WeakMap<ReadonlySet<number>, ReadonlySet<number>>();
function acceptedSentences(group: NameGroup, state: ArticleState): ReadonlySet<number> {
  let sentences = sentencesOfAccepted.get(group.accepted);
  if (!sentences) {
    sentences = new Set([...group.accepted].map((o) => state.tokens[state.candidates[o]!.first]!.sentence));
    sentencesOfAccepted.set(group.accepted, sentences);
  }
  return sentences;
}

/** Whether another entry the name reaches is a region called exactly so ("Oklahoma" beside Oklahoma City). */
function exactRegionBeside(e: GazetteerEntry, match: NameMatch): boolean {
  for (const h of match.hits) if (h.entry !== e && entryOwnKey(h.entry) === match.key && !isPopulated(h.entry)) return true;
  return false;
}

/** Whether `e` holds an entry of a name this mention contains ("Atlanta, Georgia": Georgia holds Atlanta). */
function holdsContainedName(inner: readonly number[] | undefined, candidates: readonly Candidate[], e: GazetteerEntry): boolean {
  if (inner === undefined) return false;
  for (const i of inner) for (const h of candidates[i]!.match.hits) if (liesIn(h.entry, e)) return true;
  return false;
}

/**
 * How well one entry fits the name in this article: its prior, then cue words, "Paris, Texas",
 * the countries and regions the article names, the dateline, and the places of the same sentence.
 */
export function scoreEntry(e: GazetteerEntry, group: NameGroup, state: ArticleState, surround: Surround): number {
  const { evidence, candidates, tokens, setting } = state;
  let score = prior(e, group.match.key);
  // A region called exactly so outranks a city that only starts with the name ("Oklahoma" is the state, not Oklahoma City),
  // unless the city is one the bare name means by itself ("New York", a city of millions).
  if (entryOwnKey(e) !== group.match.key && e.population < 1_000_000 && exactRegionBeside(e, group.match)) score -= 3;
  const cc = e.countryCode;
  if (cc) {
    // The article's countries, however often named and whatever the dateline, weigh at most 3: a
    // US story's "Moscow" is still the capital of Russia, not the town in Idaho.
    const named = (surround.countries.get(cc) ?? 0) + 0.5 * (setting.demonymCounts.get(cc) ?? 0);
    const country = (named > 0 ? 1.5 + Math.min(1.5, named * 0.25) : 0) + (setting.datelineCountry === cc ? 2 : 0);
    score += Math.min(3, country);
    if (surround.regions.has(`${cc}.${e.admin1}`) && e.kind !== 'admin-region') score += 3;
  }
  // The best fit of the mentions' type cues; none counts 0, though a fit may be negative.
  let cue = -Infinity;
  let country = 0;
  let container = 0;
  let sentence = 0;
  for (const m of group.mentions) {
    const ev = evidence[m]!;
    if (ev.typeCue) cue = Math.max(cue, cueFits(ev.typeCue, ev.smallCue, e));
    if (ev.cueCountry && ev.cueCountry === cc) country = 6;
    const outer = ev.container !== null ? state.groupOf.get(ev.container)?.entry : undefined;
    if (outer && liesIn(e, outer)) container = 8;
    // "AUGUSTA, Ga. -": the dateline's region holds its place, as "Paris, Texas" does in a sentence.
    if (ev.dateline && setting.datelineRegion && inDatelineRegion(e, setting.datelineRegion)) container = 8;
    // "Atlanta, Georgia": this name contains the one before it.
    if (holdsContainedName(state.containedBy.get(m), candidates, e)) container = Math.max(container, 9);
    const here = tokens[candidates[m]!.first]!.sentence;
    for (const other of state.groups) {
      if (other === group || !cc || other.entry?.countryCode !== cc) continue;
      if (acceptedSentences(other, state).has(here))
        sentence = Math.max(sentence, e.admin1 && other.entry.admin1 === e.admin1 ? 2.5 : 1.5);
    }
  }
  return score + (cue === -Infinity ? 0 : cue) + country + container + sentence;
}
