import type { Span } from '../types.js';
import type { Tense } from './candidate.js';
import type { TensedVerbs } from './extract.js';
import { FORECAST_PERIOD_END } from './forecast-periods.js';
import { PUTTING_OFF } from './putting-off.js';
import { PRICE_BEFORE_DATE, WEEKDAY_BEFORE_PRICE } from './recorded-prices.js';

/**
 * Future markers: auxiliaries and the news idioms for scheduled events
 * ("will", "'ll", "must", "is to", "is expected to", "plans to", "is due to", "upcoming"), and the present tense of a rule's
 * start or end, which points ahead as a timetable does ("The law takes effect in January", written in July: the
 * coming January; "comes into force", "goes into effect", "expires"), and the present of a verb of expecting, whose
 * object lies ahead of the time of writing ("Analysts expect a cut in March", written in June: the coming March;
 * HeidelTime's news rule reads a present as a future for a month without its year).
 */
const FUTURE =
  /\b(?:takes?|comes?|goes?|enters?)\s+(?:into\s+)?(?:effect|force)\b|\bexpires?\b|\b(?:will|shall|won['’]t|upcoming|forthcoming)\b|\bmust\b(?!\s+(?:not\s+)?have\b)|['’]ll\b|\b(?:is|are|am|was|were)\s+(?:going|due|set|scheduled|slated|expected|poised|planning|likely|about)\s+to\b|\b(?:is|are|was|were)\s+(?:scheduled|slated|set|due|planned)\s+for\b|\b(?:is|are)\s+to\s+\w|\b(?:plans?|planning|intends?|aims?|expects?|hopes?|promised|pledged|vowed)\s+to\b|\b(?:expects?|anticipates?|predicts?|foresees?)\b/gi;

/**
 * A plan or hope told in the past ("said he hoped to form a government by Easter", "had planned to open the plant in
 * March", "had been scheduled for September"): its time lies ahead of the plan, which may itself lie behind the writing,
 * so the time is read as a modal's is (weakly ahead: a month in the document's year, a weekday the coming one), not as
 * a past's (last year's April) nor as a future's (next year's March, when the plan has fallen through).
 */
const PAST_PLAN = /\b(?:planned|hoped|aimed|intended|wanted|expected)\s+to\b|\b(?:had|has|have)\s+been\s+(?:scheduled|slated|set|due|planned|expected)\s+(?:for|to)\b/gi;

/**
 * A decision or offer told in the past, then its infinitive ("agreed on Thursday to raise output in May", "voted to
 * close the plant in June"): what was decided lies ahead of the decision, so the infinitive's clause is read as a
 * plan told in the past is (`PAST_PLAN`: weakly ahead), while words between the verb and "to" keep the past ("agreed on
 * Thursday": last Thursday). The marker is the "to", and only before a verb, not before a noun phrase ("agreed to a
 * deal in May", "voted to the right").
 */
const DECIDED_TO =
  /\b(?:agreed|decided|voted|resolved|offered|threatened|chose|opted)\b(?:\s+(?!to\b)[^\s,.;:!?]+){0,4}\s+(?<to>to)\s+(?!(?:a|an|the|its|their|his|her|our|this|that|these|those|some|all|no|be\s+(?:sure|fair))\b)(?=[a-z])/dgi;

/**
 * A threat or promise told in the past, then its object ("has threatened a 25% levy on Japanese goods from August 1",
 * "pledged a vote on the bill in March"; an indefinite object, what is yet to be, not a definite one ("threatened the capital in August")): what is threatened or promised lies ahead of the threat, so the rest of the
 * clause is read as a decision's infinitive is (weakly ahead), the marker standing right after the verb so that it,
 * not the verb's past, is nearest the date. With "to" it is a decision (`DECIDED_TO`).
 */
const PROMISED_OBJECT = /\b(?:threatened|promised|pledged)(?=\s+(?!to\b)(?:a|an|new|fresh|further|more|\d))/gi;

/**
 * A verb of putting an event off, then "to"/"until": "was postponed until March", "pushed the vote back to Friday",
 * "was brought forward to December". The day it is moved to lies ahead of the move, told as news is, at the time of
 * writing; the marker speaks only for the words right after it (`phraseAfter`), not for the rest of the sentence
 * ("postponed until March after protests in February": February keeps the past).
 */
const POSTPONED_TO = new RegExp(String.raw`${PUTTING_OFF}\s+(?:to|until|till)\b`, 'gi');
/**
 * A verb of putting off or calling off right before its object's determiner or owner, then the date that modifies it:
 * "postponed the May meeting", "delayed the bank's March vote", "cancelled its June concert". What is put off had not
 * happened yet at the time of writing, so its month is the coming one (written in March, May is this year's).
 */
const PUT_OFF_OBJECT = /\b(?:postpone[ds]?|delay(?:ed|s)?|cancel(?:l?ed|s)?|scrap(?:ped|s)?|call(?:ed|s)?\s+off)\s+(?:(?:the|its|their|his|her|this)\s+(?:[\w.&-]+['’]s\s+)?|[\w.&-]+['’]s\s+)(?=[A-Z])/g;

/**
 * A plan's time after a participle with no auxiliary: "a visit planned for Wednesday", "talks scheduled for Monday",
 * "the payment due on Friday". A plan points ahead of the time it was made, and news names a plan's time while it
 * still lies ahead of the writing (a plan carried out is dated as what happened: "the talks on Monday"), so the
 * marker reads the phrase after it as ahead, whatever the clause's tense ("He postponed a visit planned for
 * Wednesday", written on a Tuesday: the coming Wednesday). With an auxiliary ("was scheduled for") it is in FUTURE.
 */
const PLANNED_FOR = /(?<!\b(?:is|are|am|was|were|be|been|being)\s+)\b(?:(?:planned|scheduled|slated)\s+(?:for|on)|set\s+for|due\s+(?:for|on))\b/gi;

/** A verb saying the plan was put off or called off: its time never came ("The talks, set for Monday, were cancelled"). */
const CALLED_OFF = new RegExp(String.raw`${PUTTING_OFF}|\b(?:cancel(?:l?ed|s)?|call(?:ed|s)?\s+off|scrap(?:ped|s)?|suspend(?:ed|s)?|abandon(?:ed|s)?|shelved)\b`, 'i');

/**
 * A past verb whose object is the plan and which says its time came ("missed an interest payment due on Monday",
 * "attended a summit scheduled for Friday"): up to four words between the verb and the plan's participle.
 */
const CARRIED_OUT_BEFORE = /\b(?:missed|met|made|paid|beat|attended|held|hosted|won|lost|played)\s+(?:[\w'’$.,-]+\s+){0,4}$/i;

/** A verb of saying: a past one after a plan tells when it was told, not that it was carried out. */
const SAYING = /^(?:said|told|added|reported|announced|stated|confirmed|wrote)$/i;

/** The reach of a marker that speaks for the phrase after it: up to 30 characters, ended by punctuation or a word that opens another phrase. */
const PHRASE_REACH = 30;
const PHRASE_REACH_END = /[,;:.!?]|\s(?:after|before|because|amid|following|when|while|as|but|and|due|over|in|at|on|from)\s/;

/** The present tense of a rule's start or end among the future markers ("takes effect", "expires"). */
const RULE_START_OR_END = /^(?:takes?|comes?|goes?|enters?|expires?)\b/i;

/** "if" or "unless" opening a condition. */
const CONDITION = /\b(?:if|unless)\b/gi;
/** A main clause that tells what would follow the condition ("the merger would create", "will close"); not a past counterfactual ("would have reported"). */
export const CONSEQUENCE = /\b(?:will|would|shall|won['’]t|could|might)\b(?!\s+(?:not\s+)?have\b)|['’]ll\b/i;

/**
 * Modals point ahead, weakly ("should be completed in October"); lower case only: "May" is a month. "must" of duty is
 * in FUTURE (what must be done lies ahead: "must be repaid by March 31", written in April, is next year's); "must have"
 * guesses at what has been, so it is no future.
 */
const MODAL = /\b(?:should|could|may|might|must(?=\s+(?:not\s+)?have\b)|can|would)\b/g;

/**
 * Adverbs of frequency: the clause tells what recurs ("storms usually come in July"); lower case, or opening a
 * sentence before a comma ("Generally, viewing is best in May"). Not "always", "rarely", "seldom", "annually" nor a
 * capitalized one before a word: they as often modify a relative clause or an adjective ("the company, which rarely
 * comments, said on Tuesday", "Usually reliable sources said on Monday") as the verb the date goes with.
 */
const HABITUAL =
  /\b(?:usually|regularly|typically|normally|customarily|traditionally|often)\b|(?<=^|[.!?]["”’]?\s+|\n\s*)(?:Usually|Regularly|Typically|Normally|Customarily|Traditionally|Often|Generally),/g;

/**
 * What ends an adverb of frequency's reach: another clause ("Typically, the bank moves in small steps, but on
 * Wednesday it raised rates"): "but", a comma before "and"/"or"/"yet"/"so", a semicolon or a dash.
 */
const HABITUAL_REACH_END = /\bbut\b|,\s*(?:and|or|yet|so)\b|[;—–]/i;

/**
 * Adverbs of frequency that mark a habit only right before a present-tense verb: "Sales always rise in December",
 * "Prices rarely fall in January", "We never go there in August". Before an adjective or a past form they as often say something of one time ("the
 * always reliable", "has always been"), and so do they after a modal ("will always remember the night of June 4").
 */
const HABITUAL_BEFORE_PRESENT = /(?<!\b(?:will|would|shall|should|can|could|may|might|must|to)\s+)(?<!['’]ll\s+)\b(?:always|never|rarely|seldom)\s+(?=[a-z])/g;

/** What bounds a clause inside a sentence, for the reach of an adverb in a relative clause. */
const CLAUSE_BOUNDARY = /[,;:()—–]/;

/** A relative or complement pronoun opening the adverb's clause: "the company, which usually declines to comment, said". */
const RELATIVE_PRONOUN = /\b(?:which|who|whom|whose|that)\b/i;

/** A participle after a present "be" is a present passive ("The games are held"). */
const PRESENT_PASSIVE_BEFORE = /\b(?:is|are|am)\s+$/i;

/** A participle after "be" is passive or infinitive, not a past tense ("should be completed"). */
const PASSIVE_BEFORE = /\b(?:be|being)\s+$/i;

/**
 * Past auxiliaries, and past forms the tagger can read as nouns in news ("Sales rose"); other
 * past-tense verbs come from the shared compromise parse.
 */
const PAST_AUXILIARY = /\b(?:was|were|had|did|has\s+been|have\s+been|rose|fell|grew|slid|sank|shrank|won|lost|fought|sought)\b/gi;

/**
 * "would" reporting what was to come, told at the time of writing ("The company said John Furner would succeed him on
 * Feb. 1", written in November: next February): a future seen from a saying no earlier date in its sentence puts in
 * the past, so it is read as a future; after a stated month or year ("said in January that the plant would open in
 * March") the saying lies back there, and the modal's weak reading stays. Not "would have", a past counterfactual.
 */
const WOULD_AHEAD = /^would$/i;
const STATED_MONTH_OR_YEAR =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)|\bMay\s+\d|\bin\s+May\b|\b(?:1[89]|20)\d\d\b/;
const HAVE_AFTER = /^\s+(?:not\s+)?have\b/i;

/** A part of the text a marker speaks for. */
type Reach = { start: number; end: number };

interface Marker {
  start: number;
  end: number;
  tense: Exclude<Tense, null>;
  /** The part of the text the marker speaks for, when narrower than its sentence (an adverb in a relative clause). */
  reach?: Reach;
  /** A past perfect ("had cut", "had already raised"): the past before the past the text tells of. */
  pastPerfect?: boolean;
  /** A decision's infinitive (`DECIDED_TO`): a weekday far into its phrase dates the decision (`decisionTense`). */
  decision?: boolean;
}

/**
 * The words of an infinitive's phrase before a date, past which a weekday dates the decision, not what was decided:
 * news puts the day of what happened at the end of its lead ("agreed to sell the striker to Liverpool for a record fee
 * on Thursday": last Thursday), and the day of what is to come right after its verb ("agreed to meet on Thursday").
 */
const DECIDED_PHRASE_WORDS = 2;

/** The tense a decision's marker gives a date `words` words after its "to": `decided` past `DECIDED_PHRASE_WORDS`, else a modal's. */
const decisionTense = (words: number): Tense => (words > DECIDED_PHRASE_WORDS ? 'decided' : 'modal');

/** What the tense oracle answers for a position: the clause's tense, and whether that past is a past perfect. */
export interface TenseOracle {
  tenseAt(pos: number): Tense;
  pastPerfectAt(pos: number): boolean;
}

/** Up to two words between a past perfect's "had" and its participle ("had not yet seen"). */
const PAST_PERFECT_GAP = /^\s+(?:[a-z]+\s+){0,2}$/i;

/** Binary search: index of the last span starting at or before `pos`, or -1. */
export function spanIndexAt(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Tense of the clause around a position: the nearest tense marker before it in the sentence,
 * else the nearest after it ("met on Thursday" → past; "On Thursday, Putin will …" → future) unless it lies in a
 * later clause and a present-tense verb stands before the position in its own ("opens in September, officials said"),
 * else `present` when the sentence has a finite present-tense verb and no other marker.
 * `verbs` is called once, on first need (it reads the compromise parse).
 */
export function createTenseOracle(text: string, sentences: readonly Span[], verbs: () => TensedVerbs): TenseOracle {
  let markers: Marker[] | null = null;
  let presentVerbs: Span[] = [];
  let presentForms: Span[] = [];
  /** Where a date tells when a market price was recorded (recorded-prices.ts): the past, first of all markers. */
  const recordedPrices: Reach[] = [];
  /** Conditions whose main clause tells what would follow (`conditionReach`): their time lies ahead, weakly, as a modal's. */
  const conditions: Reach[] = [];

  /**
   * The clause "if" or "unless" opens, up to its comma or its sentence's end, when the rest of the sentence has a
   * future or a modal: "If approved in June, the merger would create ...", "would cut jobs if sales fell in the second
   * quarter". A condition's past form is a subjunctive, no past: what it names is still to come (written in March, the
   * coming June), as HeidelTime reads a modal clause; else null ("asked if sales rose in May").
   */
  function conditionReach(at: number, end: number): Reach | null {
    const { from, to } = sentenceAround(at);
    const comma = text.slice(end, to).search(/[,;]/);
    const reach = { start: at, end: comma < 0 ? to : end + comma };
    return CONSEQUENCE.test(text.slice(from, reach.start) + ' ' + text.slice(reach.end, to)) ? reach : null;
  }

  /** The phrase a marker ending at `end` speaks for: up to the first punctuation or word opening another phrase. */
  function phraseAfter(end: number): Reach {
    const stop = PHRASE_REACH_END.exec(text.slice(end, end + PHRASE_REACH));
    return { start: end, end: end + (stop ? stop.index : PHRASE_REACH) };
  }

  /**
   * Whether the sentence tells that a plan was carried out: a past verb after the plan's phrase, not one of saying
   * ("The talks, scheduled for Monday, ended without a deal"), or one that takes the plan as its object and says its
   * time came ("missed a payment due on Monday"), in a sentence that does not put the plan off.
   */
  function carriedOut(plan: Marker, past: readonly Marker[]): boolean {
    const { from, to } = sentenceAround(plan.start);
    const after = plan.reach!.end;
    if (CALLED_OFF.test(text.slice(from, to))) return false;
    if (CARRIED_OUT_BEFORE.test(text.slice(from, plan.start))) return true;
    return past.some((p) => p.start >= after && p.start < to && !SAYING.test(text.slice(p.start, p.end)));
  }

  function build(): Marker[] {
    let future: Marker[] = [];
    const planned: Marker[] = [];
    for (const m of text.matchAll(FUTURE)) future.push({ start: m.index, end: m.index + m[0].length, tense: 'future' });
    for (const m of text.matchAll(MODAL)) future.push({ start: m.index, end: m.index + m[0].length, tense: wouldAhead(m.index, m[0]) ? 'future' : 'modal' });
    for (const m of text.matchAll(PAST_PLAN)) future.push({ start: m.index, end: m.index + m[0].length, tense: 'modal' });
    for (const m of text.matchAll(DECIDED_TO)) {
      const [start, end] = m.indices!.groups!.to!;
      future.push({ start, end, tense: 'modal', decision: true });
    }
    for (const m of text.matchAll(PROMISED_OBJECT)) {
      const end = m.index + m[0].length;
      future.push({ start: end, end, tense: 'modal' });
    }
    for (const m of text.matchAll(POSTPONED_TO)) {
      const end = m.index + m[0].length;
      future.push({ start: m.index, end, tense: 'ahead', reach: phraseAfter(end) });
    }
    for (const m of text.matchAll(PUT_OFF_OBJECT)) {
      const end = m.index + m[0].length;
      future.push({ start: m.index, end, tense: 'ahead', reach: { start: end, end: end + 12 } });
    }
    // A forecast's period ends ahead of the writing: its end speaks for the words right after the match.
    for (const m of text.matchAll(FORECAST_PERIOD_END)) {
      const end = m.index + m[0].length;
      future.push({ start: m.index, end, tense: 'ahead', reach: phraseAfter(end) });
    }
    for (const m of text.matchAll(PLANNED_FOR)) {
      const end = m.index + m[0].length;
      planned.push({ start: m.index, end, tense: 'ahead', reach: phraseAfter(end) });
    }
    // A recorded price's date is behind the writing, whatever the clause's tense ("will pay a premium to the closing price on Friday").
    for (const m of text.matchAll(PRICE_BEFORE_DATE)) recordedPrices.push(phraseAfter(m.index + m[0].length));
    for (const m of text.matchAll(WEEKDAY_BEFORE_PRICE)) recordedPrices.push({ start: m.index, end: m.index + m[0].length });
    for (const m of text.matchAll(CONDITION)) {
      const reach = conditionReach(m.index, m.index + m[0].length);
      if (reach) conditions.push(reach);
    }
    const tensed = verbs();
    for (const m of text.matchAll(HABITUAL)) future.push(habitualMarker(m.index, m.index + m[0].length));
    const presentStarts = new Set(tensed.presentForms.map((v) => v.start));
    for (const m of text.matchAll(HABITUAL_BEFORE_PRESENT)) {
      if (presentStarts.has(m.index + m[0].length)) future.push(habitualMarker(m.index, m.index + m[0].trimEnd().length));
    }
    // A habit comes first: "The offer always expires in March" is every March, not the coming one.
    const habitEnds = new Set(future.filter((m) => m.tense === 'habitual').map((m) => m.end));
    const afterHabit = (m: Marker): boolean => {
      let k = m.start;
      while (k > 0 && /\s/.test(text[k - 1]!)) k--;
      return k < m.start && habitEnds.has(k) && RULE_START_OR_END.test(text.slice(m.start, m.end));
    };
    if (habitEnds.size > 0) future = future.filter((m) => !(m.tense === 'future' && afterHabit(m)));
    future.sort((a, b) => a.start - b.start);
    // A past form inside a future idiom ("is expected to") is part of that idiom.
    const insideFuture = (s: { start: number; end: number }): boolean => {
      const f = future[spanIndexAt(future, s.start)];
      return f !== undefined && s.end <= f.end;
    };
    const past: Marker[] = [];
    const hads = tensed.pastPerfect;
    const hadStarts = new Set(hads.map((h) => h.start));
    // A participle right after a past perfect's "had" is that past perfect.
    const afterHad = (start: number): boolean => {
      const h = hads[spanIndexAt(hads, start - 1)];
      return h !== undefined && PAST_PERFECT_GAP.test(text.slice(h.end, start));
    };
    for (const m of text.matchAll(PAST_AUXILIARY)) past.push({ start: m.index, end: m.index + m[0].length, tense: 'past', pastPerfect: hadStarts.has(m.index) || afterHad(m.index) });
    for (const verb of tensed.past) {
      if (!PASSIVE_BEFORE.test(text.slice(Math.max(0, verb.start - 12), verb.start))) past.push({ ...verb, tense: 'past', pastPerfect: afterHad(verb.start) });
    }
    presentVerbs = tensed.present;
    presentForms = tensed.presentForms;
    // A plan's participle ("planned") is part of its marker, as a past form inside a future idiom is.
    future = [...future, ...planned.filter((m) => !carriedOut(m, past))].sort((a, b) => a.start - b.start);
    return [...future, ...past.filter((p) => !insideFuture(p))].sort((a, b) => a.start - b.start);
  }

  /** Whether a modal is a "would" told from the time of writing (`WOULD_AHEAD`). */
  function wouldAhead(at: number, modal: string): boolean {
    if (!WOULD_AHEAD.test(modal) || HAVE_AFTER.test(text.slice(at + modal.length, at + modal.length + 12))) return false;
    return !STATED_MONTH_OR_YEAR.test(text.slice(sentenceAround(at).from, at));
  }

  /** The bounds of the sentence holding `pos`, or the whole text when `pos` lies between sentences. */
  function sentenceAround(pos: number): { from: number; to: number; inSentence: boolean } {
    const sentence = sentences[spanIndexAt(sentences, pos)];
    const inSentence = sentence !== undefined && pos < sentence.end;
    return inSentence ? { from: sentence.start, to: sentence.end, inSentence } : { from: 0, to: text.length, inSentence };
  }

  /**
   * An adverb of frequency in a relative clause speaks only for that clause ("which often cuts rates in June"), not
   * for the sentence around it ("On Tuesday, the company, which usually declines to comment, said ...").
   */
  function habitualMarker(start: number, end: number): Marker {
    const { from, to } = sentenceAround(start);
    const head = text.slice(from, start);
    let clauseStart = from;
    for (let i = head.length - 1; i >= 0; i--) {
      if (CLAUSE_BOUNDARY.test(head[i]!)) {
        clauseStart = from + i + 1;
        break;
      }
    }
    const marker: Marker = { start, end, tense: 'habitual' };
    if (!RELATIVE_PRONOUN.test(text.slice(clauseStart, start))) return marker;
    const tail = CLAUSE_BOUNDARY.exec(text.slice(end, to));
    return { ...marker, reach: { start: clauseStart, end: tail ? end + tail.index : to } };
  }

  const speaksFor = (m: Marker, pos: number): boolean => !m.reach || (pos >= m.reach.start && pos < m.reach.end);

  /** Whether a present-tense form stands before `pos` in its own clause (no comma, semicolon or dash between): "The games run from the 12th". */
  function presentInClauseBefore(pos: number, from: number): boolean {
    const v = spanIndexAt(presentForms, pos - 1);
    return v >= 0 && presentForms[v]!.start >= from && !CLAUSE_BOUNDARY.test(text.slice(presentForms[v]!.start, pos));
  }

  /**
   * A clause with its own present-tense verb before `pos` is read in that tense, not in that of a later clause after a
   * comma or a bracket ("The games run from the 12th to the 15th in Tokyo, organisers said": present, not past; "The
   * monsoon occurs in July (wind surfing can be arranged)": present, not the modal's).
   */
  function findMarker(pos: number): Marker | Tense {
    markers ??= build();
    if (recordedPrices.some((r) => pos >= r.start && pos < r.end)) return 'past';
    if (conditions.some((r) => pos >= r.start && pos < r.end)) return 'modal';
    const { from, to, inSentence } = sentenceAround(pos);
    const i = spanIndexAt(markers, pos);
    for (let j = i; j >= 0 && markers[j]!.start >= from; j--) {
      const m = markers[j]!;
      if (m.end > pos || !speaksFor(m, pos)) continue;
      // A habitual adverb in an earlier clause says nothing of this one; look further back, then ahead.
      if (m.tense === 'habitual' && HABITUAL_REACH_END.test(text.slice(m.end, pos))) continue;
      // A participle after a present "be" is a present passive ("The games are held from the 12th").
      if (m.tense === 'past' && PRESENT_PASSIVE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return 'present';
      // "A judge ruled in July, and an appeal is due by December 1": a clause with a present verb of its own is read in it.
      if (m.tense === 'past' && CLAUSE_BOUNDARY.test(text.slice(m.end, pos)) && presentInClauseBefore(pos, m.end)) return 'present';
      return m;
    }
    for (let j = i + 1; j < markers.length && markers[j]!.start < to; j++) {
      if (!speaksFor(markers[j]!, pos)) continue;
      if (CLAUSE_BOUNDARY.test(text.slice(pos, markers[j]!.start)) && presentInClauseBefore(pos, from)) return 'present';
      return markers[j]!;
    }
    // Only a present-tense verb in the sentence: it is about the time of writing ("The monsoon occurs in July").
    const v = spanIndexAt(presentVerbs, to - 1);
    return v >= 0 && presentVerbs[v]!.start >= from && inSentence ? 'present' : null;
  }

  // The last position asked and its answer: a date in a past clause asks its tense, then whether that is a past perfect.
  let askedAt = -1;
  let answer: Marker | Tense = null;
  function markerAt(pos: number): Marker | Tense {
    if (pos !== askedAt) {
      answer = findMarker(pos);
      askedAt = pos;
    }
    return answer;
  }

  return {
    tenseAt(pos) {
      const m = markerAt(pos);
      if (m === null || typeof m !== 'object') return m;
      return m.decision ? decisionTense(text.slice(m.end, pos).split(/\s+/).filter(Boolean).length) : m.tense;
    },
    pastPerfectAt(pos) {
      const m = markerAt(pos);
      return m !== null && typeof m === 'object' && m.pastPerfect === true;
    },
  };
}
