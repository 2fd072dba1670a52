import { matchScores, SCORED_ROLES, type MatchCounts } from './events.js';
import type { Discrepancy, EvalResult } from './evaluate.js';
import type { Figures, KindScore } from './score.js';
import { formatBreakdown } from './timex-classes.js';

/** A ratio as a percentage with one decimal; "–" when undefined. */
const percent = (x: number | null): string => (x === null ? '–' : (100 * x).toFixed(1));

const cells = (f: Figures): string[] => [percent(f.precision), percent(f.recall), percent(f.f1)];

const HEADER = ['kind', 'gold', 'pred', 'strict P', 'R', 'F1', 'relaxed P', 'R', 'F1', 'value F1'];
const WIDTHS = [14, 6, 6, 10, 6, 6, 11, 6, 6, 10];

const row = (values: string[]): string =>
  values.map((v, i) => (i === 0 ? v.padEnd(WIDTHS[i]!) : v.padStart(WIDTHS[i]!))).join('');

function kindRow(kind: string, s: KindScore): string {
  return row([kind, String(s.gold), String(s.predicted), ...cells(s.strict), ...cells(s.relaxed), s.value ? percent(s.value.f1) : '–']);
}

/** One line per discrepancy: document, kind, what, the span, expected/got, and the text around it. */
export function formatDiscrepancy(d: Discrepancy): string {
  const values = d.expected !== null || d.got !== null ? ` expected ${d.expected ?? '–'}, got ${d.got ?? '–'}` : '';
  return `${d.docId}  ${d.kind} ${d.what} ${JSON.stringify(d.text)} @${d.start}-${d.end}${values}\n    ${d.context}`;
}

/** The figures as a text table (percentages), preceded with `verbose` by every miss and false hit. */
export function formatReport(result: EvalResult, options: { corpus: string; verbose?: boolean }): string {
  const lines: string[] = [];
  if (options.verbose) {
    for (const d of result.discrepancies) lines.push(formatDiscrepancy(d));
    if (lines.length > 0) lines.push('');
  }
  lines.push(`news-extract eval: ${options.corpus}, ${result.documents} document${result.documents === 1 ? '' : 's'} (figures in %)`);
  lines.push(row(HEADER));
  for (const [kind, score] of Object.entries(result.kinds)) lines.push(kindRow(kind, score));
  const e = result.events;
  const withSign = (x: number | null): string => (x === null ? '–' : `${percent(x)}%`);
  lines.push(
    `events: ${e.goldWithTime} gold events with a time, ${e.covered} covered by a record (${withSign(e.goldWithTime === 0 ? null : e.covered / e.goldWithTime)}), date accuracy ${withSign(e.dateAccuracy)}`,
  );
  const scores = (label: string, c: MatchCounts) => {
    const { precision, recall, f1 } = matchScores(c);
    return `${label} P ${withSign(precision)} R ${withSign(recall)} F1 ${withSign(f1)} (gold ${c.gold}, found ${c.predicted}, matched ${c.matched})`;
  };
  lines.push(`event ${scores('triggers', e.triggers)}`);
  for (const role of SCORED_ROLES) lines.push(`event arguments, ${scores(role, e.roles[role])}`);
  if (result.stageErrors > 0) lines.push(`stage errors: ${result.stageErrors} (see the articles' messages)`);
  if (options.verbose && result.kinds.dates) lines.push('', ...formatBreakdown(result.dateClasses));
  return lines.join('\n') + '\n';
}

/** The figures as JSON (ratios 0..1, null when undefined); `verbose` adds the discrepancies. */
export function reportJson(result: EvalResult, options: { corpus: string; verbose?: boolean }): string {
  const { discrepancies, dateClasses, ...figures } = result;
  const details = options.verbose ? { discrepancies, ...(result.kinds.dates ? { dateClasses } : {}) } : {};
  return JSON.stringify({ corpus: options.corpus, ...figures, ...details }, null, 2) + '\n';
}
