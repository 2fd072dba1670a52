import type { Span } from '../types.js';
import { overlapsAny } from '../spans.js';
import type { Token } from './tokens.js';
import { joinable } from './runs.js';
import type { ArticleWords, PersonSeed } from './detect.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './titles.js';
import { LOCATIVE_PREPOSITIONS, NAME_PARTICLES } from './words.js';

/** One individual: the seeds that name them and, after linking, every mention. */
export interface PersonEntity {
  /** Word keys of the fullest name seen ("vladimir", "putin"). */
  keys: string[];
  /** Span of the first occurrence of that fullest name. */
  name: Span;
  seeds: PersonSeed[];
  /** Every mention, with the token it starts at, in text order. */
  mentions: Array<Span & { token: number }>;
}

/** Word keys of a name without its particles, except a leading given name ("Ben Bernanke", but "De la Cruz" → cruz). */
const keysOf = (w: ArticleWords, s: { first: number; last: number }): string[] =>
  w.tokens
    .slice(s.first, s.last + 1)
    .filter((t, k, all) => !NAME_PARTICLES.has(t.key) || (t.capitalized && k === 0 && !NAME_PARTICLES.has(all[1]?.key ?? '')))
    .map((t) => t.key);
/** Generational suffixes that follow a surname ("Jr.", "III"). */
const SUFFIX = /^(?:jr|sr|i{2,3}|iv|vi{0,3})$/;
const surname = (keys: readonly string[]): string => keys.filter((k) => !SUFFIX.test(k)).at(-1) ?? keys[keys.length - 1]!;
const spanOf = (w: ArticleWords, first: number, last: number): Span => {
  const start = w.tokens[first]!.start;
  const end = w.tokens[last]!.end;
  return { text: w.text.slice(start, end), start, end };
};

/** Two full names of one person: same surname and the same first name, or one inside the other ("George W. Bush", "George Bush"). */
function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  if (surname(a) !== surname(b)) return false;
  const bare = (keys: readonly string[]): string[] => keys.filter((k) => !NAME_PARTICLES.has(k));
  // Compared without particles: "Ben Mustapha" is the "Mustapha" of "Farouk Ben Mustapha".
  const [short, long] = bare(a).length <= bare(b).length ? [bare(a), bare(b)] : [bare(b), bare(a)];
  return short[0] === long[0] || short.every((k) => long.includes(k));
}

/** Group seeds into individuals: full names first, then single words by surname (or any name word). */
export function groupSeeds(w: ArticleWords, seeds: readonly PersonSeed[]): PersonEntity[] {
  const entities: PersonEntity[] = [];
  const single: PersonSeed[] = [];
  for (const seed of seeds) {
    if (seed.last === seed.first) {
      single.push(seed);
      continue;
    }
    const keys = keysOf(w, seed);
    const entity = entities.find((e) => sameFullName(e.keys, keys));
    if (!entity) entities.push({ keys, name: spanOf(w, seed.first, seed.last), seeds: [seed], mentions: [] });
    else {
      entity.seeds.push(seed);
      if (keys.length > entity.keys.length) Object.assign(entity, { keys, name: spanOf(w, seed.first, seed.last) });
    }
  }
  for (const seed of single) {
    const key = w.tokens[seed.first]!.key;
    const matches = entities.filter((e) => e.keys.length > 1 && surname(e.keys) === key);
    const owner = matches[0] ?? entities.find((e) => e.keys.length > 1 && e.keys.includes(key)) ?? entities.find((e) => e.keys[0] === key);
    if (owner) owner.seeds.push(seed);
    else entities.push({ keys: [key], name: spanOf(w, seed.first, seed.first), seeds: [seed], mentions: [] });
  }
  return entities;
}

/** Prepositions of going and coming: "flew to Paris", "moved from Paris to Geneva". */
const MOTION_PREPOSITIONS = new Set(['to', 'from', 'into', 'onto']);
/**
 * Verbs of travel that make the place a preposition of motion names a destination or an origin ("had flown
 * to Paris", "moved back to Sydney"); not of handing or passing ("a pass from Jackson", "tributes to Houston",
 * "the ball went to Jackson"), which reach people too.
 */
const TRAVEL_VERBS = new Set(
  `fly flies flew flown flying travel travels travelled traveled travelling traveling move moves moved moving relocate relocates relocated relocating emigrate emigrates emigrated emigrating immigrate immigrated flee flees fled fleeing commute commutes commuted commuting sail sails sailed sailing deported evacuated exiled`.split(' '),
);
/** Adverbs that may stand between a verb of travel and its preposition: "moved back to Sydney". */
const TRAVEL_ADVERBS = new Set(['back', 'away', 'home']);

/** Whether the preposition at token `at` is one of motion that a verb of travel governs: "flown to", "moved back to". */
function travelPreposition(w: ArticleWords, at: number): boolean {
  if (!MOTION_PREPOSITIONS.has(w.tokens[at]?.key ?? '')) return false;
  let k = at - 1;
  if (TRAVEL_ADVERBS.has(w.tokens[k]?.key ?? '')) k--;
  return TRAVEL_VERBS.has(w.tokens[k]?.key ?? '');
}

/** Words that may stand beside a lone surname without making it part of another name. */
const besideSurname = (t: Token): boolean => ROLE_HEADS.has(t.key) || ROLE_MODIFIERS.has(t.key) || HONORIFICS.has(t.key);

/** One way an article may write a person's name: its word keys, and whether it is the lone given name. */
interface NameForm {
  keys: string[];
  entity: PersonEntity;
  given: boolean;
}

/**
 * Every mention of every person: each name form a seed used, and the surname alone, wherever it
 * stands — the headline and all-caps lines included ("PUTIN" → Vladimir Putin). A lone surname
 * inside a longer capitalized name ("Howard Street") is not a mention.
 */
export function linkMentions(w: ArticleWords, entities: PersonEntity[]): void {
  // Longer forms first; of lone words, surnames before given names ("Xi" of Xi Jinping, "Tim" of Tim Cook).
  const forms: NameForm[] = [];
  for (const entity of entities) {
    const seen = new Set<string>();
    const add = (keys: string[], given = false): void => {
      if (!seen.has(keys.join(' '))) forms.push({ keys, entity, given });
      seen.add(keys.join(' '));
    };
    add(entity.keys);
    entity.seeds.forEach((s) => add(keysOf(w, s)));
    // A hyphenated surname is one ("Bankman-Fried" of Sam Bankman-Fried, not "Fried"): its two words make a longer form.
    if (entity.keys.length > 2 && /\p{L}-\p{L}+$/u.test(entity.name.text)) add(entity.keys.slice(-2));
    add([surname(entity.keys)]);
    if (entity.keys.length > 1) add([entity.keys[0]!], true);
  }
  forms.sort((a, b) => b.keys.length - a.keys.length || Number(a.given) - Number(b.given));
  // Only a form whose first word a token is can start there: each token looks up its few forms, in the order above.
  const formsByFirstKey = new Map<string, NameForm[]>();
  for (const f of forms) {
    const list = formsByFirstKey.get(f.keys[0]!);
    if (list) list.push(f);
    else formsByFirstKey.set(f.keys[0]!, [f]);
  }
  const { tokens, text } = w;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const starting = formsByFirstKey.get(t.key);
    if (starting === undefined) continue;
    const casing = w.casingOf(t.sentence);
    if (casing === 'normal' && !t.capitalized) continue;
    if (overlapsAny(t, w.reserved)) continue;
    // In a headline every word has a capital: a lone word there must not be an ordinary word of the article ("Apple Cuts Jobs").
    const matching: NameForm[] = [];
    for (const f of starting)
      if (matchesAt(w, i, f.keys) && (casing === 'normal' || f.keys.length > 1 || (!f.given && !w.lowercase.has(f.keys[0]!)))) matching.push(f);
    if (matching.length === 0) continue;
    const length = matching[0]!.keys.length;
    const last = lastTokenOf(w, i, matching[0]!.keys);
    if (length === 1 && casing === 'normal' && !standsAlone(w, i, last)) continue;
    if (length === 1 && namesFamily(w, i)) continue;
    // "Michael Jordan visited troops in Jordan", "Valeska Paris ... flew to Paris": a lone name that is a place,
    // after "in" or a preposition of motion a verb of travel governs, is the place.
    const before = w.tokens[i - 1]?.key ?? '';
    if (length === 1 && (LOCATIVE_PREPOSITIONS.has(before) || travelPreposition(w, i - 1)) && /^\s+$/.test(w.tokens[i - 1]!.post) && w.geo.isPlace(t.text)) continue;
    if (length === 1 && w.geo.isPlace(t.text) && placeNotPerson(w, i)) continue;
    const best = matching.filter((f) => f.keys.length === length && f.given === matching[0]!.given);
    const entity = nearest(best.map((f) => f.entity), t.start);
    // "De la Cruz" for Maria de la Cruz: the particles her name puts before the surname.
    let first = i;
    if (length === 1 && !best[0]!.given) {
      const particles = particlesBeforeSurname(w, entity);
      const before = w.tokens.slice(i - particles.length, i);
      if (particles.length > 0 && before.length === particles.length && before.every((p, k) => p.key === particles[k] && joinable(text, p, w.tokens[p.i + 1]!)))
        first = i - particles.length;
    }
    entity.mentions.push({ ...spanOf(w, first, last), token: first });
    i = last;
  }
}

/**
 * Whether a lone name at token `i` that is also a country, a capital or a region is the place there, though a
 * person of the article has it as a surname: a place set beside a larger one that closes the phrase
 * ("the plan for Washington, D.C., in 1791"); not a list ("Washington, Jackson and Nicole Kidman"), nor an
 * apposition ("Austin, U.S. defense secretary", "Austin, Texas-born").
 */
function placeNotPerson(w: ArticleWords, i: number): boolean {
  const t = w.tokens[i]!;
  const next = w.tokens[i + 1];
  if (!next || !/^,\s$/.test(t.post) || next.possessive || next.sentence !== t.sentence) return false;
  if (!/^(?:\p{Lu}\.){2,}$/u.test(next.text) && !w.geo.isPlace(next.text)) return false;
  const after = w.tokens[i + 2];
  if (!after || after.sentence !== next.sentence) return true;
  // The larger place closes the phrase: a comma or a bracket, then no further name or "and" of a list.
  return /^\s?[,;:()]/.test(next.post) && !after.capitalized && !/^(?:and|or)$/.test(after.key);
}

/** Keys of the particles right before the surname in a person's fullest name ("de", "la"). */
function particlesBeforeSurname(w: ArticleWords, entity: PersonEntity): string[] {
  const inName = w.tokens.filter((t) => t.start >= entity.name.start && t.end <= entity.name.end);
  const out: string[] = [];
  for (let k = inName.length - 2; k > 0 && NAME_PARTICLES.has(inName[k]!.key); k--) out.unshift(inName[k]!.key);
  return out;
}

/** Whether the name `keys` starts at token `i` (particles may sit between its words). */
function matchesAt(w: ArticleWords, i: number, keys: readonly string[]): boolean {
  return lastTokenOf(w, i, keys) >= 0;
}

function lastTokenOf(w: ArticleWords, i: number, keys: readonly string[]): number {
  let k = i;
  for (let n = 0; n < keys.length; n++, k++) {
    // Particles the keys leave out, in lower case or capitalized inside the name ("Kevin De Bruyne", "Farouk Ben Mustapha").
    while (n > 0 && w.tokens[k] && NAME_PARTICLES.has(w.tokens[k]!.key) && w.tokens[k]!.key !== keys[n]) k++;
    const t = w.tokens[k];
    if (!t || t.key !== keys[n] || (n > 0 && !joinable(w.text, w.tokens[k - 1]!, t))) return -1;
  }
  return k - 1;
}

/**
 * A lone surname not glued to other capitalized words, except titles before or after it, particles and hyphenated pairs
 * ("Putin-Jeenbekov talks", "Netanyahu Spokesman Ofir Gendelman": the spokesman is the person's).
 */
function standsAlone(w: ArticleWords, first: number, last: number): boolean {
  const before = w.tokens[first - 1];
  const after = w.tokens[last + 1];
  const glued = (a: Token, b: Token): boolean => joinable(w.text, a, b) && w.text.slice(a.end, b.start) !== '-';
  // A particle before the surname is its own ("De Bruyne"): the mention takes it in.
  if (before?.capitalized && glued(before, w.tokens[first]!) && !besideSurname(before) && !NAME_PARTICLES.has(before.key) && !w.geo.isNationality(before) && !before.sentenceStart)
    return false;
  return !(after && after.capitalized && glued(w.tokens[last]!, after) && !ROLE_HEADS.has(after.key));
}

/** Nouns of a family after its surname: "the Bernoulli family", "the Kennedy clan". */
const FAMILY_NOUNS = new Set(['family', 'families', 'clan', 'dynasty', 'household']);

/** Whether a lone surname names a family, not one of its members: "the" before it and a noun of a family after it. */
function namesFamily(w: ArticleWords, i: number): boolean {
  const next = w.tokens[i + 1];
  return w.tokens[i - 1]?.key === 'the' && next !== undefined && !next.capitalized && FAMILY_NOUNS.has(next.key) && /^ $/.test(w.tokens[i]!.post);
}

/** Of several people with one surname, the one mentioned last before `at` (or the first found, if none yet). */
function nearest(candidates: PersonEntity[], at: number): PersonEntity {
  let best = candidates[0]!;
  let bestAt = -1;
  for (const e of candidates) {
    const before = e.mentions.filter((m) => m.start < at).at(-1)?.start ?? -1;
    if (before > bestAt) [best, bestAt] = [e, before];
  }
  return best;
}
