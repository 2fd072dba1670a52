import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText, isHtmlInput, looksLikeHtml } from '../src/io/html.js';
import { InputError } from '../src/io/decode.js';

describe('htmlToText', () => {
  const cases: Array<[string, string, string]> = [
    ['paragraphs become blank-line separated', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.\n'],
    ['white space collapses inside a paragraph', '<p>  Shares\n   fell\t sharply. </p>', 'Shares fell sharply.\n'],
    ['inline elements keep words together', '<p>The <b>Kremlin</b> <a href="#">said</a> on <i>Thursday</i>.</p>', 'The Kremlin said on Thursday.\n'],
    ['<br> is a line break', '<p>MOSCOW<br>July 11</p>', 'MOSCOW\nJuly 11\n'],
    ['list items are lines, the list a paragraph', '<p>Points:</p><ul><li>One</li><li>Two</li></ul><p>End.</p>', 'Points:\n\nOne\nTwo\n\nEnd.\n'],
    ['headings are paragraphs', '<h1>Putin to Host Leader</h1><h2>Talks</h2><div>Body.</div>', 'Putin to Host Leader\n\nTalks\n\nBody.\n'],
    ['entities are decoded', '<p>AT&amp;T&#8217;s $1.2&nbsp;billion deal &lt;not&gt; &eacute;t&#xE9; &quot;ok&quot;</p>', 'AT&T’s $1.2 billion deal <not> été "ok"\n'],
    ['script, style, nav and head are dropped', '<html><head><meta charset="utf-8"><style>p{color:red}</style><script>var a = "<p>x</p>";</script></head><body><nav><a>Home</a> <a>World</a></nav><h1>Title</h1><script>alert(1)</script><p>Text.</p></body></html>', 'Title\n\nText.\n'],
    ['<title> is the headline when there is no <h1>', '<!DOCTYPE html><html><head><title>Acme buys rival</title></head><body><p>Acme said.</p></body></html>', 'Acme buys rival\n\nAcme said.\n'],
    ['<title> is dropped when an <h1> is the headline', '<html><head><title>Acme buys rival | News</title></head><body><h1>Acme buys rival</h1><p>Acme said.</p></body></html>', 'Acme buys rival\n\nAcme said.\n'],
    ['table cells are tab separated, rows are lines', '<table><tr><th>Year</th><th>Sales</th></tr><tr><td>2019</td><td>12</td></tr></table>', 'Year\tSales\n2019\t12\n'],
    ['<pre> keeps its lines', '<pre>a  b\nc</pre><p>d</p>', 'a  b\nc\n\nd\n'],
    ['an svg title is not the headline', '<body><svg><title>icon</title></svg><p>Words here.</p></body>', 'Words here.\n'],
    ['comments are dropped', '<p>Before<!-- hidden --> after.</p>', 'Before after.\n'],
    ['unclosed tags still give text', '<p>One<p>Two<div>Three', 'One\n\nTwo\n\nThree\n'],
  ];
  it.each(cases)('%s', (_, html, text) => expect(htmlToText(html)).toBe(text));

  it('a page with no text is an InputError', () => {
    for (const html of ['', '<html><head><title>Only a title</title></head><body></body></html>', '<script>x()</script>', '<p> &nbsp; </p>']) {
      expect(() => htmlToText(html), html).toThrow(InputError);
      expect(() => htmlToText(html), html).toThrow('no text in the HTML page');
    }
  });
});

describe('looksLikeHtml and isHtmlInput', () => {
  it('recognizes a page by its first characters or its file name', () => {
    expect(looksLikeHtml('  \n<!DOCTYPE html>\n<html>')).toBe(true);
    expect(looksLikeHtml('<html lang="en">')).toBe(true);
    expect(looksLikeHtml('<HTML>')).toBe(true);
    expect(looksLikeHtml('The <html> tag is old.')).toBe(false);
    expect(looksLikeHtml('<htmlx>')).toBe(false);
    expect(isHtmlInput('a/page.HTM', 'plain words')).toBe(true);
    expect(isHtmlInput('a/page.txt', '<!doctype html><p>x</p>')).toBe(true);
    expect(isHtmlInput(null, 'plain words')).toBe(false);
    expect(isHtmlInput('a/page.txt', 'plain words')).toBe(false);
  });
});

describe('htmlToText on arbitrary markup', () => {
  const tag = fc.constantFrom('p', 'div', 'h1', 'br', 'li', 'ul', 'script', 'style', 'nav', 'head', 'title', 'pre', 'td', 'tr', 'table', 'b', 'svg');
  const piece = fc.oneof(
    tag.map((t) => `<${t}>`),
    tag.map((t) => `</${t}>`),
    fc.constantFrom('&amp;', '&nbsp;', '&#8217;', '&#x1F600;', '&bogus;', '&', '<', '>', '<!--', '-->', '<!doctype html>', '\r\n', '\n', ' ', '\t'),
    fc.string({ unit: 'binary', maxLength: 8 }),
  );
  it('gives trimmed lines without carriage returns, or the InputError', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (html) => {
        let text: string;
        try {
          text = htmlToText(html);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        expect(text.endsWith('\n')).toBe(true);
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/\r|[ \t]\n/);
      }),
      { seed: 20190711, numRuns: 500 },
    );
  });
});
