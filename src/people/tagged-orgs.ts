import type { ArticleNames } from '../ner/article-names.js';
import type { Geography } from './geo.js';
import { cutFromLongerName, legalEnd, placeNotFirm, pluralPossessive, type OrgSeed } from './org-seeds.js';
import { HONORIFICS, ROLE_HEADS } from './titles.js';
import { joinable } from './runs.js';
import { DOCUMENT_WORDS, FEATURE_ENDS } from './words.js';
import { isCommonWord } from './first-names.js';
import type { Token } from './tokens.js';

/** Last words of the names of streets, hills and other ground ("Parliament Hill", "Capitol Hill", "Pennsylvania Avenue"). */
const GROUND_ENDS = new Set(['hill', 'hills', 'street', 'avenue', 'road', 'boulevard', 'lane', 'park', 'square', 'bridge', 'island', 'valley', 'beach', ...FEATURE_ENDS]);

/** A document's or a piece of ground's name that the tagger read as an organization's. */
function notABody(words: readonly Token[]): boolean {
  const first = words[0]!.key;
  const last = words[words.length - 1]!.key;
  return (DOCUMENT_WORDS.has(first) && words[1]?.key === 'of') || (words.length > 1 && (DOCUMENT_WORDS.has(last) || GROUND_ENDS.has(last)));
}

/** Lower-case words that may stand inside an organization's name ("Bank of England", "Procter & Gamble"). */
const INNER_WORDS = new Set(['of', 'for', 'and', 'on', 'de', 'du', 'des', 'la', 'le', 'the', '&']);

/**
 * The tagger's names with two names joined over a plural possessive when the second is a body's last word alone: "Manchester
 * Magistrates' | Court", "the National Teachers' | Union" (the tokens end a name at a possessive). The body's word makes the
 * whole a body's name whatever the tagger reads in its pieces, a person's aside ("Manchester Magistrates'" may read as a place).
 */
function overPluralPossessives(tagged: ArticleNames, text: string): ArticleNames['names'] {
  const { tokens } = tagged;
  const out: Array<ArticleNames['names'][number]> = [];
  for (const n of tagged.names) {
    const before = out[out.length - 1];
    const owner = before ? tokens[before.last]! : undefined;
    const joins = before !== undefined && before.kind !== 'PER' && n.kind !== 'PER' && n.first === n.last && pluralPossessive(text, owner!, tokens[n.first]!);
    if (joins) out[out.length - 1] = { ...before, kind: 'ORG', last: n.last };
    else out.push(n);
  }
  return out;
}

/**
 * A sentence's first word, an ordinary noun, before "of" and a body's name that its own shape gives: "Shares of | Bank of
 * America fell", "Members of | United Auto Workers"; the tagger's name takes the capital of the sentence's start in.
 */
function ordinaryLead(words: readonly Token[], namedAt: ReadonlySet<string>, lowercase: ReadonlySet<string>): boolean {
  const lead = words[0]!;
  if (!lead.sentenceStart || words[1]?.key !== 'of' || !namedAt.has(`${lead.i + 2}-${words[words.length - 1]!.i}`)) return false;
  return lead.tags.has('Plural') || lowercase.has(lead.key) || isCommonWord(lead.key);
}

/**
 * The name tagger's organizations as seeds of the weak kind (`tagged`: a person found by
 * stronger evidence overrides them): "the Ministry of Defence", "Northwind Shipping". Only in
 * prose (a headline's capitals say nothing). Left out: a name that is wholly a place or a
 * nationality in the gazetteer, a document or a piece of ground ("the Treaty of Versailles", "Parliament Hill"), a title or legal suffix alone ("CEO", "SpA"), a phrase with
 * ordinary lower-case words ("Italian company"), a model number ("A330"), and two names joined by
 * "and" where another seed already starts at the second ("Toyota and General Motors"). A place
 * the tagger reads right before the name joins it ("Texas A&M University-Commerce").
 */
export function taggedOrganizations(tagged: ArticleNames, text: string, geo: Geography, lowercase: ReadonlySet<string>, seeds: readonly OrgSeed[]): OrgSeed[] {
  const { tokens } = tagged;
  const placeEndingAt = new Map(tagged.names.filter((n) => n.kind === 'LOC').map((n) => [n.last, n.first]));
  const seedStarts = new Set(seeds.map((s) => s.first));
  // Names by their shape, or after their staff ("Employees of | Lafarge").
  const namedAt = new Set(seeds.filter((s) => s.kind === 'named' || s.source === 'context').map((s) => `${s.first}-${s.last}`));
  const out: OrgSeed[] = [];
  for (const n of overPluralPossessives(tagged, text)) {
    if (n.kind !== 'ORG' || tagged.casingOf(tokens[n.first]!.sentence) !== 'normal') continue;
    const words = tokens.slice(n.first, n.last + 1);
    if (!words[0]!.capitalized) continue;
    if (words.some((t) => !t.capitalized && !INNER_WORDS.has(t.key))) continue;
    if (words.some((t) => /\p{L}/u.test(t.text) && /\p{N}/u.test(t.text))) continue;
    if (words.every((t) => geo.isNationality(t) || ROLE_HEADS.has(t.key) || HONORIFICS.has(t.key))) continue;
    if (words.length === 1 && legalEnd(words[0]!)) continue;
    if (placeNotFirm(geo, words) || notABody(words)) continue;
    // A sentence's first word written in lower case elsewhere is an ordinary word ("Markets rallied").
    if (words.length === 1 && words[0]!.sentenceStart && lowercase.has(words[0]!.key)) continue;
    if (words.some((t, k) => t.key === 'and' && seedStarts.has(n.first + k + 1))) continue;
    if (cutFromLongerName(tokens, text, n.first, n.last, (i) => tagged.kindAt(i) !== null)) continue;
    // A place written right before an organization's name is part of it ("Texas | A&M University", "Tokyo | Stock Exchange").
    const place = placeEndingAt.get(n.first - 1);
    const first = place !== undefined && !tokens[n.first - 1]!.possessive && joinable(text, tokens[n.first - 1]!, tokens[n.first]!) ? place : n.first;
    out.push({ first: ordinaryLead(words, namedAt, lowercase) ? n.first + 2 : first, last: n.last, kind: 'tagged', source: 'tagger' });
  }
  return out;
}
