// English alone, as dates/parsers/chrono.ts: its `parse` is the package's.
import * as chrono from 'chrono-node/en';
import type { Article, Dateline, DocumentDateSource, Span } from '../types.js';
import type { Stage } from '../pipeline/stage.js';
import type { PipelineConfig } from '../pipeline/config.js';
import { findHeadline } from '../headline.js';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** "MOSCOW", "NEW YORK", "ST. PETERSBURG": capitals only, each word two characters or more. */
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){0,3}`;
/** "Moscow", "Rio de Janeiro"-like Title Case; taken only with a date or agency after it. */
const TITLE_PLACE = String.raw`[A-Z][a-z]+(?:[ \-](?:[A-Z][a-z]+|de|la|del)){0,3}`;
/** ", Fla.", ", D.C.", ", Texas": a state or country after the city, never a month. */
const REGION = String.raw`,[ ](?!${MONTH}[ ]\d)[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?(?=,|[ ]\(|[ ]*[-–—:])`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATE = String.raw`,?[ ](?:${DAY}[ ]${MONTH}|${MONTH}[ ]${DAY})(?:,?[ ]\d{4})?`;
const PAREN = String.raw`[ ]*\([^()\n]{1,80}\)`;

/**
 * A dateline opens the body: a place, then an optional region, date and agency, closed by a
 * dash or colon (or by the agency's closing parenthesis). "MOSCOW, July 11 (Reuters) -",
 * "MOSCOW (Sputnik - 11th July, 2019)", "ST. PETERSBURG, Fla., June 2 (AP) -", "Moscow, 11 July 2019:".
 */
const DATELINE = new RegExp(
  String.raw`^(?<place>${CAPS_PLACE}|${TITLE_PLACE})(?<region>${REGION})?(?<date>${DATE})?(?<paren>${PAREN})?(?<sep>[ ]*(?:[-–—]{1,2}|:)[ ]|(?<=\))[ ]+)`,
);

/** A date inside a dateline, read without a reference (absolute dates only). */
function datelineDate(text: string, fallbackYear: number | null): string | null {
  if (!LOOKS_LIKE_DATE.test(text)) return null;
  const [result] = chrono.parse(text);
  if (!result) return null;
  const { start } = result;
  if (!start.isCertain('day') || !start.isCertain('month')) return null;
  const year = start.isCertain('year') ? start.get('year') : fallbackYear;
  if (year === null || year === undefined) return null;
  const month = start.get('month')!;
  const day = start.get('day')!;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** What may stand beside a date on a publication-date line: a weekday, a clock time and zone, "Updated". */
const DATE_LINE_REST = /^[\s,.|:;·\-–—()]*(?:(?:updated|published|posted|last updated)[\s:]*)?(?:[\s,.|:;·\-–—()]|\b(?:GMT|UTC|[A-Z]{2,4}T)\b)*$/i;
/**
 * A month as chrono's English names it (in full, or abbreviated as "Sept" or "Nov"), or a numeric
 * date: a line without one is not worth asking chrono about ("market" and "decide" are not months).
 */
const LOOKS_LIKE_DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/i;
/** Lines looked at for a publication date: it sits under the headline, before the body. */
const DATE_LINE_SEARCH = 3;

/**
 * A line that is only a date, such as "November 8, 2021" or "Monday, 8 November 2021 10:15 GMT"
 * under a headline: the publication date (MEANTIME's line 2, many scraped pages).
 */
function findDateLine(text: string, from: number): (Span & { date: string }) | null {
  const lineExp = /[^\n]+/g;
  lineExp.lastIndex = from;
  for (let m = lineExp.exec(text), seen = 0; m && seen < DATE_LINE_SEARCH; m = lineExp.exec(text)) {
    if (m[0].trim() === '') continue;
    seen++;
    if (m[0].length > 80 || !LOOKS_LIKE_DATE.test(m[0])) continue;
    const [result] = chrono.parse(m[0]);
    if (!result || !result.start.isCertain('year') || !result.start.isCertain('day')) continue;
    if (!DATE_LINE_REST.test(m[0].replace(result.text, ' '))) continue;
    const date = datelineDate(result.text, null);
    const lead = /^\s*/.exec(m[0])![0].length;
    const body = m[0].trim();
    if (date) return { text: body, start: m.index + lead, end: m.index + lead + body.length, date };
  }
  return null;
}

function findDateline(text: string, from: number, inputYear: number | null): Dateline | null {
  const paragraphStart = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
  const match = DATELINE.exec(text.slice(paragraphStart, paragraphStart + 240));
  if (!match?.groups) return null;
  const { place: placeRaw = '', date: dateText, paren, sep = '' } = match.groups;
  const isCaps = placeRaw === placeRaw.toUpperCase();
  // A Title Case place is an ordinary sentence start unless a date or an agency follows it.
  if (!isCaps && !dateText && !paren) return null;
  const date = datelineDate(`${dateText ?? ''} ${paren ?? ''}`, inputYear);
  const place = placeRaw
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  const length = match[0].length - sep.length;
  return { place, date, start: paragraphStart, end: paragraphStart + length };
}

/** Resolve the document date from the configured sources, first hit wins. */
export function chooseDocumentDate(
  sources: PipelineConfig['documentDate']['sources'],
  candidates: { input: string | null; dateline: string | null; option: string | null },
): { date: string | null; source: DocumentDateSource } {
  for (const source of sources) {
    const date = candidates[source];
    if (date) return { date, source };
  }
  return { date: null, source: null };
}

/** `read`: finds the headline, the dateline and the document date. Example: "MOSCOW, 11th July, 2019 (Desk) -". */
export const readStage: Stage = {
  id: 'read',
  description: 'find the headline, the dateline ("MOSCOW, July 11 (Reuters) -") and the document date',
  reads: ['text'],
  adds: ['headline', 'dateline', 'documentDate'],
  run(article, ctx) {
    const headline = findHeadline(article.text);
    const inputDate = article.documentDateSource === 'input' ? article.documentDate : null;
    const inputYear = inputDate ? Number(inputDate.slice(0, 4)) : null;
    const dateLine = findDateLine(article.text, headline ? headline.end : 0);
    const lineYear = dateLine ? Number(dateLine.date.slice(0, 4)) : null;
    const placeLine = findDateline(article.text, dateLine?.end ?? headline?.end ?? 0, lineYear ?? inputYear);
    // The place dateline ("HELSINKI, Nov 8 (Reuters) -"), or else the date line alone.
    const dateline: Dateline | null = placeLine ?? (dateLine && { place: null, date: dateLine.date, start: dateLine.start, end: dateLine.end });
    const { date, source } = chooseDocumentDate(ctx.config.documentDate.sources, {
      input: inputDate,
      dateline: dateLine?.date ?? dateline?.date ?? null,
      option: ctx.config.documentDate.value,
    });
    const messages = [...article.messages];
    if (!date)
      messages.push({ severity: 'warning', stage: 'read', reason: 'no document date: relative dates stay underspecified' });
    return { ...article, headline, dateline, documentDate: date, documentDateSource: source, messages } satisfies Article;
  },
};
