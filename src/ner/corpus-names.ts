import type { CorpusSpan } from '../eval/corpus.js';
import type { Token } from '../people/tokens.js';
import { HONORIFICS, ROLE_HEADS } from '../people/titles.js';
import { pluralOwner } from '../people/org-seeds.js';
import type { NameKind, NameSpan } from './labels.js';

/** Corpus labels of each kind; any other named mention is MISC, except times and amounts. */
const KIND_OF_TYPE: Readonly<Record<string, NameKind>> = {
  PER: 'PER', PERSON: 'PER', LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC', ORG: 'ORG', ORGANIZATION: 'ORG',
};
const NOT_NAMES = /^(?:TIME_ENT|DATE|TIME|DURATION|SET|MONEY|PERCENT|QUANTITY|CARDINAL|ORDINAL|FIN)$/;

/** Lower-case words inside names ("University of Portsmouth", "Bosnia and Herzegovina", "Leonardo da Vinci"). */
const CONNECTORS = new Set('of and for de da di del della du des la le van von der den y al el bin ibn &'.split(' '));
/** Lower-case words that end a name's noun phrase: what follows modifies it ("Room at Auckland Castle", "Bonosus whom..."). */
const CLAUSE_TAGS = /^(?:Preposition|Pronoun|QuestionWord|Verb|Conjunction|Copula|Adverb)$/;
const DETERMINERS = new Set('the a an this that these those'.split(' '));
/** Connectors after which a body's name goes on with "the" ("Institute for the Study of War"). */
const INNER_THE_LINKS = new Set(['of', 'for', 'on']);

/** The kind a corpus span names, or null when it is no name (not flagged `named` or `NAM`, or a time). */
export function nameKindOf(span: CorpusSpan): NameKind | null {
  const named = span.attrs.named === true || span.attrs.syntactic_type === 'NAM';
  if (!named || NOT_NAMES.test(span.type)) return null;
  return KIND_OF_TYPE[span.type] ?? 'MISC';
}

const capital = (t: Token): boolean => /^[\p{Lu}\p{N}]/u.test(t.text) && !DETERMINERS.has(t.key);

/**
 * The name inside a whole-noun-phrase mention, CoNLL-style, as a token range: the phrase is cut
 * where a clause or punctuation starts after the name ("the Long Room | at Auckland Castle",
 * "University of Portsmouth | , United Kingdom"); the last run of capitalized words before it is
 * the name ("Texas student | Ahmed Mohamed"), without determiners or a possessive 's; a person's
 * name starts after the last title word ("Chrysler Chief Executive | Robert Nardelli").
 */
export function nameInMention(tokens: readonly Token[], text: string, first: number, last: number, kind: NameKind, innerArticle = false): [number, number] | null {
  let end = last;
  let seen = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (seen && k > first && /[,;:()\u2013\u2014"]|\s-\s/.test(text.slice(tokens[k - 1]!.end, t.start))) {
      end = k - 1;
      break;
    }
    if (seen && !capital(t) && !CONNECTORS.has(t.key) && [...t.tags].some((tag) => CLAUSE_TAGS.test(tag))) {
      end = k - 1;
      break;
    }
    // "the University of Leeds | of the UK", "Ann Lee | of the Green Party": a name and, after "of the", another one's.
    if (seen && !innerArticle && t.key === 'the' && INNER_THE_LINKS.has(tokens[k - 1]!.key) && k - 2 >= first && capital(tokens[k - 2]!)) {
      end = k - 2;
      break;
    }
    if (capital(t)) seen = true;
  }
  // Runs of capitalized words, a connector allowed between two of them, and "the" after "of", "for" or "on" where the
  // corpus's name goes on over it (`innerArticle`: "Andy Warhol Foundation for the Visual Arts", "Society of the
  // Cincinnati", not cut to "Visual Arts").
  const innerThe = (k: number): boolean =>
    innerArticle && tokens[k]?.key === 'the' && INNER_THE_LINKS.has(tokens[k - 1]!.key) && k - 1 > first && capital(tokens[k - 2]!) && k + 1 <= end && capital(tokens[k + 1]!);
  let run: [number, number] | null = null;
  let best: [number, number] | null = null;
  for (let k = first; k <= end; k++) {
    const t = tokens[k]!;
    // A possessive ends a name ("Berkeley's | Department of Linguistics"), but a plural of people's inside a body's or a place's
    // name does not ("the Korean People's Army", "the People's Republic of China").
    const owner = tokens[k - 1];
    const gap = owner ? text.slice(owner.end, t.start) : '';
    const innerOwner = (kind === 'ORG' || kind === 'LOC') && owner !== undefined && pluralOwner(text, owner) && /^['’]s? $/.test(gap);
    const joins = run !== null && ((/^[ \t]?-?$|^ $/.test(gap) && !owner!.possessive) || innerOwner);
    if (capital(t)) {
      if (run && joins) run[1] = k;
      else run = [k, k];
      best = [run[0], run[1]];
    } else if (!(run && joins && (CONNECTORS.has(t.key) || innerThe(k)) && k + 1 <= end && (capital(tokens[k + 1]!) || innerThe(k + 1)))) {
      run = null;
    }
  }
  if (!best) return null;
  if (kind === 'PER') {
    const title = (k: number): boolean => ROLE_HEADS.has(tokens[k]!.key) || HONORIFICS.has(tokens[k]!.key);
    for (let k = best[1] - 1; k >= best[0]; k--) {
      if (title(k)) {
        best[0] = k + 1;
        break;
      }
    }
    // "the Attorney General", "the Secretary": a title alone, no name.
    if (title(best[1]) && (best[0] === best[1] || title(best[1] - 1))) return null;
    // "Bart and Celeste Pollock": two people, not one name; keep the last.
    for (let k = best[1]; k > best[0]; k--) if (tokens[k]!.key === 'and') return [k + 1, best[1]];
  }
  return best;
}

/**
 * Whether a mention's name may go on over an inner "the" ("the Society of the Cincinnati"): a body's or a place's, not a
 * person's ("Fernando Cheung of the Labour Party") nor a work's or an award's around another name ("the Lifetime
 * Achievement Award of the Association for Computational Linguistics"), nor where the mention's linked article is named without it ("the University of Sheffield
 * of the UK", linked to University_of_Sheffield).
 */
function innerArticle(span: CorpusSpan, kind: NameKind): boolean {
  const wiki = span.attrs.wiki;
  return (kind === 'ORG' || kind === 'LOC') && (typeof wiki !== 'string' || /_(?:of|for|on)_the_/i.test(wiki));
}

/**
 * The names of a document's annotated mentions as non-overlapping token ranges. Mentions nest
 * ("US President Barack Obama" holds "US"); after each is cut down to its name, a name that
 * overlaps a longer one gives way to it, and two mentions with the same name keep the kind of
 * the innermost mention ("Brieber 2014" ABSTRACT holds "Brieber" PER: PER).
 */
export function corpusNames(tokens: readonly Token[], text: string, spans: readonly CorpusSpan[]): NameSpan[] {
  const byExtent = new Map<string, NameSpan & { mention: number }>();
  for (const span of spans) {
    const kind = nameKindOf(span);
    if (!kind) continue;
    const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
    if (inside.length === 0) continue;
    const name = nameInMention(tokens, text, inside[0]!.i, inside[inside.length - 1]!.i, kind, innerArticle(span, kind));
    if (!name) continue;
    const key = `${name[0]}:${name[1]}`;
    const length = span.end - span.start;
    const seen = byExtent.get(key);
    if (!seen || length < seen.mention) byExtent.set(key, { first: name[0], last: name[1], kind, mention: length });
  }
  const candidates = [...byExtent.values()].sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Uint8Array(tokens.length);
  const names: NameSpan[] = [];
  for (const c of candidates) {
    if (taken.subarray(c.first, c.last + 1).includes(1)) continue;
    if (tokens[c.first]!.sentence !== tokens[c.last]!.sentence) continue;
    taken.fill(1, c.first, c.last + 1);
    names.push({ first: c.first, last: c.last, kind: c.kind });
  }
  return names.sort((a, b) => a.first - b.first);
}
