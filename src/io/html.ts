import { Parser } from 'htmlparser2';
import { InputError } from './decode.js';

export { isHtmlInput, looksLikeHtml } from './html-input.js';

/** Elements whose content is never article text (menus, code, the document head). */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'head', 'select', 'button']);

/** Elements that stand as paragraphs of their own: a blank line before and after. */
const PARAGRAPHS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'main', 'header', 'footer', 'aside',
  'blockquote', 'pre', 'ul', 'ol', 'dl', 'table', 'figure', 'figcaption', 'address', 'hr', 'form', 'fieldset',
  'details', 'summary', 'body', 'center', 'caption', 'legend',
]);

/** Elements that start a new line within a paragraph. */
const LINES = new Set(['br', 'li', 'tr', 'dt', 'dd', 'option']);

/** Table cells: a tab between them keeps a row's values apart. */
const CELLS = new Set(['td', 'th']);

/** HTML white space (not U+00A0, which `&nbsp;` gives and which is turned into a plain space here). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

function trailingNewlines(text: string): number {
  let n = 0;
  while (n < 2 && text[text.length - 1 - n] === '\n') n++;
  return n;
}

/** Builds the extracted text: collapses HTML white space and places breaks between blocks. */
class TextBuilder {
  text = '';
  /** 0 none, 1 a line break, 2 a blank line: the strongest break asked for since the last text. */
  private pendingBreak = 0;
  private pendingSpace = false;
  private pendingTab = false;

  addText(raw: string, preformatted: boolean): void {
    const text = preformatted ? raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ') : raw.replace(/\u00a0/g, ' ').replace(HTML_SPACE, ' ');
    if (text === '') return;
    if (!preformatted && text === ' ') {
      this.pendingSpace = true;
      return;
    }
    // Collapsed text has single spaces at most at its ends; other white space (U+3000, ...) is kept.
    const body = preformatted ? text : text.replace(/^ | $/g, '');
    if (!preformatted && text.startsWith(' ')) this.pendingSpace = true;
    this.flushSeparator();
    this.text += body;
    this.pendingSpace = !preformatted && text.endsWith(' ');
  }

  private flushSeparator(): void {
    if (this.text !== '') {
      if (this.pendingBreak > 0) this.text += '\n'.repeat(Math.max(0, this.pendingBreak - trailingNewlines(this.text)));
      else if (this.text.endsWith('\n')) {
        // A preformatted block's own line end already separates.
      } else if (this.pendingTab) this.text += '\t';
      else if (this.pendingSpace) this.text += ' ';
    }
    this.pendingBreak = 0;
    this.pendingSpace = false;
    this.pendingTab = false;
  }

  breakLine(level: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, level);
    this.pendingSpace = false;
  }

  cell(): void {
    this.pendingTab = true;
  }
}

/**
 * The article text of an HTML page: paragraphs, headings, list items and `<br>` become line
 * breaks and blank lines so that sentences and the headline survive; scripts, styles, menus and
 * the head are dropped; entities are decoded ("&amp;" → "&", "&#8217;" → "’", "&nbsp;" → " ").
 * The `<title>` is the headline when the page has no `<h1>`. A page with no text is an InputError.
 */
export function htmlToText(html: string): string {
  const body = new TextBuilder();
  // Depths of the open elements that matter; `<head>` is kept apart because its `<title>` is read.
  let dropped = 0;
  let head = 0;
  let preformatted = 0;
  let inTitle = 0;
  let inH1 = 0;
  let hasH1 = false;
  let title = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'head') head++;
        else if (DROPPED.has(name)) dropped++;
        else if (name === 'title' && dropped === 0 && title === '') inTitle++;
        if (dropped > 0 || head > 0 || inTitle > 0) return;
        if (name === 'pre') preformatted++;
        if (name === 'h1') inH1++;
        if (PARAGRAPHS.has(name)) body.breakLine(2);
        else if (LINES.has(name)) body.breakLine(1);
        else if (CELLS.has(name)) body.cell();
      },
      ontext(text) {
        if (inTitle > 0) title += text;
        else if (dropped === 0 && head === 0) {
          body.addText(text, preformatted > 0);
          if (inH1 > 0 && text.trim() !== '') hasH1 = true;
        }
      },
      onclosetag(name) {
        if (name === 'head') head = Math.max(0, head - 1);
        else if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (name === 'title') inTitle = Math.max(0, inTitle - 1);
        else if (dropped === 0 && head === 0 && inTitle === 0) {
          if (name === 'pre') preformatted = Math.max(0, preformatted - 1);
          if (name === 'h1') inH1 = Math.max(0, inH1 - 1);
          if (PARAGRAPHS.has(name)) body.breakLine(2);
          else if (name === 'li' || name === 'tr' || name === 'dt' || name === 'dd') body.breakLine(1);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const text = body.text.replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
  if (text === '') throw new InputError('no text in the HTML page');
  const headline = title.replace(/\u00a0/g, ' ').replace(HTML_SPACE, ' ').trim();
  return (!hasH1 && headline !== '' ? `${headline}\n\n${text}` : text) + '\n';
}
