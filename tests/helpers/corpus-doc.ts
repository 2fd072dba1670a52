import type { CorpusDocument, CorpusSpan } from '../../src/eval/corpus.js';

/** A corpus document whose names are given as [text, kind] in order of appearance (each found after the previous), flagged `named`. */
export function corpusDoc(id: string, text: string, names: Array<[string, string]>): CorpusDocument {
  let from = 0;
  const spans: CorpusSpan[] = names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`${name} not in ${text}`);
    from = start + name.length;
    return { start, end: from, type, text: name, value: null, attrs: { named: true } };
  });
  return { id, source: 'test', dct: null, text, spans, events: [] };
}
