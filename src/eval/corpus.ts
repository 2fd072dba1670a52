import { readFileSync } from 'node:fs';
import { EvalInputError } from './errors.js';

/** One annotated span of a corpus document (see shared/corpora/README.md). */
export interface CorpusSpan {
  start: number;
  end: number;
  /** The corpus's own label: DATE, PER, LOC, MONEY, ... */
  type: string;
  text: string;
  /** The corpus's normalised value (TIMEX3 value), or null. */
  value: string | null;
  attrs: Record<string, unknown>;
}

/** One annotated event mention: its trigger and the TIMEX3 value it is anchored to, if any. */
export interface CorpusEvent {
  trigger: { start: number; end: number; text: string };
  time: string | null;
  /** Its semantic-role arguments (PropBank roles "Arg0" ... "Argm-LOC"), its locations and amounts, when the corpus gives them. */
  participants?: Array<{ role: string; start: number; end: number; text: string }>;
  locations?: Array<{ start: number; end: number; text: string }>;
  amounts?: Array<{ start: number; end: number; text: string }>;
}

/** One document of an annotated corpus. */
export interface CorpusDocument {
  id: string;
  source: string;
  /** Document creation time, ISO yyyy-mm-dd, when the corpus gives one. */
  dct: string | null;
  text: string;
  spans: CorpusSpan[];
  events: CorpusEvent[];
}

/** A JSON object (not an array, not null). */
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Check a span-like record `{start, end, text}` against the document text; returns it typed or throws naming where. */
export function checkSpan(raw: unknown, text: string, where: string): { start: number; end: number; text: string } {
  if (!isObject(raw)) throw new EvalInputError(`${where}: expected an object`);
  const { start, end } = raw;
  const isOffset = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
  if (!isOffset(start) || !isOffset(end) || end < start || end > text.length)
    throw new EvalInputError(`${where}: bad offsets ${JSON.stringify(start)}..${JSON.stringify(end)} (text length ${text.length})`);
  const slice = text.slice(start, end);
  if (raw.text !== slice)
    throw new EvalInputError(`${where}: text ${JSON.stringify(raw.text)} is not the document text at ${start}..${end} (${JSON.stringify(slice)})`);
  return { start, end, text: slice };
}

function parseDocument(raw: unknown, where: string): CorpusDocument {
  if (!isObject(raw)) throw new EvalInputError(`${where}: expected a JSON object`);
  const { id, text } = raw;
  if (typeof id !== 'string' || id === '') throw new EvalInputError(`${where}: "id" must be a non-empty string`);
  if (typeof text !== 'string') throw new EvalInputError(`${where}: "text" must be a string`);
  const dct = raw.dct ?? null;
  if (dct !== null && (typeof dct !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dct)))
    throw new EvalInputError(`${where}: "dct" must be an ISO date or null, got ${JSON.stringify(dct)}`);
  if (!Array.isArray(raw.spans)) throw new EvalInputError(`${where}: "spans" must be an array`);
  const spans = raw.spans.map((s: unknown, i): CorpusSpan => {
    const at = `${where}: spans[${i}]`;
    const span = checkSpan(s, text, at);
    const { type, value, attrs } = s as Record<string, unknown>;
    if (typeof type !== 'string') throw new EvalInputError(`${at}: "type" must be a string`);
    if (value !== undefined && value !== null && typeof value !== 'string') throw new EvalInputError(`${at}: "value" must be a string or null`);
    if (attrs !== undefined && !isObject(attrs)) throw new EvalInputError(`${at}: "attrs" must be an object`);
    return { ...span, type, value: value ?? null, attrs: attrs ?? {} };
  });
  const rawEvents = raw.events ?? [];
  if (!Array.isArray(rawEvents)) throw new EvalInputError(`${where}: "events" must be an array`);
  const events = rawEvents.map((e: unknown, i): CorpusEvent => {
    const at = `${where}: events[${i}]`;
    if (!isObject(e)) throw new EvalInputError(`${at}: expected an object`);
    const time = e.time ?? null;
    if (time !== null && typeof time !== 'string') throw new EvalInputError(`${at}: "time" must be a string or null`);
    const spansOf = (field: 'participants' | 'locations' | 'amounts') => {
      const list = e[field] ?? [];
      if (!Array.isArray(list)) throw new EvalInputError(`${at}: "${field}" must be an array`);
      return list.map((p: unknown, j) => ({ ...checkSpan(p, text, `${at}.${field}[${j}]`), role: isObject(p) && typeof p.role === 'string' ? p.role : '' }));
    };
    return { trigger: checkSpan(e.trigger, text, `${at}.trigger`), time, participants: spansOf('participants'), locations: spansOf('locations'), amounts: spansOf('amounts') };
  });
  const source = typeof raw.source === 'string' ? raw.source : 'corpus';
  return { id, source, dct, text, spans, events };
}

/** Parse corpus JSON Lines (one document a line, blank lines skipped); `name` prefixes error messages. */
export function parseCorpus(jsonl: string, name: string): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new EvalInputError(`${name}:${i + 1}: not valid JSON (${(error as Error).message})`);
    }
    documents.push(parseDocument(raw, `${name}:${i + 1}`));
  });
  if (documents.length === 0) throw new EvalInputError(`${name}: no documents`);
  return documents;
}

/** Read and validate an annotated corpus file. Throws EvalInputError naming the file and line. */
export function readCorpus(path: string): CorpusDocument[] {
  let jsonl: string;
  try {
    jsonl = readFileSync(path, 'utf8');
  } catch (error) {
    throw new EvalInputError(`${path}: cannot read the corpus (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseCorpus(jsonl, path);
}
