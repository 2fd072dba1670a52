import type { Article, DateMention } from '../types.js';
import { isModifier } from './attach.js';

/** Days before the document's date that still count as the day's news ("on Monday" in a Thursday story). */
const RECENT_DAYS = 7;

const lastDayOfMonth = (year: number, month: number): string => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** The Monday that starts ISO week `week` of `year` (week 1 holds January 4th), plus `days`. */
function isoWeekDay(year: number, week: number, days: number): string {
  const january4 = new Date(Date.UTC(year, 0, 4));
  january4.setUTCDate(4 - ((january4.getUTCDay() + 6) % 7) + (week - 1) * 7 + days);
  return january4.toISOString().slice(0, 10);
}

/**
 * The last day a TIMEX3 date value can mean, as YYYY-MM-DD ("2018" → 2018-12-31, "2019-01/2019-05"
 * → 2019-05-31, "2008-W35" → 2008-08-31, "199X" → 1999-12-31); null for values with no year ("XXXX-XX-XX").
 */
export function latestDay(value: string): string | null {
  const v = value.includes('/') ? value.slice(value.indexOf('/') + 1) : value;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})/.exec(v);
  if (m) return isoWeekDay(Number(m[1]), Number(m[2]), 6);
  m = /^(\d{4})-(\d{2})(?!\d)/.exec(v);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]));
  m = /^(\d{4})-Q([1-4])/.exec(v);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]) * 3);
  m = /^(\d{4})-H([12])/.exec(v);
  if (m) return lastDayOfMonth(Number(m[1]), Number(m[2]) * 6);
  m = /^(\d{4})/.exec(v);
  if (m) return `${m[1]}-12-31`;
  m = /^(\d{3})X/.exec(v);
  if (m) return `${m[1]}9-12-31`;
  m = /^(\d{2})XX/.exec(v);
  return m ? `${m[1]}99-12-31` : null;
}

/**
 * The first day a TIMEX3 date value can mean, as YYYY-MM-DD ("2018" → 2018-01-01, "2008-W35" →
 * 2008-08-25, "2019-Q3" → 2019-07-01, "2019-01/2019-05" → 2019-01-01); null for values with no year.
 */
export function earliestDay(value: string): string | null {
  const v = value.split('/')[0]!;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{4})-W(\d{2})/.exec(v);
  if (m) return isoWeekDay(Number(m[1]), Number(m[2]), 0);
  m = /^(\d{4})-(\d{2})(?!\d)/.exec(v);
  if (m) return `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-([QH])([1-4])/.exec(v);
  if (m) return `${m[1]}-${String((Number(m[3]) - 1) * (m[2] === 'Q' ? 3 : 6) + 1).padStart(2, '0')}-01`;
  m = /^(\d{4})/.exec(v) ?? /^(\d{3})X/.exec(v) ?? /^(\d{2})XX/.exec(v);
  return m ? `${m[1]!.padEnd(4, '0')}-01-01` : null;
}

/** The day `days` before an ISO date. */
function daysBefore(isoDate: string, days: number): string {
  const d = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** A date that takes the story back in time: it ended more than a week before the document's day ("in 2018", "on March 20, 1992"). */
function goesBack(text: string, d: DateMention, documentDate: string): boolean {
  if ((d.type !== 'DATE' && d.type !== 'TIME') || /_REF$/.test(d.value) || isModifier(text, d)) return false;
  const last = latestDay(d.value);
  return last !== null && last < daysBefore(documentDate, RECENT_DAYS);
}

/**
 * The day's news: news writing opens with what happened on the document's day and turns to
 * background with dates of the past ("Relations were established on March 20, 1992"). This is
 * the body from its first sentence (after the headline, dateline and date line) up to the first
 * sentence with such a date, and never less than the first sentence (the lede); an event reported
 * there with no date of its own happened on the document's day, unless it is still to come. Null
 * without a document date.
 */
export function daysNews(article: Article): { start: number; end: number } | null {
  const documentDate = article.documentDate;
  if (!documentDate) return null;
  const after = Math.max(article.headline?.end ?? 0, article.dateline?.end ?? 0);
  const body = (article.sentences ?? []).filter((s) => s.start >= after && /[.!?]["”’)]?$/.test(s.text));
  if (body.length === 0) return null;
  const dates = (article.dates ?? []).filter((d) => d.start >= body[0]!.start);
  const back = body.find((s) => dates.some((d) => d.start >= s.start && d.end <= s.end && goesBack(article.text, d, documentDate)));
  const end = !back ? article.text.length : back === body[0] ? back.end : back.start;
  return { start: body[0]!.start, end };
}
