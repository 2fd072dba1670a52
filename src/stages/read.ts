import * as chrono from 'chrono-node';
import type { Article, Dateline, DocumentDateSource, Span } from '../types.js';
import type { Stage } from '../pipeline/stage.js';
import type { PipelineConfig } from '../pipeline/config.js';

/**
 * A dateline opens the body: a place in capitals (or Title Case) then a date and/or an agency,
 * closed by a dash or colon. "MOSCOW, July 11 (Reuters) -", "MOSCOW (Sputnik - 11th July, 2019)",
 * "WASHINGTON, D.C. — ", "Moscow, 11 July 2019:".
 */
const DATELINE =
  /^(?<place>[A-Z][A-Z.'’\- ]{1,40}?|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s*(?<region>[A-Z][A-Za-z. ]{1,20}?))?(?:,\s*|\s+)(?<rest>(?:\((?<paren>[^()\n]{1,120})\)\s*)?(?:[^\n]{0,60}?))\s*(?:[-–—]{1,2}|:)\s/;

/** A date inside a dateline, read without a reference (absolute dates only). */
function datelineDate(text: string, fallbackYear: number | null): string | null {
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

/** The first line, when it stands alone above a blank line and reads as a title (no final period). */
function findHeadline(text: string): Span | null {
  const match = /^[ \t]*(\S[^\n]{0,200}?)[ \t]*\r?\n[ \t]*\r?\n/.exec(text);
  if (!match || /[.!?]["”’]?$/.test(match[1]!)) return null;
  const start = match.index + match[0].indexOf(match[1]!);
  return { text: match[1]!, start, end: start + match[1]!.length };
}

function findDateline(text: string, from: number, inputYear: number | null): Dateline | null {
  const paragraphStart = from + (/^\s*/.exec(text.slice(from))?.[0].length ?? 0);
  const head = text.slice(paragraphStart, paragraphStart + 200);
  const match = DATELINE.exec(head);
  if (!match?.groups) return null;
  const placeRaw = match.groups.place!.trim();
  // A Title Case dateline place needs a date or agency after it; capitals alone are enough.
  const isCaps = placeRaw === placeRaw.toUpperCase();
  const rest = match.groups.rest ?? '';
  const date = datelineDate(rest, inputYear);
  if (!isCaps && !date) return null;
  if (!isCaps && !match.groups.paren && !/\d/.test(rest)) return null;
  const place = placeRaw
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
  const body = match[0].replace(/\s*(?:[-–—]{1,2}|:)\s$/, '');
  return { place, date, start: paragraphStart, end: paragraphStart + body.length };
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
    const dateline = findDateline(article.text, headline ? headline.end : 0, inputYear);
    const { date, source } = chooseDocumentDate(ctx.config.documentDate.sources, {
      input: inputDate,
      dateline: dateline?.date ?? null,
      option: ctx.config.documentDate.value,
    });
    const messages = [...article.messages];
    if (!date)
      messages.push({ severity: 'warning', stage: 'read', reason: 'no document date: relative dates stay underspecified' });
    return { ...article, headline, dateline, documentDate: date, documentDateSource: source, messages } satisfies Article;
  },
};
