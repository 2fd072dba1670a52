import type { Article, DateMention, Span } from '../types.js';
import type { Clause, DraftEvent, Term, Trigger } from './model.js';
import { earliestDay, latestDay } from './today.js';
import { intentionWord } from './modality.js';
import { isTitleSentence } from '../headline.js';
import { isParticipleOf, presentLemma } from './lemma.js';
import { commaPhraseEnd } from './roles.js';
import { CONSEQUENCE } from '../dates/tense.js';
import { inReportedPossible } from './reported-content.js';

/** The modals and words of plans that put a verb after them ahead of the document's day or make it only possible ("will meet", "plans to visit", "is expected to sign", "can fly"). */
const NOT_ACTUAL_WORDS = String.raw`will|would|shall|can|could|may|might|should|must|${intentionWord('plan')}|planned(?<=\b(?:has|have|had)\s+planned)|planned(?!\s+(?:for|on|in|at|by|until)\s+\S)|planning|expected|intends?|${intentionWord('aim')}|${intentionWord('hope')}|going|set|due|scheduled`;

/** Words before a trigger that put it ahead of the document's day or make it only possible ("will meet", "plans to visit", "plans job cuts", "is expected to sign", "can fly"); "plan", "aim", "hope" not right before it, their verb ("The plan was not a success"). */
export const NOT_ACTUAL_BEFORE = new RegExp(String.raw`\b(?:${NOT_ACTUAL_WORDS}|to)\b[^.;]*$`, 'i');
/** The same words but "to", which is a preposition as often as it opens an infinitive ("shipments to dealers rise"). */
const MODAL_BEFORE = new RegExp(String.raw`\b(?:${NOT_ACTUAL_WORDS})\b[^.;]*$`, 'i');

/**
 * Whether the text from `from` up to the trigger puts it ahead of the document's day or makes it
 * only possible: a modal or a word of plans, or an infinitive "to" (one a verb follows: "wants to
 * close", not "features new to the phone include").
 */
function notActualBefore(text: string, from: number, trigger: Trigger, terms: readonly Term[]): boolean {
  const before = text.slice(from, trigger.span.start);
  if (MODAL_BEFORE.test(before)) return true;
  const beforeStop = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  const offset = trigger.span.start - beforeStop.length;
  return [...beforeStop.matchAll(/\bto\s+/gi)].some((m) => {
    const next = offset + m.index + m[0].length;
    return next >= trigger.span.start || (terms.find((t) => t.start === next)?.tags.has('Verb') ?? false);
  });
}

/** Right after a reporting verb: "said on Tuesday", "announced Monday", "revealed in 2020". */
const AFTER_REPORTING =
  /\b(?:said|says|told|announced|announces|added|reported|stated|confirmed|revealed|disclosed|admitted|declared)\s+(?:on\s+|in\s+|late\s+|early\s+|last\s+|this\s+)?$/i;
/** Between a verb and a date that is its own: "said on Monday", "announced late Tuesday", "revealed in 2020 that he had cancer". */
const RIGHT_AFTER = /^\s*(?:on|in|late|early|last|this)?\s*$/i;

/** What may follow a statement that ends its sentence: nothing, its own date, a setting or a manner ("..., the office said on Monday.", "said Tuesday in a statement", "said through a spokesman", "said after markets closed"), not what it says ("France, Italy and Germany said the talks failed."). */
const ENDS_SENTENCE = /^\s*(?:(?:on|late|early|last|this|in|at|during|via|through|by|after|before|without|with|from|over|as|when|while|following|earlier|later|today|yesterday|tonight|again|too|also|\p{Lu}[\p{L}.]*|\p{Ll}+ly)\b[A-Za-z0-9 ]{0,20})?(?:[.!?]|$)/u;
/** After "told", its hearer too: "..., the minister told reporters." */
const TOLD_ENDS_SENTENCE = /^\s*(?:(?:on|late|early|last|this)\s+)?[A-Za-z0-9 ]{0,20}(?:[.!?]|$)|^\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:on|late|early|last|this)?\s*\p{Lu}[A-Za-z0-9 ]{0,18}[.!?](?:\s|$)/u;
/** Between "told" and its own date, its hearer: "told shareholders on Wednesday", "told the parliament Tuesday". */
const TOLD_HEARER = /^\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+(?:on|late|early|last|this)?\s*$/i;
/** A comma or a closing quote: what sets off the content told before a statement ("Sales fell in May, the firm said"). */
const SETS_OFF = /[,\u201d"]/;

/**
 * Whether a date before a statement's verb is in what it reports, told first: the statement ends
 * its sentence and a comma or quote stands between ("Output fell in the third quarter, the office
 * said": the quarter is the fall's, not the saying's).
 */
const toldBefore = (text: string, trigger: Trigger, date: DateMention): boolean => endsSentence(text, trigger) && SETS_OFF.test(text.slice(date.end, trigger.span.start));

/** Whether nothing but its own date follows a trigger in its sentence ("..., the office said on Monday."). */
export const endsSentence = (text: string, trigger: Trigger): boolean =>
  (trigger.lemma === 'tell' ? TOLD_ENDS_SENTENCE : ENDS_SENTENCE).test(text.slice(trigger.span.end, trigger.span.end + 40)) || GERUND_ADJUNCT.test(text.slice(trigger.span.end, trigger.span.end + 40));

/** A gerund set off after a statement goes on with it, not with what it says: "..., the agency said on Thursday, citing problems". */
const GERUND_ADJUNCT = /^(?:\s+(?:on|late|early|last|this)?\s*[\p{L}\d.]+(?:\s+[\p{L}\d.]+)?)?\s*,\s*\p{Ll}+ing\b/u;

/** Statements whose object is a thing said, no clause ("declared victory", "denied the charges", "claimed responsibility", "confirmed the appointment"). */
const NOMINAL_OBJECT_STATEMENTS: ReadonlySet<string> = new Set(['declare', 'deny', 'confirm', 'claim', 'admit', 'acknowledge', 'reveal', 'disclose', 'report']);
/** Between such a statement and its own day: a short noun phrase, no clause (no "that", no verb form) and no comma, then "on", "at" or "shortly after" at most. */
const NOMINAL_OBJECT_THEN_DAY =
  /^\s+(?:(?!(?:that|whether|if|to|and|but|or|after|before|when|while|is|are|was|were|has|have|had|will|would)\b)(?![\p{L}-]+ed\b)[\p{L}\d'’%$.-]+\s+){1,5}(?:(?:on|at|late|early|last|this)\s+|(?:shortly|soon|just)\s+(?:after|before)\s+)?$/iu;
/** Grains of a day or finer: when a thing was said; a period after its object is the object's ("reported a loss in the fourth quarter"). */
const DAY_OR_FINER: ReadonlySet<string> = new Set(['day', 'part-of-day', 'hour', 'minute', 'second']);

/** Whether a date after a statement's object is the statement's own day: "declared victory shortly after midnight", "denied the charges on Tuesday". */
const dayAfterObject = (text: string, trigger: Trigger, d: DateMention): boolean =>
  NOMINAL_OBJECT_STATEMENTS.has(trigger.lemma) && DAY_OR_FINER.has(d.grain) && NOMINAL_OBJECT_THEN_DAY.test(text.slice(trigger.span.end, d.start));

/** The dates a statement may take: before its verb or right after it ("said on Monday"), or after a thing said ("declared victory on Tuesday"), not those of what it reports ("said it will buy ... in 2020"). */
const statementDates = (text: string, trigger: Trigger, dates: readonly DateMention[]): DateMention[] =>
  dates.filter(
    (d) =>
      (d.end <= trigger.span.start && !toldBefore(text, trigger, d)) ||
      (d.start >= trigger.span.end &&
        (RIGHT_AFTER.test(text.slice(trigger.span.end, d.start)) || (trigger.lemma === 'tell' && TOLD_HEARER.test(text.slice(trigger.span.end, d.start))) || dayAfterObject(text, trigger, d))),
  );

/**
 * The dates any other event may take: not the date of the statement that reports it ("will close ..., the company said
 * on Tuesday"); an announcing verb that ends its sentence, as a statement does, not the dates of what it told first
 * ("Voters will go to the polls on May 6, the commission announced").
 */
const contentDates = (text: string, trigger: Trigger, dates: readonly DateMention[]): DateMention[] =>
  dates.filter(
    (d) =>
      !comparisonBase(text, trigger, d, dates) &&
      (!AFTER_REPORTING.test(text.slice(Math.max(0, d.start - 30), d.start)) || (d.start >= trigger.span.end && RIGHT_AFTER.test(text.slice(trigger.span.end, d.start)))) &&
      !(trigger.type === 'announcement' && trigger.verb && d.end <= trigger.span.start && toldBefore(text, trigger, d)),
  );

/** What opens the base a change is measured from, set off after the change: "up from", "down sharply from", "compared with". */
const COMPARISON_OPENS = /(?:\b(?:up|down)\s+(?:[\w.%]+\s+){0,3}from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?)\s/i;
/** A bare "from" before a figure: "fell to 4.1% in October from 4.3%". */
const FROM_FIGURE = /\bfrom\s+[$€£¥]?\d/i;

/**
 * Whether a date after a trigger dates the base its change is measured from, not the change ("won 58 seats, up from 50
 * in the March 2024 election", "dropped to $3.05, down from $3.40 a month ago"). After a bare "from" only when the change
 * had a date of its own before it ("fell to 4.1% in October from 4.3% in September": September is the base's); else the
 * date is the change's period, as news writes it ("Profit fell to $2 million from $3 million in the fourth quarter").
 */
function comparisonBase(text: string, trigger: Trigger, date: DateMention, dates: readonly DateMention[]): boolean {
  if (date.start < trigger.span.end) return false;
  const between = text.slice(trigger.span.end, date.start);
  if (COMPARISON_OPENS.test(between)) return true;
  const from = FROM_FIGURE.exec(between);
  return from !== null && dates.some((o) => o.start >= trigger.span.end && o.end <= trigger.span.end + from.index);
}

/** The dates of its sentence an event may take, by what it is: a statement its own, any other event not its statement's. */
export const candidateDates = (text: string, trigger: Trigger, dates: readonly DateMention[]): DateMention[] =>
  trigger.type === 'statement' ? statementDates(text, trigger, dates) : contentDates(text, trigger, dates);

/** A condition after the verb: "hires workers if demand rises". */
const CONDITION_AFTER = /\b(?:if|unless|whenever)\b/i;
/** A present progressive or passive: "is flying", "are holding", "is owned". */
const PROGRESSIVE_BEFORE = /\b(?:is|are|am)\s+(?:[a-z]+ly\s+)?$/i;
/** Words before a present-tense verb that take it out of the present: a condition, a time clause, a habit ("if it rains", "when it opens", "usually sells", "rarely sees"). */
const NOT_NOW_BEFORE = /\b(?:if|unless|when|whenever|once|until|before|after|usually|often|always|rarely|seldom|sometimes|generally|typically|normally|regularly|frequently|every|each)\b[^.;,]*$/i;
/** "can" right before a verb, with at most a negation or an adverb between: "can fly", "cannot fully connect". */
const CAN_BEFORE = /\bcan(?:not|'t)?\s+(?:not\s+)?(?:[a-z]+ly\s+)?$/i;
/** A pronoun that stands for people ("they can", "we can"); "it" is as often a thing. */
const PERSON_PRONOUN_BEFORE = /\b(?:I|you|he|she|we|they)\s*$/i;
/** Whether the subject right before `end` is a person or an organization: a pronoun for people, or a name of either ending there ("Ford can", "Cy Ward can"). */
const actorBefore = (article: Article, end: number): boolean =>
  PERSON_PRONOUN_BEFORE.test(article.text.slice(Math.max(0, end - 6), end)) ||
  [...(article.people ?? []), ...(article.organizations ?? [])].some((item) => item.mentions.some((m) => m.end <= end && /^\s*$/.test(article.text.slice(m.end, end))));

/** An adverb right before a verb that puts it before the document's day: "a recently-announced plan", "had previously agreed"; or a past perfect, a past before the past the news tells of ("said it had hired advisers"). */
const EARLIER_BEFORE = /\b(?:(?:recently|previously|formerly|earlier|already)[\s-]+|had\s+(?:not\s+|never\s+)?(?:\p{L}+ly\s+)?(?:been\s+)?)$/iu;

/**
 * A word that opens a clause of its own inside a clause: what a modal or "to" said before it does
 * not reach past it ("want to know ..., as safety is our priority"). "as" only after a comma ("will
 * step down as chairman and leave" is one clause), "that" only before a pronoun, a determiner, a
 * verb or a plural ("pride that we are restoring", "cars that are", "show that alliances"), not as
 * a determiner itself ("will close that plant and cut").
 */
const OPENS_CLAUSE = /(?:,\s*as|\b(?:because|although|though|whereas|that|which|who))\s+/gi;

/** Whether a "that" opens a clause: the word after it is no noun it determines. */
const thatOpens = (terms: readonly Term[], at: number): boolean => {
  const next = terms.find((t) => t.start >= at);
  return next !== undefined && ['Pronoun', 'Determiner', 'Verb', 'Plural'].some((tag) => next.tags.has(tag));
};

/** Where the words that govern a trigger may start: after the last word before it that opens a clause of its own and no comma closes ("will, as part of the plan, close"), else at its clause's start. */
function governedFrom(text: string, clause: Clause, trigger: Trigger, terms: readonly Term[]): number {
  const before = text.slice(clause.start, trigger.span.start);
  const last = [...before.matchAll(OPENS_CLAUSE)]
    .filter((m) => !before.slice(m.index + m[0].length).includes(','))
    .filter((m) => !/^that\b/i.test(m[0]) || thatOpens(terms, clause.start + m.index + m[0].length))
    .at(-1);
  return last ? clause.start + last.index + last[0].length : clause.start;
}

/**
 * Whether a verb trigger states what happens on the document's day by its tense: a present tense
 * ("sells", "is flying", and "the jet can fly", what a thing is able to do now), with nothing
 * before it in its clause that makes it a condition, a future, a habit or only possible ("could
 * fly", "may fly", "Ford can close the plant").
 */
function inThePresent(article: Article, clause: Clause, trigger: Trigger, terms: readonly Term[]): boolean {
  if (!trigger.verb) return false;
  const text = article.text;
  const term = terms.find((t) => t.start === trigger.span.start);
  if (!term) return false;
  const before = text.slice(Math.max(clause.start, trigger.span.start - 40), trigger.span.start);
  if (NOT_NOW_BEFORE.test(text.slice(clause.start, trigger.span.start)) || CONDITION_AFTER.test(text.slice(trigger.span.end, clause.sentence.end))) return false;
  const from = governedFrom(text, clause, trigger, terms);
  const clauseBefore = text.slice(from, trigger.span.start);
  // "The aircraft can fly 9,420 miles": "can" says what a thing is able to do now; what a person or an organization "can" do is only possible ("Ford can close the plant").
  const can = CAN_BEFORE.exec(clauseBefore);
  if (can) return !MODAL_BEFORE.test(clauseBefore.slice(0, can.index)) && !actorBefore(article, from + can.index);
  if (notActualBefore(text, from, trigger, terms)) return false;
  if (term.tags.has('PresentTense') && !term.tags.has('PastTense')) return true;
  // "is flying", and a present passive or state: "are fully committed", "is owned".
  return (term.tags.has('Gerund') || term.tags.has('PastTense') || term.tags.has('Participle')) && PROGRESSIVE_BEFORE.test(before);
}

/**
 * The date an event takes from its time expression: its TIMEX3 value, except "now", "currently"
 * (PRESENT_REF), which is the document's day; "recent", "in the long term" (PAST_REF, FUTURE_REF)
 * give no day, only a side of it.
 */
export const eventDateOf = (date: DateMention, documentDate: string | null): { value: string; grain: DateMention['grain'] } =>
  date.value === 'PRESENT_REF' && documentDate ? { value: documentDate, grain: 'day' } : { value: date.value, grain: date.grain };

/** Where an undated event stands: the day's news (see today.ts). */
export interface UndatedScope {
  article: Article;
  news: { start: number; end: number } | null;
}

/**
 * The date of an event its text leaves undated, or null: the document's day for what the news
 * says of that day (a past-tense "said", anything in the day's news that is neither still to come
 * nor only possible: see `daysNews`), and for what the text puts in the present by its tense
 * wherever it stands ("the company sells", "is flying").
 */
export function undatedDate({ article, news }: UndatedScope, sentence: Span, clause: Clause, trigger: Trigger, terms: readonly Term[]): string | null {
  if (!article.documentDate) return null;
  // "..., the company said": news reports what was said for the day's story, wherever in the story it stands.
  if ((trigger.type === 'statement' || trigger.type === 'announcement') && trigger.verb && !trigger.negated && /(?:ed|said|told|wrote)$/i.test(trigger.span.text)) return article.documentDate;
  // "If the bill passes, ...": the condition's clause may start after its "if", where inThePresent does not see it.
  if (presentCondition(article.text, sentence, trigger, terms)) return null;
  // A headline's present tense tells what happened ("Boeing unveils ..."), and so does a title line the reader did not take for one: only prose that ends its sentences speaks of now.
  if (!isTitleSentence(article.text, article.headline, sentence) && inThePresent(article, clause, trigger, terms)) return placeKindFact(article, trigger) ? null : article.documentDate;
  if (!news || sentence.start < news.start || sentence.start >= news.end) return null;
  if (EARLIER_BEFORE.test(article.text.slice(clause.start, trigger.span.start)) || inCondition(article.text, sentence, trigger)) return null;
  if (!trigger.verb && NOT_ACTUAL_AFTER.test(article.text.slice(trigger.span.end, trigger.span.end + 40))) return null;
  return notActualBefore(article.text, governedFrom(article.text, clause, trigger, terms), trigger, terms) ? null : article.documentDate;
}

/**
 * A noun event's own verb right after it that puts it ahead or makes it only possible: "A ruling is expected within
 * weeks", "The vote is due in March", "A deal could come"; it has not happened on the document's day.
 */
const NOT_ACTUAL_AFTER = /^\s+(?:(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:expected|due|scheduled|set|slated|planned|likely|unlikely|possible)|will|would|could|may|might|should|must)\b/i;

/** Words for kinds of places, as the gazetteer's place kinds name them (a capital is a city that seats a government). */
const PLACE_KIND_HEADS: ReadonlySet<string> = new Set(['continent', 'region', 'country', 'nation', 'state', 'province', 'county', 'district', 'city', 'capital', 'town', 'village', 'island', 'port', 'lake', 'river', 'mountain', 'sea']);

/** A determiner, the kind's word, then the sentence's end, a comma, or "in"/"of"/"on" a name ("in southern Kyrgyzstan", "of Kenya"). */
const KIND_PHRASE = /^\s+(?:a|an|the)\s+(\p{L}+)(?:\s*(?:[.,;]|$)|\s+(?:in|of|on)\s+(?:the\s+)?(?:(?:\p{Ll}+ern|central)\s+)?\p{Lu})/u;

/**
 * Whether a present copula says what kind of place a named place is ("Paris is the capital of
 * France", "Osh is a city in Kyrgyzstan"): a fact that holds on no one day, so not the document's.
 */
function placeKindFact(article: Article, trigger: Trigger): boolean {
  const kind = trigger.lemma.slice(3);
  if (!trigger.copula || !PLACE_KIND_HEADS.has(kind)) return false;
  // Only the bare classification: "is a city in Kyrgyzstan", "is the capital of Kenya"; not "the latest country to ban", "the host nation", "a country in crisis", news of now.
  const kindPhrase = KIND_PHRASE.exec(article.text.slice(trigger.span.end, trigger.span.end + 80));
  if (!kindPhrase || kindPhrase[1]!.toLowerCase() !== kind) return false;
  const at = trigger.span.start;
  return (article.places ?? []).some((place) => place.mentions.some((m) => m.end <= at && at - m.end <= 3 && /^\s*$/.test(article.text.slice(m.end, at))));
}

/** "will" or "shall" right before a verb, with a negation, an adverb or "be" between: "will meet", "will not be closed", "will formally sign". */
const WILL_BEFORE = /\b(?:will|shall|won't)\s+(?:not\s+)?(?:[a-z]+ly\s+)?(?:be\s+)?$/i;

/** The side of the document's day a present or a past tense puts its verb on, against a time that only says a side ("recent": PAST_REF). */
const DENIED_BY_TENSE: Readonly<Record<string, (term: Term) => boolean>> = {
  PAST_REF: (t) => t.tags.has('PresentTense') && !t.tags.has('PastTense'),
  FUTURE_REF: (t) => t.tags.has('PastTense') && !t.tags.has('Participle'),
};

/**
 * The side of the document's day a date stands on, as far as a verb's tense can refuse it: a time
 * that only says a side (PAST_REF, FUTURE_REF); a date wholly after the day, which no simple past
 * happened on ("postponed a visit planned for Wednesday", "lost money and will cut 500 jobs next
 * year": the date is the visit's, the cut's); a date wholly before it, for a copula.
 */
function sideOfDay(trigger: Trigger, date: DateMention, documentDate: string | null): string {
  const [first, last] = documentDate && /^\d{4}/.test(date.value) ? [earliestDay(date.value), latestDay(date.value)] : [null, null];
  if (first !== null && first > documentDate!) return 'FUTURE_REF';
  return trigger.copula && last !== null && last < documentDate! ? 'PAST_REF' : date.value;
}

/** Verbs of planning: what they are "for" is a time still to come. */
const PLANS: ReadonlySet<string> = new Set(['plan', 'schedule', 'reschedule', 'set', 'slate', 'book']);

/**
 * Whether a time that only says before or after the document's day is not the event's, by the
 * verb's own tense: "this is an exciting time in our recent history" is now, whatever "recent"
 * says of the history; a modal or an infinitive before the verb leaves its tense open.
 */
export function deniedByTense(text: string, clause: Clause, trigger: Trigger, terms: readonly Term[], date: DateMention, documentDate: string | null): boolean {
  // "If approved in June, the merger would ...": a condition's past form is no past; its time is still to come.
  if (inCondition(text, clause.sentence, trigger)) return false;
  // A present copula is not of a date that ended before the document's day ("this is not the first time ..., with the deadliest during the 1991 Hajj"); other verbs' present forms are often past ones too ("hit", "cut").
  // "Last year is the hottest on record": the date is the copula's subject, what is said is of that time.
  if (trigger.copula && date.end <= trigger.span.start && /^\s*$/.test(text.slice(date.end, trigger.span.start))) return false;
  // "a strike planned for Monday": the time a plan is for lies ahead whatever its tense.
  if (PLANS.has(trigger.lemma) && /^\s+(?:for|on)\s+$/i.test(text.slice(trigger.span.end, date.start))) return false;
  // "will meet" on a day already past is not that day's meeting: the date is another verb's.
  if (trigger.verb && documentDate && WILL_BEFORE.test(text.slice(Math.max(clause.start, trigger.span.start - 30), trigger.span.start))) {
    const end = /^\d{4}/.test(date.value) ? latestDay(date.value) : null;
    if (end !== null && end < documentDate) return true;
  }
  const denies = DENIED_BY_TENSE[sideOfDay(trigger, date, documentDate)];
  const term = trigger.verb ? terms.find((t) => t.start === trigger.span.start) : undefined;
  return Boolean(denies && term && denies(term) && !notActualBefore(text, governedFrom(text, clause, trigger, terms), trigger, terms));
}

/** "if" or "unless" opening the stretch up to a trigger, with no comma between: "If approved in June", "would cut jobs if sales fell". */
const CONDITION_BEFORE = /\b(?:if|unless)\b[^,;:"\u201c\u201d]*$/i;

/**
 * Whether a trigger stands in a condition whose sentence tells what would follow it ("If approved in June, the merger
 * would create ...", "will cut jobs unless sales rise"): what the condition names has not happened; its past form is a
 * subjunctive, not the news of the day nor a past.
 */
export function inCondition(text: string, sentence: Span, trigger: Trigger): boolean {
  const before = CONDITION_BEFORE.exec(text.slice(sentence.start, trigger.span.start));
  return before !== null && CONSEQUENCE.test(text.slice(sentence.start, sentence.end));
}

/**
 * Whether a trigger is the present-tense verb of a condition ("If it passes, the rules take effect in 2027"): a present
 * in a condition speaks of what may still come, whatever the main clause's form.
 */
function presentCondition(text: string, sentence: Span, trigger: Trigger, terms: readonly Term[]): boolean {
  const term = terms.find((t) => t.start === trigger.span.start);
  // The tagger may read the -s present after a noun as a plural ("If the bill passes"): the conjugation tells.
  const present = term !== undefined && ((term.tags.has('PresentTense') && !term.tags.has('PastTense')) || presentLemma(term.lower) !== null);
  return present && CONDITION_BEFORE.test(text.slice(sentence.start, trigger.span.start));
}

/** "after" or "before" opening what follows it up to the trigger, with no comma, clause break, "and" or "but" between ("after it cut its forecast"; not "after a brief chase and charged him", where the verb after "and" goes on with the main clause, nor "after all"). */
const SEQUENCE_BEFORE = /\b(?:after(?!\s+all\b)|before)\s+(?:(?!\b(?:and|but)\b)[^,;:"\u201c\u201d])*$/i;

/**
 * Whether a trigger stands in an "after" or "before" phrase or clause that comes after the date
 * ("Shares fell 3% on Monday after it cut its forecast"): what that clause tells happened before or
 * after the dated event, not on its date, and the text gives it no time of its own. The phrase's
 * own date ("after it cut its forecast on Friday") comes after the word and is not refused.
 */
export const sequencedAwayFrom = (text: string, trigger: Trigger, date: DateMention, documentDate: string | null): boolean =>
  date.end <= trigger.span.start &&
  !aheadOf(date, documentDate) &&
  SEQUENCE_BEFORE.test(text.slice(date.end, trigger.span.start)) && !OFFSET_BETWEEN.test(text.slice(date.end, trigger.span.start));

/** A sentence that opens with an "after" or "before" phrase or clause, up to the trigger: "After the vote, ...", "Before it cut its forecast, ...". */
const FRONTED_SEQUENCE = /^\s*(after|before)\b[^,;:"\u201c\u201d]*$/i;

/**
 * Whether a trigger stands in an "after" or "before" phrase that opens its sentence and a date
 * comes after the comma that closes it: "After the vote, the minister resigned on Friday": Friday
 * is the resignation's; the vote came before it, on no day the text gives. Returns the word, or null.
 */
export function frontedSequence(text: string, sentence: { start: number }, trigger: Trigger, date: DateMention): 'after' | 'before' | null {
  if (date.start < trigger.span.end || !text.slice(trigger.span.end, date.start).includes(',')) return null;
  const word = FRONTED_SEQUENCE.exec(text.slice(sentence.start, trigger.span.start))?.[1]?.toLowerCase();
  return word === 'after' || word === 'before' ? word : null;
}

/** Whether a date is wholly after the document's day: "will report on Thursday after the market closes" is that Thursday's, its clause in the present as English puts a future in it. */
const aheadOf = (date: DateMention, documentDate: string | null): boolean => {
  const first = documentDate && /^\d{4}/.test(date.value) ? earliestDay(date.value) : null;
  return first !== null && first > documentDate!;
};

/** Whether what an "after" clause tells came before a date already past ("fell on Monday after it cut its forecast": the cut is past too, whatever form the verb takes). */
export const pastBefore = (text: string, trigger: Trigger, date: DateMention, documentDate: string | null): boolean => {
  const last = documentDate && /^\d{4}/.test(date.value) ? latestDay(date.value) : null;
  return last !== null && last < documentDate! && /\bafter\s+[^,;:"\u201c\u201d]*$/i.test(text.slice(date.end, trigger.span.start));
};

const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** How long before or after: "two days before", "a week after". */
const COUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:day|week)s?\s+(?:before|after)\s+`;
/** What a count reaches: up to "and"/"but", a date of the phrase's own, a modal ("after the company said it would cut"). */
const REACH = String.raw`(?:(?!\b(?:and|but|will|would|could|might|may|shall|should)\b)[^,;:.\d])*`;
/** The count that reaches the trigger, its number, unit and side captured. */
const LAST_COUNT = String.raw`(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+(before|after)\s+${REACH}$`;
/**
 * A day, then how long before or after the event that follows: "on June 17, two days before the
 * phone launches", "Monday, a week after the vote"; a second count after "and" counts from the
 * same day ("two days after the vote and a week after the strike ended"); the count's reach ends
 * at "and"/"but" ("a week after the campaign ended and two days before ..."), at a date of the
 * phrase's own ("after the June 1 vote") and at a modal ("after the company said it would cut").
 */
const OFFSET_BETWEEN = new RegExp(String.raw`^,?\s*(?:${COUNT}${REACH}\s*,?\s*and\s+)*${LAST_COUNT}`, 'i');
/**
 * A count right after what an event says, with no date between: "Shares rose a day after the company said sales fell";
 * not a count a preposition governs, a span or a duration ("its highest in a week after", "closed for two weeks after").
 */
const OFFSET_AFTER_EVENT = new RegExp(String.raw`(?:^|[\s,])(?<!\b(?:in|for|within|over|during|of|than|throughout|under|about|past|last|first|next)\s+)${LAST_COUNT}`, 'i');

/** The day `match` (number, unit, side) counts from `day`. */
function countDays(day: string, m: RegExpExecArray): string {
  const count = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const days = count * (m[2]!.toLowerCase() === 'week' ? 7 : 1) * (m[3]!.toLowerCase() === 'before' ? 1 : -1);
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The day of an event that the text counts from a given day ("will be available on June 17, two
 * days before the phone launches": the launch is June 19; "Monday, a week after the vote": the vote
 * is a week before Monday), or null when the words between are not such a count or the date is no day.
 */
export function countedFrom(text: string, trigger: Trigger, date: DateMention): string | null {
  if (date.end > trigger.span.start || !/^\d{4}-\d{2}-\d{2}$/.test(date.value)) return null;
  const m = OFFSET_BETWEEN.exec(text.slice(date.end, trigger.span.start));
  return m ? countDays(date.value, m) : null;
}

/** What ends a verb's own phrase before a count: a comma (not the one that sets the count off: "rose on Tuesday, a day after"), a colon, a word that opens a clause, a form of "be". */
const CLAUSE_EDGE = /[;:]|,(?!\s*$)|\b(?:that|which|who|when|while|is|are|was|were|be|been)\b/i;

/** An event of the sentence already given a day: the trigger's span and its date. */
export interface CountAnchor {
  trigger: Span;
  date: string | null;
  verb?: boolean;
}

/**
 * The day of an event counted from the verb before the count, when no date stands between ("Shares
 * rose a day after the company said sales fell": the saying is the day before the rise, whatever
 * day the rise took), or null when no count reaches the trigger or that verb has no day.
 */
export function countedFromEvent(text: string, sentence: Span, trigger: Trigger, anchors: readonly CountAnchor[]): string | null {
  const m = OFFSET_AFTER_EVENT.exec(text.slice(sentence.start, trigger.span.start));
  if (!m) return null;
  const at = sentence.start + m.index;
  const anchor = [...anchors].reverse().find((a) => a.verb && a.trigger.start >= sentence.start && a.trigger.end <= at);
  // The count goes on the verb's own phrase ("rose 3% a day after"), not past a clause's edge ("What is known is that five days before his death, he wrote": the count is of "wrote").
  if (anchor && CLAUSE_EDGE.test(text.slice(anchor.trigger.end, at))) return null;
  return anchor?.date && /^\d{4}-\d{2}-\d{2}$/.test(anchor.date) ? countDays(anchor.date, m) : null;
}

/**
 * Where a participle's phrase set off by commas after a noun ends, when adverbs stand before the participle ("The deal,
 * first announced in October 2023, had been delayed"): the comma before the clause's own verb; else null. (Without
 * adverbs, `reducedRelativeEnd` finds it.)
 */
export function adverbedParticipleEnd(terms: readonly Term[], i: number, text: string, lemma: string): number | null {
  const term = terms[i];
  if (!term || !(term.tags.has('PastTense') || term.tags.has('Participle')) || !isParticipleOf(lemma, term.lower)) return null;
  let k = i - 1;
  // "first announced", "only completed", "originally planned": an adverb, or an ordinal standing as one.
  while (k >= 0 && (terms[k]!.tags.has('Adverb') || terms[k]!.tags.has('Ordinal')) && /^\s+$/.test(text.slice(terms[k]!.end, terms[k + 1]!.start))) k--;
  const noun = terms[k];
  if (k === i - 1 || !noun || !noun.tags.has('Noun') || noun.tags.has('Pronoun') || !/^\s*,\s*$/.test(text.slice(noun.end, terms[k + 1]!.start))) return null;
  return commaPhraseEnd(terms, i, text);
}

/** A participle of plans: what its phrase's date names is the time of the noun it describes ("a strike, planned for Monday,"). */
const PLANNED = /^(?:planned|scheduled|rescheduled|set|slated|due|booked)$/i;

/**
 * Whether a date in a participle's phrase set off by commas is kept from a trigger outside it: from the noun it describes
 * too ("The deal, first announced in October 2023, had been delayed": the announcing is October's, not the deal), but
 * for a phrase of plans ("The strike, planned for Monday, was called off": the strike is Monday's).
 */
export const setOffFrom = (text: string, phrase: Span, trigger: Trigger): boolean =>
  trigger.span.start >= phrase.end || (trigger.span.end <= phrase.start && /^,/.test(text.slice(phrase.end, phrase.end + 1)) && !PLANNED.test(/^\S+/.exec(phrase.text)?.[0] ?? ''));

/** A verb that carries its clause's tense itself: no auxiliary, modal, copula, gerund or bare participle. */
const finiteVerb = (t: Term): boolean =>
  t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !['Auxiliary', 'Modal', 'Copula', 'Gerund', 'Infinitive'].some((tag) => t.tags.has(tag));

/**
 * Whether a date after a trigger belongs to a clause embedded after it: a verb event stands between them that follows
 * another finite verb with no "and", "or", "but" or comma between, so opens a clause of its own ("The deal surpasses the
 * £115 million Chelsea paid Brighton in 2023": 2023 is the paying's, neither the deal's nor the surpassing's). Coordinated
 * verbs share their dates ("met and approved the merger on Monday").
 */
export function embeddedAfter(text: string, trigger: Trigger, date: DateMention, terms: readonly Term[], triggers: readonly Trigger[]): boolean {
  if (date.start < trigger.span.end) return false;
  if (questionedAfter(text, trigger, date, triggers) || describingVerbBetween(text, trigger, date, terms, triggers)) return true;
  const verbs = terms.filter((t) => t.start >= trigger.span.start && t.end <= date.start && finiteVerb(t));
  return verbs.some(
    (v, k) => k > 0 && triggers.some((o) => o !== trigger && o.verb && o.span.start === v.start) && !/[,;:]|\b(?:and|or|but|nor)\b/i.test(text.slice(verbs[k - 1]!.end, v.start)),
  );
}

/**
 * Whether a verb event between a trigger and a date after it opens a phrase of its own that the date ends: a verb right
 * after a noun of the trigger's object ("breaking the club record set in 1998": 1998 is the setting's), or a participle
 * after a comma ("scored 22 goals, breaking the record in 1998": the breaking's). Not a gerund right after the trigger,
 * its complement ("began making cars in 1990" is the beginning's time too).
 */
function describingVerbBetween(text: string, trigger: Trigger, date: DateMention, terms: readonly Term[], triggers: readonly Trigger[]): boolean {
  return triggers.some((o) => {
    if (o === trigger || !o.verb || o.span.start < trigger.span.end || o.span.end > date.start) return false;
    const k = terms.findIndex((t) => t.start === o.span.start);
    const before = terms[k - 1];
    if (k <= 0 || !before || before.start < trigger.span.end) return false;
    const gap = text.slice(before.end, o.span.start);
    const form = terms[k]!;
    if (/^\s*,\s*$/.test(gap)) return form.tags.has('Gerund') || form.tags.has('Participle');
    // The noun is in the trigger's own phrase, its object ("breaking the record set in"), not a new clause's subject after a comma.
    // A noun trigger has no object: the noun after it is its own phrase's, and the verb the one it is subject of ("Sales of new
    // homes jumped 20% in August": August is the sales' too). A reduced relative never takes an -s ("close all 350 of its U.S. stores by May 1").
    return (
      trigger.verb &&
      /^\s+$/.test(gap) &&
      before.tags.has('Noun') &&
      !before.tags.has('Pronoun') &&
      !/[,;:]/.test(text.slice(trigger.span.end, before.start)) &&
      !(form.tags.has('PresentTense') && /[^s]s$/i.test(form.text))
    );
  });
}

/** "but" joining two verbs or clauses: "won 11 games but lost seven in February", "was due to reopen last spring, but work stopped". */
const CONTRAST = /(?:^|[\s,])but\s/i;
/** Between "but" and a verb that goes on with the subject before it: auxiliaries, a negation, adverbs at most ("but did not reach"). */
const SAME_SUBJECT = /^\s*(?:(?:did|does|do|was|were|is|are|has|have|had|will|would|could|not|never|then|also|still|soon|\p{L}+ly)\s+)*$/iu;

/** Right before a verb that is only planned: "due to reopen", "was to open", "expected to finish". */
const PLANNED_BEFORE = /\bto\s+$/i;

/**
 * Whether "but" stands between a trigger and a date inside the other verb's phrase: a contrast sets the two happenings
 * apart in time ("They won 11 of their first 14 games but lost seven in a row in February": February is the losing's;
 * "It was due to reopen last spring, but work stopped": spring is the reopening's). A date that opens the sentence before
 * any verb still reaches both ("On Monday, shares rose but bonds fell").
 */
export function acrossContrast(text: string, sentence: Span, trigger: Trigger, date: DateMention, triggers: readonly Trigger[]): boolean {
  if (date.start >= trigger.span.end) return CONTRAST.test(text.slice(trigger.span.end, date.start));
  const contrast = CONTRAST.exec(text.slice(date.end, trigger.span.start));
  // "met on Monday but did not reach a decision": a verb that goes on with the same subject keeps the date.
  if (!contrast || SAME_SUBJECT.test(text.slice(date.end + contrast.index + contrast[0].length, trigger.span.start))) return false;
  // A date before "but" is kept from the clause after it only when it is a plan's ("was due to reopen last spring"), a time
  // nothing happened at; a happening's day ("held rates on Thursday, but three policymakers voted for a cut") is the occasion
  // the contrast tells of, and reaches both.
  const own = triggers.filter((o) => o !== trigger && o.verb && o.span.start >= sentence.start && o.span.end <= date.start).at(-1);
  return own !== undefined && PLANNED_BEFORE.test(text.slice(sentence.start, own.span.start));
}

/** "until 1995", "through the end of June": the end of a span the event lasts over. */
const UNTIL_BEFORE = /\b(?:until|till|through)\s+(?:(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+)?$/i;

/**
 * Whether a date after a trigger only ends the span it lasts over ("She taught at Columbia until 1995"): no time the
 * event happened at. Not after a negation ("did not reopen until May": it happened then) nor after a "from" date that
 * opens the span ("served from 2001 until 2009", one range).
 */
export function spanEndAfter(text: string, trigger: Trigger, date: DateMention, triggers: readonly Trigger[]): boolean {
  if (date.start < trigger.span.end || trigger.negated) return false;
  // The span of the verb it follows: "won the award in 1974 and taught there until 1995" ends the teaching, not the winning.
  if (triggers.some((o) => o !== trigger && o.verb && o.span.start >= trigger.span.end && o.span.end <= date.start)) return false;
  const between = text.slice(trigger.span.end, date.start);
  return UNTIL_BEFORE.test(between.slice(-30)) && !/\bfrom\b/i.test(between);
}

/** Whether a date lies wholly before the document's day ("until 1995", written in 2021), so a span it ends is over. */
export const endedBefore = (date: DateMention, documentDate: string | null): boolean => {
  const last = documentDate && /^\d{4}/.test(date.value) ? latestDay(date.value) : null;
  return last !== null && last < documentDate!;
};

/** Between a date and a trigger in the "when" clause that describes that date: ", when a bridge was". */
const WHEN_CLAUSE_BETWEEN = /^\s*,\s*when\s+[^,;:.!?]*$/i;

/**
 * The date a relative "when" clause describes, for a trigger in that clause: "halted since Monday, when a bridge was
 * damaged by floods" (the damage is Monday's, though "since" keeps Monday from the halting), but not for what the clause
 * reports as only possible ("in September, when he said that the deal could be signed"); or undefined.
 */
export const whenClauseDate = (text: string, trigger: Trigger, dates: readonly DateMention[]): DateMention | undefined =>
  dates.find((d) => (d.type === 'DATE' || d.type === 'TIME') && d.end <= trigger.span.start && WHEN_CLAUSE_BETWEEN.test(text.slice(d.end, trigger.span.start)) && !inReportedPossible(text.slice(d.end, trigger.span.start)));

/** "if" or "whether" opening the clause a verb asks about, with no punctuation up to its verb: "asked if sales rose". */
const QUESTIONED = /^[^,;:.]*\b(?:if|whether)\s[^,;:.]*$/i;

/**
 * Whether a date after a trigger is in the clause it asks or wonders about, after "if" or "whether" ("The reporter asked
 * if sales rose in May": May is the rise's, not the asking's); the tagger may read that clause's verb as a noun ("rose"),
 * so the clause is found by its word and by the verb event after it.
 */
function questionedAfter(text: string, trigger: Trigger, date: DateMention, triggers: readonly Trigger[]): boolean {
  return triggers.some((o) => o !== trigger && o.verb && o.span.start > trigger.span.end && o.span.end <= date.start && QUESTIONED.test(text.slice(trigger.span.end, o.span.start)));
}

/** A clause of concession, reason or condition that opens its sentence, up to its comma: "Although the company posted a loss last year,". */
const FRONTED_CONCESSION = /^\s*(?:although|though|even\s+though|because|while|whereas|if|unless)\b[^,;:"\u201c\u201d]*,/i;

/**
 * Whether a date stands in a clause of concession, reason or condition that opens the sentence and the trigger comes
 * after it: "Although the company posted a loss last year, it raised its dividend on Tuesday": last year is the
 * loss's; the raise takes its own date or none. Not "when" or "as", whose clause sets the time of the main one ("When
 * the plant closed in 2019, 300 workers lost their jobs"). Nor does a trigger in that clause take a date of the main
 * clause after it.
 */
export function frontedClauseAway(text: string, sentence: Span, trigger: Trigger, date: DateMention): boolean {
  const m = FRONTED_CONCESSION.exec(text.slice(sentence.start, sentence.end));
  if (m === null) return false;
  const end = sentence.start + m[0].length;
  // Either way: "If it passes, the rules take effect in 2027": 2027 is the rules', not the passing's, which comes before.
  return trigger.span.start >= end ? date.start >= sentence.start && date.end <= end : trigger.span.end <= end && date.start >= end;
}

/** Between a verb and the date of its object, the object's determiner or owner: "delayed the March vote", "postponed the bank's May meeting". */
const OBJECT_DETERMINER = /^\s+(?:(?:the|a|an|its|their|his|her|our|this|that)\s+(?:[\p{L}.&-]+['’]s\s+)?|[\p{L}.&-]+['’]s\s+)$/iu;

/**
 * Whether a date is the modifier of a noun event in a verb's object, and so that event's, not the verb's: "Lawmakers
 * delayed the March vote" (the delay is the day's news, the vote March's). A date in a phrase after a preposition
 * still dates the verb ("rejected the plan in the May referendum"), and so does one before it ("The January election
 * was marred by violence").
 */
export function objectEventDate(text: string, trigger: Trigger, date: DateMention, triggers: readonly Trigger[]): boolean {
  if (!trigger.verb || date.start < trigger.span.end || !OBJECT_DETERMINER.test(text.slice(trigger.span.end, date.start))) return false;
  return triggers.some((o) => o !== trigger && !o.verb && /^\s+$/.test(text.slice(date.end, o.span.start)));
}

/** A second complement clause of one verb: "said that inflation slowed in February and that unemployment rose". */
const NEXT_COMPLEMENT = /,?\s+(?:and|but|or)\s+(?:that|whether)\s/i;

/**
 * Whether a date in one complement clause is kept from a trigger in the next one of the same verb ("The ministry said
 * on Monday that inflation slowed in February and that unemployment rose": February is the slowing's, not the rise's);
 * each "that" opens a report of its own.
 */
export const inEarlierComplement = (text: string, trigger: Trigger, date: DateMention): boolean =>
  date.end <= trigger.span.start && NEXT_COMPLEMENT.test(text.slice(date.end, trigger.span.start));

/** A report's participle that opens a new report after a statement: "..., the company said, adding that prices rose", "saying", "noting". */
const REPORT_PARTICIPLE = /^(?:adding|saying|noting|stressing|warning|explaining|arguing|insisting)$/i;

/**
 * Whether a date before a statement is kept from an event the statement reports after it: what a report's participle
 * tells is a new report ("Sales fell in May, the company said, adding that prices rose": the rise is not May's), and
 * what a report puts ahead or makes only possible is not of the day the report was made on ("lowered rates on
 * Wednesday and said inflation would rise").
 */
export function reportedAfter(text: string, trigger: Trigger, date: DateMention, triggers: readonly Trigger[], terms: readonly Term[]): boolean {
  if (trigger.type === 'statement' || date.end > trigger.span.start) return false;
  return triggers.some(
    (s) =>
      s !== trigger &&
      s.type === 'statement' &&
      s.verb &&
      s.span.start >= date.end &&
      s.span.end <= trigger.span.start &&
      (REPORT_PARTICIPLE.test(s.span.text) || notActualBefore(text, s.span.end, trigger, terms)),
  );
}

/** Between a statement's verb and a participle that goes on with it: its own date at most, then a comma ("said on Thursday, citing"). */
const STATEMENT_TO_ADJUNCT = /^(?:\s+(?:on|late|early|last|this)?\s*[\p{L}\d.]+(?:\s+[\p{L}\d.]+)?)?\s*,\s*$/u;

/**
 * The statement a gerund set off after it goes on with ("..., the agency said on Thursday, citing problems with the
 * heat shield"): the citing is the saying's, on its day, not that of what was said before; or undefined.
 */
export function statementAdjunctOf(text: string, trigger: Trigger, triggers: readonly Trigger[], terms: readonly Term[]): Trigger | undefined {
  if (!terms.find((t) => t.start === trigger.span.start)?.tags.has('Gerund')) return undefined;
  return triggers.find((s) => s.type === 'statement' && s.verb && s.span.end <= trigger.span.start && endsAt(text, s, trigger) && STATEMENT_TO_ADJUNCT.test(text.slice(s.span.end, trigger.span.start)));
}

/** Whether a statement ends its sentence up to the gerund after it ("said on Thursday, citing"). */
const endsAt = (text: string, statement: Trigger, gerund: Trigger): boolean => /^[^,]*,\s*$/.test(text.slice(statement.span.end, gerund.span.start));

/**
 * The headline's date carried to the lead: the first sentence of the body that tells the headline's happening again with
 * no date of its own ("Carmaker recalls 50,000 vehicles on March 9" / "The carmaker recalled 50,000 vehicles because of
 * faulty brakes, the regulator said": the recall is March 9's, not the document's day). Only a verb of the same word as a
 * dated verb of the headline, and only in the lead: later sentences tell the story's other happenings.
 */
export function headlineDateToLead(drafts: readonly DraftEvent[], headline: Span | null, lead: Span | undefined): DraftEvent[] {
  if (!headline || !lead) return [...drafts];
  const dated = drafts.filter((d) => d.verb && d.dateSource === 'explicit' && d.trigger.start >= headline.start && d.trigger.end <= headline.end);
  return drafts.map((d) => {
    if (!d.verb || d.dateSource !== 'document' || d.trigger.start < lead.start || d.trigger.end > lead.end) return d;
    const source = dated.find((h) => h.lemma === d.lemma && h.polarity === d.polarity);
    return source ? { ...d, date: source.date, dateText: source.dateText, dateGrain: source.dateGrain, dateSource: 'inferred' } : d;
  });
}
