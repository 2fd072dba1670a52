import { defaultConfig } from '../pipeline/config.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { createArticleContext } from '../pipeline/context.js';
import { taggerInput } from '../ner/article-tokens.js';
import { corpusNames } from '../ner/corpus-names.js';
import type { NameKind } from '../ner/labels.js';
import type { CorpusDocument } from './corpus.js';
import type { GoldItem } from './items.js';
import type { EvalKind } from './kinds.js';

/** The eval kind of each name kind the tagger learns; MISC names (events, works, products) are no gold. */
const EVAL_KIND: Readonly<Partial<Record<NameKind, EvalKind>>> = { PER: 'people', LOC: 'places', ORG: 'organizations' };

/** The entity kinds whose gold is a mention's name when the corpus marks whole mentions (GUM). */
export const NAME_EVAL_KINDS = ['people', 'places', 'organizations'] as const;

/**
 * Whether a document marks whole entity mentions with a mention-level `named` flag (GUM: "Mary
 * Chaworth, whom he met while at school", "a Dr. Bailey"), rather than name spans (MEANTIME's
 * `syntactic_type` NAM mentions are names already).
 */
export function marksWholeMentions(doc: Pick<CorpusDocument, 'spans'>): boolean {
  return doc.spans.some((s) => typeof s.attrs.named === 'boolean');
}

/**
 * The people, places and organizations of documents that mark whole mentions, scored as the
 * name tagger is trained (src/ner/corpus-names.ts): each `named` mention cut down to its proper
 * name ("Mary Chaworth", "Bailey", "John Edleston", "Clare"), a name nested in a longer one giving
 * way to it, and names that are no person, place or organization (MISC) left out. The documents
 * are read as the pipeline reads them (read and segment stages, the one parse), so that the cut
 * falls on the pipeline's tokens.
 */
export function namesAsGold(docs: readonly CorpusDocument[]): Map<CorpusDocument, Record<(typeof NAME_EVAL_KINDS)[number], GoldItem[]>> {
  const config = { ...defaultConfig, stages: ['read', 'segment'] };
  const pipeline = createPipeline(config);
  const gold = new Map<CorpusDocument, Record<(typeof NAME_EVAL_KINDS)[number], GoldItem[]>>();
  for (const doc of docs) {
    const article = pipeline.process({ id: doc.id, source: doc.source, text: doc.text, date: doc.dct });
    const { tokens } = taggerInput(article, createArticleContext(article, config, pipeline.resources));
    const byKind: Record<(typeof NAME_EVAL_KINDS)[number], GoldItem[]> = { people: [], places: [], organizations: [] };
    for (const name of corpusNames(tokens, doc.text, doc.spans)) {
      const kind = EVAL_KIND[name.kind];
      if (kind !== 'people' && kind !== 'places' && kind !== 'organizations') continue;
      const start = tokens[name.first]!.start;
      const end = tokens[name.last]!.end;
      byKind[kind].push({ start, end, text: doc.text.slice(start, end), value: null });
    }
    gold.set(doc, byKind);
  }
  return gold;
}
