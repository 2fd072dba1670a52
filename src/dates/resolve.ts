import type { DateMention, Span } from '../types.js';
import type { Anchor, AnchorGrain, Candidate, ResolutionScope, Tense } from './candidate.js';
import type { Day } from './calendar.js';
import { resolveYearless } from './anchoring.js';
import { splitRange } from './split-ranges.js';
import { spanIndexAt } from './tense.js';

/** What the resolver needs besides the candidates. */
export interface ResolverInput {
  text: string;
  sentences: readonly Span[];
  documentDate: Day | null;
  tenseAt: (pos: number) => Tense;
  pastPerfectAt: (pos: number) => boolean;
  /** Whether a present-tense form stands between two positions ("Flights from London resume in January"). */
  presentBetween: (from: number, to: number) => boolean;
  /** Whether a present verb before a position in its clause names a timetable (timetable.ts). */
  timetableBefore: (sentence: Span, pos: number) => boolean;
}

/** A time that opens its sentence ("In 1990 he moves", "It is 2003."): in a present-tense clause, the narrative is told in the present. */
const FRONTED_TIME = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:In|By|On|It\s+is)\s+$/;

/**
 * "since" (or "since the start of") right before a date, or a "since" phrase whose event the date places ("the first
 * British champion since Lewis Hamilton in 2020", "the highest since the financial crisis of 2008"): the date opens a
 * span that runs to the present. The phrase ends at punctuation or at a word that opens another clause or joins one.
 */
const SINCE_BEFORE =
  /\bsince\s+(?:(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+|(?:(?!(?:and|but|or|then|when|while|until|before|after)\b)[^\s,.;:!?()\[\]"“”—–]+\s+){1,6}(?:in|of)\s+)?$/i;

/**
 * "through", "until" or "till" right before a date (or "the end of" one): the date closes a span ("would make further
 * cuts through June 2026", "the ban stays until the end of 2027"), the limit of a plan, not the time the story moves to.
 */
const UNTIL_BEFORE = /\b(?:through|until|till)\s+(?:(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+)?$/i;

/**
 * The tense a year-free month's or day's span end is read in: after "until" or "through" in a simple past clause, a
 * modal's, weakly ahead, since what the past clause began may still run ("signed an order banning outdoor work until
 * Sept. 15", written in July: this September, not last year's); a past perfect's end is behind ("had been closed until
 * March"), and so is a negated verb's ("did not reopen until May": when it reopened). A weekday keeps the past: within a
 * week, news says "next" of one still ahead ("was closed until Monday").
 */
function boundTense(tense: Tense, before: string, pastPerfect: boolean): Tense {
  return tense === 'past' && !pastPerfect && UNTIL_BEFORE.test(before) && !NOT_UNTIL.test(before) ? 'modal' : tense;
}

/** A negation before "until" in its clause: "did not reopen until May" tells when it happened, no span's end. */
const NOT_UNTIL = /(?:\b(?:not|never)|n['’]t)\b[^.;:!?]*\b(?:until|till)\b[^.;:!?]{0,30}$/i;

/**
 * The end of an accounting period right before a date ("in the quarter ended Oct. 31", "the year to March 31", "the
 * six months ending in June"): when a period closed, no day of the story, so a clock time or part of day after it is
 * not on that day ("Shares rose in morning trading", next, is the writing's morning); its year still tells the story's.
 */
const PERIOD_END_BEFORE = /\b(?:quarter|year|half|period|months|weeks)\s+(?:that\s+)?(?:ended|ending|ends|to)\s+(?:on\s+|in\s+)?$/i;

/**
 * "from" before a date in its clause: the base of a comparison or the start of a span ("up 30% from its low in April",
 * "runs from October"), which a present clause does not move ahead.
 */
const FROM_BEFORE = /\bfrom\s+(?:[^\s,.;:!?()]+\s+){0,10}$/i;

/** A verb of saying right before a date ("the department said on Wednesday", "told reporters Monday"): the day of the statement. */
const REPORT_BEFORE = /\b(?:said|says|told(?:\s+\w+)?|announced|reported|added|stated|wrote|confirmed)\s+(?:on\s+)?$/i;

/** "for" right before a month: the period a figure is for ("5 degrees above normal for January"), no timetable. */
const PERIOD_FOR = /\bfor\s+(?:the\s+month\s+of\s+)?$/i;

/** A decade or century names no year: it anchors only "the following decade", never a year-free "June". */
const coarse = (a: Anchor): boolean => a.grain === 'decade' || a.grain === 'century';

const hasGrain = (a: Anchor, grain: AnchorGrain): boolean =>
  grain === 'decade' || (!coarse(a) && (grain === 'year' || (grain === 'month' ? a.m !== undefined : a.d !== undefined)));

/** Punctuation that ends a clause inside a sentence ("The minister, who had resigned in 2019, returned in 2021"). */
const CLAUSE_PUNCTUATION = /[,;:()\[\]—–]/;

/**
 * Whether a past-tense date is told in a past perfect: its own clause's, or the one its sentence opens with when no
 * punctuation ends that clause before the date, so a participle between them does not hide it ("had been valued at
 * $45.6 billion in a round led by SoftBank in 2021"), but a relative clause's does not reach the main verb's date.
 */
function inPastPerfect(pos: number, scope: ResolutionScope, sentence: Span | undefined, input: ResolverInput): boolean {
  if (scope.tense() !== 'past') return false;
  if (scope.pastPerfect()) return true;
  if (!sentence || sentence.start > pos || CLAUSE_PUNCTUATION.test(input.text.slice(sentence.start, pos))) return false;
  return input.pastPerfectAt(sentence.start);
}

/** A relative clause set off by a comma, open up to the date: ", who took over in", ", which opened in". */
const ASIDE_OPENS = /,\s*(?:who|which|whose)\b[^,;:.!?"“”()]*$/i;
/** The rest of that clause after the date, up to the comma that closes it. */
const ASIDE_CLOSES = /^[^,;:.!?"“”()]*,/;

/**
 * Where a relative clause set off by commas that holds a date ends ("Coach Amy Lin, who took over in 2019, signed a new
 * contract in December": after "2019,"), or null: the clause describes a noun, and its year is no year the sentence's
 * main clause or the story goes on in.
 */
function asideClauseEnd(text: string, before: string, end: number): number | null {
  if (!ASIDE_OPENS.test(before)) return null;
  const close = ASIDE_CLOSES.exec(text.slice(end, end + 120));
  return close ? end + close[0].length : null;
}

/** Start offsets of the paragraphs (blocks separated by a blank line). */
function paragraphStarts(text: string): { start: number }[] {
  const starts = [{ start: 0 }];
  for (const m of text.matchAll(/\n[ \t]*\r?\n\s*/g)) starts.push({ start: m.index + m[0].length });
  return starts;
}

/**
 * Give each candidate its value, in text order, so anaphora ("five days later", "the same year")
 * see the dates resolved before them (HeidelTime's narrative mode, chrono's refiner order).
 */
export function resolveCandidates(candidates: readonly Candidate[], input: ResolverInput): DateMention[] {
  const { text, sentences, documentDate } = input;
  const paragraphs = paragraphStarts(text);
  const anchors: Anchor[] = [];
  // The latest anchor stating each grain, so a lookup is O(1) however long the article.
  const latest: Partial<Record<AnchorGrain, Anchor>> = {};
  const out: DateMention[] = [];
  let ranges = 0;
  const ordered = [...candidates].sort((a, b) => a.start - b.start);

  for (const candidate of ordered) {
    const sentenceIndex = spanIndexAt(sentences, candidate.start);
    const previousSentence = sentences[Math.max(0, sentenceIndex - 1)];
    const paragraphStart = paragraphs[spanIndexAt(paragraphs, candidate.start)]?.start ?? 0;
    const recentFrom = Math.min(paragraphStart, previousSentence?.start ?? 0);
    // The words right before the date, which say whether it is a span's bound, a statement's day or a figure's period.
    const before = text.slice(Math.max(0, candidate.start - 96), candidate.start);
    let tense: Tense | undefined;

    const scope: ResolutionScope = {
      documentDate,
      tense: () => (tense ??= candidate.yearless ? boundTense(input.tenseAt(candidate.start), before, input.pastPerfectAt(candidate.start)) : input.tenseAt(candidate.start)),
      pastPerfect: () => input.pastPerfectAt(candidate.start),
      anchor: (grain) => latest[grain] ?? null,
      timetable: () => {
        const sentence = sentences[sentenceIndex];
        if (!sentence || !input.timetableBefore(sentence, candidate.start)) return false;
        if (SINCE_BEFORE.test(before) || PERIOD_FOR.test(before)) return false;
        // "results from the ruling of the court on July 8": no verb of its own between "from" and the date.
        const from = FROM_BEFORE.exec(before);
        return from === null || input.presentBetween(candidate.start - before.length + from.index + 4, candidate.start);
      },
      eventDay() {
        let said: Anchor | null = null;
        for (let i = anchors.length - 1; i >= 0 && anchors[i]!.start >= recentFrom; i--) {
          const a = anchors[i]!;
          if (a.bound || a.periodEnd || !hasGrain(a, 'day')) continue;
          if (!a.report) return said && spanIndexAt(sentences, a.start) !== spanIndexAt(sentences, said.start) ? said : a;
          if (said) return said;
          said = a;
        }
        return said;
      },
      periodAnchor() {
        for (let i = anchors.length - 1; i >= 0 && anchors[i]!.start >= recentFrom; i--) {
          if (!anchors[i]!.bound && !anchors[i]!.report) return anchors[i]!;
        }
        return null;
      },
      recentAnchor(grain, relativeToo = false) {
        for (let i = anchors.length - 1; i >= 0 && anchors[i]!.start >= recentFrom; i--) {
          const a = anchors[i]!;
          // A date told from the document's ("today", "last summer") brings the narrative back to the present.
          if (a.fromDocument && !relativeToo) return null;
          if (a.bound) continue;
          // "Coach Amy Lin, who took over in 2019, signed a new contract in December": an aside's year is no narrative year (its day still is one a weekday counts from: "which met on Tuesday, set a Friday deadline").
          if (a.asideEnd !== undefined && !relativeToo && candidate.start >= a.asideEnd) continue;
          // A year-free date of the story told in the simple past does not go back into a flashback's year.
          if (a.flashback && !relativeToo && !scope.pastPerfect()) continue;
          if (hasGrain(a, grain)) return a;
        }
        return null;
      },
    };

    const resolution = candidate.yearless ? resolveYearless(candidate.yearless, scope) : candidate.resolve?.(scope);
    if (!resolution) continue;
    const type = resolution.type ?? candidate.type;
    const grain = resolution.grain ?? candidate.grain;
    const mod = resolution.mod ?? candidate.mod;
    if (resolution.anchor && (type === 'DATE' || type === 'TIME')) {
      const narrativePresent = !resolution.anchor.fromDocument && FRONTED_TIME.test(text.slice(Math.max(0, candidate.start - 16), candidate.start)) && scope.tense() === 'present';
      const bound = SINCE_BEFORE.test(before) || UNTIL_BEFORE.test(before);
      const flashback = !resolution.anchor.fromDocument && inPastPerfect(candidate.start, scope, sentences[sentenceIndex], input);
      const report = REPORT_BEFORE.test(before);
      const periodEnd = PERIOD_END_BEFORE.test(before);
      const asideEnd = asideClauseEnd(text, before, candidate.end);
      const anchor: Anchor = {
        ...resolution.anchor, grain, start: candidate.start, ...(asideEnd !== null ? { asideEnd } : {}),
        ...(narrativePresent ? { narrativePresent } : {}), ...(bound ? { bound } : {}), ...(flashback ? { flashback } : {}),
        ...(report ? { report } : {}), ...(periodEnd ? { periodEnd } : {}),
      };
      anchors.push(anchor);
      for (const g of ['decade', 'year', 'month', 'day'] as const) if (hasGrain(anchor, g)) latest[g] = anchor;
    }
    const mention: DateMention = {
      text: text.slice(candidate.start, candidate.end),
      start: candidate.start,
      end: candidate.end,
      type,
      value: resolution.value,
      grain,
      ...(mod ? { mod } : {}),
    };
    const items = candidate.parts ? splitRange(mention, candidate.parts, text, `r${ranges + 1}`) : [mention];
    if (items.length > 1) ranges++;
    out.push(...items);
  }
  return out;
}
