import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { checkSpan, isObject, type CorpusDocument } from './corpus.js';
import { EvalInputError } from './errors.js';
import { annotatedExtent, goldItems, untilForAll, type ScoredDocument } from './items.js';
import { isEvalKind, kindOfOverlayType, type EvalKind } from './kinds.js';

/** One overlay span as written by hand; `type` is a kind ("people") or a corpus label ("PER"). */
export interface OverlaySpan {
  start: number;
  end: number;
  type: string;
  text: string;
  value?: string | null;
}

/** Hand-annotated gold for some documents: for each listed kind, these spans replace the corpus's. */
export interface GoldOverlay {
  /** Where the overlay was read from, for error messages. */
  name: string;
  /** The corpus it annotates, relative to shared/corpora ("meantime/dev.jsonl"), when given. */
  corpus: string | null;
  documents: Record<string, { kinds: EvalKind[]; spans: OverlaySpan[] }>;
}

/** Check an overlay's shape (offsets against the text are checked when it is applied). */
export function parseGoldOverlay(raw: unknown, name: string): GoldOverlay {
  if (!isObject(raw) || !isObject(raw.documents)) throw new EvalInputError(`${name}: expected { "corpus", "documents": { "<doc id>": ... } }`);
  if (raw.corpus !== undefined && typeof raw.corpus !== 'string') throw new EvalInputError(`${name}: "corpus" must be a string`);
  const documents: GoldOverlay['documents'] = {};
  for (const [id, entry] of Object.entries(raw.documents)) {
    const at = `${name}: document "${id}"`;
    if (!isObject(entry) || !Array.isArray(entry.kinds) || !Array.isArray(entry.spans))
      throw new EvalInputError(`${at}: expected { "kinds": [...], "spans": [...] }`);
    const kinds = entry.kinds.map((k: unknown) => {
      if (typeof k !== 'string' || !isEvalKind(k)) throw new EvalInputError(`${at}: unknown kind ${JSON.stringify(k)}`);
      return k;
    });
    const spans = entry.spans.map((s: unknown, i): OverlaySpan => {
      if (!isObject(s) || typeof s.type !== 'string') throw new EvalInputError(`${at} spans[${i}]: expected an object with a string "type"`);
      const kind = kindOfOverlayType(s.type);
      if (!kind || !kinds.includes(kind))
        throw new EvalInputError(`${at} spans[${i}]: type "${s.type}" is not one of the document's kinds (${kinds.join(', ')})`);
      if (s.value !== undefined && s.value !== null && typeof s.value !== 'string') throw new EvalInputError(`${at} spans[${i}]: "value" must be a string or null`);
      return s as unknown as OverlaySpan;
    });
    documents[id] = { kinds, spans };
  }
  return { name, corpus: (raw.corpus as string | undefined) ?? null, documents };
}

/** Read a gold overlay file. Throws EvalInputError naming the file. */
export function readGoldOverlay(path: string): GoldOverlay {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new EvalInputError(`${path}: cannot read the gold overlay (${reason})`);
  }
  return parseGoldOverlay(raw, path);
}

/**
 * The overlay's documents, in corpus order, with their gold: the overlay's spans for its kinds,
 * the corpus's for the others. Every overlay span must match the document text.
 */
export function applyGoldOverlay(docs: readonly CorpusDocument[], overlay: GoldOverlay, corpusPath: string, wholeText = false): ScoredDocument[] {
  if (overlay.corpus !== null && !resolve(corpusPath).endsWith(sep + overlay.corpus.split('/').join(sep)))
    throw new EvalInputError(`${overlay.name}: annotates ${overlay.corpus}, not ${corpusPath}`);
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const id of Object.keys(overlay.documents))
    if (!byId.has(id)) throw new EvalInputError(`${overlay.name}: document "${id}" is not in ${corpusPath}`);
  return docs
    .filter((doc) => Object.hasOwn(overlay.documents, doc.id))
    .map((doc) => {
      const entry = overlay.documents[doc.id]!;
      const gold = goldItems(doc);
      for (const kind of entry.kinds) gold[kind] = [];
      entry.spans.forEach((s, i) => {
        const span = checkSpan(s, doc.text, `${overlay.name}: document "${doc.id}" spans[${i}] ${JSON.stringify(s.text)}`);
        gold[kindOfOverlayType(s.type)!].push({ ...span, value: s.value ?? null });
      });
      for (const kind of entry.kinds) gold[kind].sort((a, b) => a.start - b.start || a.end - b.end);
      // The overlay annotates its kinds over the whole text; the others as far as the corpus does.
      const scoredUntil = untilForAll(wholeText ? doc.text.length : annotatedExtent(doc));
      for (const kind of entry.kinds) scoredUntil[kind] = doc.text.length;
      return { doc, gold, scoredUntil };
    });
}
