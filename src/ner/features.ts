import type { Token } from '../people/tokens.js';
import type { Casing } from '../people/runs.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { HONORIFICS, ROLE_HEADS } from '../people/titles.js';
import { ORG_SUFFIXES, ORG_DESCRIPTORS, PLACE_NOUNS } from '../people/words.js';
import { asRunningText, wordShape } from './word-shape.js';
import { documentEvidence } from './document-evidence.js';
import { placeMarks } from './place-marks.js';
import { TAGS } from './compiled-model.js';

/** What the features read beyond the tokens: general word lists and the gazetteer. */
export interface FeatureKnowledge {
  gazetteer: Gazetteer;
  firstNames: ReadonlySet<string>;
  /** compromise's lexicon knows the lower-case word as something other than a name. */
  isOrdinaryWord(lower: string): boolean;
}

/** The tag features as strings made once. */
const TAG_FEATURES: ReadonlyArray<readonly [string, string]> = TAGS.map((tag) => [tag, `t=${tag}`]);

/** Whether the word is a number or a list bullet ("3.", "(b)", "•"). */
const NUMBERISH = /^(?:\p{N}+[.)]?|[•*·-])$/u;

/**
 * The features of every token of an article, as strings (built once per token): the word and its
 * shape, prefixes and suffixes, compromise's tags, the neighbouring words, the position in the
 * sentence and line, gazetteer, first-name and organization-word hits, and evidence from the rest
 * of the article. Words of all-capitals or title-case lines are read as running text.
 */
export function tokenFeatures(tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): string[][] {
  const { display, context } = contextFeatures(tokens, text, casingOf, known);
  return context.map((list, i) => [...wordFeatures(display[i]!, tokens[i]!, known), ...list]);
}

/** A key for the word features of a token: its display form, and its own text where that differs. */
export const wordKey = (display: string, token: Token): string => (display === token.text ? display : `${display}\u0001${token.text}`);

/**
 * The features of a word alone, the same wherever it stands (so a tagger can compute them once
 * per distinct word): the word, lower case, shape, prefixes and suffixes, and list hits.
 */
export function wordFeatures(w: string, t: Token, known: FeatureKnowledge): string[] {
  const lw = t.text.toLowerCase();
  const f = ['b', `w=${w}`, `lw=${lw}`, `sh=${wordShape(w)}`, `p2=${lw.slice(0, 2)}`, `p3=${lw.slice(0, 3)}`, `s2=${lw.slice(-2)}`, `s3=${lw.slice(-3)}`, `s4=${lw.slice(-4)}`];
  if (known.firstNames.has(lw)) f.push('fn');
  if (known.isOrdinaryWord(lw)) f.push('ord');
  if (ORG_SUFFIXES.has(t.key)) f.push('orgsuf');
  if (known.gazetteer.countryOfDemonym(t.text)) f.push('demonym');
  if (ROLE_HEADS.has(t.key) || HONORIFICS.has(t.key)) f.push('title');
  return f;
}

/**
 * The features of each token that depend on where it stands (neighbours, tags, position, gazetteer
 * and document evidence), with each token's display form (see `asRunningText`).
 */
export function contextFeatures(tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): { display: string[]; context: string[][] } {
  const ordinary = (lower: string): boolean => known.isOrdinaryWord(lower) && !known.firstNames.has(lower);
  const display = tokens.map((t) => (casingOf(t.sentence) === 'normal' ? t.text : asRunningText(t.text, ordinary)));
  const lower = tokens.map((t) => t.text.toLowerCase());
  const shapes = display.map(wordShape);
  const places = placeMarks(tokens, text, display, known.gazetteer);
  const evidence = documentEvidence(tokens, display, known.firstNames);
  const lineInfo = lineTraits(tokens, text);
  const context = tokens.map((t, i) => {
    const lw = lower[i]!;
    const sh = shapes[i]!;
    const sameSentence = (k: number): boolean => k >= 0 && k < tokens.length && tokens[k]!.sentence === t.sentence;
    const word = (k: number): string => (sameSentence(k) ? lower[k]! : k < i ? '<s>' : '</s>');
    const shape = (k: number): string => (sameSentence(k) ? shapes[k]! : k < i ? '<s>' : '</s>');
    const f = [
      `w-1=${word(i - 1)}`,
      `w+1=${word(i + 1)}`,
      `w-2=${word(i - 2)}`,
      `w+2=${word(i + 2)}`,
      `sh-1=${shape(i - 1)}|${sh}`,
      `sh+1=${sh}|${shape(i + 1)}`,
      `w-1w=${word(i - 1)}|${lw}`,
      `ww+1=${lw}|${word(i + 1)}`,
    ];
    for (const [tag, feature] of TAG_FEATURES) if (t.tags.has(tag)) f.push(feature);
    if (t.sentenceStart) f.push('start');
    if (t.possessive) f.push('poss');
    if (/[,;:]/.test(t.post)) f.push('punct+1');
    if (t.pre.includes('(')) f.push('paren-1');
    const casing = casingOf(t.sentence);
    if (casing !== 'normal') f.push(`casing=${casing}`);
    const line = lineInfo[i]!;
    if (line.first) f.push('line0');
    if (line.afterNumber) f.push('afterNum');
    if (line.table) f.push(`table|${sh}`);
    const place = places[i];
    if (place) f.push(`gz=${place}`, `gzsh=${place}|${sh}`);
    const next = places[i + 1];
    if (sameSentence(i + 1) && next?.startsWith('B-')) f.push(`gz+1=${next}`);
    if (sameSentence(i - 1) && known.firstNames.has(lower[i - 1]!) && /^\p{Lu}/u.test(display[i - 1]!)) f.push('fn-1');
    if (sameSentence(i + 1) && ORG_SUFFIXES.has(tokens[i + 1]!.key) && /^\p{Lu}/u.test(display[i + 1]!)) f.push('orgsuf+1');
    if (sameSentence(i - 1) && ORG_DESCRIPTORS.has(tokens[i - 1]!.key)) f.push('orgdesc-1');
    if (sameSentence(i - 2) && tokens[i - 1]!.key === 'of' && PLACE_NOUNS.has(tokens[i - 2]!.key)) f.push('placenoun-of');
    if (sameSentence(i - 1) && (ROLE_HEADS.has(tokens[i - 1]!.key) || HONORIFICS.has(tokens[i - 1]!.key))) f.push('title-1');
    for (const e of evidence[i]!) f.push(e);
    return f;
  });
  return { display, context };
}

/** Per token: first word of its line, after a number or bullet that opens the line, in a table-like line. */
export function lineTraits(tokens: readonly Token[], text: string): { first: boolean; afterNumber: boolean; table: boolean }[] {
  const out: { first: boolean; afterNumber: boolean; table: boolean }[] = [];
  let lineStart = 0;
  let lineFirst = 0;
  let table = false;
  tokens.forEach((t, i) => {
    const first = i === 0 || text.slice(tokens[i - 1]!.end, t.start).includes('\n');
    if (first) {
      lineFirst = i;
      lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
      let lineEnd = text.indexOf('\n', t.start);
      if (lineEnd < 0) lineEnd = text.length;
      const line = text.slice(lineStart, lineEnd);
      const numbers = line.match(/\d+(?:[:.,]\d+)*/g)?.length ?? 0;
      table = line.includes('\t') || line.includes('|') || (numbers >= 3 && !/[.!?]["”]?\s*$/.test(line));
    }
    const afterNumber = i > lineFirst && i - lineFirst <= 2 && NUMBERISH.test(tokens[lineFirst]!.text + (tokens[lineFirst]!.post.trim().startsWith('.') ? '.' : ''));
    out.push({ first, afterNumber, table });
  });
  return out;
}
