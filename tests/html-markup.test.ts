import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { markUpText } from '../src/html/markup.js';
import type { Highlight } from '../src/html/highlights.js';
import { escapeHtml, jsonForScript } from '../src/html/escape.js';
import { contentSecurityPolicy, htmlDocument } from '../src/html/document.js';
import { eventsByDate } from '../src/html/timeline.js';
import { grainOfValue } from '../src/html/values.js';
import type { EventRecord } from '../src/types.js';

const h = (start: number, end: number, kind: Highlight['kind'] = 'dates', item = 0): Highlight => ({ start, end, kind, item, tip: `${kind} ${item}` });
/** The markup with only the kind and pieces kept: `[dates:...]`, a split piece `[dates+:...]`. */
const shape = (html: string) =>
  html
    .replace(/<mark class="hl (\w+)( cont)?"[^>]*>/g, (_, kind: string, cont?: string) => `[${kind}${cont ? '+' : ''}:`)
    .replace(/<\/mark>/g, ']')
    .replace(/<span class="anchor" id="([^"]+)"><\/span>/g, '{$1}');

describe('markUpText', () => {
  const text = 'Russian President Vladimir Putin met on May 14, 2018.';
  const cases: Array<[string, Highlight[], string]> = [
    ['no highlights: the text, escaped', [], text],
    ['one highlight', [h(40, 52)], 'Russian President Vladimir Putin met on [dates:May 14, 2018].'],
    ['nested: the longer encloses the shorter', [h(18, 32, 'people'), h(0, 32, 'organizations')], '[organizations:Russian President [people:Vladimir Putin]] met on May 14, 2018.'],
    ['same span twice: both, one inside the other', [h(40, 52, 'dates'), h(40, 52, 'money')], 'Russian President Vladimir Putin met on [dates:[money:May 14, 2018]].'],
    ['crossing: the later one is split where the first ends', [h(8, 26, 'people'), h(18, 32, 'places')], 'Russian [people:President [places:Vladimir]][places+: Putin] met on May 14, 2018.'],
    ['empty spans are dropped', [h(5, 5)], text],
  ];
  for (const [name, highlights, expected] of cases) it(name, () => expect(shape(markUpText(text, highlights))).toBe(expected));

  it('puts an anchor before a mark that opens at its offset', () => {
    expect(shape(markUpText(text, [h(40, 52)], [{ at: 40, id: 's-40' }, { at: 0, id: 's-0' }]))).toBe('{s-0}Russian President Vladimir Putin met on {s-40}[dates:May 14, 2018].');
  });

  it('escapes the text and the tooltip: markup in either stays text', () => {
    const hostile = 'a <script>x()</script> & <img src=x onerror="y()">';
    const html = markUpText(hostile, [{ ...h(2, 22), tip: '"><img src=x onerror=z()>' }]);
    expect(html).not.toMatch(/<script|<img/);
    expect(html.replace(/<\/?mark[^>]*>/g, '')).toBe('a &lt;script&gt;x()&lt;/script&gt; &amp; &lt;img src=x onerror=&quot;y()&quot;&gt;');
    expect(html).toContain('data-tip="&quot;&gt;&lt;img src=x onerror=z()&gt;"');
  });
});

describe('page safety', () => {
  it('allows exactly the inline style and script by their sha256, never unsafe-inline', () => {
    const style = 'body{color:#111}';
    const script = 'document.title = "x";';
    const csp = contentSecurityPolicy(style, script);
    const hash = (s: string) => createHash('sha256').update(s).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe');
    const page = htmlDocument({ title: '<t>', style, script, body: '' });
    expect(page).toContain(`<style>${style}</style>`);
    expect(page).toContain(`<script>${script}</script>`);
    expect(page).toContain('<title>&lt;t&gt;</title>');
  });

  it('keeps data blocks closed: no "</script>" can come out of JSON', () => {
    expect(jsonForScript({ id: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonForScript(['</script>']))).toEqual(['</script>']);
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('timeline order and grains', () => {
  const event = (date: string | null, start: number): EventRecord => ({
    id: `e${start}`, type: 'meeting', trigger: { text: 'met', start, end: start + 3 }, date, dateText: null, participants: [], places: [], amounts: [], start, end: start + 10,
  });
  it('orders by the start of the date, then by place in the text; undated last', () => {
    const events = [event(null, 0), event('2019-07-11', 10), event('2018/2020', 20), event('2019', 30), event('2018-06', 40), event('2019-07-11', 5)];
    expect(eventsByDate(events).map((e) => e.event.id)).toEqual(['e20', 'e40', 'e30', 'e5', 'e10', 'e0']);
  });
  const grains: Array<[string, string]> = [['2019', 'year'], ['2019-07', 'month'], ['2019-07-11', 'day'], ['2019-Q3', 'quarter'], ['2019-W27', 'week'], ['2019-01/2019-05', 'month'], ['201', 'decade'], ['P3M', 'other']];
  for (const [value, grain] of grains) it(`${value} is stated at grain ${grain}`, () => expect(grainOfValue(value)).toBe(grain));
});
