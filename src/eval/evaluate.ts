import type { Pipeline } from '../pipeline/pipeline.js';
import { readCorpus, type CorpusDocument } from './corpus.js';
import { addEventCounts, emptyEventCounts, scoreEvents, type EventCounts } from './events.js';
import { annotatedExtent, goldItems, predictedItems, untilForAll, type ScoredDocument } from './items.js';
import { evalKinds, type EvalKind } from './kinds.js';
import { matchSpans } from './match.js';
import { inSplit, type CorpusSplit } from './split.js';
import { applyGoldOverlay, readGoldOverlay } from './overlay.js';
import { marksWholeMentions, namesAsGold } from './name-gold.js';
import { addBreakdown, emptyBreakdown, type TimexBreakdown } from './timex-classes.js';
import { addMatching, emptyCounts, isValueRight, scoreKind, type KindCounts, type KindScore } from './score.js';

/** One thing the pipeline got wrong, for `--verbose`. */
export interface Discrepancy {
  docId: string;
  kind: EvalKind | 'events';
  /** miss: gold not found; false-hit: found, not gold; boundary: overlap only; value: wrong value; wrong-date: the covering event record has another date; uncovered: no record covers the event. */
  what: 'miss' | 'false-hit' | 'boundary' | 'value' | 'uncovered' | 'wrong-date';
  start: number;
  end: number;
  text: string;
  expected: string | null;
  got: string | null;
  /** The text around the span, the span in [brackets] (see contextOf). */
  context: string;
}

/** The figures for a corpus. */
export interface EvalResult {
  documents: number;
  kinds: Partial<Record<EvalKind, KindScore>>;
  events: EventCounts & { dateAccuracy: number | null };
  /** Error messages the stages left on articles (a failed stage scores zero). */
  stageErrors: number;
  discrepancies: Discrepancy[];
  /** Temporal expressions by error class: type confusions and value errors by shape. */
  dateClasses: TimexBreakdown;
}

/** The text around [start, end), up to `width` characters either side ("…" where cut), newlines as ⏎. */
export function contextOf(text: string, start: number, end: number, width = 40): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const context = `${text.slice(from, start)}[${text.slice(start, end)}]${text.slice(end, to)}`.replace(/\r?\n/g, '⏎');
  return `${from > 0 ? '…' : ''}${context}${to < text.length ? '…' : ''}`;
}

/**
 * The documents to score: the whole corpus or one part of its split (see split.ts), then only the
 * overlay's documents with its gold when one is given; then the first `limit`. A corpus that marks
 * whole mentions (GUM) has its people, places and organizations scored as names (name-gold.ts).
 */
export function loadEvalDocuments(
  corpusPath: string,
  options: { goldPath?: string; limit?: number; wholeText?: boolean; split?: CorpusSplit } = {},
): ScoredDocument[] {
  const { split } = options;
  const docs = readCorpus(corpusPath).filter((_, index) => split === undefined || inSplit(index, split));
  const wholeText = options.wholeText ?? false;
  if (options.goldPath) {
    const scored = applyGoldOverlay(docs, readGoldOverlay(options.goldPath), corpusPath, wholeText);
    return options.limit === undefined ? scored : scored.slice(0, options.limit);
  }
  return scoredDocuments(options.limit === undefined ? docs : docs.slice(0, options.limit), wholeText);
}

/** Corpus documents with their gold per kind (names cut as the tagger learns them where the corpus marks whole mentions) and where scoring stops. */
export function scoredDocuments(docs: readonly CorpusDocument[], wholeText = false): ScoredDocument[] {
  const names = namesAsGold(docs.filter(marksWholeMentions));
  return docs.map((doc) => ({ doc, gold: { ...goldItems(doc), ...names.get(doc) }, scoredUntil: untilForAll(wholeText ? doc.text.length : annotatedExtent(doc)) }));
}

/** Run the pipeline (built once by the caller) on each document and score it per kind and for events. */
export function evaluateDocuments(pipeline: Pipeline, documents: readonly ScoredDocument[], kinds: readonly EvalKind[] = evalKinds): EvalResult {
  const counts = new Map<EvalKind, KindCounts>(kinds.map((k) => [k, emptyCounts()]));
  let events = emptyEventCounts();
  let stageErrors = 0;
  let dateClasses = emptyBreakdown();
  const discrepancies: Discrepancy[] = [];

  for (const { doc, gold, scoredUntil } of documents) {
    const article = pipeline.process({ id: doc.id, source: doc.source, text: doc.text, date: doc.dct });
    stageErrors += article.messages.filter((m) => m.severity === 'error').length;
    const note = (kind: Discrepancy['kind'], what: Discrepancy['what'], s: { start: number; end: number; text: string }, expected: string | null, got: string | null): void => {
      discrepancies.push({ docId: doc.id, kind, what, start: s.start, end: s.end, text: s.text, expected, got, context: contextOf(doc.text, s.start, s.end) });
    };
    const predicted = predictedItems(article);
    for (const kind of kinds) {
      const found = predicted[kind].filter((p) => p.start < scoredUntil[kind]);
      const matching = matchSpans(gold[kind], found);
      counts.set(kind, addMatching(counts.get(kind)!, matching, gold[kind], found));
      if (kind === 'dates') dateClasses = addBreakdown(dateClasses, matching);
      for (const g of matching.missed) note(kind, 'miss', g, g.value, null);
      for (const p of matching.falseHits) note(kind, 'false-hit', p, null, p.values.join(' / ') || null);
      for (const { gold: g, predicted: p, exact } of matching.pairs) {
        if (!exact) note(kind, 'boundary', g, g.text, p.text);
        if (g.value !== null && !isValueRight(g, p)) note(kind, 'value', g, g.value, p.values.join(' / ') || null);
      }
    }
    const scoredEvents = scoreEvents(doc.events, article.events ?? [], Math.max(...Object.values(scoredUntil)), article.documentDate);
    events = addEventCounts(events, scoredEvents.counts);
    for (const { gold: e, record } of scoredEvents.misses) note('events', record ? 'wrong-date' : 'uncovered', e.trigger, e.time, record?.date ?? null);
  }

  const scores: Partial<Record<EvalKind, KindScore>> = {};
  for (const [kind, c] of counts) scores[kind] = scoreKind(c);
  const dateAccuracy = events.covered === 0 ? null : events.dateCorrect / events.covered;
  return { documents: documents.length, kinds: scores, events: { ...events, dateAccuracy }, stageErrors, discrepancies, dateClasses };
}
