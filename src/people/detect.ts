import type { Span } from '../types.js';
import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import { joinable, personTagged, type WordKnowledge } from './runs.js';
import type { Geography } from './geo.js';
import { appositionAfter, kinBefore, reportingVerbNear, speaksAsPerson, titleBefore, type RoleClue } from './clues.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './titles.js';
import { BUILDING_ENDS, EVENT_ENDS, FEATURE_ENDS, FEATURE_STARTS, STORM_WORDS, LOCATIVE_PREPOSITIONS, ORG_SUFFIXES, PLACE_NOUNS } from './words.js';
import { overlapsAny } from '../spans.js';
import { inFullNameList, inPersonList } from './person-lists.js';
import { actsAsFirm } from './firm-pronoun.js';
import { describedAsPerson } from './person-apposition.js';
import { MONTH_NAMES, weekdayNumber } from '../dates/words.js';

/** A name found from its own evidence: token range of the name alone, and the role stated beside it. */
export interface PersonSeed {
  first: number;
  last: number;
  clue: RoleClue | null;
}

/** What the finder reads about one article. */
export interface ArticleWords extends WordKnowledge {
  tokens: readonly Token[];
  text: string;
  runs: readonly Run[];
  casingOf(sentence: number): Casing;
  geo: Geography;
  /** Spans no person can overlap: organizations, the dateline. */
  reserved: readonly Span[];
  /** Organizations only compromise's tagging vouches for: they beat only weak evidence of a person. */
  weakOrganizations: readonly Span[];
  /** Words that stand alone as a capitalized name somewhere in the article ("Lockheed ultimately won"). */
  aloneKeys: ReadonlySet<string>;
  /** Single words the name tagger reads as a person more than once, with no sign of a company (see `repeatedPersonWords`). */
  repeatedPersons: ReadonlySet<string>;
  /** Full names the name tagger reads as a person more than once, as lower-case words (see `repeatedFullNames`). */
  repeatedFullNames: ReadonlySet<string>;
  /** Words the article names a company by whose shares it trades ("Shares of Tesla", "Tesla shares"; see `shareIssuers`). */
  shareIssuers: ReadonlySet<string>;
  /** Names the words around one of their mentions make a firm's ("acquisition of Hess", "Hess shareholders"), as lower-case keys. */
  firmNames: ReadonlySet<string>;
  /**
   * The name tagger's reading of tokens first..last: `person` when it tags every word a person,
   * `other` when it tags every word a place, organization or other name, else null.
   */
  taggedAs(first: number, last: number): 'person' | 'other' | null;
  /** Whether the name tagger tags every word of first..last a place. */
  taggedAsPlace(first: number, last: number): boolean;
}

/** Nouns of missions, programmes and craft, whose name goes before them: "its Artemis II mission", "the Voyager probe". */
const UNDERTAKINGS = new Set(['mission', 'missions', 'programme', 'program', 'project', 'spacecraft', 'rocket', 'probe', 'satellite', 'telescope', 'capsule', 'lander', 'rover']);

/** Forms of "be" before a predicate, which describes, not names, what the apposition after it speaks of. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** Regnal numbers that follow a name ("Elizabeth II"). */
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,2}I{0,3})$/;
const isTitleWord = (t: Token): boolean => ROLE_HEADS.has(t.key) || HONORIFICS.has(t.key);

/** Where the name starts inside a run: after its last title word ("Russian Foreign Minister | Sergey Lavrov"). */
function nameStart(w: ArticleWords, run: Run): number {
  let start = run.first;
  for (let i = run.first; i < run.last; i++) {
    // After a given name a title word is part of the name ("Martin Luther King Jr.").
    if (w.tokens.slice(start, i).some((t) => t.tags.has('FirstName'))) break;
    if (isTitleWord(w.tokens[i]!)) start = i + 1;
  }
  while (start < run.last && w.geo.isNationality(w.tokens[start]!)) start++;
  // "Commissioner for Competition Neelie Kroes": the role's object runs up to a first name.
  const link = w.tokens[run.first - 1];
  if (start === run.first && link && /^(?:for|of)$/.test(link.key) && ROLE_HEADS.has(w.tokens[run.first - 2]?.key ?? '')) {
    const firstName = (t: Token): boolean => w.firstNames.has(t.key) || t.tags.has('FirstName');
    const object = (t: Token): boolean => ROLE_MODIFIERS.has(t.key) || w.isOrdinaryWord(t.key);
    const named = w.tokens.slice(run.first + 1, run.last + 1).findIndex(firstName);
    if (named >= 0) start = run.first + 1 + named;
    else while (start < run.last && object(w.tokens[start]!) && !personTagged(w.tokens[start]!)) start++;
  }
  return start;
}

/**
 * Where a name starts after an organization that opens its run ("University of Texas Arlington | Amneh Jafari"): the
 * first word after a reserved span that ends inside the run, or `start` when none does.
 */
function afterReserved(w: ArticleWords, run: Run, start: number): number {
  const lastEnd = w.tokens[run.last]!.start;
  const ends = w.reserved.filter((r) => r.start <= w.tokens[start]!.start && r.end > w.tokens[start]!.start && r.end <= lastEnd).map((r) => r.end);
  if (ends.length === 0) return start;
  const end = Math.max(...ends);
  const next = w.tokens.findIndex((t, i) => i > start && i <= run.last && t.start >= end);
  return next < 0 ? start : next;
}

/** The first run of a list of names this run closes ("A, B and C" → A), for a plural title before the list. */
function listStart(w: ArticleWords, runIndex: number): number {
  let r = runIndex;
  for (let hops = 0; hops < 4 && r > 0; hops++) {
    const run = w.runs[r]!;
    const prev = w.runs[r - 1]!;
    const link = w.tokens[run.first - 1];
    const joined = link?.key === 'and' ? prev.last === run.first - 2 : prev.last === run.first - 1 && /^\s?,\s+$/.test(w.text.slice(w.tokens[prev.last]!.end, w.tokens[run.first]!.start));
    if (!joined) break;
    r--;
  }
  return w.runs[r]!.first;
}

/** Whether an article stands before the name, over adjectives and adverbs ("the completely new X"). */
function afterArticle(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1, hops = 0; k >= 0 && hops < 4; k--, hops++) {
    const t = tokens[k]!;
    if (/^(?:the|a|an)$/.test(t.key)) return true;
    if (t.capitalized || !(t.tags.has('Adjective') || t.tags.has('Adverb')) || /[,;:.]/.test(t.post)) return false;
  }
  return false;
}

/** Place context before a run: "in Moscow", "the town of Kant". */
function placeContext(w: ArticleWords, first: number): boolean {
  const before = w.tokens[first - 1];
  if (!before || before.post.trim() !== '') return false;
  if (LOCATIVE_PREPOSITIONS.has(before.key)) return true;
  return before.key === 'of' && PLACE_NOUNS.has(w.tokens[first - 2]?.key ?? '');
}

/**
 * Buildings and monuments named after someone ("Sheikh Lotfollah Mosque", "Tommy Solomon Statue"):
 * no person there, nor at a shorter piece of the name; unless a verb of saying makes it a person ("Shirley Temple said").
 */
export function buildingNames(tokens: readonly Token[], text: string, runs: readonly Run[]): Span[] {
  return runs
    .filter((run) => run.last > run.first && BUILDING_ENDS.has(tokens[run.last]!.key) && !reportingVerbNear(tokens, text, run))
    .map((run) => ({ text: '', start: tokens[run.first]!.start, end: tokens[run.last]!.end }));
}

/**
 * People named from their own evidence: a title ("President", "Mr.", "writer"), an apposition
 * (", the company's chief executive"; "his counterpart, X"), a reporting verb ("X said"), a known
 * first name, or compromise's person lexicon. Places, organizations and nationalities are kept out.
 */
export function findPersonSeeds(w: ArticleWords): PersonSeed[] {
  const seeds: PersonSeed[] = [];
  w.runs.forEach((run, r) => {
    const { tokens, text } = w;
    if (w.casingOf(tokens[run.first]!.sentence) !== 'normal') return;
    const first = afterReserved(w, run, nameStart(w, run));
    const name = { first, last: run.last };
    const words = tokens.slice(first, run.last + 1);
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    if (overlapsAny({ start, end }, w.reserved)) return;
    // "Stanley Black & Decker", "Marks & Spencer": no one's name joins its words with "&".
    if (text.slice(start, end).includes('&')) return;
    if (ORG_SUFFIXES.has(words[words.length - 1]!.key) || words.every((t) => w.geo.isNationality(t))) return;
    // "Lake Baikal", "Mount St. Helens": a feature's name, not a person's.
    if (words.length > 1 && FEATURE_STARTS.has(words[0]!.key)) return;
    // "Hurricane Milton made landfall", "Tropical Storm Alberto": a storm's name.
    if (words.length > 1 && (STORM_WORDS.has(words[0]!.key) || (words[0]!.key === 'storm' && tokens[first - 1]?.key === 'tropical') || (words[0]!.key === 'tropical' && words[1]!.key === 'storm'))) return;
    // "the 2012 Summer Paralympics", "the Davis Cup": a contest's name.
    if (words.length > 1 && EVENT_ENDS.has(words[words.length - 1]!.key)) return;
    if (words.every((t) => ROLE_HEADS.has(t.key) || ROLE_MODIFIERS.has(t.key) || HONORIFICS.has(t.key))) return;
    // "Chrysler President": a title after an organization, unless a first name leads ("John Major").
    if (isTitleWord(words[words.length - 1]!) && !words[0]!.tags.has('FirstName')) return;
    if (words.some((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && !/\./.test(t.text) && !ROMAN.test(t.text))) return;

    const title = titleBefore(tokens, text, first, first === run.first ? listStart(w, r) : first);
    if (title) {
      if (titledThing(w, title, words, name)) return;
      seeds.push({ first, last: run.last, clue: title });
      return;
    }
    // Family: "his father, Anthony", "two brothers, Niklaus and Johann".
    if (kinBefore(tokens, text, first === run.first ? listStart(w, r) : first) && kinNameEnds(w, first, run.last)) {
      seeds.push({ first, last: run.last, clue: null });
      return;
    }
    // Without a title, place context wins: "in Moscow", "the town of Kant", "in Wyoming, the bank chief";
    // unless the tagger reads a person there: a given name, then no word that is ordinary or written in lower case
    // in the article, no place of that name, and it owns a work or a post ("in Julian Jarrold's adaptation"; not
    // "in Sky One's series", "in Kara-Balta", "Shoppers at John Lewis").
    const personThere =
      words.length > 1 &&
      !w.geo.isAnyPlace(text.slice(start, end)) &&
      w.firstNames.has(words[0]!.key) &&
      words.slice(1).every((t) => !w.isOrdinaryWord(t.key) && !w.lowercase.has(t.key)) &&
      w.taggedAs(first, run.last) === 'person' &&
      ownsWork(tokens, run.last);
    if (placeContext(w, run.first) && !personThere) return;
    const apposition = appositionAfter(tokens, text, name);
    // "Doechii, a rapper from Tampa": a person's noun in the apposition speaks for a name no list knows, unless a place has it.
    // Not a word of the language, nor a predicate after a copula ("her mother was English, a native of Oldham").
    const plain = words.every((t) => !w.isOrdinaryWord(t.key) && !w.lowercase.has(t.key)) && !COPULAS.has(tokens[first - 1]?.key ?? '');
    const described = apposition === null && plain && describedAsPerson(tokens, text, run.last) && !w.geo.isPlace(text.slice(start, end));
    if (apposition === null && !described && !likelyPerson(w, words, name)) return;
    seeds.push({ first, last: run.last, clue: typeof apposition === 'object' ? apposition : null });
  });
  return seeds;
}

/**
 * A title word that opens the name of a thing, not a person's title: one word after a role (not "Mr.") that
 * compromise reads with the title as an organization ("General Electric", "General Motors"); not "President
 * Bush", "General Petraeus", "Mayor Young", "Rep. Jordan".
 */
function titledThing(w: ArticleWords, title: RoleClue, words: readonly Token[], name: Run): boolean {
  if (words.length !== 1 || title.keys.length === 0) return false;
  const word = words[0]!;
  const titleWord = w.tokens[name.first - 1];
  return !!titleWord && joinable(w.text, titleWord, word) && titleWord.tags.has('Organization') && word.tags.has('Organization');
}

/** Nouns of someone's work or post after a possessive name: "in Julian Jarrold's adaptation", "in Jane Smith's office". */
const WORK_NOUNS = new Set([
  'adaptation', 'film', 'films', 'book', 'books', 'novel', 'novels', 'play', 'plays', 'production', 'series', 'show', 'album',
  'song', 'songs', 'painting', 'paintings', 'work', 'works', 'version', 'poem', 'poems', 'opera', 'staging', 'documentary',
  'biography', 'memoir', 'study', 'theory', 'office', 'campaign', 'cabinet', 'government', 'administration', 'team', 'lab',
  'laboratory', 'speech', 'letter', 'letters', 'essay', 'article', 'column', 'report', 'career', 'life', 'home', 'house',
  'words', 'view', 'views', 'account', 'memoirs', 'diary', 'collection', 'music', 'direction', 'debut',
  'video', 'videos', 'movie', 'movies', 'story', 'interview', 'photo', 'photos', 'portrait', 'concert', 'tour', 'trial',
]);

/**
 * Nouns of work that a team, a university or a firm has as well as a person ("the Davis Cup team", "the
 * Johns Hopkins study", "the Tommy Hilfiger collection", "the Edward Jones account"): after "the" and a
 * name they say nothing of a person.
 */
const SHARED_WORK_NOUNS = new Set(['team', 'lab', 'laboratory', 'study', 'debut', 'collection', 'account', 'office', 'house', 'home', 'series', 'career', 'direction', 'music']);

/**
 * A person's full name used as the modifier of a work after "the": a given name first, the tagger
 * reading a person, and a noun of work right after it ("the Gregory Maguire novel", "the Julian
 * Jarrold adaptation"; not "the new Holden Commodore", nor "the Davis Cup team").
 */
function authorOfWork(w: ArticleWords, words: readonly Token[], name: Run): boolean {
  const next = w.tokens[name.last + 1];
  if (words.length < 2 || !next || next.capitalized || !/^ $/.test(w.tokens[name.last]!.post) || !WORK_NOUNS.has(next.key) || SHARED_WORK_NOUNS.has(next.key)) return false;
  return w.firstNames.has(words[0]!.key) && w.taggedAs(name.first, name.last) === 'person';
}

/** Whether the name ending at `last` owns a work or a post: a possessive, then (after adjectives) a noun of work ("Julian Jarrold's adaptation"). */
function ownsWork(tokens: readonly Token[], last: number): boolean {
  if (!tokens[last]!.possessive) return false;
  for (let k = last + 1; k <= last + 3 && tokens[k] && !tokens[k]!.capitalized && tokens[k]!.sentence === tokens[last]!.sentence; k++)
    if (WORK_NOUNS.has(tokens[k]!.key)) return true;
  return false;
}

/**
 * Whether a name after a family noun ends as a name does: at a comma or a full stop, before a verb or
 * another name of the list ("his father, Anthony, was", "two brothers, Niklaus and Johann"); not before a
 * lower-case noun or a possessive ("Her father, Texas oilman Ray Hunt", "Scotland's first female judge",
 * "Harvard graduates"), and not a place or an organization the tagger does not read as a person.
 */
function kinNameEnds(w: ArticleWords, first: number, last: number): boolean {
  const { tokens, text } = w;
  const end = tokens[last]!;
  if (end.possessive) return false;
  const name = text.slice(tokens[first]!.start, end.end);
  if ((w.geo.isPlace(name) || overlapsAny({ start: tokens[first]!.start, end: end.end }, w.weakOrganizations)) && w.taggedAs(first, last) !== 'person') return false;
  const next = tokens[last + 1];
  if (!next || next.sentence !== end.sentence || /[,.;:)]/.test(end.post)) return true;
  if (next.capitalized || next.key === 'and' || next.key === 'or') return true;
  return next.tags.has('Verb') || next.tags.has('Adverb') || next.tags.has('Auxiliary');
}

/** Weaker evidence, when no title or apposition speaks: compromise's person lexicon, a first name, the name tagger, a reporting verb. */
function likelyPerson(w: ArticleWords, words: readonly Token[], name: Run): boolean {
  const { tokens, text } = w;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (afterArticle(tokens, name.first) && !authorOfWork(w, words, name)) return false; // "The Russel 2000 Index", "the new Holden Commodore"
  // A place's name is no one's, unless the tagger reads a person there more than once and it names no country ("Chao went ... Chao taught").
  const repeatedPerson = words.length === 1 && w.repeatedPersons.has(first.key) && w.taggedAs(name.first, name.last) === 'person' && !w.geo.isCountry(first.text);
  if ((w.geo.isPlace(text.slice(first.start, last.end)) && !repeatedPerson) || (words.length > 1 && w.geo.isCountry(last.text) && !first.tags.has('FirstName'))) return false;
  if (words.some((t) => ORG_SUFFIXES.has(t.key))) return false; // "Times Online"
  if (words.length === 1 && w.shareIssuers.has(first.key)) return false; // "Shares of Tesla fell ... Tesla said"
  // Where a mention's context makes the name a firm's, weak evidence of a person yields at every mention ("its acquisition of Hess
  // ... Hess shareholders"), unless a given name opens it ("bought by John Smith"); a title or an apposition still makes a person.
  const givenOpens = words.length > 1 && (first.tags.has('FirstName') || w.firstNames.has(first.key));
  if (!givenOpens && w.firmNames.has(words.map((t) => t.key).join(' '))) return false;
  if (actsAsFirm(tokens, name.first, name.last)) return false; // "Eli Lilly raised its forecast"
  // "from Pat Mayse Lake", unless a reporting verb makes it a person ("Ricki Lake said").
  if (FEATURE_ENDS.has(last.key) && !reportingVerbNear(tokens, text, name)) return false;
  const multi = words.length >= 2;
  // "3. Mark Korir (Kenya) 2:05:09": an entry of a results list, whatever the tagger reads.
  if (multi && resultsEntry(w, name)) return true;
  const reading = w.taggedAs(name.first, name.last);
  // A full name listed with a firm is a firm's unless compromise reads a person in it ("Microsoft and Meta Platforms"; not
  // "Microsoft and Bill Gates", "Nvidia and Jensen Huang"), whatever the tagger reads.
  if (multi && listedWithFirm(tokens, name) && !words.some(personTagged)) return false;
  if (multi && givenNameWithPronoun(w, words, name)) return true;
  // A full name in a list of full names with a person the tagger reads ("with Tony Iommi, Geezer Butler and Bill Ward").
  if (multi && inFullNameList({ ...w, isPlace: (n) => w.geo.isPlace(n) }, w.runs.findIndex((run) => run.last === name.last))) return true;
  // A quoted nickname between a given name and a surname is a person's whatever the tagger reads ('Earvin "Magic" Johnson').
  if (words.length >= 3 && words.slice(1, -1).some((t, k) => /^ ["“]$/.test(text.slice(words[k]!.end, t.start)))) return true;
  if (reading === 'other' && !misreadPlace(w, words, name)) return false; // "West Indies"
  const next = tokens[name.last + 1];
  if (next && ROLE_HEADS.has(next.key) && joinable(text, last, next)) return false; // "Ferrari chairman John Elkann"
  if (next && UNDERTAKINGS.has(next.key) && joinable(text, last, next)) return false; // "its Artemis II mission", "the Apollo programme"
  // A lone first name is no one in particular ("Grant money"); a lone surname may be ("Putin").
  // Nor is a lone month or weekday, which compromise reads as a person before a verb ("since January had left").
  const tagged = multi ? words.some(personTagged) : personTagged(first) && !(first.tags.has('FirstName') && !first.tags.has('LastName')) && !calendarName(first);
  // The tagger speaks for a full name with no other cue ("Robert Sarvis", "Jane Doe (Kenya)"), when no word
  // of it is an ordinary word or written in lower case elsewhere ("Space Shuttle Atlantis").
  // A single name the tagger reads as a person more than once ("Quilis (1964) ... Quilis noted").
  const repeated = !multi && reading === 'person' && w.repeatedPersons.has(first.key);
  // A full name the tagger reads as a person more than once may start with an ordinary word ("Dries Mertens"), not end with one.
  const repeatedFull = multi && reading === 'person' && w.repeatedFullNames.has(words.map((t) => t.key).join(' ')) && !w.isOrdinaryWord(last.key) && words.every((t) => !w.lowercase.has(t.key));
  const unlisted = reading === 'person' && words.every((t) => !w.isOrdinaryWord(t.key) && !w.lowercase.has(t.key));
  // A lone word that speaks, read as a person by the tagger, no ordinary word and never written in lower case ("Musk said",
  // "after Musk said"), not opening its sentence ("Airbus have announced"); not after a preposition, where the subject is the
  // phrase the name ends ("The Managing Director of Halfords said"). Anywhere, a lone word that says "he" or "she" of itself
  // ("Musk said he would").
  const before = tokens[name.first - 1];
  const subject = !before?.tags.has('Preposition') || CLAUSE_OPENERS.has(before.key);
  const plainWord = !multi && words.every((t) => !w.isOrdinaryWord(t.key) && !w.lowercase.has(t.key));
  const speaking = plainWord && subject && !listedWithFirm(tokens, name) && ((reading === 'person' && !first.sentenceStart && reportingVerbNear(tokens, text, name)) || speaksAsPerson(tokens, text, name));
  // A lone name in a list of names the tagger reads as people's ("Zeus, Hera, Poseidon and Athena").
  const listed = (plainWord && coordinatedWithPerson(w, name)) || (!multi && inPersonList(w, name.first));
  if (!tagged && !repeated && !speaking && !listed && !(multi && (w.firstNames.has(first.key) || unlisted || repeatedFull || reportingVerbNear(tokens, text, name)))) return false;
  // compromise's guess of a firm yields to a given name the tagger reads as a person with the rest ("Elon Musk's company").
  const givenPerson = multi && reading === 'person' && w.firstNames.has(first.key) && words.slice(1).every((t, k) => /^\p{Lu}/u.test(t.text) && !w.lowercase.has(t.key) && !/&/.test(text.slice(words[k]!.end, t.start)));
  if (!tagged && !givenPerson && overlapsAny({ start: first.start, end: last.end }, w.weakOrganizations)) return false;
  // A surname that is also a place or a firm ("Valeska Paris") is a person's after a given name the tagger reads with it.
  const givenFirst = multi && reading === 'person' && w.firstNames.has(first.key) && !first.tags.has('Place') && !first.tags.has('Organization');
  if (words.some((t) => t.tags.has('Place') || t.tags.has('Organization')) && !tagged && !givenFirst && !givenPerson) return false;
  // Companies are shortened to their first word ("Lockheed Martin" … "Lockheed"), people to their last; but an interview
  // calls its people by their given names ("Frank Rack got in touch … Frank said"), where the tagger reads a person.
  const givenName = first.tags.has('FirstName') || (reading === 'person' && w.firstNames.has(first.key));
  return !(multi && !givenName && w.aloneKeys.has(first.key) && !w.aloneKeys.has(last.key));
}

/** A month's or a weekday's name ("January", "Friday"): a lone one is a date, whatever compromise guesses. */
const calendarName = (t: Token): boolean => MONTH_NAMES.includes(t.key) || weekdayNumber(t.key) >= 0;

/**
 * Whether a name is listed by "and" or "or" next to a firm compromise's lexicon knows ("Pfizer and BioNTech said"): a firm is
 * listed with firms, so the pair's verb of saying is no evidence of a person.
 */
function listedWithFirm(tokens: readonly Token[], name: Run): boolean {
  const link = (l: Token | undefined, t: Token | undefined): boolean =>
    !!l && !!t && /^(?:and|or)$/.test(l.key) && t.sentence === l.sentence && t.tags.has('Organization');
  return link(tokens[name.first - 1], tokens[name.first - 2]) || link(tokens[name.last + 1], tokens[name.last + 2]);
}

/** Words that open a clause as well as a phrase: a name after them may be the clause's subject ("after Musk said"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'as', 'while', 'when', 'because', 'although', 'though', 'once', 'if', 'unless', 'whereas']);

/**
 * Whether a lone capitalized word is listed by "and" or "or" with another that is no ordinary word, no town or larger place, no known firm and not written
 * in lower case, and the tagger reads one of the two as a person and neither as another kind of name, the pair the subject
 * of a verb ("Trump and Biden campaigned"): people are listed with people.
 */
function coordinatedWithPerson(w: ArticleWords, name: Run): boolean {
  const { tokens, text } = w;
  const word = tokens[name.first]!;
  const partnerAt = (i: number, link: Token | undefined): Token | undefined => {
    const t = tokens[i];
    return link && /^(?:and|or)$/.test(link.key) && t && t.sentence === word.sentence ? t : undefined;
  };
  const partners = [partnerAt(name.last + 2, tokens[name.last + 1]), partnerAt(name.first - 2, tokens[name.first - 1])];
  // Neither may be a firm compromise's lexicon knows: a firm is listed with firms ("Pfizer and BioNTech said"), whatever the tagger reads of its partner.
  const lone = (t: Token): boolean =>
    t.capitalized && !w.isOrdinaryWord(t.key) && !w.lowercase.has(t.key) && !w.geo.isPlace(t.text) && !t.tags.has('Organization') && w.taggedAs(t.i, t.i) !== 'other';
  if (!lone(word)) return false;
  return partners.some((p) => {
    if (!p || !lone(p)) return false;
    // Both are one word, names of their own ("Trump and Biden"), not pieces of longer runs ("Northrop Grumman and Airbus",
    // "Trump and Biden Administration").
    const joined = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.capitalized && b.capitalized && a.sentence === b.sentence && /^\s+$/.test(a.post);
    const alone = (t: Token): boolean => !joined(t, tokens[t.i + 1]) && !joined(tokens[t.i - 1], t);
    if (!alone(p) || !alone(word)) return false;
    // The pair is a clause's subject, a verb after it ("Trump and Biden campaigned"), not a modifier ("Edgewater and Weehawken
    // docks") nor the end of a longer list ("Google, Bing and Yahoo").
    const [a, b] = p.i < word.i ? [p, word] : [word, p];
    const next = tokens[b.i + 1];
    const verb = next !== undefined && next.sentence === b.sentence && !next.capitalized && (next.tags.has('Verb') || next.tags.has('Auxiliary') || next.tags.has('Adverb'));
    if (!verb || /,\s*$/.test(a.pre)) return false;
    return w.taggedAs(p.i, p.i) === 'person' || w.taggedAs(word.i, word.i) === 'person';
  }) && !/&/.test(text.slice(tokens[name.first - 1]?.end ?? 0, tokens[name.last + 1]?.start ?? text.length));
}

/**
 * A given name and a surname the tagger reads as a place ("since Lewis Hamilton in 2020"), where the gazetteer knows no
 * place of the whole name and no word is an ordinary one or a firm's ("Victoria Falls", "Sydney Opera House"): a person,
 * though the surname names a town too, as a surname often does ("Hamilton").
 */
function misreadPlace(w: ArticleWords, words: readonly Token[], name: Run): boolean {
  // Two words, no place's noun first ("Port Hutt", "Mingo Valley Expressway" are places), and a surname that names a place,
  // which is what misled the tagger (not "Ali Qapu", a palace's name).
  const [given, surname] = words;
  if (words.length !== 2 || !w.firstNames.has(given!.key) || PLACE_NOUNS.has(given!.key) || FEATURE_STARTS.has(given!.key) || !w.taggedAsPlace(name.first, name.last)) return false;
  if (!surname!.tags.has('Place') && !w.geo.isAnyPlace(surname!.text)) return false;
  if (w.geo.isAnyPlace(w.text.slice(words[0]!.start, words[words.length - 1]!.end))) return false;
  return words.every((t) => !w.isOrdinaryWord(t.key) && !w.lowercase.has(t.key) && !t.tags.has('Organization'));
}

/** Pronouns of a person. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/**
 * A full name whose last words are no word, no place and no firm's, with a person's pronoun the next pronoun
 * in the sentence and no other name between: "Israel Adesanya lost his title", though the tagger reads a
 * place there ("Israel"); not "Israel Defense Forces said its", "Barstool Sports, where she wrote".
 */
function givenNameWithPronoun(w: ArticleWords, words: readonly Token[], name: Run): boolean {
  const [first, ...rest] = words;
  // No word of the language, nor a plural ("Sports"), nor a firm's word.
  const unknown = (t: Token): boolean =>
    !w.isOrdinaryWord(t.key) && !w.lowercase.has(t.key) && !t.tags.has('Organization') && !t.tags.has('Plural') && !(t.key.endsWith('s') && w.isOrdinaryWord(t.key.slice(0, -1)));
  // A first word no list gives as a given name ("Israel", a country to compromise) needs a surname that is no place at all.
  const given = w.firstNames.has(first!.key);
  if (!given && (w.lowercase.has(first!.key) || first!.tags.has('Organization') || (w.isOrdinaryWord(first!.key) && !w.geo.isAnyPlace(first!.text)))) return false;
  if (rest.some((t) => !unknown(t) || (given ? w.geo.isPlace(t.text) : w.geo.isAnyPlace(t.text)))) return false;
  // Where the tagger reads another kind of name, only a first word that is a place may have misled it ("Israel").
  if (w.taggedAs(name.first, name.last) === 'other' && !w.geo.isAnyPlace(first!.text)) return false;
  // The name is its clause's subject, and the pronoun is in its clause: it opens the sentence or follows a
  // clause's comma, and no comma comes between ("Israel Adesanya lost his title"; not an object or a
  // preposition's, "Netanyahu told Israel Hayom he", "with Israel Hayom, he", "ran China Unicom, where he").
  if (!first!.sentenceStart && !/[,;:]\s*$/.test(first!.pre)) return false;
  const sentence = w.tokens[name.last]!.sentence;
  for (let k = name.last + 1; k < w.tokens.length && k <= name.last + 12 && w.tokens[k]!.sentence === sentence; k++) {
    const t = w.tokens[k]!;
    if (/[,;:]/.test(t.pre)) return false;
    if (PERSON_PRONOUNS.has(t.key)) return true;
    if (t.capitalized || /^(?:it|its|they|their|them)$/.test(t.key)) return false;
  }
  return false;
}

/** A country, place or three-letter code in parentheses after a name ("(Kenya)", "(KEN)"), then a number on the line. */
const AFTER_ENTRY = /^ ?\((\p{Lu}[\p{L} .'-]*)\)[ \t]+[^\n]*\d/u;

/**
 * A name that opens a numbered line of a results list or table and is followed by its country and a
 * figure: "1. Eliud Kipchoge (Kenya) 2:01:39", "4) Guye Adola (ETH) 2:05:28"; not a team named by
 * its city ("1. Bayern Munich (GER) 9").
 */
function resultsEntry(w: ArticleWords, name: { first: number; last: number }): boolean {
  const { tokens, text } = w;
  const first = tokens[name.first]!;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  if (!/^[ \t]*\d{1,3}[.)][ \t]+$/.test(text.slice(lineStart, first.start))) return false;
  const after = AFTER_ENTRY.exec(text.slice(tokens[name.last]!.end, text.indexOf('\n', tokens[name.last]!.end) >>> 0));
  if (!after) return false;
  // "1. Bayern Munich (GER)": a team named by its city.
  const words = tokens.slice(name.first, name.last + 1);
  if (words.some((t, k) => w.geo.isPlace(t.text) && !(k === 0 && w.firstNames.has(t.key)))) return false;
  const inside = after[1]!.trim();
  return /^\p{Lu}{3}$/u.test(inside) || w.geo.isPlace(inside) || w.geo.isCountry(inside);
}
