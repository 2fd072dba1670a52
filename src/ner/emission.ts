import type { Token } from '../people/tokens.js';
import type { Casing } from '../people/runs.js';
import { LABEL_COUNT } from './labels.js';
import { asRunningText } from './word-shape.js';
import { documentEvidence } from './document-evidence.js';
import { placeMarks } from './place-marks.js';
import { lineTraits, type FeatureKnowledge } from './features.js';
import { TAG_INDEX, type CompiledModel } from './compiled-model.js';
import { wordTraits, type WordTraits } from './word-traits.js';

const L = LABEL_COUNT;

/**
 * Each token's score for each label (tokens × labels, row-major): the sum of the weights of its
 * features, which are those of `tokenFeatures` taken as ids, in the same order, without making
 * their strings. A word's own features come from its traits (once per distinct word).
 */
export function emissionScores(model: CompiledModel, tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): Float64Array {
  const n = tokens.length;
  const scores = new Float64Array(n * L);
  const { emission, fixed } = model;
  const ordinary = (lower: string): boolean => known.isOrdinaryWord(lower) && !known.firstNames.has(lower);
  const casings = tokens.map((t) => casingOf(t.sentence));
  const display = tokens.map((t, i) => (casings[i] === 'normal' ? t.text : asRunningText(t.text, ordinary)));
  const traits: WordTraits[] = tokens.map((t, i) => wordTraits(model, display[i]!, t, known));
  const places = placeMarks(tokens, text, display, known.gazetteer);
  const evidence = documentEvidence(tokens, display, known.firstNames);
  const lines = lineTraits(tokens, text);
  const tagBits: number[] = [];
  let base = 0;
  const add = (id: number): void => {
    if (id < 0) return;
    const row = id * L;
    for (let y = 0; y < L; y++) scores[base + y]! += emission[row + y]!;
  };
  for (let i = 0; i < n; i++) {
    base = i * L;
    const t = tokens[i]!;
    const w = traits[i]!;
    // A plain loop: TypedArray#set on a row this short costs more than copying its few numbers (profile).
    const own = w.own;
    for (let y = 0; y < L; y++) scores[base + y] = own[y]!;
    const sentence = t.sentence;
    const prev = i > 0 && tokens[i - 1]!.sentence === sentence ? traits[i - 1]! : null;
    const next = i + 1 < n && tokens[i + 1]!.sentence === sentence ? traits[i + 1]! : null;
    const prev2 = i > 1 && tokens[i - 2]!.sentence === sentence ? traits[i - 2]! : null;
    const next2 = i + 2 < n && tokens[i + 2]!.sentence === sentence ? traits[i + 2]! : null;
    add(prev ? prev.before1 : fixed['w-1=<s>']);
    add(next ? next.after1 : fixed['w+1=</s>']);
    add(prev2 ? prev2.before2 : fixed['w-2=<s>']);
    add(next2 ? next2.after2 : fixed['w+2=</s>']);
    add(model.shapeBefore.get(prev ? prev.shape : '<s>', w.shape));
    add(model.shapeAfter.get(w.shape, next ? next.shape : '</s>'));
    add(model.wordBefore.get(prev ? prev.lower : '<s>', w.lower));
    add(model.wordAfter.get(w.lower, next ? next.lower : '</s>'));
    // compromise's tags in TAGS order, as `tokenFeatures` lists them.
    tagBits.length = 0;
    for (const tag of t.tags) {
      const k = TAG_INDEX.get(tag);
      if (k !== undefined) tagBits.push(k);
    }
    if (tagBits.length > 1) tagBits.sort((a, b) => a - b);
    for (const k of tagBits) add(model.tags[k]!);
    if (t.sentenceStart) add(fixed.start);
    if (t.possessive) add(fixed.poss);
    if (/[,;:]/.test(t.post)) add(fixed['punct+1']);
    if (t.pre.includes('(')) add(fixed['paren-1']);
    const casing = casings[i];
    if (casing === 'title') add(fixed['casing=title']);
    else if (casing === 'caps') add(fixed['casing=caps']);
    const line = lines[i]!;
    if (line.first) add(fixed.line0);
    if (line.afterNumber) add(fixed.afterNum);
    if (line.table) add(model.id(`table|${w.shape}`));
    const place = places[i];
    if (place) {
      add(model.id(`gz=${place}`));
      add(model.id(`gzsh=${place}|${w.shape}`));
    }
    const nextPlace = places[i + 1];
    if (next && nextPlace?.startsWith('B-')) add(model.id(`gz+1=${nextPlace}`));
    if (prev && prev.firstName && prev.capital) add(fixed['fn-1']);
    if (next && next.orgSuffix && next.capital) add(fixed['orgsuf+1']);
    if (prev && prev.orgDescriptor) add(fixed['orgdesc-1']);
    if (prev2 && tokens[i - 1]!.key === 'of' && prev2.placeNoun) add(fixed['placenoun-of']);
    if (prev && prev.title) add(fixed['title-1']);
    for (const e of evidence[i]!) add(model.id(e));
  }
  return scores;
}
