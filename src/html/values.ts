import type { Article, DateMention, EventRecord, MoneyMention, Person, Place } from '../types.js';

/** The grain a TIMEX3 value is stated at, read from its shape ("2019" year, "2019-07" month, "2019-Q3" quarter). */
export function grainOfValue(value: string): string {
  const start = value.split('/')[0]!;
  if (/^\d{4}-\d{2}-\d{2}T/.test(start)) return 'time';
  if (/^\d{4}-\d{2}-\d{2}$/.test(start)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(start)) return 'week';
  if (/^\d{4}-\d{2}$/.test(start)) return 'month';
  if (/^\d{4}-Q\d$/.test(start)) return 'quarter';
  if (/^\d{4}-H\d$/.test(start)) return 'half';
  if (/^\d{4}$/.test(start)) return 'year';
  if (/^\d{3}$/.test(start)) return 'decade';
  if (/^\d{2}$/.test(start)) return 'century';
  return 'other';
}

/** An event's date grain: the grain of the date mention it was read from, else the value's shape. */
export function eventGrain(article: Pick<Article, 'dates'>, event: EventRecord): string | null {
  if (event.date === null) return null;
  const mention = (article.dates ?? []).find((d) => d.value === event.date && d.text === event.dateText);
  return mention?.grain ?? grainOfValue(event.date);
}

/** One formatter for every page: toLocaleString would build a new one per number. */
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const number = (n: number): string => NUMBER.format(n);
const coordinate = (n: number | null): string => (n === null ? '?' : n.toFixed(4));

/** "DATE 2019-07-11, grain day" */
export function dateValue(d: DateMention): string {
  return `${d.type} ${d.value}, grain ${d.grain}${d.mod ? `, ${d.mod}` : ''}`;
}

/** "Vladimir Putin, President (RU)" */
export function personValue(p: Person): string {
  return `${p.name}${p.role ? `, ${p.role}` : ', no role'}${p.affiliation ? ` (${p.affiliation})` : ''}`;
}

/** "Moscow, city, GeoNames 524901, RU, 55.7522, 37.6156" */
export function placeValue(p: Place): string {
  const grounded = p.geonamesId === null ? 'no GeoNames id' : `GeoNames ${p.geonamesId}`;
  const where = p.lat === null || p.lon === null ? 'no coordinates' : `${coordinate(p.lat)}, ${coordinate(p.lon)}`;
  return `${p.name}, ${p.kind}, ${grounded}, ${p.countryCode ?? 'no country'}, ${where}`;
}

/** The date of the period an amount belongs to: that of an event that reports it in the same sentence. */
export function moneyPeriod(article: Pick<Article, 'events'>, m: MoneyMention): string | null {
  const event = (article.events ?? []).find(
    (e) => e.date !== null && e.start <= m.start && m.end <= e.end && e.amounts.some((a) => a.amount === m.amount && a.currency === m.currency),
  );
  return event?.date ?? null;
}

/** "1,800,000,000 USD, over, period 2018" */
export function moneyValue(m: MoneyMention, period: string | null): string {
  const amount = m.max !== undefined && m.min !== undefined ? `${number(m.min)}–${number(m.max)}` : number(m.amount);
  return [`${amount} ${m.currency}`, m.qualifier, m.perUnit ? `per ${m.perUnit}` : null, period ? `period ${period}` : null].filter(Boolean).join(', ');
}

/** "talks, 2019-07-11 (day), with Vladimir Putin, Sooronbay Jeenbekov, in Moscow" */
export function eventValue(e: EventRecord, grain: string | null): string {
  return [
    e.type,
    e.date === null ? 'undated' : `${e.date} (${grain})`,
    e.participants.length > 0 ? `with ${e.participants.join(', ')}` : null,
    e.places.length > 0 ? `in ${e.places.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}
