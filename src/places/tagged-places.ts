import type { Place, PlaceKind, Span } from '../types.js';
import type { ArticleNames } from '../ner/article-names.js';
import type { NameSpan } from '../ner/labels.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { overlapsAny } from '../spans.js';
import { isCommonWord, isOrdinaryWord } from '../people/first-names.js';

/** Words that say what kind of place a name is, before ("the village of X") or in it ("X Lake"). */
const KIND_WORDS: ReadonlyMap<string, PlaceKind> = new Map([
  ['village', 'village'], ['hamlet', 'village'], ['town', 'town'], ['city', 'city'], ['lake', 'lake'], ['river', 'river'],
  ['mount', 'mountain'], ['mountain', 'mountain'], ['mountains', 'mountain'], ['sea', 'sea'], ['ocean', 'sea'], ['gulf', 'sea'],
  ['bay', 'sea'], ['region', 'region'], ['province', 'admin-region'], ['district', 'admin-region'], ['county', 'admin-region'],
]);

/**
 * Last words that make a name a place of no kind of ours: land ("Butterfly Island", "Kenai
 * Peninsula") and the built places news locates things at ("Fisht Stadium", "Chiang Mai
 * International Airport", "Tahrir Square").
 */
const PLACE_HEADS = new Set([
  'island', 'islands', 'isle', 'peninsula', 'valley', 'desert', 'canyon', 'coast', 'cape', 'plateau', 'township',
  'airport', 'stadium', 'arena', 'square', 'street', 'avenue', 'boulevard', 'road', 'bridge', 'harbour', 'harbor', 'port',
  // Built places whose name the tagger reads as a place's: "Shah Mosque", "Montparnasse Cemetery", "Shandao Station".
  'mosque', 'cathedral', 'temple', 'palace', 'castle', 'cemetery', 'station', 'terminal', 'expressway', 'turnpike', 'highway',
  'freeway', 'memorial', 'monument', 'reserve', 'gardens', 'zoo', 'museum', 'hotel', 'plaza',
]);

/** Lower-case words right after a name that make it a place: "at Suvarnabhumi airport", "the Asia Pacific region". */
const PLACE_NOUNS_AFTER = new Set([...KIND_WORDS.keys(), ...PLACE_HEADS].filter((w) => w !== 'mount' && w !== 'port'));

/**
 * Prepositions of place or motion: "in Phbow", "near Hadibo" (with no determiner between). Not "to",
 * "from", "at", which name firms as often ("moved to Barclays", "Shares rose at Barclays"); "to" counts
 * only on a route from a known place ("from Hadibo, Yemen to Qalansia").
 */
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'into', 'towards', 'toward', 'outside', 'via', 'across', 'through', 'throughout']);

/** Last words of a venue's name that make "at", "to", "from" a place cue for it: "at Auckland Castle", "at Fenway Park". */
const VENUE_HEADS = new Set(['castle', 'cemetery', 'park', 'hall', 'lodge', 'palace', 'cathedral', 'church', 'abbey', 'temple', 'mosque', 'chapel', 'base', 'camp', 'fort', 'forge', 'gardens', 'zoo', 'museum', 'theatre', 'theater']);

/** Nouns of money before "in" that make what follows a company: "shares in Nomura", "a stake in Rosneft". */
const FINANCE_NOUNS = new Set([
  'share', 'shares', 'stake', 'stakes', 'investment', 'investments', 'interest', 'holding', 'holdings', 'position', 'stock',
  'stocks', 'bonds', 'investors', 'job', 'jobs', 'career', 'role',
]);

/** The word after a name when it is a lower-case word of the same sentence ("Asia Pacific |region"). */
function lowerWordAfter(tagged: ArticleNames, last: number): string | undefined {
  const word = tagged.tokens[last]!;
  const after = tagged.tokens[last + 1];
  return after && after.sentence === word.sentence && !after.capitalized && /^\s+$/.test(word.post) ? after.key : undefined;
}

/** The kind the text gives a name: a kind word inside it, "the village of" just before it or "region" right after it; else `other`. */
function kindOf(tagged: ArticleNames, first: number, last: number): PlaceKind {
  const { tokens } = tagged;
  // "Lake Baikal", "Algoa Bay"; not "Red River Bancshares".
  const kind = KIND_WORDS.get(tokens[last]!.key) ?? (last > first ? KIND_WORDS.get(tokens[first]!.key) : undefined);
  if (kind) return kind;
  if (tokens[first - 1]?.key === 'of') return KIND_WORDS.get(tokens[first - 2]?.key ?? '') ?? 'other';
  return KIND_WORDS.get(lowerWordAfter(tagged, last) ?? '') ?? 'other';
}

/** Whether a word names a country ("France"), not by an abbreviation alone. */
function holdsCountry(gazetteer: Gazetteer, word: string): boolean {
  return gazetteer.match(word)?.hits.some((h) => !h.abbreviation && h.entry.kind === 'country') ?? false;
}

/**
 * Whether the words around a name say it is a place though they give no kind: a place word ends
 * it ("Fisht Stadium"), follows it ("Suvarnabhumi airport") or comes before it with "of" ("the island of Ithaca"), a preposition of place comes right
 * before it ("to Qalansia"), or it stands in a list or pair with a place the gazetteer knows
 * ("Dalmatia and Pannonia", "Hadibo, Yemen").
 */
function placeCue(tagged: ArticleNames, text: string, gazetteer: Gazetteer, name: NameSpan, grounded: readonly Span[]): boolean {
  const { tokens } = tagged;
  const first = tokens[name.first]!;
  const last = tokens[name.last]!;
  if (name.last > name.first && PLACE_HEADS.has(last.key)) return true;
  // A name that holds a country's is an airline's, a bank's or a contest's more often ("Air France", "Japan Open").
  if (tokens.slice(name.first, name.last + 1).some((t) => holdsCountry(gazetteer, t.text))) return false;
  if (PLACE_NOUNS_AFTER.has(lowerWordAfter(tagged, name.last) ?? '')) return true;
  // "Rosneft's output", "Barclays' shares": an owner, most often a company.
  if (/^['’]/.test(text.slice(last.end, last.end + 1))) return false;
  const before = tokens[name.first - 1];
  if (before && before.sentence === first.sentence && !before.capitalized && /^\s+$/.test(first.pre)) {
    if (PLACE_PREPOSITIONS.has(before.key) && !FINANCE_NOUNS.has(tokens[name.first - 2]?.key ?? '')) return true;
    // A place noun, then "of": "the island of Kastellorizo", "the Kenai peninsula" said the other way round.
    if (before.key === 'of' && PLACE_HEADS.has(tokens[name.first - 2]?.key ?? '') && tokens[name.first - 2]!.sentence === first.sentence) return true;
    // Two cues: "at Auckland Castle", "to Fenway Park".
    if (/^(?:at|to|from)$/.test(before.key) && name.last > name.first && VENUE_HEADS.has(last.key)) return true;
    // A route: "from Hadibo, Yemen to Qalansia".
    if (before.key === 'to' && grounded.some((g) => /^\s+to\s+$/.test(text.slice(g.end, first.start)))) return true;
  }
  // A list or pair with a known place that closes the phrase ("Hadibo, Yemen.") or is a real list ("Dalmatia and Pannonia");
  // not an apposition that goes on ("Rosneft, Russia's largest oil producer", "Embraer, Brazil's planemaker").
  const closes = (end: number, joiner: string): boolean =>
    !/^['’]/.test(text.slice(end, end + 1)) && (/,?\s+(?:and|or)\s+$/.test(joiner) || /^(?:[.,;:)!?]|\s*\n|\s*$| [–—(])/.test(text.slice(end, end + 2)));
  const joiner = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;
  return grounded.some((g) => {
    if (g.end <= first.start && g.end > first.start - 8) {
      const between = text.slice(g.end, first.start);
      return joiner.test(between) && closes(last.end, between);
    }
    if (g.start >= last.end && g.start < last.end + 8) {
      const between = text.slice(last.end, g.start);
      return joiner.test(between) && closes(g.end, between);
    }
    return false;
  });
}

/**
 * Places the name tagger finds that the gazetteer lacks, kept ungrounded (GeoNames id, country
 * and coordinates null) where the text says they are places: what kind ("the village of
 * Sosnovka", "Algoa Bay"), or the words around one of the name's mentions (`placeCue`: "to
 * Qalansia", "Fisht Stadium"), which then holds for its other mentions. Names another place,
 * person or organization overlaps are left out; so are tagged names with no cue at all (too often
 * a product, a work or a group: "the Worldliner", "Match Point", "the Nazarenes").
 */
export function ungroundedPlaces(tagged: ArticleNames, text: string, gazetteer: Gazetteer, taken: readonly Span[], grounded: readonly Span[]): Place[] {
  const candidates: Array<{ name: NameSpan; span: Span }> = [];
  const cued = new Set<string>();
  for (const n of tagged.names) {
    if (n.kind !== 'LOC' || tagged.casingOf(tagged.tokens[n.first]!.sentence) !== 'normal') continue;
    const start = tagged.tokens[n.first]!.start;
    const end = tagged.tokens[n.last]!.end;
    const span: Span = { text: text.slice(start, end), start, end };
    if (overlapsAny(span, taken) || overlapsAny(span, grounded) || gazetteer.match(span.text) || /\d/.test(span.text)) continue;
    candidates.push({ name: n, span });
    if (kindOf(tagged, n.first, n.last) !== 'other' || placeCue(tagged, text, gazetteer, n, grounded)) cued.add(span.text);
  }
  const byName = new Map<string, Place>();
  for (const { name, span } of candidates) {
    if (!cued.has(span.text)) continue;
    const place = byName.get(span.text) ?? { name: span.text, kind: kindOf(tagged, name.first, name.last), countryCode: null, geonamesId: null, lat: null, lon: null, mentions: [] };
    if (place.kind === 'other') place.kind = kindOf(tagged, name.first, name.last);
    place.mentions.push(span);
    byName.set(span.text, place);
  }
  return [...byName.values()];
}

/**
 * "the village of X", "the small town of X", "his home town of X", "the Greek island of X": a definite determiner, a kind word for a settlement (or an island), then
 * "of" and a capitalized name of up to three words ("Clyst St. Mary"). Not "a town of Syrian refugees", "a village of Kurds":
 * a settlement of people, not its name.
 */
const SETTLEMENT_OF =
  /(?<=\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur) (?:(?!(?:a|an|is|was|are|were|of)\b)[\p{L}'’-]+ ){0,3})(village|hamlet|town|city|island) of (\p{Lu}[\p{L}'’-]*(?:(?: |(?<=\b(?:St|Ste|Mt|Ft))\. )\p{Lu}[\p{L}'’-]*){0,2})/gu;
/** A day's name that ends a settlement's name: "the city of Flint Tuesday said". */
const WEEKDAY_AFTER = / (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/**
 * "the Chatuchak district", "the Sindh province", "the Tigray region": "the", a capitalized name of up to three words, then a
 * lower-case word of an administrative division. Not "the Kurdish region" (a people) nor "the Central district" (a word).
 */
const DIVISION_AFTER = /\b[Tt]he (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) (district|province|region|county)\b/gu;

/**
 * Settlements and divisions the text names by their kind ("the village of Bukhtarma", "the town of Bad Schandau",
 * "the Chatuchak district") that neither the gazetteer nor the tagger gives: kept ungrounded with that kind, at that mention and wherever
 * the name stands alone again. Not where a place, person or organization found before holds the name, nor a
 * name that goes on past three words.
 */
export function settlementsByKind(text: string, taken: readonly Span[], found: readonly Span[], gazetteer: Gazetteer): Place[] {
  const free = (span: Span): boolean => !overlapsAny(span, taken) && !overlapsAny(span, found);
  const byName = new Map<string, Place>();
  const add = (raw: string, start: number, kind: PlaceKind): void => {
    const name = raw.replace(WEEKDAY_AFTER, '').replace(/['’]s$/u, '');
    // "the town of Syrian refugees", "the Kurdish region": a people, not a name; "the city of Light": a word, not a name.
    if (gazetteer.countryOfDemonym(name.split(' ')[0]!) !== undefined || name.split(' ').every((w) => isCommonWord(w.toLowerCase()))) return;
    if (byName.has(name) || !free({ text: name, start, end: start + name.length })) return;
    byName.set(name, { name, kind, countryCode: null, geonamesId: null, lat: null, lon: null, mentions: [] });
  };
  // What SETTLEMENT_OF must find, without its lookbehind, which makes it slow to try at every position.
  if (/(?:village|hamlet|town|city|island) of \p{Lu}/u.test(text))
    for (const m of text.matchAll(SETTLEMENT_OF)) {
      const start = m.index + m[0].length - m[2]!.length;
      if (/^ \p{Lu}/u.test(text.slice(start + m[2]!.length, start + m[2]!.length + 2))) continue;
      add(m[2]!, start, KIND_WORDS.get(m[1]!) ?? 'other');
    }
  // A people's adjective the demonym list lacks ("the Kurdish region", "the Javanese district") names no division; nor do
  // ordinary words, which describe a stretch of land more often than they name a division ("the Green Country region").
  const described = (name: string): boolean => /(?:ish|ese)$/.test(name) || name.split(' ').some((w) => isOrdinaryWord(w.toLowerCase()));
  for (const m of text.matchAll(DIVISION_AFTER)) if (!described(m[1]!)) add(m[1]!, m.index + 4, KIND_WORDS.get(m[2]!)!);
  for (const [name, place] of byName) {
    // Every mention of the name on its own: not inside a longer capitalized name.
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const span: Span = { text: name, start: at, end: at + name.length };
      const after = text.slice(span.end, span.end + 12);
      const alone =
        !/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 1), at)) && (!/^(?:[\p{L}\p{N}]|['’]?\s?\p{Lu})/u.test(after) || WEEKDAY_AFTER.test(/^ \p{L}+/u.exec(after)?.[0] ?? ''));
      const glued = /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, at - 20), at)) && !/[.!?]\s$/u.test(text.slice(Math.max(0, at - 2), at));
      if (alone && !glued && free(span)) place.mentions.push(span);
    }
  }
  return [...byName.values()].filter((p) => p.mentions.length > 0);
}
