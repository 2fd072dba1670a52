/** A piece of the original article: UTF-16 offsets, end-exclusive, `text === article.text.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning';

/** A diagnostic attached to one article (vfile-style): which stage said what, optionally where. */
export interface Message {
  severity: Severity;
  stage: string;
  reason: string;
  start?: number;
  end?: number;
}

/** TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** The granularity a date value is stated at. */
export type Grain =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'duration'
  | 'set'
  | 'reference';

/** A temporal expression, normalized to a TIMEX3 value ("2019-07-11", "2019-Q3", "P3M", "PRESENT_REF"). */
export interface DateMention extends Span {
  type: TimexType;
  value: string;
  grain: Grain;
  /** Optional TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER, ... */
  mod?: string;
  /** Set on each end of a range ("2009-2010", "Monday to Friday"): TimeML marks each end as its own expression. */
  range?: DateRange;
  /** For a duration counted from a stated time ("two weeks after May 5"): that time (TIMEX3 `anchorTimeID`). */
  anchor?: Span & { value: string };
}

/**
 * The range an end belongs to (TIMEX3 `beginPoint`/`endPoint`): both ends share `id` ("r1", in
 * text order); `value` is the interval ("2009/2010"); the offsets span the whole range.
 */
export interface DateRange extends Span {
  id: string;
  part: 'begin' | 'end';
  value: string;
}

/** A person: one item per individual, every mention listed. */
export interface Person {
  name: string;
  role: string | null;
  /** Country (ISO 3166-1 alpha-2) or organization the role belongs to, when stated ("Russian Foreign Minister"). */
  affiliation?: string | null;
  mentions: Span[];
}

export interface Organization {
  name: string;
  mentions: Span[];
}

export type PlaceKind =
  | 'continent'
  | 'region'
  | 'country'
  | 'admin-region'
  | 'city'
  | 'town'
  | 'village'
  | 'lake'
  | 'river'
  | 'mountain'
  | 'sea'
  | 'other';

/** A place grounded in GeoNames. Ungrounded places keep null ids and coordinates. */
export interface Place {
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  geonamesId: number | null;
  lat: number | null;
  lon: number | null;
  mentions: Span[];
}

/** A monetary amount. `amount` is the value with scale words applied ("$1.8 billion" → 1800000000). */
export interface MoneyMention extends Span {
  amount: number;
  currency: string;
  qualifier: string | null;
  /** Ranges keep both bounds ("between $12 million and $20 million"); `amount` is then `min`. */
  min?: number;
  max?: number;
  /** Per-unit amounts ("$5 a share" → "share"). */
  perUnit?: string;
}

export type EventType =
  | 'meeting'
  | 'visit'
  | 'talks'
  | 'summit'
  | 'signing'
  | 'agreement'
  | 'establishment'
  | 'election'
  | 'appointment'
  | 'taking-office'
  | 'trade'
  | 'investment'
  | 'acquisition'
  | 'announcement'
  | 'statement'
  | 'other';

/** Roles of an event's arguments: who acts, who or what is acted on, who receives, with whom, where, when, for how much. */
export type EventRole = 'agent' | 'patient' | 'recipient' | 'partner' | 'place' | 'time' | 'amount';

/** Where an event's date comes from: a date of its clause, one earlier in its sentence, or the document's day. */
export type EventDateSource = 'explicit' | 'inferred' | 'document';

/** How the text puts an event: as fact, as someone's report, as a plan or expectation, or as only possible. */
export type EventModality = 'asserted' | 'reported' | 'planned' | 'hypothetical';

/** One argument of an event: its role, its span, and the article item it is (`kind` list and index there). */
export interface EventArgument extends Span {
  role: EventRole;
  /** The item of `people`, `organizations`, `places`, `money` or `dates` this span is a mention of; null when none. */
  ref: { kind: 'people' | 'organizations' | 'places' | 'money' | 'dates'; index: number } | null;
  /** Every item the span stands for when it names more than one ("the two leaders" → both presidents); `ref` is the first of them. */
  refs?: Array<{ kind: 'people' | 'organizations' | 'places' | 'money' | 'dates'; index: number }>;
  /** An amount that is no money: its value and unit ("5%" → 5 percent, "678 points", "to 9,000" → a level of 9000). */
  figure?: { value: number; unit: 'percent' | 'points' | 'level' };
}

/** One reported event, as a record. `start`/`end` span the sentence(s) that report it. */
export interface EventRecord {
  id: string;
  type: EventType;
  trigger: Span;
  /** A TIMEX3 value, or null rather than a guess. */
  date: string | null;
  dateText: string | null;
  participants: string[];
  places: string[];
  amounts: Array<{ amount: number; currency: string; qualifier?: string | null }>;
  start: number;
  end: number;
  /** The ACE 2005 type:subtype ("Contact:Meet", "Transaction:Transfer-Ownership"), or "other". */
  aceType: string;
  /** The trigger's dictionary form ("fell" → "fall"). */
  lemma: string;
  /** The grain of `date` ("day", "month", "year"), null without a date. */
  dateGrain: Grain | null;
  dateSource: EventDateSource | null;
  /** Whether the event lies before, on or after the document's day, from the date or the tense ("will" → after). */
  tense: 'past' | 'present' | 'future' | null;
  modality: EventModality;
  /** Who the text says reports it ("reported": the statement's agent), else null. */
  source: string | null;
  polarity: 'positive' | 'negative';
  arguments: EventArgument[];
  /** Every trigger that reports it, the first one included ("bought" ... "the deal"). */
  mentions: Span[];
  /** Where the trigger was found: the lexicon of typed triggers ("met", "held talks") or any eventive predicate (WordNet classes). */
  triggerSource: 'lexicon' | 'predicate';
  /** For statements and announcements: the ids of the events they report. */
  reports: string[];
}

export interface Dateline {
  place: string | null;
  date: string | null;
  start: number;
  end: number;
}

/** Where the document date came from. */
export type DocumentDateSource = 'input' | 'dateline' | 'option' | null;

/** What the reader gets before any stage runs. */
export interface ArticleInput {
  id: string;
  source: string;
  text: string;
  /** Document date given with the input (JSONL `date`), ISO yyyy-mm-dd. */
  date?: string | null;
}

/** The record every stage reads and extends; serialized as the output contract. */
export interface Article {
  id: string;
  source: string;
  text: string;
  documentDate: string | null;
  documentDateSource?: DocumentDateSource;
  headline?: Span | null;
  dateline: Dateline | null;
  sentences?: Span[];
  dates?: DateMention[];
  people?: Person[];
  organizations?: Organization[];
  places?: Place[];
  money?: MoneyMention[];
  events?: EventRecord[];
  messages: Message[];
}
