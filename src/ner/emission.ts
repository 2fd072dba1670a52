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
  // Plain loops, not Array#map: map's result is a packed array from the builtin but a holey one
  // when TurboFan inlines it, so every function reading these arrays met two maps and was
  // deoptimized ("wrong map") and compiled again once this one was optimized (--trace-deopt).
  const casings: Casing[] = [];
  const display: string[] = [];
  const traits: WordTraits[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const casing = casingOf(t.sentence);
    casings.push(casing);
    display.push(casing === 'normal' ? t.text : asRunningText(t.text, ordinary));
  }
  for (let i = 0; i < n; i++) traits.push(wordTraits(model, display[i]!, tokens[i]!, known));
  const places = placeMarks(tokens, text, display, known.gazetteer);
  const evidence = documentEvidence(tokens, display, known.firstNames);
  const lines = lineTraits(tokens, text);
  const tagBits: number[] = [];
  // Each fixed feature's id read once a call, into locals: a read in a branch no article had taken yet was a deopt (insufficient feedback) and a recompile of this function.
  const sentenceBefore1 = fixed['w-1=<s>'];
  const sentenceAfter1 = fixed['w+1=</s>'];
  const sentenceBefore2 = fixed['w-2=<s>'];
  const sentenceAfter2 = fixed['w+2=</s>'];
  const startId = fixed.start;
  const possessiveId = fixed.poss;
  const punctuationAfter = fixed['punct+1'];
  const parenthesisBefore = fixed['paren-1'];
  const titleCasing = fixed['casing=title'];
  const capsCasing = fixed['casing=caps'];
  const lineFirst = fixed.line0;
  const afterNumber = fixed.afterNum;
  const firstNameBefore = fixed['fn-1'];
  const orgSuffixAfter = fixed['orgsuf+1'];
  const orgDescriptorBefore = fixed['orgdesc-1'];
  const placeNounOf = fixed['placenoun-of'];
  const titleBefore = fixed['title-1'];
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
    add(prev ? prev.before1 : sentenceBefore1);
    add(next ? next.after1 : sentenceAfter1);
    add(prev2 ? prev2.before2 : sentenceBefore2);
    add(next2 ? next2.after2 : sentenceAfter2);
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
    // Insertion sort: a token has a handful of tags, and Array#sort copied them into a new store on every call (allocation profile).
    for (let k = 1; k < tagBits.length; k++) {
      const bit = tagBits[k]!;
      let j = k - 1;
      for (; j >= 0 && tagBits[j]! > bit; j--) tagBits[j + 1] = tagBits[j]!;
      tagBits[j + 1] = bit;
    }
    for (const k of tagBits) add(model.tags[k]!);
    // Taken or not, each fixed feature's add is called (with -1, which adds nothing, when it does
    // not hold): a call no article had reached yet was a deopt (insufficient feedback) and a recompile.
    add(t.sentenceStart ? startId : -1);
    add(t.possessive ? possessiveId : -1);
    add(/[,;:]/.test(t.post) ? punctuationAfter : -1);
    add(t.pre.includes('(') ? parenthesisBefore : -1);
    const casing = casings[i];
    add(casing === 'title' ? titleCasing : casing === 'caps' ? capsCasing : -1);
    const line = lines[i]!;
    add(line.first ? lineFirst : -1);
    add(line.afterNumber ? afterNumber : -1);
    if (line.table) add(model.id(`table|${w.shape}`));
    const place = places[i];
    if (place) {
      add(model.id(`gz=${place}`));
      add(model.id(`gzsh=${place}|${w.shape}`));
    }
    const nextPlace = places[i + 1];
    if (next && nextPlace?.startsWith('B-')) add(model.id(`gz+1=${nextPlace}`));
    add(prev && prev.firstName && prev.capital ? firstNameBefore : -1);
    add(next && next.orgSuffix && next.capital ? orgSuffixAfter : -1);
    add(prev && prev.orgDescriptor ? orgDescriptorBefore : -1);
    add(prev2 && tokens[i - 1]!.key === 'of' && prev2.placeNoun ? placeNounOf : -1);
    add(prev && prev.title ? titleBefore : -1);
    for (const e of evidence[i]!) add(model.id(e));
  }
  return scores;
}
