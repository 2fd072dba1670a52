import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `npm run build` writes the table (scripts/build-event-lexicon.mjs): data/events at the package root. */
const TABLE = fileURLToPath(new URL('../../data/events/wordnet-classes.json', import.meta.url));

/**
 * WordNet's lexicographer classes of English lemmas, most frequent sense first ("meet" →
 * ["motion", "social", ...], "crash" the noun → ["event+change", ...]; "+" marks a noun sense made
 * from a verb, "+change" from a verb of change): every verb, and the nouns with an eventive sense
 * (act, event, process, phenomenon) or a size or amount made from a verb of change among their
 * first three.
 */
export interface WordClasses {
  verb(lemma: string): readonly string[] | undefined;
  noun(lemma: string): readonly string[] | undefined;
  /** Whether a verb takes "somebody to INFINITIVE" in one of its first senses (WordNet's frame 24: "allow", "force", "urge"). */
  takesObjectAndInfinitive(lemma: string): boolean;
  /** Whether a thing may be the subject that undergoes a verb in its first senses (frames "Something ----s", "Something is ----ing PP": "prices fell"). */
  thingSubject(lemma: string): boolean;
  /** Whether a verb takes an object in every frame of its first senses ("raise", "lift"): its subject acts on something. */
  transitiveOnly(lemma: string): boolean;
  /** Whether WordNet knows a word as an adjective ("pleased", "closed"; not "invited"). */
  adjective(word: string): boolean;
}

let loaded: WordClasses | undefined;

/** The table, read once per process on first use. */
export function wordClasses(): WordClasses {
  if (loaded) return loaded;
  let table: { verbs: Record<string, string[]>; nouns: Record<string, string[]>; objectAndInfinitive?: string[]; thingSubject?: string[]; transitiveOnly?: string[]; adjectives?: string[] };
  try {
    table = JSON.parse(readFileSync(TABLE, 'utf8')) as typeof table;
  } catch (error) {
    throw new Error(`events: cannot read ${TABLE} (run npm run build): ${(error as Error).message}`);
  }
  const verbs = new Map(Object.entries(table.verbs));
  const nouns = new Map(Object.entries(table.nouns));
  const objectAndInfinitive = new Set(table.objectAndInfinitive ?? []);
  const thingSubject = new Set(table.thingSubject ?? []);
  const transitiveOnly = new Set(table.transitiveOnly ?? []);
  const adjectives = new Set(table.adjectives ?? []);
  loaded = {
    verb: (lemma) => verbs.get(lemma),
    noun: (lemma) => nouns.get(lemma),
    takesObjectAndInfinitive: (lemma) => objectAndInfinitive.has(lemma),
    thingSubject: (lemma) => thingSubject.has(lemma),
    transitiveOnly: (lemma) => transitiveOnly.has(lemma),
    adjective: (word) => adjectives.has(word),
  };
  return loaded;
}
