import type { Grain, TimexType } from '../types.js';
import type { Day } from './calendar.js';

/**
 * Which way the clause around an expression points in time; `modal` ("could", "should") leans ahead,
 * weakly; `habitual` ("usually", "regularly") is no particular time: what happens every such month or day;
 * `present` (a finite present-tense verb) is the time of writing, never a past narrative year; `ahead` (right after a
 * verb of putting off: "was postponed until March") is later than the time the clause tells of, the narrative's or,
 * without one, the document's.
 */
export type Tense = 'past' | 'present' | 'future' | 'modal' | 'decided' | 'habitual' | 'ahead' | null;

/**
 * A resolved date the narrative can refer back to ("five days later", "the same year"):
 * the year always, the month and day when the expression stated them.
 */
export interface Anchor extends AnchorPoint {
  /** Grain of the expression that set it ("the same period" repeats it). */
  grain: Grain;
  /** Set by a fronted time in a present-tense clause ("In 1990 he moves to Paris", "It is 2003"): a narrative told in the present. */
  narrativePresent?: boolean;
  /**
   * Set after "since" ("the highest turnout since 1996") or "through"/"until" ("cuts through June 2026"): the start or
   * the end of a span, a bound of a comparison or a plan, not a time the story is told at; a later year-free "May 4"
   * never takes its year.
   */
  bound?: boolean;
  /**
   * Set in a past-perfect sentence ("Klarna had been valued at $45.6 billion in a round led by SoftBank in 2021"): a
   * flashback behind the story, whose year a later simple-past "in April" does not take; a later past perfect does.
   */
  flashback?: boolean;
  /**
   * Set in a relative clause set off by commas ("Amy Lin, who took over in 2019, signed ..."): where that clause ends.
   * A year-free date after it never takes its year: the clause describes a noun, the story does not move to its time.
   */
  asideEnd?: number;
  /** Set right after a verb of saying ("the department said on Wednesday"): the day a statement was made, not a period its figures are about. */
  report?: boolean;
  /** Set right after the end of an accounting period ("the quarter ended Oct. 31"): when a period closed, no day a clock time falls on. */
  periodEnd?: boolean;
  /** Offset of that expression in the text. */
  start: number;
}

/** The date fields of an anchor; `fromDocument` when its year came from the document date, not the text. */
export interface AnchorPoint {
  y: number;
  m?: number;
  d?: number;
  fromDocument?: boolean;
}

/** What a candidate resolves to. `anchor` makes it a point later anaphora can use. */
export interface Resolution {
  value: string;
  grain?: Grain;
  type?: TimexType;
  mod?: string;
  anchor?: AnchorPoint;
}

/** The finest grain an anaphor needs from its antecedent; `decade` takes decades and centuries too ("the following decade"). */
export type AnchorGrain = 'decade' | 'year' | 'month' | 'day';

/** Everything a candidate may look at to get its value, in text order (chrono's `ParsingContext`). */
export interface ResolutionScope {
  /** The reference date, or null: relative values then stay underspecified (`XXXX-06-01`). */
  readonly documentDate: Day | null;
  /** Tense of the clause around the candidate: a present-tense verb before it in its own clause outweighs a later clause's tense. */
  tense(): Tense;
  /** Whether the clause's past is a past perfect ("had cut them in May"): the past before the past the text tells of. */
  pastPerfect(): boolean;
  /** The latest preceding resolved date stating at least `grain` (narrative anaphora); else null. */
  anchor(grain: AnchorGrain): Anchor | null;
  /**
   * Like `anchor`, but only from the current paragraph or the sentence before ("recent" context),
   * and only dates whose year the text stated, unless `relativeToo` (a weekday counts then).
   */
  recentAnchor(grain: AnchorGrain, relativeToo?: boolean): Anchor | null;
  /**
   * The latest date of the recent context (as `recentAnchor`'s) a figure can be about, for a comparison with "a year
   * earlier": neither a span's bound ("the highest since January 2022") nor the day a statement was made ("said on
   * Wednesday"), which say nothing of the figure's period; else null.
   */
  periodAnchor(): Anchor | null;
  /**
   * The day of the recent context a clock time or part of day falls on: the latest day, passing over a span's bound
   * and the day a statement was made when its own sentence names the day of what it reports ("struck late on Sunday, a
   * spokesman said on Tuesday. The quake hit at 11:47 p.m.": Sunday's; "Ford said on Tuesday ... Its stock rose in
   * morning trading": Tuesday's); else null.
   */
  eventDay(): Anchor | null;
  /**
   * Whether a present verb before the date in its clause names a timetable, what is to come ("Lawmakers vote on the
   * bill in January"), and the date is no start of a span, base of a comparison or period of a figure ("are up 12%
   * since March", "up 30% from its low in April", "above normal for January").
   */
  timetable(): boolean;
}

/**
 * A date expression stated without its year ("June 14", "the third quarter", "summer").
 * `at(year)` gives its value in a year; `month` places it in the year for the tense rule.
 */
export interface Yearless {
  at(year: number | null): Resolution;
  month: number;
  /** The last month of a period ("the second half": 12), when it is longer than a month: a period still under way is not yet behind or ahead. */
  lastMonth?: number;
}

/** A span one parser proposes; refiners merge and prune them, then the resolver gives values. */
export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  grain: Grain;
  mod?: string;
  /** Parser or refiner id, for debugging and ties. */
  source: string;
  /** A range's two ends ("2009" and "2010" of "2009-2010"): an interval value becomes one item per end. */
  parts?: readonly [RangeEnd, RangeEnd];
  /** A clock time right after a timetable's present ("Trading resumes at 9 a.m."): a weekday a refiner joins to it points ahead (scheduled-present.ts). */
  scheduled?: boolean;
  /** Either a year-free date (year picked by the resolver or a refiner) … */
  yearless?: Yearless;
  /** … or a function of the scope. */
  resolve?: (scope: ResolutionScope) => Resolution | null;
}

/** The extent of one end of a range. */
export interface RangeEnd {
  start: number;
  end: number;
}

/**
 * What the article's shared compromise parse says about a word, asked only where a parser needs it
 * (the parse is read on the first question, never made twice), and whether a position lies in a title.
 */
export interface ParsedWords {
  /** Whether the word ending at `end` is part of an organization's name or an acronym ("ABC News", "Goldman Sachs"). */
  endsOrganization(end: number): boolean;
  /** Whether the parse tags the word starting at `start` as a past-tense verb, read in its sentence ("and flew to Dubai"). */
  pastTenseAt(start: number): boolean;
  /** Whether the parse tags the word starting at `start` as a present-tense verb, bare plural forms too ("meets", "they meet"). */
  presentTenseAt(start: number): boolean;
  /** Whether the sentence holding `pos` reads as a title, the headline or a line that does not end as prose does (headline.ts). */
  inTitle(pos: number): boolean;
}

/** A parser: one pass over the text, returning candidates (chrono `Parser`). */
export interface DateParser {
  id: string;
  parse(text: string, words: ParsedWords): Candidate[];
}

/** A refiner: rewrites the candidate list, e.g. merges neighbours (chrono `Refiner`). */
export interface DateRefiner {
  id: string;
  refine(text: string, candidates: Candidate[]): Candidate[];
}

/** Shorthand for a candidate with a fixed value. */
export function fixedCandidate(
  start: number,
  end: number,
  source: string,
  resolution: Resolution & { type: TimexType; grain: Grain },
): Candidate {
  return {
    start,
    end,
    type: resolution.type,
    grain: resolution.grain,
    ...(resolution.mod ? { mod: resolution.mod } : {}),
    source,
    resolve: () => resolution,
  };
}

/** Run a global regex over the text once, calling `make` on each match (one pass per parser). */
export function scan(text: string, pattern: RegExp, make: (match: RegExpExecArray) => Candidate | Candidate[] | null): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const made = make(m);
    if (Array.isArray(made)) out.push(...made);
    else if (made) out.push(made);
  }
  return out;
}

/**
 * `scan`, run only when the text holds `needs`: something every match of `pattern` contains, and
 * few articles do ("ago", "the 15th", "half"). A pattern that opens with optional words or
 * look-behinds is tried at every word of the text, and a few such cost more than the rest of their
 * parser on most articles (CPU profile of the dates stage); one plain test finds where a match can be.
 */
export function scanWhere(needs: RegExp, text: string, pattern: RegExp, make: (match: RegExpExecArray) => Candidate | Candidate[] | null): Candidate[] {
  return needs.test(text) ? scan(text, pattern, make) : [];
}

/** Offset of a named group inside a match (needs the `d` flag). */
export function groupStart(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[0] ?? m.index;
}

/** End offset of a named group inside a match (needs the `d` flag). */
export function groupEnd(m: RegExpExecArray, name: string): number {
  return m.indices?.groups?.[name]?.[1] ?? m.index + m[0].length;
}
