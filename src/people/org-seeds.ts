import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import { joinable, personTagged } from './runs.js';
import type { Geography } from './geo.js';
import { firstNames, isCommonWord, isKnownOrganization } from './first-names.js';
import { eponymOwner } from './org-eponyms.js';
import type { NameKind } from '../ner/labels.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './titles.js';
import { COMPANY_ROLES, DOCUMENT_WORDS, FEATURE_STARTS, KNOWN_ORGANIZATIONS, LOCATIVE_PREPOSITIONS, NEVER_NAMES, ORG_DESCRIPTORS, ORG_HEADS, ORG_SUFFIXES, PLACE_NOUNS, REPORTING_VERBS, VERB_BRIDGES } from './words.js';

/** Where an organization is named: token indices, inclusive, and how sure the finder is. */
export interface OrgSeed {
  first: number;
  last: number;
  /**
   * `named`: its own shape says organization ("Eurasian Economic Union", "airline Lufthansa");
   * `tagged`: compromise's guess, which a person found by stronger evidence overrides;
   * `context`: read from the words around it ("Boeing said", "Ferrari chairman"), unless it is a person's name.
   */
  kind: 'named' | 'tagged' | 'context';
  /** Which reading found it, for the debug trace. */
  source: OrgSource;
  /** Acronym given in parentheses right after it ("(CIS)"). */
  acronym?: number;
}

/** The readings that find organizations: a name's shape, the dateline's agency, a describing noun before it, the known list, compromise's tag, the words around it, a verb of saying after it, the name tagger, a match result, a government's voice. */
export type OrgSource = 'shape' | 'dateline' | 'descriptor' | 'known' | 'compromise' | 'context' | 'speaker' | 'tagger' | 'team' | 'government';

/** Known organization names by first word, with their words ("&" is no word of the tokens: "Marks & Spencer" is two). */
const KNOWN = new Map<string, Array<{ name: string; words: string[] }>>();
for (const name of KNOWN_ORGANIZATIONS) {
  const words = name.split(' ').filter((w) => w !== '&');
  KNOWN.set(words[0]!, [...(KNOWN.get(words[0]!) ?? []), { name, words }]);
}
export const CONNECTORS = /^(?:of|for|and|on|de)$/;
export const ACRONYM = /^\p{Lu}[\p{Lu}&.]{1,9}$/u;

/** A plural possessive inside a body's name, before its last word: "Magistrates' | Court", "Teachers' | Union". */
export const pluralPossessive = (text: string, owner: Token, head: Token): boolean =>
  head.i === owner.i + 1 && /s$/.test(owner.text) && /^['’] $/.test(text.slice(owner.end, head.start)) && ORG_SUFFIXES.has(head.key);

/** Capitalized initials of a name's words, skipping connectors ("Commonwealth of Independent States" → "CIS"). */
export function initials(tokens: readonly Token[], span: { first: number; last: number }): string {
  return tokens
    .slice(span.first, span.last + 1)
    .filter((t) => !CONNECTORS.test(t.key) && t.key !== 'the')
    .map((t) => t.text.split('-').map((p) => p[0]).join(''))
    .join('')
    .toUpperCase();
}

/**
 * Last words of firms' names beyond the shared suffix list, which the name tagger reads as features and so
 * stays as trained: "JSA Research", "Bain Consulting", "Zeta Analytics".
 */
const FIRM_ENDS = new Set(['research', 'consulting', 'consultants', 'advisors', 'advisers', 'analytics', 'solutions']);

/** Legal forms abroad, as they are written (a lower-case "spa" or "se" is a word): "Fiat Group SpA", "SAP SE", "Nokia Oyj". */
const LEGAL_FORMS = new Set(['SpA', 'S.p.A.', 'SE', 'AB', 'ASA', 'Oyj', 'AG', 'GmbH', 'NV', 'BV', 'SA', 'S.A.', 'SAS', 'Srl', 'Pty', 'Pte', 'Bhd', 'Tbk', 'KK']);

/** A legal form that ends an organization's name; dotted abbreviations read without their dots ("EADS N.V."). */
export const legalEnd = (t: Token): boolean => ORG_SUFFIXES.has(t.key) || ORG_SUFFIXES.has(t.key.replace(/\./g, '')) || LEGAL_FORMS.has(t.text);

/** A word that ends an organization's name: a legal form or a firm's last word ("JSA Research"). */
/** Last words of an institution's name, never of a department a title heads ("Prince of Wales Hospital"; not "Head of Research"). */
const INSTITUTION_ENDS = new Set([...ORG_HEADS, 'hospital', 'clinic', 'school', 'museum', 'library', 'hotel', 'church', 'cathedral']);
/**
 * The word for a league in Spanish, Portuguese, German and French, which English news leaves untranslated: the last word
 * of a league's name ("La Liga", "the Primeira Liga") or its first (`leagueName`: "Liga MX"; not yet "Ligue 1", a number). Kept out of
 * the name tagger's suffixes, like `FIRM_ENDS`.
 */
const LEAGUE_ENDS = new Set(['liga', 'ligue']);
/** Words that open a league's name before its tier or country, beyond `LEAGUE_ENDS`: Italian and Portuguese "Serie A", "Série B". */
const LEAGUE_OPENS = new Set([...LEAGUE_ENDS, 'serie', 'série']);
/**
 * A league's name that opens with its word before an acronym, a tier's letter or a place ("Liga MX", "Serie A", "Liga
 * Portugal") or is one compound of it ("Bundesliga", "Superliga"); not a person's ("Liga Klavina", a Latvian given name).
 */
const leagueName = (words: readonly Token[], geo: Geography): boolean =>
  words.length > 1
    ? LEAGUE_OPENS.has(words[0]!.key) && words.slice(1).every((t) => ACRONYM.test(t.text) || /^\p{Lu}$/u.test(t.text) || geo.isPlace(t.text))
    : /^\p{Lu}\p{Ll}{3,}liga$/u.test(words[0]!.text);
/**
 * A league's tier after its opening word, which the runs leave out (a lone "A" is an article to them, a number no name):
 * "Serie A", "Série B", "Ligue 1". The token index that ends the league's name, or -1.
 */
function leagueTier(tokens: readonly Token[], text: string, last: number): number {
  const [open, tier] = [tokens[last]!, tokens[last + 1]];
  const tiered = LEAGUE_OPENS.has(open.key) && tier && /^(?:[A-D]|[1-3])$/.test(tier.text) && joinable(text, open, tier);
  return tiered && !/^[\p{L}\p{N}]/u.test(text.slice(tier.end, tier.end + 1)) ? tier.i : -1;
}
/** Last words of armed groups' names beyond the shared suffix list, kept out of the tagger's features like `FIRM_ENDS`: "Sinaloa Cartel", "Al-Aqsa Martyrs Brigades". */
const GROUP_ENDS = new Set(['cartel', 'brigades', 'militia']);
const endsOrganization = (t: Token): boolean => legalEnd(t) || FIRM_ENDS.has(t.key) || LEAGUE_ENDS.has(t.key) || GROUP_ENDS.has(t.key);

/**
 * Heads of bodies, `ORG_HEADS` and a few more, that a name goes on after with "for", "of" or "on" ("the Andy Warhol Foundation for the Visual Arts",
 * "the Center for Strategic and International Studies", "the Alliance of Small Island States").
 */
const LINKED_HEADS = new Set([...ORG_HEADS, 'hospital', 'museum', 'library', 'church', 'foundation', 'fund', 'trust', 'centre', 'center', 'alliance', 'coalition', 'campaign', 'network', 'institution', 'movement', 'forum']);
const linkedHead = (t: Token): boolean => LINKED_HEADS.has(t.key);

/**
 * A name after "of the" or "for the" that is one of its own, not the rest of the body's name: a place ("University of Sheffield
 * of the UK") or another body ("the Wolstein Center for the Cleveland State University Vikings").
 */
const namedApart = (words: readonly Token[], geo: Geography): boolean =>
  geo.isPlace(words.map((t) => t.text).join(' ')) || words.some((t) => linkedHead(t) || endsOrganization(t));

/** Words after an organization's head that go on with its name: "Bank of England", "Commission on Environmental Quality", "Council for Trade". */
const HEAD_LINKS = /^(?:of|on|for)$/;

/**
 * A body's head that opens a sentence right before "of" or "for" and a name ("Bank of America cut", "University of Leeds
 * researchers"): the runs leave a sentence's first ordinary word out, but this one is the start of the name.
 */
function headOpening(tokens: readonly Token[], text: string, first: number): number {
  const link = tokens[first - 1];
  const head = tokens[first - 2];
  const opens = head?.sentenceStart && head.capitalized && ORG_HEADS.has(head.key) && link && HEAD_LINKS.test(link.key);
  return opens && joinable(text, head, link) && joinable(text, link, tokens[first]!) ? first - 2 : first;
}

/** A word of compromise's lexicon, or the plural of one ("prosecutors", "regulators"). */
const commonNoun = (key: string): boolean => isCommonWord(key) || (/[^s]s$/.test(key) && isCommonWord(key.slice(0, -1)));

/**
 * A plural of people possessive inside a body's name, which the runs end at: "Longshoremen's", "Women's", "People's" (an
 * irregular plural and "'s"), "Veterans'", "Teamsters'" (a plural and an apostrophe). A singular owner is another body or
 * a place whose unit follows ("Russia's Defense Ministry", "Apple's Services Unit"), a name ending in "s" a person's: not part of the name.
 */
export const pluralOwner = (text: string, owner: Token): boolean => {
  const mark = text.slice(owner.end, owner.end + 3);
  if (!owner.capitalized) return false;
  if (/^(?:\p{L}*men|children|people)$/iu.test(owner.text)) return /^['’]s /.test(mark);
  // A plural noun, not a name that ends in "s" ("St Nicholas' Fair", "Jones' Bar").
  return /s$/.test(owner.key) && /^['’] /.test(mark) && commonNoun(owner.key);
};

/**
 * The run after a plural possessive that ends a body's name ("International Longshoremen's | Association", "Veterans' | Affairs
 * Department", "Children's | Hospital of Philadelphia"): the token index its name ends at, or -1.
 */
function afterPluralOwner(tokens: readonly Token[], text: string, left: { last: number }, next: Run | undefined, geo: Geography): number {
  const owner = tokens[left.last]!;
  if (!next || next.first !== left.last + 1 || tokens[next.first]!.sentence !== owner.sentence) return -1;
  // A singular owner before a body's last word alone: "Alzheimer's | Association", "Parkinson's | Foundation".
  if (next.first === next.last && eponymOwner(tokens, text, owner, geo)) return next.last;
  if (!pluralOwner(text, owner)) return -1;
  const right = tokens.slice(next.first, next.last + 1);
  const head = right.findIndex((t) => HEAD_LINKS.test(t.key));
  const last = head > 0 ? right[head - 1]! : right[right.length - 1]!;
  return INSTITUTION_ENDS.has(last.key) || endsOrganization(last) ? next.last : -1;
}

/** Runs joined over "of"/"and"/"for"/"on" when the whole reads as an organization ("Bank of England"). */
function namedSpans(tokens: readonly Token[], text: string, runs: readonly Run[], geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  const out: OrgSeed[] = [];
  for (let r = 0; r < runs.length; r++) {
    let span = { first: headOpening(tokens, text, runs[r]!.first), last: runs[r]!.last };
    while (r + 1 < runs.length) {
      const link = tokens[span.last + 1];
      const next = runs[r + 1]!;
      if (afterPluralOwner(tokens, text, span, next, geo) >= 0) {
        span = { first: span.first, last: next.last };
        r++;
        continue;
      }
      // A head anywhere before the link: "Joint Council for the Welfare | of Immigrants".
      const head = tokens.slice(span.first, span.last + 1).some(linkedHead);
      // "Institute for the Study of War", "Foundation for the Visual Arts": after a head, "the" may follow its link word.
      const article = link && head && HEAD_LINKS.test(link.key) && tokens[span.last + 2]?.key === 'the' && next.first === span.last + 3;
      if (article && namedApart(tokens.slice(next.first, next.last + 1), geo)) break;
      if (article) {
        const the = tokens[span.last + 2]!;
        if (!joinable(text, tokens[span.last]!, link) || !joinable(text, link, the) || !joinable(text, the, tokens[next.first]!)) break;
        span = { first: span.first, last: next.last };
        r++;
        continue;
      }
      if (!link || next.first !== span.last + 2 || !CONNECTORS.test(link.key)) break;
      if (!joinable(text, tokens[span.last]!, link) || !joinable(text, link, tokens[next.first]!)) break;
      // "Troy Patterson of Slate Magazine": a person the name tagger reads whole, then the body he writes or works for; not
      // a body named after a person ("Webber Douglas Academy of Dramatic Art").
      const left = tokens.slice(span.first, span.last + 1);
      // But one name alone over "and" before a legal form is a partnership's ("Ernst and Young Ltd.", "Morgan and Partners LLP").
      // A partnership names one word on each side: "Alphabet and Amazon Web Services" are two firms.
      const partners = link.key === 'and' && left.length === 1 && next.last === next.first + 1 && legalEnd(tokens[next.last]!);
      if (!partners && left.every((t) => taggerKind(t.i) === 'PER' && !linkedHead(t) && !endsOrganization(t))) break;
      // "Google and Microsoft Corp.": a firm by name already, by compromise's lexicon or a name of its own for the tagger, is
      // one of two; not "Marks and Spencer Group", "Ernst and Young Ltd." (a place's and a person's name before "and").
      const leftKey = left.map((t) => t.key).join(' ');
      // Likewise a right side that is a firm by name before its legal form ("Apple and Microsoft Corp.").
      const rightKey = tokens.slice(next.first, legalEnd(tokens[next.last]!) ? next.last : next.last + 1).map((t) => t.key).join(' ');
      // The tagger reads a name of its own on either side, "and" outside both ("Alphabet and | Amazon Web Services").
      const taggedApart = taggerKind(link.i) === null && (taggerKind(span.last) === 'ORG' || (!partners && taggerKind(next.first) === 'ORG'));
      if (link.key === 'and' && (isKnownOrganization(leftKey) || isKnownOrganization(rightKey) || taggedApart)) break;
      // "Toyota and General Motors" are two: a left side that is whole already does not join. A legal or firm's word alone is
      // no whole name, but the first of a body's words ("Securities and Exchange Commission", "Oil and Natural Gas Corporation").
      const whole = (span.last > span.first && endsOrganization(tokens[span.last]!)) || tokens[span.last]!.tags.has('Organization');
      // Over "and" only a legal form joins: "IDC and Counterpoint Research" are two firms.
      const ends = link.key === 'and' ? legalEnd(tokens[next.last]!) && !whole : endsOrganization(tokens[next.last]!);
      if (!(HEAD_LINKS.test(link.key) && head) && !ends) break;
      span = { first: span.first, last: next.last };
      r++;
    }
    const tier = span.first === span.last ? leagueTier(tokens, text, span.last) : -1;
    if (tier >= 0) {
      out.push({ first: span.first, last: tier, kind: 'named', source: 'shape' });
      continue;
    }
    const words = tokens.slice(span.first, span.last + 1);
    // "Head of Research", "Director of Media and Communications", "Vice President of Sales": a title, not the body; but a
    // body's name after "of" ends in its head ("Prince of Wales Hospital").
    const of = words.findIndex((t) => t.key === 'of');
    const title = words.slice(0, of);
    const body = of > 0 && words.length - of > 2 && INSTITUTION_ENDS.has(words[words.length - 1]!.key);
    if (of > 0 && !body && ROLE_HEADS.has(title[of - 1]!.key) && title.every((t) => ROLE_HEADS.has(t.key) || ROLE_MODIFIERS.has(t.key))) continue;
    const headed =
      words.some((t) => HEAD_LINKS.test(t.key)) && (ORG_HEADS.has(words[0]!.key) || words.some((t, k) => linkedHead(t) && HEAD_LINKS.test(words[k + 1]?.key ?? '')));
    if ((words.length > 1 && endsOrganization(words[words.length - 1]!)) || headed || leagueName(words, geo)) out.push({ ...span, kind: 'named', source: 'shape' });
  }
  return out;
}

/** A capitalized word joined to the name on the side of `outer` that no reading claims: the rest of a longer name. */
function untaggedNeighbour(tokens: readonly Token[], text: string, inner: number, outer: number, claimed: (i: number) => boolean): boolean {
  const t = tokens[outer];
  // Not "The" ("The Globe and Mail"), a letter ("Triple-A Indianapolis Indians") or a number.
  if (!t || !t.capitalized || claimed(outer) || /\p{N}/u.test(t.text) || NEVER_NAMES.has(t.key) || t.text.length < 2) return false;
  // A day or a month is no part of a name ("Boeing Tuesday reported").
  if (t.tags.has('Date') || t.tags.has('WeekDay') || t.tags.has('Month')) return false;
  const [left, right] = outer < inner ? [t, tokens[inner]!] : [tokens[inner]!, t];
  if (!joinable(text, left, right)) return false;
  // A title or role after a company's name starts another phrase ("Chrysler Chief Executive Robert Nardelli").
  return outer < inner ? !t.sentenceStart : !ROLE_HEADS.has(t.key) && !ROLE_MODIFIERS.has(t.key) && !HONORIFICS.has(t.key);
}

/**
 * A guessed organization cut out of a longer capitalized name whose other words no reading claims
 * (`claimed`): "Software Development" of "Software Development Kit", "JSA" of "JSA Research". The guess
 * is not the name; the longer name is found by its shape if it is one.
 */
export function cutFromLongerName(tokens: readonly Token[], text: string, first: number, last: number, claimed: (i: number) => boolean): boolean {
  // A law's or a treaty's name is no body's, whatever its own words end with: "the Digital Markets | Act", "the Capital Markets | Directive".
  const next = tokens[last + 1];
  if (next?.capitalized && DOCUMENT_WORDS.has(next.key) && joinable(text, tokens[last]!, next)) return true;
  // A name whole by its own last word stands inside a longer one ("the Cleveland State University Vikings"), and so does
  // an acronym ("the 2018 FIFA World Cup").
  if ((last > first && endsOrganization(tokens[last]!)) || (last === first && ACRONYM.test(tokens[first]!.text))) return false;
  return untaggedNeighbour(tokens, text, last, last + 1, claimed) || untaggedNeighbour(tokens, text, first, first - 1, claimed);
}

/** The name tagger's reading of a token: the kind of the name it stands in, or null. */
export type TaggerKind = (token: number) => NameKind | null;

/**
 * Whether the gazetteer has a name as a place. A word in capitals only as a country's ("UK", "UAE") or by a place's own name
 * ("PARIS"): the gazetteer's other names of towns match letters in any case ("USI", one of Wuxi's, is the University of
 * Southern Indiana).
 */
export const placeName = (geo: Geography, name: string): boolean =>
  /^\p{Lu}{2,5}$/u.test(name) ? geo.isCountry(name) || geo.isPlaceByOwnName(name) : geo.isPlace(name);

/** A name the gazetteer has as a place, unless compromise's lexicon lists it as a firm ("Google", an alias of Topeka; "Toyota"). */
export const placeNotFirm = (geo: Geography, words: readonly Token[]): boolean =>
  placeName(geo, words.map((t) => t.text).join(' ')) && !isKnownOrganization(words.map((t) => t.key).join(' '));

/** Words a context would make a body that name a place or a people instead ("the purchase of Alaska", "American stock exchanges"). */
export const placeOrNation = (geo: Geography, words: readonly Token[]): boolean => placeNotFirm(geo, words) || words.some((t) => geo.isNationality(t));

/**
 * Whether `text` has the acronym in brackets right after a lower-case letter and any spaces ("sea surface salinity (SSS)"):
 * what `\p{Ll}\s*\(SSS\)` finds, looked for from the brackets. That pattern starts with a class of letters, so it was
 * tried at every character of the text, and built anew for each acronym of each article (CPU profile of the people stage).
 */
function spelledOutBefore(text: string, acronym: string): boolean {
  const bracketed = `(${acronym})`;
  for (let at = text.indexOf(bracketed); at >= 0; at = text.indexOf(bracketed, at + 1)) {
    let k = at;
    while (k > 0 && /\s/.test(text[k - 1]!)) k--;
    // The character before the spaces, whole when it is a surrogate pair.
    const pair = k >= 2 && /[\uDC00-\uDFFF]/.test(text[k - 1]!) && /[\uD800-\uDBFF]/.test(text[k - 2]!);
    const before = pair ? text.slice(k - 2, k) : text.slice(Math.max(0, k - 1), k);
    if (/^\p{Ll}$/u.test(before)) return true;
  }
  return false;
}

/**
 * A country, a place by its own name or a nation's word: what a frame that says body outright ("a member of Hamas", "Hamas,
 * the group that") still yields to. A place by one of its other names does not ("Hamas" is one of Hamm's in the gazetteer).
 */
export const ownPlaceOrNation = (geo: Geography, words: readonly Token[]): boolean => {
  const name = words.map((t) => t.text).join(' ');
  return geo.isCountry(name) || geo.isPlaceByOwnName(name) || words.some((t) => geo.isNationality(t));
};

/**
 * Whether compromise's organization has a shape of its own, so that it needs no reading of the name tagger: an acronym in
 * capitals ("The ECB", "the ANC"), unless the article spells it out after ordinary words ("sea surface salinity (SSS)");
 * a plural name ("The Dodgers", "the Proud Boys"), but not a sentence's first word alone ("Visitors can park"); a name
 * joined by an ampersand ("Ernst & Young"). `terms` caches, by acronym, whether the article spells it out.
 */
function standsAlone(words: readonly Token[], text: string, terms: Map<string, boolean>): boolean {
  const last = words[words.length - 1]!;
  if (words.length === 1 && /^\p{Lu}{2,5}$/u.test(last.text)) {
    if (!terms.has(last.text)) terms.set(last.text, spelledOutBefore(text, last.text));
    return !terms.get(last.text);
  }
  if (/^\p{Lu}\p{Ll}+[^su]s$/u.test(last.text)) return !(words.length === 1 && last.sentenceStart);
  return words.length > 1 && words.some((t, k) => (k > 0 && t.text === '&') || (k < words.length - 1 && t.post.includes('&')));
}

/** Bodies called by their leader's name ("the Trump administration", "the Sanchez government", "the Harris campaign"). */
const LEADERS_BODIES = new Set(['administration', 'government', 'campaign', 'cabinet', 'presidency', 'regime', 'junta']);

/**
 * compromise's own organizations, trimmed to their capitalized words ("Kremlin press service" → "Kremlin").
 * compromise guesses an organization from capitals alone ("Stock markets", "the Jewish community", "Dye & Bavelier, 2010",
 * "the GRF"), so it counts only where the name tagger reads a name too, of whatever kind (it reads "the Federal Reserve"
 * as a place), where compromise's lexicon lists the name ("Boeing Tuesday reported a loss"), or where the name has a shape
 * of its own (an acronym, a plural, an ampersand: see `standsAlone`).
 */
function taggedSpans(tokens: readonly Token[], text: string, geo: Geography, lowercase: ReadonlySet<string>, taggerKind: TaggerKind): OrgSeed[] {
  const out: OrgSeed[] = [];
  const terms = new Map<string, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.tags.has('Organization')) continue;
    let last = i;
    while (tokens[last + 1]?.tags.has('Organization') && joinable(text, tokens[last]!, tokens[last + 1]!)) last++;
    let first = i;
    i = last;
    while (first <= last && (!tokens[first]!.capitalized || tokens[first]!.key === 'the')) first++;
    while (last >= first && !tokens[last]!.capitalized) last--;
    const words = tokens.slice(first, last + 1);
    if (words.length === 0 || words.every((t) => geo.isNationality(t) || t.tags.has('Date') || personTagged(t))) continue;
    if (words.every((t) => taggerKind(t.i) === null) && !isKnownOrganization(words.map((t) => t.key).join(' ')) && !standsAlone(words, text, terms)) continue;
    // "the ROS", "the SUT": a name the tagger reads, exactly, as a work, a product or a term; not a body inside a longer name of
    // one ("the 2018 FIFA World Cup"), nor a firm compromise's lexicon knows ("fined Google $2 billion": a product's maker too).
    const known = isKnownOrganization(words.map((t) => t.key).join(' '));
    if (!known && taggerKind(first - 1) !== 'MISC' && taggerKind(last + 1) !== 'MISC' && words.every((t) => taggerKind(t.i) === 'MISC')) continue;
    // A sentence's first word written in lower case elsewhere in the article, or known as a common word (not a firm's: "Boeing"), is one ("Stock markets", "High school career").
    if (words.length === 1 && (placeNotFirm(geo, words) || (words[0]!.sentenceStart && (lowercase.has(words[0]!.key) || isCommonWord(words[0]!.key))))) continue;
    if (cutFromLongerName(tokens, text, first, last, (k) => tokens[k]!.tags.has('Organization'))) continue;
    // "(Dye & Bavelier, 2010)", "Carrano & Biewener [7]": two authors cited, not a firm (but "Johnson & Johnson 2019 sales").
    if (text.slice(tokens[first]!.start, tokens[last]!.end).includes('&') && /^,?\s*(?:(?:1[89]|20)\d\d[a-z]?\s*[);,]|\[\d)/.test(text.slice(tokens[last]!.end, tokens[last]!.end + 12))) continue;
    // "the Trump administration", "the Biden campaign": compromise's body trimmed to the leader's name it is called by, a
    // person's for the name tagger; not a party's ("the Labour government").
    const trimmed = tokens[last + 1];
    if (trimmed?.tags.has('Organization') && LEADERS_BODIES.has(trimmed.key) && words.every((t) => taggerKind(t.i) === 'PER')) continue;
    // "U.S. President Barack Obama's administration" is a person with a title, not an organization.
    if (words.some((t, k) => k < words.length - 1 && (ROLE_HEADS.has(t.key) || HONORIFICS.has(t.key)))) continue;
    // "the King's service", "the President's office": compromise's organization trimmed to a title alone.
    if (words.every((t) => ROLE_HEADS.has(t.key) || HONORIFICS.has(t.key))) continue;
    out.push({ first, last, kind: 'tagged', source: 'compromise' });
  }
  return out;
}

/** Words inside the dateline's parentheses: the agency or desk ("(Reuters)", "(Eurasia Desk)"). */
function datelineAgency(tokens: readonly Token[], dateline: { start: number; end: number } | null): OrgSeed[] {
  if (!dateline) return [];
  const inside = tokens.filter((t) => t.start >= dateline.start && t.end <= dateline.end);
  const open = inside.findIndex((t) => t.pre.includes('('));
  if (open < 0) return [];
  const words: Token[] = [];
  for (const t of inside.slice(open)) {
    if (!t.capitalized || t.tags.has('Date') || /\d/.test(t.text)) break;
    words.push(t);
    if (/[)\-–—,]/.test(t.post)) break;
  }
  return words.length > 0 ? [{ first: words[0]!.i, last: words[words.length - 1]!.i, kind: 'named', source: 'dateline' }] : [];
}

/** Heads of bodies that, capitalized alone after "the", name the one body the article is about ("the Court has ruled"). */
const DEFINITE_BODIES = new Set([...ORG_HEADS, 'parliament', 'church'].filter((w) => w !== 'house' && w !== 'office'));

/**
 * A body named by its head alone, capitalized after "the" inside a sentence: "the Court has ruled", "through the Academy"
 * (its other mentions follow by name: "the Parliament ... Parliament's view"); not a longer name ("the Court of Appeal",
 * "the Academy Awards").
 */
function definiteBodies(tokens: readonly Token[], text: string): OrgSeed[] {
  const out: OrgSeed[] = [];
  for (const t of tokens) {
    if (!t.capitalized || t.sentenceStart || !DEFINITE_BODIES.has(t.key) || tokens[t.i - 1]?.text !== 'the') continue;
    const next = tokens[t.i + 1];
    const linked = next && HEAD_LINKS.test(next.key) && tokens[t.i + 2]?.capitalized;
    if (next && next.sentence === t.sentence && joinable(text, t, next) && (next.capitalized || linked)) continue;
    out.push({ first: t.i, last: t.i, kind: 'context', source: 'context' });
  }
  return out;
}

/**
 * A body one is a member of: the run after "member(s) of (the)" ("members of Britain First", "a member of Hamas", "members
 * of the Proud Boys"); a person has no members. Not a place ("member states of Europe" aside, "a member of Britain"), nor
 * a possessive ("a member of Smith's staff"), nor a person's name.
 */
function memberBodies(tokens: readonly Token[], runs: readonly Run[], geo: Geography): OrgSeed[] {
  return runs
    .filter((r) => {
      const the = tokens[r.first - 1]?.key === 'the' ? 1 : 0;
      const of = tokens[r.first - 1 - the];
      const member = tokens[r.first - 2 - the];
      if (of?.key !== 'of' || !/^members?$/.test(member?.key ?? '') || member!.capitalized && !member!.sentenceStart) return false;
      const words = tokens.slice(r.first, r.last + 1);
      // "a member of John Smith and his band": a person's name, by a given name that is no place's ("Britain First" is a party).
      const person = words.length > 1 && firstNames().has(words[0]!.key) && !geo.isPlace(words[0]!.text);
      return !person && !words[words.length - 1]!.possessive && !ownPlaceOrNation(geo, words);
    })
    .map((r) => ({ ...r, kind: 'named' as const, source: 'context' as const }));
}

/** A run right after a word that says what kind of organization follows ("airline Lufthansa", "automaker GM"). */
function describedSpans(tokens: readonly Token[], text: string, runs: readonly Run[]): OrgSeed[] {
  return runs
    .filter((r) => {
      const before = tokens[r.first - 1];
      return before !== undefined && !before.capitalized && ORG_DESCRIPTORS.has(before.key) && /^\s?,?\s$/.test(before.post);
    })
    .map((r) => ({ ...r, kind: 'named' as const, source: 'descriptor' as const }));
}

/** Prepositions before a place's noun phrase ("Officials in the small town of Wickenburg said"). */
const PLACE_PREPOSITIONS = new Set([...LOCATIVE_PREPOSITIONS, 'from', 'to', 'of', 'into', 'around', 'outside']);

/**
 * Whether the place noun at `noun` stands in a phrase after a preposition ("in the small town of Wickenburg"): the name
 * after its "of" is then where the subject is, not the subject ("the city of Chicago said" may still be the city's voice).
 */
function placePhrase(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= Math.max(0, noun - 4); k--) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[noun]!.sentence || t.capitalized) return false;
    if (PLACE_PREPOSITIONS.has(t.key)) return true;
  }
  return false;
}

/** A firm's staff after its name, beyond its officers ("a former Barclays banker", "Amazon workers", "Google engineers"), and a team's members ("his McLaren teammate"). */
const FIRM_STAFF = new Set(['banker', 'bankers', 'employee', 'employees', 'engineer', 'engineers', 'workers', 'staffers', 'teammate', 'teammates', 'team-mate', 'team-mates']);

/** Nouns of firms after "parent" ("parent company"). */
const PARENT_FIRMS = /^(?:company|firm|corporation|corp)$/;

/**
 * Capitalized subjects of a reporting verb ("Boeing said") and names before a company role
 * ("Ferrari chairman"): organizations unless a person claims them.
 */
function contextSpans(tokens: readonly Token[], text: string, runs: readonly Run[], geo: Geography, lowercase: ReadonlySet<string>, taggerKind: TaggerKind): OrgSeed[] {
  const out: OrgSeed[] = [];
  for (const r of runs) {
    const words = tokens.slice(r.first, r.last + 1);
    if (words.length > 3 || words.some((t) => geo.isNationality(t)) || geo.isPlace(words.map((t) => t.text).join(' '))) continue;
    // "The King said", "the President said": a title alone speaks for a person.
    if (words.every((t) => ROLE_HEADS.has(t.key) || HONORIFICS.has(t.key))) continue;
    // "Police spokeswoman Anna Westberg said", "Government spokesman X said ... the government": a common noun (in compromise's
    // lexicon, or written in lower case elsewhere) capitalized as its sentence's first word names no body, unless the name
    // tagger reads one there.
    const opening = words.length === 1 && words[0]!.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(words[0]!.text) && taggerKind(r.first) !== 'ORG';
    if (opening && (commonNoun(words[0]!.key) || lowercase.has(words[0]!.key))) continue;
    const next = tokens[r.last + 1];
    // "Airbus parent company", not "a Muslim parent": a parent is a firm's only before a noun of firms.
    const role = next && (COMPANY_ROLES.has(next.key) || FIRM_STAFF.has(next.key)) && (next.key !== 'parent' || PARENT_FIRMS.test(tokens[r.last + 2]?.key ?? ''));
    if (next && role && joinable(text, tokens[r.last]!, next)) {
      out.push({ ...r, kind: 'context', source: 'context' });
      continue;
    }
    if (words.some(personTagged)) continue;
    // "Hilary of Poitiers wrote": the end of a longer name, not its subject; but "The CEO of Zoopla said" is the firm's
    // officer speaking, and the firm is one.
    const before = tokens[r.first - 1];
    const owner = tokens[r.first - 2];
    if (before?.key === 'of' && owner?.capitalized && owner.sentence === before.sentence && !ROLE_HEADS.has(owner.key)) continue;
    if (before?.key === 'of' && owner && PLACE_NOUNS.has(owner.key) && placePhrase(tokens, owner.i)) continue;
    // "The Bible says": the name tagger reads a work, an event or a product there. "Fishermen on Lake Chad said": a lake's
    // name the tagger reads as a place ends the subject, which is no one's ("Mount Sinai said", a hospital, reads otherwise).
    if (words.some((t) => taggerKind(t.i) === 'MISC')) continue;
    if (words.length > 1 && FEATURE_STARTS.has(words[0]!.key) && words.every((t) => taggerKind(t.i) === 'LOC')) continue;
    let k = r.last + 1;
    while (tokens[k] && VERB_BRIDGES.has(tokens[k]!.key) && k < r.last + 3) k++;
    if (!tokens[k] || !/^\s+$/.test(tokens[r.last]!.post)) continue;
    // "Apple unveiled its new phone": "its" says no person acts, though "Apple" is on the lists of given names.
    const launch = launchesGoods(text, tokens[k]!);
    const own = /^ its\b/.test(text.slice(tokens[k]!.end, tokens[k]!.end + 5)) || launch;
    if (REPORTING_VERBS.has(tokens[k]!.key)) out.push({ ...r, kind: 'context', source: 'speaker' });
    else if ((businessAct(text, tokens[k]!) || launch) && firmLike(words, taggerKind, own, geo)) out.push({ ...r, kind: 'context', source: 'context' });
  }
  return out;
}

/** Officers' titles written inside a run between a firm and a person ("Boeing CEO Dave Calhoun", "Google Chief Executive Sundar Pichai"). */
const OFFICERS = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chair', 'president', 'chief', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * The firm that opens a run before an officer's title and a person's name: "Boeing" of "Boeing CEO Dave Calhoun", "Uber"
 * of "Uber Chief Executive Dara Khosrowshahi". Not a title's own words ("Vice President Kamala Harris"), a nationality
 * or a place ("Ukrainian President", "France President"), an ordinary word ("Former CEO", "Club President") or a given name.
 */
function officerFirms(tokens: readonly Token[], runs: readonly Run[], geo: Geography): OrgSeed[] {
  const out: OrgSeed[] = [];
  for (const r of runs) {
    const role = tokens.slice(r.first + 1, Math.min(r.first + 4, r.last)).findIndex((t) => OFFICERS.has(t.key));
    if (role < 0) continue;
    const firm = tokens.slice(r.first, r.first + 1 + role);
    // A given name is never followed by a title ("Chrysler Chief Executive", "Tesla CEO": words on the lists of given names).
    const plain = (t: Token): boolean => !ROLE_HEADS.has(t.key) && !ROLE_MODIFIERS.has(t.key) && !HONORIFICS.has(t.key) && !isCommonWord(t.key) && !geo.isNationality(t);
    if (!firm.every(plain) || geo.isPlace(firm.map((t) => t.text).join(' '))) continue;
    out.push({ first: r.first, last: r.first + role, kind: 'context', source: 'context' });
  }
  return out;
}

/** What follows a verb of a firm's business when its subject is a firm, by verb. */
const FIGURES = /^ (?:a |an |its |their )?(?:\S+ ){0,3}?(?:profits?|loss(?:es)?|revenues?|sales|earnings|income|results)\b/;
const COUNT = /^ (?:nearly |about |some |almost |more than |over )?\d/;
/** Money raised in a firm's offering or round ("raised $1.37 billion in its initial public offering", "raises $40 million in a funding round"). */
const RAISED = /^ (?:nearly |about |some |almost |more than |over )?(?:\p{Sc}|[A-Z]{3} )?\d[\d,.]*(?: (?:million|billion|trillion|bn|m))?(?: \p{L}+)? (?:in|through|from) (?:its|their|an?|the) (?:[\p{L}-]+ ){0,3}?(?:offering|IPO|listing|round|share sale|bond sale|stock sale)\b/u;
/** Its or their own product, or a product's name ("its new phone", "the iPhone 15", "the A350", "the long awaited iPhone SDK"). */
const PRODUCT = /^ (?:its|their)\b|^ (?:a |an |the )?(?:[\p{Ll}-]+ ){0,3}?(?:\p{Ll}+\p{Lu}|\p{Lu}+\d)/u;
/** Goods only a maker launches: "a new laptop", "the long-awaited electric SUV", "a cheaper smartphone". */
const GOODS = /^ (?:a|an|the) (?:[\p{Ll}-]+ ){0,3}?(?:phones?|smartphones?|laptops?|tablets?|computers?|chips?|processors?|cars?|sedans?|SUVs?|vehicles?|trucks?|jets?|jetliners?|aircraft|drugs?|vaccines?|consoles?|devices?|handsets?|browsers?|operating system)\b/u;
/** A count of jobs or workers: "hired 5,000 workers", "cut 1,200 jobs", "laid off about 300 employees". */
const JOBS = /^ (?:off )?(?:nearly |about |some |almost |more than |over |another |up to )?\d[\d,.]*(?: million| thousand)? (?:[\p{Ll}-]+ )?(?:jobs|workers|employees|staff|positions)\b/u;
/** Verbs of a launch: a product's name after them is a firm's act (`PRODUCT`), and so are goods (`GOODS`). */
const LAUNCH_VERBS = ['unveiled', 'unveils', 'launched', 'launches', 'released', 'releases', 'introduced', 'introduces'];
const BUSINESS_VERBS = new Map<string, RegExp>([
  ...['posted', 'posts', 'reported', 'reports', 'forecast', 'forecasts'].map((v) => [v, FIGURES] as const),
  ...['delivered', 'delivers', 'shipped', 'ships', 'recalled', 'recalls', 'sold', 'sells'].map((v) => [v, COUNT] as const),
  ...LAUNCH_VERBS.map((v) => [v, PRODUCT] as const),
  ...['raised', 'raises'].map((v) => [v, RAISED] as const),
  ...['hired', 'hires', 'cut', 'cuts', 'shed', 'sheds', 'laid', 'lays', 'axed', 'axes', 'slashed', 'slashes', 'eliminated', 'eliminates'].map((v) => [v, JOBS] as const),
]);
/** Verbs of a launch, whose object may be the goods themselves (`GOODS`). */
const LAUNCHES: ReadonlySet<string> = new Set(LAUNCH_VERBS);

/**
 * A verb of a firm's business with what a firm does by it: results ("posted a record profit"), a count of goods
 * ("delivered 63 jets", "recalled 1.2 million cars") or its product ("unveiled its new phone", "launched the iPhone 15").
 * A person does these with other objects ("unveiled a pension plan", "posted a video", "delivered a speech").
 */
function businessAct(text: string, verb: Token): boolean {
  const object = BUSINESS_VERBS.get(verb.key);
  return object !== undefined && object.test(text.slice(verb.end, verb.end + 60));
}

/**
 * A launch of goods or of a named product ("unveiled a new laptop", "released the long awaited iPhone SDK"): a maker's act,
 * whatever the lists of given names say of its name ("Apple").
 */
const launchesGoods = (text: string, verb: Token): boolean => {
  const object = text.slice(verb.end, verb.end + 60);
  return LAUNCHES.has(verb.key) && (GOODS.test(object) || PRODUCT.test(object));
};

/**
 * Whether the words before a verb of business may be a firm: no word a given name (unless the firm's "its" follows), a common word or one the name tagger
 * or compromise reads as a person's ("Tim unveiled", "Researchers reported", "Macron unveiled"), nor a place's where the gazetteer has the
 * place too ("Texas unveiled"): a place no gazetteer knows does not launch goods ("Hanwa released the gPad tablet").
 */
function firmLike(words: readonly Token[], taggerKind: TaggerKind, own: boolean, geo: Geography): boolean {
  const placeRead = (t: Token): boolean => taggerKind(t.i) === 'LOC' && (!own || geo.isAnyPlace(t.text));
  return words.every((t) => (own || !firstNames().has(t.key)) && !isCommonWord(t.key) && !personTagged(t) && taggerKind(t.i) !== 'PER' && !placeRead(t));
}

/**
 * Organizations named in the article: names ending in "Union", "Fund", "Motors"..., "Ministry of ...",
 * names after "airline", "firm"..., parenthesized acronyms ("Commonwealth of Independent States (CIS)"),
 * institutions named by their seat ("the Kremlin"), news agencies, the dateline's agency, compromise's
 * organizations, and the capitalized subjects of "said" that are nobody's name.
 */
export function organizationSeeds(
  tokens: readonly Token[],
  text: string,
  runs: readonly Run[],
  casingOf: (sentence: number) => Casing,
  geo: Geography,
  dateline: { start: number; end: number } | null,
  lowercase: ReadonlySet<string>,
  taggerKind: TaggerKind,
): OrgSeed[] {
  const prose = runs.filter((r) => casingOf(tokens[r.first]!.sentence) === 'normal');
  // In a title-case or capitals headline every word is capitalized, so shapes say nothing there ("Plant in Paris After Council Vote"):
  // its organizations are those the body names.
  const seeds: OrgSeed[] = [...namedSpans(tokens, text, prose, geo, taggerKind)];
  seeds.push(...datelineAgency(tokens, dateline), ...describedSpans(tokens, text, prose), ...memberBodies(tokens, prose, geo));
  for (const t of tokens) {
    for (const { name, words } of KNOWN.get(t.text) ?? []) {
      const last = tokens[t.i + words.length - 1];
      if (casingOf(t.sentence) === 'normal' && last && text.slice(t.start, last.end) === name && words.every((w, k) => tokens[t.i + k]!.text === w))
        seeds.push({ first: t.i, last: last.i, kind: 'named', source: 'known' });
    }
  }
  const tagged = taggedSpans(tokens, text, geo, lowercase, taggerKind).filter((s) => casingOf(tokens[s.first]!.sentence) === 'normal');
  const definite = definiteBodies(tokens, text).filter((s) => casingOf(tokens[s.first]!.sentence) === 'normal');
  return [...seeds, ...tagged, ...contextSpans(tokens, text, prose, geo, lowercase, taggerKind), ...officerFirms(tokens, prose, geo), ...definite];
}
