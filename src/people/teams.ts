import type { Span } from '../types.js';

/** A capitalized name of up to four words ("Leeds", "Real Madrid", "St. Louis Cardinals"). */
const NAME = String.raw`(?:St\. )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3}`;
/** A score: "2-1", "3–0", "101-99". */
const SCORE = String.raw`\d{1,3} ?[-–] ?\d{1,3}`;
/** Verbs of a match's result. */
const RESULT = String.raw`beat|beats|defeated|defeats|edged|thrashed|routed|overcame|outscored|drew|draws|tied|lost|loses|won|wins`;

/** "Leeds beat Chelsea 2-1", "Leeds drew 1-1 with Chelsea", "Leeds lost 2-1 to Chelsea", "Leeds won 3-0 against Chelsea". */
const PATTERNS = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}) (?:${RESULT}) (?:the )?(${NAME}),? (?:by )?${SCORE}(?![\p{N}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME}) (?:${RESULT}) ${SCORE} (?:with|to|against|over|at) (?:the )?(${NAME})`, 'gu'),
];

/**
 * What every match holds, in plain ASCII patterns that are cheap to test: a result verb between
 * spaces and a score. A match never crosses a line (names and gaps are letters and spaces), so only
 * lines with both are searched; most lines have neither, and the name patterns above try every
 * capital of a line they search.
 */
const HAS_RESULT = new RegExp(String.raw` (?:${RESULT}) `);
const HAS_SCORE = /\d ?[-–] ?\d/;

/** Words that open a sentence or a clause, not a name ("Then Leeds beat ..."). */
const NOT_NAMES = /^(?:The|Then|But|And|When|After|Before|On|In|At|Last|This|That|They|It|He|She|We|Yesterday|Today|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)$/;

/**
 * Names that stand for teams by a match's result around them ("Leeds beat Chelsea 2-1": Leeds and
 * Chelsea): organizations, though a city's name ("Leeds") would otherwise be a place. A leading
 * sentence word ("Then", "On Sunday") is left off the name.
 */
export function teamSpans(text: string): Span[] {
  const out: Span[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (HAS_SCORE.test(line) && HAS_RESULT.test(line)) out.push(...lineTeamSpans(line, lineStart));
    lineStart = lineEnd + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `teamSpans` of one line that starts at `lineStart` in the article; offsets are the article's. */
function lineTeamSpans(line: string, lineStart: number): Span[] {
  const out: Span[] = [];
  for (const pattern of PATTERNS) {
    for (const m of line.matchAll(pattern)) {
      let offset = m.index!;
      for (const name of [m[1]!, m[2]!]) {
        const at = line.indexOf(name, offset);
        offset = at + name.length;
        let words = name.split(' ');
        let start = lineStart + at;
        while (words.length > 1 && NOT_NAMES.test(words[0]!)) {
          start += words[0]!.length + 1;
          words = words.slice(1);
        }
        if (NOT_NAMES.test(words[0]!) && words.length === 1) continue;
        const clean = words.join(' ').replace(/['’]s$|['’]$/u, '');
        out.push({ text: clean, start, end: start + clean.length });
      }
    }
  }
  return out;
}
