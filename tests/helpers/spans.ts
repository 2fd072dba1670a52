import type { Article, Span } from '../../src/types.js';

/** Every span an article's items carry, labelled with where it sits. */
export function collectSpans(article: Article): Array<[string, Span]> {
  const spans: Array<[string, Span]> = [];
  if (article.headline) spans.push(['headline', article.headline]);
  for (const d of article.dates ?? []) {
    spans.push(['date', d]);
    if (d.range) spans.push([`date range ${d.range.id}`, d.range]);
    if (d.anchor) spans.push([`date anchor of ${d.text}`, d.anchor]);
  }
  for (const m of article.money ?? []) spans.push(['money', m]);
  for (const p of article.people ?? []) for (const m of p.mentions) spans.push([`person ${p.name}`, m]);
  for (const o of article.organizations ?? []) for (const m of o.mentions) spans.push([`organization ${o.name}`, m]);
  for (const p of article.places ?? []) for (const m of p.mentions) spans.push([`place ${p.name}`, m]);
  for (const e of article.events ?? []) {
    spans.push([`event ${e.id} trigger`, e.trigger]);
    spans.push([`event ${e.id}`, { text: article.text.slice(e.start, e.end), start: e.start, end: e.end }]);
  }
  return spans;
}

/** The spans that break `text === original.slice(start, end)` or are not trimmed. */
export function offsetViolations(article: Article): string[] {
  const problems: string[] = [];
  for (const [label, s] of collectSpans(article)) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= article.text.length))
      problems.push(`${label}: bad offsets [${s.start}, ${s.end})`);
    else if (article.text.slice(s.start, s.end) !== s.text) problems.push(`${label}: ${JSON.stringify(s.text)} ≠ text[${s.start}, ${s.end})`);
    else if (/^\s|\s$/.test(s.text)) problems.push(`${label}: ${JSON.stringify(s.text)} has surrounding white space`);
  }
  if (article.dateline && !(article.dateline.start < article.dateline.end && article.dateline.end <= article.text.length))
    problems.push(`dateline: bad offsets`);
  return problems;
}
