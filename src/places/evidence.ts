import type { Article } from '../types.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { normalizePlaceKey } from '../resources/gazetteer-key.js';
import type { Candidate } from './candidates.js';
import { exclusion } from './exclusions.js';
import { teamSpans } from '../people/teams.js';
import { governmentSpans } from '../people/governments.js';
import type { Token } from './tokens.js';
import { hasTag, type TagsByOffset } from './tags.js';

/** What a word before a name says the place is: "the town of Kant", "the Kyrgyz capital Bishkek". */
export type TypeCue = 'city' | 'town' | 'village' | 'capital' | 'populated' | 'admin' | 'country';

/** What the words around one candidate say about it. */
export interface Evidence {
  typeCue: TypeCue | null;
  /** The type word says small: "small towns such as Reno", "a tiny village". */
  smallCue: boolean;
  /** Country named before the type word: "the Kazakh city of Almaty" → "KZ". */
  cueCountry: string | null;
  /** After a locative word: "in", "near", "from", "east of", "visited". */
  locative: boolean;
  /** The candidate right before it in a list ("in Kant and Sosnovka"), or null. */
  listedAfter: number | null;
  /** The candidate after ", " that may contain it ("Paris, Texas"), or null. */
  container: number | null;
  /** The place of the dateline ("MOSCOW, July 11 -"). */
  dateline: boolean;
  /** Compromise tags it a place. */
  placeTag: boolean;
  /** Glued by a hyphen to another capitalized word ("Russia-Ukraine", "Cholpon" of an unknown "Cholpon-Ata"). */
  glued: boolean;
  /** A one-word name that is also an English word, ending a longer capitalized name ("Island" of an unknown "Chatham Island"). */
  nameTail: boolean;
  /** Compromise knows it as an organization ("Toyota", "Ford"). */
  organizationTag: boolean;
  /** Compromise reads it as a person's name, not a place ("Lincoln said"). */
  personTag: boolean;
  /** Country of a nationality adjective right before it ("the German Dax" → DE). */
  demonymBefore: string | null;
  /** Its text is also a name of a person of this article ("Jordan" after "Michael Jordan"). */
  personName: boolean;
  /** The name tagger reads a place with exactly this span ("settled in Trier"). */
  taggerPlace: boolean;
  /**
   * A body's voice, not a place: the subject of a verb of saying ("Hamas said"), the agent of a passive ("fired by
   * Hamas"), or a span the name tagger reads as an organization. Not after a preposition, where it only modifies the
   * subject ("Residents of Hamm said").
   */
  voice: boolean;
  /** Start of a "the" that belongs to the name ("the United States", not "the US economy"). */
  theStart: number | null;
  /** Why this cannot be a place here, or null. */
  reject: string | null;
}

const TYPE_WORDS: Record<string, TypeCue> = {
  city: 'city', cities: 'city', town: 'town', towns: 'town', village: 'village', villages: 'village', capital: 'capital',
  hamlet: 'village', settlement: 'populated',
  township: 'populated', commune: 'populated', port: 'populated', resort: 'populated', suburb: 'populated',
  outskirts: 'populated', municipality: 'populated', province: 'admin', region: 'admin', state: 'admin', oblast: 'admin',
  district: 'admin', county: 'admin', prefecture: 'admin', governorate: 'admin', territory: 'admin', country: 'country',
  nation: 'country', kingdom: 'country', republic: 'country', emirate: 'country',
};
const LOCATIVE = new Set(
  'in near at from to into outside across around throughout via toward towards between inside within visited visit visiting visits reached entered left leaving'.split(' '),
);
/** Type words that may follow the name: "Nagano prefecture", "the Moscow region". */
const TRAILING_TYPE = /^(province|region|oblast|state|county|district|prefecture|governorate)$/;
/** A description after the name or list: "Ikaalinen and Parkano, two small towns north of Tampere". */
const APPOSITIVE = /^,\s+(?:[a-z]+\s+){0,3}?(cities|city|towns?|villages?)\b/;
/** Words that make a type word small: "small towns", "a tiny village". */
const SMALL = /\b(?:small|tiny|little|sleepy|remote)\b/i;
/** "20 kilometers east of Bishkek", "north of Moscow". */
const DIRECTIONS = /^(north|south|east|west|northeast|northwest|southeast|southwest|northern|southern|eastern|western|outside|kilometers|kilometres|miles|km)$/;
/** Lower-case words that say which part of a place is meant: "central Belgrade", "southeastern Ukraine", "rural Ohio". */
const PART_ADJECTIVES = /^(?:central|northern|southern|eastern|western|north|south|east|west|northeastern|northwestern|southeastern|southwestern|downtown|coastal|rural|occupied|greater|inner|outer|upper|lower|mainland)$/;

/** The second half of a compound that says who holds a place: "Indian-administered", "rebel-held", "Kurdish-controlled". */
const CONTROL_PARTICIPLES = /^(?:administered|controlled|held|occupied|annexed|ruled|run|governed)$/;

/** What an earlier stage or the caller supplies to read the words around each candidate. */
export interface EvidenceInput {
  text: string;
  article: Article;
  tokens: readonly Token[];
  candidates: readonly Candidate[];
  tags: TagsByOffset;
  gazetteer: Gazetteer;
  /** Single words that name a person of this article ("Jordan"). */
  personWords: ReadonlySet<string>;
  /** Spans the name tagger reads as places, as `start:end`. */
  taggerPlaces: ReadonlySet<string>;
  /** Spans the name tagger reads as organizations, as `start:end`. */
  taggerOrganizations: ReadonlySet<string>;
}

/** Read the words around each candidate. */
export function gatherEvidence(input: EvidenceInput): Evidence[] {
  const { text, article, tokens, candidates, tags, gazetteer, personWords, taggerPlaces, taggerOrganizations } = input;
  const people = (article.people ?? []).flatMap((p) => p.mentions);
  const organizations = (article.organizations ?? []).flatMap((o) => o.mentions);
  const money = article.money ?? [];
  const teams = teamSpans(text);
  const governments = governmentSpans(text, gazetteer);
  const datelineKey = article.dateline?.place ? normalizePlaceKey(article.dateline.place) : null;
  const sameSentence = (i: number, c: Candidate) => i >= 0 && i < tokens.length && tokens[i]!.sentence === tokens[c.first]!.sentence;
  const word = (i: number, c: Candidate) => (sameSentence(i, c) ? tokens[i]!.text : '');
  const gap = (a: number, b: number) => text.slice(tokens[a]!.end, tokens[b]!.start);

  const evidence = candidates.map((c, ci): Evidence => {
    const first = tokens[c.first]!;
    const span = tokens.slice(c.first, c.last + 1);
    const p1 = word(c.first - 1, c).toLowerCase();
    const p2 = word(c.first - 2, c);
    const before = sameSentence(c.first - 1, c) ? tokens[c.first - 1]! : undefined;
    const next = sameSentence(c.last + 1, c) ? tokens[c.last + 1]! : undefined;
    const prevGap = before ? gap(c.first - 1, c.first) : '';
    const nextGap = next ? gap(c.last, c.last + 1) : '';

    // "the town of Kant", "the Kyrgyz capital Bishkek", "the Kazakh city of Almaty", "small towns such as Reno", "cities including Lyon".
    const typeAt = p1 === 'of' || p1 === 'including' || p1 === 'like' ? c.first - 2 : p1 === 'as' && p2.toLowerCase() === 'such' ? c.first - 3 : c.first - 1;
    const trailing = next && nextGap === ' ' && TRAILING_TYPE.test(next.text) ? 'admin' : null;
    const described = APPOSITIVE.exec(text.slice(c.end, c.end + 60))?.[1];
    const typeCue = TYPE_WORDS[word(typeAt, c)] ?? trailing ?? (described ? TYPE_WORDS[described]! : null);
    const smallCue = typeCue !== null && SMALL.test(TYPE_WORDS[word(typeAt, c)] ? word(typeAt - 1, c) : described ? (APPOSITIVE.exec(text.slice(c.end, c.end + 60))?.[0] ?? '') : '');
    let cueCountry: string | null = null;
    for (let k = typeAt - 1; typeCue && k >= typeAt - 3 && sameSentence(k, c) && !cueCountry; k--) {
      cueCountry = gazetteer.countryOfDemonym(tokens[k]!.text) ?? null;
    }
    // "in Moscow", "north of Moscow", "through central Belgrade", "Tyler-based".
    // A part of a place said by a lower-case adjective is a place's own ("marched through central Belgrade", "streets of northern Gaza").
    const partOf = PART_ADJECTIVES.test(p1) && before !== undefined && !before.capitalized && prevGap === ' ';
    // Who holds a place, said by a compound before it, marks it a place as "occupied" does ("in Indian-administered Kashmir",
    // "rebel-held Idlib"); joined by a hyphen, the participle is that adjective, not a verb ("they held Paris").
    const heldBy = CONTROL_PARTICIPLES.test(p1) && prevGap === ' ' && sameSentence(c.first - 2, c) && gap(c.first - 2, c.first - 1) === '-';
    const locative = LOCATIVE.has(p1) || partOf || heldBy || (p1 === 'of' && DIRECTIONS.test(p2.toLowerCase())) || /^-(?:based|headquartered)\b/.test(text.slice(c.end, c.end + 16));

    const previous = candidates[ci - 1];
    const listedAfter =
      previous && previous.last < c.first && /^\s*(,|and|or|,\s*and)\s*$/.test(text.slice(previous.end, c.start)) ? ci - 1 : null;
    const after = candidates[ci + 1];
    const container = after && /^,\s*$/.test(text.slice(c.end, after.start)) && tokens[after.first]!.sentence === first.sentence ? ci + 1 : null;

    const inDateline = article.dateline !== null && c.start >= article.dateline.start && c.end <= article.dateline.end;
    const placeTag = span.every((t) => hasTag(tags, t.start, 'Place', 'City', 'Country', 'Region'));
    const rest = text.slice(c.end, c.end + 40);
    const beforeOf = p1 === 'of' && sameSentence(c.first - 2, c) ? tokens[c.first - 2] : undefined;
    const reject = exclusion({ candidate: c, span, before, prevGap, next, nextGap, p1, p2, beforeOf, rest, people, organizations, money, teams, governments }, tags, gazetteer);

    // "the US economy": the place modifies a noun and "the" is the noun's. "the US rose 5%": "rose" is a verb.
    const afterNext = sameSentence(c.last + 2, c) ? tokens[c.last + 2]! : undefined;
    const modifier = next !== undefined && /^[ -]$/.test(nextGap) &&
      (next.capitalized || (hasTag(tags, next.start, 'Noun', 'Adjective') && !hasTag(tags, next.start, 'Pronoun') && !/^\d/.test(afterNext?.text ?? '')));
    const theStart = before && /^the$/i.test(before.text) && prevGap === ' ' && !modifier ? before.start : null;

    return {
      typeCue,
      smallCue,
      cueCountry,
      locative,
      listedAfter,
      container,
      dateline: inDateline && normalizePlaceKey(c.text) === datelineKey,
      placeTag,
      glued: (nextGap === '-' && next!.capitalized) || (prevGap === '-' && before!.capitalized),
      nameTail: c.first === c.last && c.match.commonWord && prevGap === ' ' && before!.capitalized && !/^the$/i.test(before!.text),
      organizationTag: span.every((t) => hasTag(tags, t.start, 'Organization')) && !placeTag,
      personTag: span.every((t) => hasTag(tags, t.start, 'Person')) && !span.some((t) => hasTag(tags, t.start, 'Place')),
      demonymBefore: before?.capitalized && prevGap === ' ' ? (gazetteer.countryOfDemonym(before.text) ?? null) : null,
      personName: c.first === c.last && personWords.has(c.text),
      // Not after "a" or "an": "into a National Park" is a kind of place, whatever the tagger reads.
      taggerPlace: taggerPlaces.has(`${c.start}:${c.end}`) && !/^an?$/.test(p1),
      voice:
        taggerOrganizations.has(`${c.start}:${c.end}`) || (!(before && hasTag(tags, before.start, 'Preposition')) && saysNext(tokens, c.last)) || passiveAgent(tokens, tags, c.first),
      theStart,
      reject,
    };
  });
  return shareListCues(evidence);
}

/** Verbs only a speaker is the subject of; not "added" or "continues", which a place does too ("Cleveland has added a museum"). */
const SAYING = new Set(
  'said says told tells announced announces stated states declared declares confirmed confirms denied denies warned warns claimed claims insisted insists urged urges'.split(' '),
);
/** Words between a subject and its verb of saying: "Hamas has said", "Hamas later said". */
const SAY_BRIDGES = new Set('has had have also later then again earlier previously'.split(' '));

/** Whether a verb of saying follows the word at `last` in its sentence, over a bridge word or two ("Hamas has said"). */
function saysNext(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 3 && tokens[k]?.sentence === tokens[last]!.sentence; k++) {
    const word = tokens[k]!.text.toLowerCase();
    if (SAYING.has(word)) return true;
    if (!SAY_BRIDGES.has(word)) return false;
  }
  return false;
}

/** Passives of lying beside or reaching, whose "by" is a place's: "bordered by Edgewater", "served by Hadibo airport". */
const SPATIAL_PASSIVES = new Set('bordered surrounded flanked served crossed linked connected reached reachable accessible'.split(' '));

/**
 * Whether the name at `first` is the agent of a passive: "by" right after a past participle ("fired by Hamas", "was
 * claimed by Hamas"); not "by" of place or time ("by Lake Geneva", "sold by Friday", "bordered by Edgewater").
 */
function passiveAgent(tokens: readonly Token[], tags: TagsByOffset, first: number): boolean {
  const by = tokens[first - 1];
  const verb = tokens[first - 2];
  if (!by || !verb || by.text !== 'by' || by.sentence !== tokens[first]!.sentence || verb.sentence !== by.sentence) return false;
  return /^\p{Ll}+$/u.test(verb.text) && !SPATIAL_PASSIVES.has(verb.text) && hasTag(tags, verb.start, 'PastTense', 'Participle');
}

/** Members of a list share its type word: "the towns of Kant and Tokmok", "Ikaalinen and Parkano, two small towns". */
function shareListCues(evidence: Evidence[]): Evidence[] {
  const out = [...evidence];
  for (let i = 1; i < out.length; i++) {
    const head = out[i]!.listedAfter;
    if (head !== null && !out[i]!.typeCue && out[head]!.typeCue) out[i] = { ...out[i]!, typeCue: out[head]!.typeCue, smallCue: out[head]!.smallCue, cueCountry: out[head]!.cueCountry };
  }
  for (let i = out.length - 1; i > 0; i--) {
    const head = out[i]!.listedAfter;
    if (head !== null && out[i]!.typeCue && !out[head]!.typeCue) out[head] = { ...out[head]!, typeCue: out[i]!.typeCue, smallCue: out[i]!.smallCue, cueCountry: out[i]!.cueCountry };
  }
  return out;
}
