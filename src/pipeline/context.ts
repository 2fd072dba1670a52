import nlp from './nlp.js';
import type { Article } from '../types.js';
import type { PipelineConfig } from './config.js';
import type { Resources } from '../resources/resources.js';
import { bulkMatch } from './sweep.js';
import { repairTags } from './repair-tags.js';

/** The compromise document type, as returned by `nlp(text)`. */
export type NlpDoc = ReturnType<typeof nlp>;

/** One term of the parse: the fields of `doc.json({ offset: true })` that stages read, tags as a set. */
export interface NlpTermJson {
  text: string;
  pre: string;
  post: string;
  /** Shared by every stage that reads the term: never changed. */
  tags: ReadonlySet<string>;
  offset: { start: number; length: number };
}

/** One sentence of the parse: its terms (no stage reads the sentence's own text). */
export interface NlpSentenceJson {
  terms: NlpTermJson[];
}

/** A term of compromise's own document (`doc.docs`) once its `offset` step has run. */
interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  tags?: Set<string>;
  offset: { start: number; length: number };
}

/**
 * The fields stages read, straight from compromise's own terms (what `doc.json({ offset: true })`
 * would copy, without copying every other field and each tag list on the way). The tag sets are
 * compromise's own: no stage writes them, and nothing tags the parse after `parse` has made it.
 */
function termRecords(doc: NlpDoc): NlpSentenceJson[] {
  doc.compute('offset');
  return (doc.docs as unknown as ParsedTerm[][]).map((terms) => ({
    terms: terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, tags: t.tags ?? new Set<string>(), offset: t.offset })),
  }));
}

/**
 * One read-only context per article (chrono `ParsingContext`): the options, the shared
 * resources, and the article's single compromise parse, made on first use and shared by every
 * stage that needs it.
 */
export interface ArticleContext {
  readonly config: PipelineConfig;
  readonly resources: Resources;
  /** The one compromise parse of `article.text` (`parse`: every compute step a stage reads). */
  doc(): NlpDoc;
  /**
   * That parse's sentences of terms, with offsets and tags, made once and shared. Read-only:
   * every stage sees the same records.
   */
  docJson(): NlpSentenceJson[];
  debug(message: () => string): void;
}

/**
 * compromise's compute steps that no stage reads. 'chunks' groups terms into noun and verb
 * phrases (`term.chunk`), which is about a tenth of a parse; it adds no tags.
 */
const UNREAD_HOOKS: ReadonlySet<string> = new Set(['chunks']);

/**
 * `nlp(text)` without the compute steps no stage reads, with the sweep of its tagging
 * patterns done by `sweep.ts` (the same tags, for less work), and the few misreadings every
 * stage would trip on repaired (`repair-tags.ts`). compromise takes its steps from its
 * world's `hooks` (set by plugins) and the sweep from its `methods`; both are swapped for the call
 * only, which is synchronous, so `nlp` elsewhere in the process is untouched.
 */
export function parse(text: string): NlpDoc {
  const world = nlp.world() as { hooks: string[]; methods: { one: { bulkMatch: unknown } } };
  const { hooks, methods } = world;
  const compromiseSweep = methods.one.bulkMatch;
  world.hooks = hooks.filter((hook) => !UNREAD_HOOKS.has(hook));
  methods.one.bulkMatch = bulkMatch;
  try {
    const doc = nlp(text);
    repairTags(doc.docs);
    return doc;
  } finally {
    world.hooks = hooks;
    methods.one.bulkMatch = compromiseSweep;
  }
}

export function createArticleContext(article: Pick<Article, 'text'>, config: PipelineConfig, resources: Resources): ArticleContext {
  let parsed: NlpDoc | undefined;
  let json: NlpSentenceJson[] | undefined;
  const debugOn = Boolean(process.env.NEWS_EXTRACT_DEBUG);
  return {
    config,
    resources,
    doc() {
      parsed ??= parse(article.text);
      return parsed;
    },
    docJson() {
      json ??= termRecords(this.doc());
      return json;
    },
    debug(message) {
      if (debugOn) process.stderr.write(`[debug] ${message()}\n`);
    },
  };
}
