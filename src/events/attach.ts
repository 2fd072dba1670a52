import type { DateMention, MoneyMention, PlaceKind, Span } from '../types.js';
import type { Clause, Mention, Trigger } from './model.js';
import type { ResolvedReference } from './references.js';
import { aceTypeOf } from './ace.js';
import { inReportedPossible } from './reported-content.js';

/** Places too large or too natural to be where a meeting happened ("security in Central Asia", "the Black Sea"). */
const NOT_A_VENUE: ReadonlySet<PlaceKind> = new Set(['continent', 'region', 'sea', 'river', 'lake', 'mountain']);

/** "in Moscow", "at Camp David", "in central Moscow", "in the Black Sea resort city of Sochi". */
const LOCATIVE = /\b(?:in|at)\s+(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,5}?of\s+|(?:the\s+)?(?:(?:central|northern|southern|eastern|western|downtown|suburban)\s+)?)$/iu;
/** Where a visit goes: "visited Bishkek", "a visit to Kyrgyzstan", "trip to Moscow". */
const DESTINATION = /\b(?:to|visit|visits|visited|visiting)\s+(?:the\s+)?$/iu;
/** A destination chosen for the visit named after it: "chose Russia for his first foreign trip". */
const CHOSEN_BEFORE = /\b(?:chose|chosen|chooses|choose|picked|picks|selected|selects)\s+$/iu;
const CHOSEN_FOR = /^\s+(?:as|for)\s+(?:[\p{L}-]+\s+){0,4}$/u;

/** Where a movement goes from, to or through: "fly from New York to Singapore", "via New York", "crashed into the Atlantic Ocean". */
const PATH = /\b(?:from|to|into|via|towards?|through)\s+(?:the\s+)?$/iu;
/** Verbs of moving beyond ACE's Movement:Transport words: where they go is where they happen. */
const MOTION: ReadonlySet<string> = new Set(['crash', 'return', 'head', 'sail', 'drive', 'flee', 'leave', 'move', 'relocate', 'migrate', 'commute', 'divert', 'launch', 'take off', 'touch down', 'fly in', 'fly out']);
/** Whether a trigger reports a movement (ACE's Movement:Transport, or a verb of moving): its path's places are its places. */
const moves = (trigger: Trigger): boolean => aceTypeOf(trigger.type, trigger.lemma) === 'Movement:Transport' || MOTION.has(trigger.lemma);
/** A place right after a noun trigger: "sales in the United States", "operations in Australia". */
const RIGHT_AFTER_NOUN = /^\s+(?:in|at)\s+(?:the\s+)?$/i;

const distance = (a: Span, b: Span): number => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/**
 * A time phrase naming another happening, right before a date that ends it: "after a large loss
 * yesterday.", "before the vote on Monday,"; not a date inside the phrase's noun ("four hours after
 * its scheduled 9:45 a.m. departure", which the event is counted from).
 */
const TIME_PHRASE_BEFORE = /\b(?:after|before|following|ahead\s+of|prior\s+to)\s+(?:(?:a|an|the|its|their|his|her|this|that)\s+)?(?:[\p{Ll}-]+\s+){1,3}(?:(?:on|in|at)\s+)?$/u;

/** Words that put a time phrase's happening right beside the event: "crashed shortly after takeoff on Sunday" is that Sunday's too. */
const RIGHT_BESIDE = /\b(?:shortly|soon|just|right|immediately|moments|minutes|hours)\s+$/i;

/** Whether the words between a trigger and a date after it are a time phrase naming another happening that the date ends, not one right beside the event. */
function namesOtherHappening(between: string): boolean {
  const m = TIME_PHRASE_BEFORE.exec(between);
  return m !== null && !RIGHT_BESIDE.test(between.slice(0, m.index));
}

/** What ends a verb's own phrase before a date: a clause (a comma that is no digit group's: "killed 5,000 people on Tuesday"), a relative word, a participle or gerund of another verb ("the record set in 2019", "a part installed in 2021", "killing his wife in 2019"), a date of what the object is for or of ("its forecast for 2027"). */
const OWN_PHRASE_ENDS = /[;:]|,(?!\d)|\b(?:who|whom|whose|which|that|where|when|while|after|before|since|for|of)\b|\b\p{Ll}+(?:ed|ing)\b/iu;
/** Between a verb and a noun event that is its direct object: a few words, no preposition ("signed the deal"; not "charged him with a robbery"). */
const DIRECT_OBJECT = /^\s+(?:(?!(?:with|to|of|for|in|on|at|from|by|about|into|over|against)\b)[\p{L}\d'-]+\s+){0,3}$/iu;

/** "since 2003", "since the end of March": the start of a span the event is measured over. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:start|end|beginning|middle)\s+of\s+)?$/i;

/**
 * A "since" phrase that a date ends: "the largest deal since its purchase of Slack in 2021". The date is the phrase's
 * own event's, and marks where a span starts for a verb before it, not when that verb's event was.
 */
const SINCE_PHRASE_BEFORE = /\bsince\s+(?:[\p{L}'’-]+\s+){1,5}(?:in|on|of)\s+$/iu;

/** Whether a date ends a "since" phrase that opens after the trigger. */
function sinceAfter(text: string, trigger: Trigger, d: DateMention): boolean {
  const from = Math.max(trigger.span.end, d.start - 60);
  return SINCE_PHRASE_BEFORE.test(text.slice(from, d.start));
}

/** Dates a determiner makes part of a name ("the 2018 FIFA World Cup") rather than the time of the event. */
export const isModifier = (text: string, d: DateMention): boolean => /\b(?:the|a|an|its|his|her|their)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start));

/**
 * The date of an event: the nearest date or time in its clause, else one earlier in its sentence
 * ("visited Bishkek on March 28, 2019, and the heads of state signed ..."), passing over
 * durations, repeated times, the dateline and the periods a figure is compared with; null rather
 * than a guess. A time that only says now, before or after ("currently", "recent moves", "in the
 * near term") is one too: it keeps the event from a farther date that is not its own.
 */
export function dateOf(
  text: string,
  trigger: Trigger,
  clause: Clause,
  dates: readonly DateMention[],
  dateline: { start: number; end: number } | null,
  compared: ReadonlySet<DateMention> = new Set(),
  clauseTriggers: readonly Trigger[] = [],
): DateMention | null {
  const usable = dates.filter(
    (d) =>
      (d.type === 'DATE' || d.type === 'TIME') &&
      !compared.has(d) &&
      !SINCE_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)) && // "its lowest level since 2003": where a span starts, not when the event was
      !sinceAfter(text, trigger, d) &&
      !(dateline && d.start >= dateline.start && d.end <= dateline.end) &&
      // "gained 0.77%, but after a large loss yesterday": a date at the end of a time phrase after the trigger dates what that phrase names.
      !(d.start >= trigger.span.end && namesOtherHappening(text.slice(trigger.span.end, d.start)) && /^\s*(?:[,.;:!?)]|$)/.test(text.slice(d.end, d.end + 3))),
  );
  // "their January sales", "the 1991 settlement": a date right before a noun trigger is that event's own; any other date that modifies a noun is that noun's.
  const ownModifier = (d: DateMention) => !trigger.verb && d.end <= trigger.span.start && /^\s+$/.test(text.slice(d.end, trigger.span.start));
  // "arrived in Paris on Monday and will meet Macron on Tuesday", "the novelist who won the prize in 2010, died on Sunday": a date after
  // an earlier verb is that verb's; the later verb takes one of its own when it has one.
  // Its own is a date after it with only its object and adjuncts between: no other event ("charged him with a robbery in March"), participle ("the record set in 2019") or clause ("where it opened a factory in 2015") before it.
  const ownLater = usable.some(
    (d) =>
      d.start >= trigger.span.end &&
      d.end <= clause.end &&
      !OWN_PHRASE_ENDS.test(text.slice(trigger.span.end, d.start)) &&
      !clauseTriggers.some((o) => o !== trigger && o.span.start >= trigger.span.end && o.span.end <= d.start && (o.verb || !DIRECT_OBJECT.test(text.slice(trigger.span.end, o.span.start)))),
  );
  const earlierVerbs = (d: DateMention) => ownLater && d.end <= trigger.span.start && clauseTriggers.some((o) => o !== trigger && o.verb && o.span.end <= d.start);
  const score = (d: DateMention) => (ownModifier(d) ? -1 : distance(trigger.span, d) + (isModifier(text, d) ? 200 : 0) + (earlierVerbs(d) ? 100 : 0));
  // A relative clause ("..., who is coming on a visit") tells its own time, not the main clause's.
  const ranges = clause.relative ? [clause] : [clause, { start: clause.sentence.start, end: clause.start }];
  for (const range of ranges) {
    const candidates = usable.filter((d) => d.start >= range.start && d.end <= range.end).sort((a, b) => score(a) - score(b));
    if (candidates.length > 0) return candidates[0]!;
  }
  return null;
}

/** What a description of a place needs: the country of a nationality word, the article's name for that country and for its capital. */
export interface PlaceDescriptions {
  countryOfDemonym(word: string): string | undefined;
  countryName(code: string): string | undefined;
  capitalName(code: string): string | undefined;
}

/** "the Russian capital" (not "the Tajik capital of Dushanbe", which names it), "the Kyrgyz economy". */
const DESCRIBED = /\bthe\s+(?<adjective>\p{Lu}[\p{L}-]+)\s+(?<noun>capital|economy|market|markets|government|border)\b(?!\s+(?:of\b|\p{Lu}))/gu;

/** The places a clause describes without naming them, each with the span of its description ("the Russian capital"). */
export function describedPlaces(text: string, clause: Clause, descriptions: PlaceDescriptions): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (const m of text.slice(clause.start, clause.end).matchAll(DESCRIBED)) {
    const code = descriptions.countryOfDemonym(m.groups!.adjective!);
    if (!code) continue;
    const name = m.groups!.noun === 'capital' ? descriptions.capitalName(code) : descriptions.countryName(code);
    if (name) out.push({ name, start: clause.start + m.index, end: clause.start + m.index + m[0].length });
  }
  return out;
}

/** "based in", "headquartered in": a party's seat. */
const SEAT_BEFORE = /\b(?:based|headquartered|registered|incorporated|listed)\s+in\s+(?:the\s+)?$/i;

/** Between two places of one list: "in Ikaalinen and Parkano", "in Kara-Balta, Osh and Naryn". */
const LIST_JOIN = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+(?:in\s+)?(?:the\s+)?)$/iu;

/**
 * Where an event happened: the places of its clause after "in"/"at" (or, for a visit, its
 * destination), the places listed with them ("in Ikaalinen and Parkano"), and the countries a
 * reference stands for ("held in both countries").
 */
export function placesOf(
  text: string,
  trigger: Trigger,
  clause: Clause,
  mentions: readonly Mention[],
  references: readonly ResolvedReference[] = [],
  descriptions?: PlaceDescriptions,
  clauseTriggers: readonly Trigger[] = [],
): string[] {
  const names: string[] = [];
  let previousVenue: Mention | null = null;
  const path = moves(trigger);
  for (const m of mentions) {
    if (m.start < clause.start || m.end > clause.end || (m.kind !== 'place' && m.kind !== 'country')) continue;
    const before = text.slice(clause.start, m.start);
    // "crashed into the Atlantic Ocean", "flying from Frankfurt to Chicago via New York".
    if (path && m.start >= trigger.span.end && PATH.test(before)) {
      if (!names.includes(m.name)) names.push(m.name);
      previousVenue = m;
      continue;
    }
    if (m.place && NOT_A_VENUE.has(m.place.kind)) continue;
    // "met in Berlin, when Lula told reporters that the agreement could be signed": the frame's place is not the possible signing's.
    if (m.end <= trigger.span.start && inReportedPossible(text.slice(m.end, trigger.span.start))) continue;
    // "Sales in the United States fell": in the subject, the place of the noun right before it, not of the verb after ("signed a treaty of ... assistance in Moscow" is where the signing was).
    if (m.end <= trigger.span.start && clauseTriggers.some((o) => o !== trigger && !o.verb && o.span.end <= m.start && RIGHT_AFTER_NOUN.test(text.slice(o.span.end, m.start)))) continue;
    // "Officials in Kabul said the quake killed 1,400 people": a place in a statement's subject is the speaker's, not that of
    // what the statement reports after it; a fronted one set off by a comma frames the whole sentence ("In Berlin, police said").
    if (m.end <= trigger.span.start && clauseTriggers.some((s) => s.type === 'statement' && s.verb && s.span.start >= m.end && s.span.end <= trigger.span.start && !text.slice(m.end, s.span.start).includes(','))) continue;
    // "an insulation maker based in Germany": where a party has its seat, not where the event happened.
    if (SEAT_BEFORE.test(before)) continue;
    // "in Bali, Indonesia": the country after a place of its own is that place's address, not a second venue.
    const address = previousVenue?.place && m.kind === 'country' && m.place?.countryCode === previousVenue.place.countryCode && /^\s*,\s*$/.test(text.slice(previousVenue.end, m.start));
    if (address) continue;
    const listed: boolean = previousVenue !== null && LIST_JOIN.test(text.slice(previousVenue.end, m.start));
    const chosen = trigger.type === 'visit' && m.end <= trigger.span.start && CHOSEN_BEFORE.test(before) && CHOSEN_FOR.test(text.slice(m.end, trigger.span.start));
    const venue: boolean = listed || chosen || LOCATIVE.test(before) || (trigger.type === 'visit' && DESTINATION.test(before));
    if (venue && !names.includes(m.name)) names.push(m.name);
    previousVenue = venue ? m : null;
  }
  for (const r of references)
    if (r.countries && r.start >= clause.start && r.end <= clause.end && /\b(?:in|at)\s+$/i.test(text.slice(clause.start, r.start)))
      r.names.forEach((n) => names.includes(n) || names.push(n));
  for (const d of descriptions ? describedPlaces(text, clause, descriptions) : []) {
    const before = text.slice(clause.start, d.start);
    if ((/\b(?:in|at|into)\s+$/i.test(before) || (trigger.type === 'visit' && DESTINATION.test(before))) && !names.includes(d.name)) names.push(d.name);
  }
  return names;
}

/** A preposition that opens a phrase of its own between an amount and a noun after it: "to $1.3415 after the decision". */
const PHRASE_BETWEEN = /\b(?:after|before|since|following|amid|despite|ahead\s+of|on|as|when|while)\b/i;

/**
 * The amounts of a clause that belong to this trigger: each amount goes to the nearest trigger of
 * the clause (among `clauseTriggers`, its kind), except a noun after the amount with a preposition's phrase of its own between
 * ("slipped 0.3% to $1.3415 after the decision": the figure is the slip's, not the decision's).
 */
export function amountsOf(trigger: Trigger, clauseTriggers: readonly Trigger[], clause: Clause, money: readonly MoneyMention[], allTriggers: readonly Trigger[] = clauseTriggers): MoneyMention[] {
  const between = (t: Trigger, m: MoneyMention) => clause.sentence.text.slice(m.end - clause.sentence.start, t.span.start - clause.sentence.start);
  // A comma after the amount sets a trigger after it off in a phrase of its own ("fined the bank $40 million, reversing a decision": the fine's
  // figure; "fell by 3.41%, or 251.4 points, to end the day": the fall's, a figure set off after its verb).
  const apart = (t: Trigger, m: MoneyMention) => t.span.start >= m.end && ((!t.verb && PHRASE_BETWEEN.test(between(t, m))) || /[,;]/.test(between(t, m)));
  // (Any trigger of the clause that is not apart takes the figure from one that is, typed or not: "Oil fell to $70.50 after the announcement".)
  const reach = (t: Trigger, m: MoneyMention) => (apart(t, m) && allTriggers.some((o) => o !== t && !apart(o, m)) ? Infinity : distance(t.span, m));
  return money.filter(
    (m) =>
      m.start >= clause.start &&
      m.end <= clause.end &&
      reach(trigger, m) < Infinity &&
      clauseTriggers.every((other) => other === trigger || reach(trigger, m) <= reach(other, m)),
  );
}

/** Words before an amount that make it the figure compared with: "down from $46 billion", "compared with $1.5bn". */
const COMPARED_BEFORE = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:a\s+|the\s+)?$/i;
/** A change before "from": "up 6.6 percent from a year earlier", "fell from ...". */
const CHANGE_FROM = /\b(?:up|down|rose|rise|rising|fell|fall|falling|grew|grow|dropped|drop|increased?|decreased?|declined?|percent|per\s+cent)\b[^.;]{0,30}?\bfrom\s+(?:the\s+)?$/i;
/** Between a compared figure and its period: "$46 billion in 2016", "$1.5bn a year earlier". */
const FIGURE_TO_PERIOD = /^\s*(?:in|during|for|at\s+the\s+end\s+of)?\s*$/i;

/** A figure the clause compares with, and the period it belongs to when the text gives one ("down from $46 billion in 2016"). */
export interface Comparison {
  money: MoneyMention;
  date: DateMention | null;
}

/** The compared figures of a clause ("... $5.4 billion last year, down from $46 billion in 2016") with their periods. */
export function comparisonsOf(text: string, clause: Clause, money: readonly MoneyMention[], dates: readonly DateMention[]): Comparison[] {
  const out: Comparison[] = [];
  for (const m of money) {
    if (m.start < clause.start || m.end > clause.end || !COMPARED_BEFORE.test(text.slice(Math.max(clause.start, m.start - 30), m.start))) continue;
    const date = dates.find((d) => d.type === 'DATE' && d.start >= m.end && d.end <= clause.end && FIGURE_TO_PERIOD.test(text.slice(m.end, d.start))) ?? null;
    out.push({ money: m, date });
  }
  return out;
}

/** The dates of a clause that only say what a figure is compared with: a compared figure's period, "up 6.6 percent from a year earlier". */
export function comparedDates(text: string, clause: Clause, dates: readonly DateMention[], comparisons: readonly Comparison[]): Set<DateMention> {
  const out = new Set(comparisons.flatMap((c) => (c.date ? [c.date] : [])));
  for (const d of dates) if (d.start >= clause.start && d.end <= clause.end && CHANGE_FROM.test(text.slice(Math.max(clause.start, d.start - 60), d.start))) out.add(d);
  return out;
}
