import currencyCodes from 'currency-codes';
import type { Gazetteer } from '../resources/gazetteer.js';
import { entryOwnKey } from './own-name.js';
import { isBroad } from './accept.js';
import type { Candidate } from './candidates.js';
import type { Token } from './tokens.js';
import { hasTag, type TagsByOffset } from './tags.js';
import { ROLE_HEADS } from '../people/titles.js';
import { lexiconTag } from '../people/first-names.js';

/** Head words of ISO 4217 currency names: "Hong Kong dollars", "the U.S. dollar" name money, not a place. */
const CURRENCY_WORDS = new Set(
  currencyCodes.data.map((c) => c.currency.split(' ').pop()!.toLowerCase()).filter((w) => /^[a-z]{3,}$/.test(w)),
);
/** Capitalized words before "of" that keep the name after it a place: "City of London", "Mayor of Moscow". */
const PLACE_HEADS = /^(City|Town|Village|Republic|Kingdom|Province|Region|Oblast|State|District|County|Municipality|Capital|Mayor|Governor|President|King|Queen|Prince|Emir|Sultan)$/;
/** Words that end the name of a building or a body: a country before them is part of the name ("the Emirates Stadium", "Ireland Airport"). */
const FACILITY_HEADS = /^(Stadium|Arena|Airport|Airways|Airlines|Air|Hotel|Hospital|University|College|School|Institute|Bank|Center|Centre|Museum|Theatre|Theater|Park|Square|Street|Avenue|Road|Bridge|Tower|Palace|Hall|Station|Cup|Open|League|Party|Group|Company|Corporation|Telecom)$/;
/** Capitalized words that may stand before a place name without making it part of another name. */
const QUALIFIERS = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Upper|Lower|Inner|Outer|Mainland|Downtown|Metropolitan|Rural|Occupied)$/;
const HONORIFICS = /^(Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Lady|Lord|Gen|Col|Sgt|Capt|Rev|Sen|Rep|Gov)\.?$/;

/** One candidate with its neighbours, as the exclusion rules read it. */
export interface Surroundings {
  candidate: Candidate;
  span: readonly Token[];
  /** The word before and after it in the same sentence, with the text between. */
  before?: Token;
  prevGap: string;
  next?: Token;
  nextGap: string;
  /** The two words before it, lower-cased and as written ("of", "Bank"). */
  p1: string;
  p2: string;
  /** The word before "of" when the candidate follows "of" ("Bank" of "Bank of Russia"). */
  beforeOf?: Token;
  /** Up to 40 characters after it. */
  rest: string;
  /** Spans found by earlier stages. */
  people: ReadonlyArray<{ start: number; end: number }>;
  organizations: ReadonlyArray<{ text: string; start: number; end: number }>;
  money: ReadonlyArray<{ start: number; end: number }>;
  /** Names that stand for teams by a match result around them (`teamSpans`). */
  teams: ReadonlyArray<{ start: number; end: number }>;
  /** Countries and capitals that speak for their government there (`governmentSpans`: "Moscow said"). */
  governments: ReadonlyArray<{ start: number; end: number }>;
}

/** A span of an earlier stage that holds the candidate and more ("Kant" in "Immanuel Kant"). */
function inside(spans: Surroundings['people'], c: Candidate): boolean {
  return spans.some((s) => s.start <= c.start && c.end <= s.end && s.end - s.start > c.end - c.start);
}

/** "U.S.-China", "Russia–Ukraine": countries joined, however an earlier stage labelled them. */
function namesCountriesOnly(text: string, gazetteer: Gazetteer): boolean {
  const parts = text.split(/\s*[-–—]\s*|\s+and\s+/);
  return parts.length > 1 && parts.every((p) => gazetteer.match(p)?.hits.some((h) => h.entry.kind === 'country') ?? false);
}

/**
 * Why a candidate is not a place wherever it occurs like this, or null: part of an amount ("US$"),
 * a date ("March"), a nationality ("Kyrgyz"), part of a person's or an organization's name ("Michael
 * Jordan", "Bank of Russia", "New York Times", "Real Madrid").
 */
export function exclusion(s: Surroundings, tags: TagsByOffset, gazetteer: Gazetteer): string | null {
  const { candidate: c, span, before, next, p1, p2 } = s;
  const tagged = (t: Token | undefined, ...wanted: string[]) => t !== undefined && hasTag(tags, t.start, ...wanted);
  const caseless = span[0]!.caseless;
  const isCountry = c.match.hits.some((h) => h.entry.kind === 'country');

  const moneyWord = s.nextGap === ' ' && CURRENCY_WORDS.has(next?.text.toLowerCase().replace(/s$/, '') ?? '') && tagged(next, 'Noun');
  if (/^ ?\$/.test(s.rest) || moneyWord || inside(s.money, c)) return 'part of an amount ("US$", "Hong Kong dollars")';
  if (/^ of \p{Lu}/u.test(s.rest)) return 'part of a longer name ("Bay of Biscay")';
  if (span.some((t) => tagged(t, 'Date', 'Month', 'WeekDay') && !tagged(t, 'Place'))) return 'a date';
  if (c.first === c.last && gazetteer.countryOfDemonym(c.text) && !isCountry) return 'a nationality';
  // A country's short name that is also its people's adjective, used as one: "Saudi officials", "Saudi Crown Prince" (not "flew to Saudi").
  if (c.first === c.last && tagged(span[0], 'Demonym') && next && s.nextGap === ' ' && (next.capitalized || tagged(next, 'Noun', 'Adjective')) && !tagged(next, 'Verb'))
    return 'a nationality adjective';
  // "the pro-Beijing camp", "anti-Moscow protesters": a stance toward a government, not a place.
  if (s.prevGap === '-' && /^(?:pro|anti)$/i.test(before?.text ?? '')) return 'a stance ("pro-Beijing")';
  if (inside(s.people, c)) return 'inside a person name';
  if (s.people.some((p) => p.start === c.start && p.end === c.end)) return 'a mention of a person ("Chao went ... Chao taught")';
  if (s.teams.some((t) => t.start <= c.start && c.end <= t.end)) return 'a team ("Leeds beat Chelsea 2-1")';
  const afterName = before?.capitalized && s.prevGap === ' ';
  if (afterName && (HONORIFICS.test(before!.text) || tagged(before, 'Honorific'))) return 'after an honorific';
  if (afterName && tagged(before, 'FirstName') && tagged(span[0], 'Person', 'LastName')) return 'a surname';
  const realOrganizations = s.organizations.filter((o) => !namesCountriesOnly(o.text, gazetteer));
  if (inside(realOrganizations, c)) return 'inside an organization name';
  // A name the article uses as an organization ("the White House said") is one, unless it is a well-known place: that one
  // is an organization only where it speaks for its government (below).
  // Only places called so in their own name count: "White House" is also a translation of "Casablanca".
  const major = () =>
    c.match.hits.some(
      (h) => entryOwnKey(h.entry) === c.match.key && (isBroad(h.entry) || h.entry.population >= 100_000),
    );
  // "Liberal candidate", "Conservative leader": the English adjective (a party's) before a role, not the town of that name;
  // a big city stays one ("Nice mayor"), and so does a name that is no adjective ("Ohio senator", "the Bath MP").
  const adjective = c.match.commonWord && (lexiconTag(c.text.toLowerCase()) === 'Adjective' || (tagged(span[0], 'Adjective') && !tagged(span[0], 'ProperNoun')));
  if (c.first === c.last && adjective && s.nextGap === ' ' && next && !next.capitalized && ROLE_HEADS.has(next.text.toLowerCase()) && !major())
    return 'an adjective before a role ("Liberal candidate")';
  const organization = realOrganizations.some((o) => o.start === c.start && o.end === c.end);
  if (organization && !major()) return 'an organization name';
  // "Moscow said", "Washington's response": the government, where the people stage took it as one.
  if (organization && s.governments.some((g) => g.start === c.start && g.end === c.end)) return 'a government ("Moscow said")';
  // "Bank of Russia" is a name; "Sen. Elizabeth Warren of Massachusetts" is a person and a place.
  const ofPerson = s.beforeOf !== undefined && (tagged(s.beforeOf, 'Person') || s.people.some((p) => p.start <= s.beforeOf!.start && s.beforeOf!.end <= p.end));
  if (p1 === 'of' && /^\p{Lu}/u.test(p2) && !PLACE_HEADS.test(p2) && !caseless && !ofPerson) return 'after "<Name> of" ("Bank of Russia")';
  if (
    afterName && !caseless && !gazetteer.countryOfDemonym(before!.text) && !QUALIFIERS.test(before!.text) &&
    tagged(before, 'Noun', 'Adjective') && !tagged(before, 'Place', 'Actor', 'Honorific', 'Pronoun', 'Date')
  )
    return 'end of a longer name ("Real Madrid", "Air France")';
  if (next && s.nextGap === ' ' && next.capitalized && !next.caseless && !tagged(next, 'Actor', 'Honorific')) {
    // "Moscow State University", "New York Times"; a country may qualify a name ("United States federal").
    const personPair = tagged(span[0], 'FirstName') && tagged(next, 'Person', 'LastName');
    if (tagged(next, 'Organization') || personPair || !isCountry || FACILITY_HEADS.test(next.text)) return 'start of a longer name ("New York Times")';
  }
  return null;
}
