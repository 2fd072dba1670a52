import type { Article, Place, Span } from '../types.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { datelineRegion } from './dateline-region.js';
import { findCandidates, type Candidate } from './candidates.js';
import { gatherEvidence, type Evidence } from './evidence.js';
import { acceptMention } from './accept.js';
import { liesIn, scoreEntry, surroundOf, type ArticleSetting, type ArticleState, type NameGroup } from './resolve.js';
import { groundInsideContainers } from './outside-container.js';
import { hasTag, type TagsByOffset } from './tags.js';
import { tokenize, type Token } from './tokens.js';

/** Rounds of choosing entries with what the previous round accepted as context. */
const ROUNDS = 3;

/** Single words that name a person of the article: from the people stage and compromise's "First Last" pairs. */
function personWords(article: Article, tokens: readonly Token[], tags: TagsByOffset): Set<string> {
  const words = new Set<string>();
  for (const p of article.people ?? []) for (const w of p.name.split(/\s+/).slice(1)) if (/^\p{Lu}/u.test(w)) words.add(w);
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && next.capitalized && hasTag(tags, t.start, 'FirstName') && hasTag(tags, next.start, 'LastName'))
      words.add(next.text);
  });
  return words;
}

/** The dateline's country and the nationality adjectives of the article. */
function setting(article: Article, tokens: readonly Token[], gazetteer: Gazetteer, minPopulation: number): ArticleSetting {
  const demonymCounts = new Map<string, number>();
  for (const t of tokens) {
    const code = t.capitalized ? gazetteer.countryOfDemonym(t.text) : undefined;
    if (code) demonymCounts.set(code, (demonymCounts.get(code) ?? 0) + 1);
  }
  const place = article.dateline?.place;
  // A dateline names a country or a well-known city: the country, else the largest namesake, in the region the dateline
  // names when it names one ("AUGUSTA, Ga.": the US).
  const region = datelineRegion(article, gazetteer);
  const rank = (e: { kind: string; population: number }) => (e.kind === 'country' ? Infinity : e.population);
  const datelineEntry = place ? [...gazetteer.lookup(place)].sort((a, b) => rank(b) - rank(a))[0] : undefined;
  return { datelineCountry: region?.countryCode ?? datelineEntry?.countryCode ?? null, datelineRegion: region, demonymCounts, minPopulation };
}

/**
 * One group per name. The same key written differently can reach different entries ("US" reaches the
 * country, "Us" only the French village), so the number of hits is part of the group's identity.
 */
function groupByName(candidates: readonly Candidate[]): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  candidates.forEach((c, i) => {
    const id = `${c.match.key}|${c.match.hits.length}`;
    const group = groups.get(id) ?? { match: c.match, mentions: [], entry: null, accepted: new Set<number>() };
    group.mentions.push(i);
    groups.set(id, group);
  });
  return [...groups.values()];
}

/** Choose each name's entry and its accepted mentions, with what the previous round accepted as context. */
function resolveRound(state: ArticleState): void {
  const { groups, groupOf, candidates, evidence, tokens, setting: s } = state;
  const results = groups.map((g) => {
    const surround = surroundOf(g, state);
    let best: { entry: NameGroup['entry']; score: number } = { entry: null, score: -Infinity };
    for (const { entry } of g.match.hits) {
      const score = scoreEntry(entry, g, state, surround);
      if (score > best.score) best = { entry, score };
    }
    const e = best.entry;
    if (!e) return { entry: null, accepted: new Set<number>() };
    const cc = e.countryCode;
    const countryInContext = cc !== null && (surround.countries.has(cc) || s.datelineCountry === cc || s.demonymCounts.has(cc));
    const accepted = g.mentions.filter((m) => {
      const ev = evidence[m]!;
      const outer = ev.container !== null ? groupOf.get(ev.container)?.entry : null;
      const inner = state.containedBy.get(m)?.[0];
      const innerEntry = inner !== undefined ? groupOf.get(inner)?.entry : null;
      const apposition = (outer != null && liesIn(e, outer)) || (innerEntry != null && liesIn(innerEntry, e));
      const head = ev.listedAfter;
      const listedWithPlace = head !== null && groupOf.get(head)!.accepted.has(head) && evidence[head]!.locative;
      return acceptMention(ev, tokens[candidates[m]!.first]!, e, g.match, { apposition, countryInContext, listedWithPlace }, s.minPopulation);
    });
    return { entry: e, accepted: new Set(accepted) };
  });
  groups.forEach((g, i) => Object.assign(g, results[i]));
}

/** A name taken once with good evidence is taken at its other mentions too ("the town of Kant" … "Kant"). */
function spreadToOtherMentions(groups: NameGroup[], evidence: readonly Evidence[], candidates: readonly Candidate[], tokens: readonly Token[]): void {
  for (const g of groups) {
    if (g.accepted.size === 0) continue;
    for (const m of g.mentions) {
      const ev = evidence[m]!;
      const token = tokens[candidates[m]!.first]!;
      const weak = (token.initial || token.caseless) && g.match.commonWord;
      if (!ev.reject && !((ev.personName || ev.voice) && !ev.locative) && !weak) g.accepted.add(m);
    }
  }
}

/** The name as the article first writes it, in normal case when written in capitals ("MOSCOW" → "Moscow", but "US"). */
function writtenName(text: string, abbreviation: boolean): string {
  if (abbreviation || /\p{Ll}/u.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

const POPULATED_KINDS: readonly string[] = ['city', 'town', 'village', 'other'];

/** One Place per entity (several names may reach it: "the United States", "US"), mentions in text order. */
function toPlaces(groups: readonly NameGroup[], candidates: readonly Candidate[], evidence: readonly Evidence[], text: string): Place[] {
  const byEntity = new Map<string, { place: Place; first: number }>();
  for (const g of groups) {
    const e = g.entry;
    if (!e || g.accepted.size === 0) continue;
    const id = e.geonamesId !== null ? String(e.geonamesId) : `${e.kind}:${e.name}`;
    const first = Math.min(...g.accepted);
    const abbreviation = g.match.hits.some((h) => h.entry === e && h.abbreviation);
    // "The Hague": the article leaves "The" out of the mention only where it is lower-case.
    const the = /^the /i.test(e.name) && evidence[first]!.theStart !== null ? 'The ' : '';
    const name = the + writtenName(candidates[first]!.text, abbreviation);
    const slot = byEntity.get(id) ?? { place: { name, kind: e.kind, countryCode: e.countryCode, geonamesId: e.geonamesId, lat: e.lat, lon: e.lon, mentions: [] }, first };
    if (first < slot.first) Object.assign(slot, { first, place: { ...slot.place, name } });
    for (const m of g.accepted) {
      const c = candidates[m]!;
      // "the" belongs to a mention only where it belongs to the name ("The Hague"), not "the United States".
      const start = the ? (evidence[m]!.theStart ?? c.start) : c.start;
      slot.place.mentions.push({ text: text.slice(start, c.end), start, end: c.end });
      // The article's own word for a populated place ("the village of Sosnovka") beats population.
      const cue = evidence[m]!.typeCue;
      if (POPULATED_KINDS.includes(slot.place.kind) && (cue === 'city' || cue === 'town' || cue === 'village')) slot.place.kind = cue;
      if (POPULATED_KINDS.includes(slot.place.kind) && cue === 'capital') slot.place.kind = 'city';
    }
    byEntity.set(id, slot);
  }
  const places = [...byEntity.values()].map((s) => s.place);
  for (const p of places) p.mentions.sort((a: Span, b: Span) => a.start - b.start);
  return places.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Places of one article: candidates from the gazetteer, evidence from the words around them, one
 * entry per name chosen with the article as context, then one Place per entity with all its mentions.
 * `taggerPlaces` and `taggerOrganizations` are the spans the name tagger reads as places and as organizations (`start:end`):
 * evidence beside the words around.
 */
export function extractPlaces(
  article: Article,
  gazetteer: Gazetteer,
  tags: TagsByOffset,
  minPopulation: number,
  taggerPlaces: ReadonlySet<string> = new Set(),
  taggerOrganizations: ReadonlySet<string> = new Set(),
): Place[] {
  const { text } = article;
  const tokens = tokenize(text, article.sentences);
  const candidates = findCandidates(text, tokens, gazetteer);
  const evidence = gatherEvidence({ text, article, tokens, candidates, tags, gazetteer, personWords: personWords(article, tokens, tags), taggerPlaces, taggerOrganizations });
  const groups = groupByName(candidates);
  const groupOf = new Map<number, NameGroup>();
  for (const g of groups) for (const m of g.mentions) groupOf.set(m, g);
  const containedBy = new Map<number, number[]>();
  evidence.forEach((ev, i) => {
    if (ev.container !== null) containedBy.set(ev.container, [...(containedBy.get(ev.container) ?? []), i]);
  });
  const state: ArticleState = { groups, groupOf, containedBy, candidates, evidence, tokens, setting: setting(article, tokens, gazetteer, minPopulation) };
  for (let round = 0; round < ROUNDS; round++) resolveRound(state);
  groundInsideContainers(state);
  spreadToOtherMentions(groups, evidence, candidates, tokens);
  return toPlaces(groups, candidates, evidence, text);
}
