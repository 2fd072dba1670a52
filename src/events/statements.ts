import type { EventRecord } from '../types.js';
import type { Mention } from './model.js';

/** Records that report what someone says: statements ("said", "told") and announcements ("announced", "unveiled"). */
const isStatement = (e: EventRecord): boolean => e.type === 'statement' || e.type === 'announcement';

/** "according to the Associated Press", "according to Mr Howard": the source of its sentence's events. */
const ACCORDING_TO = /\baccording\s+to\s+$/i;

/** Who makes a statement: the agent nearest its verb ("..., the Kremlin said"), by the article's name for it when it has one. */
function speakerOf(statement: EventRecord, names: ReadonlyMap<string, string>): string | null {
  const distance = (a: { start: number; end: number }) => Math.min(Math.abs(a.end - statement.trigger.start), Math.abs(a.start - statement.trigger.end));
  const agent = statement.arguments.filter((a) => a.role === 'agent').sort((a, b) => distance(a) - distance(b))[0];
  return agent ? (names.get(`${agent.start}-${agent.end}`) ?? agent.text) : (statement.participants[0] ?? null);
}

/** The events of a statement's sentence (`sentence`: the records of its sentence) it reports: those after its trigger ("said it would buy ..."), else those before it ("..., he said"). */
function contentOf(statement: EventRecord, sentence: readonly EventRecord[]): EventRecord[] {
  const inSentence = sentence.filter((e) => e !== statement && e.trigger.start >= statement.start && e.trigger.end <= statement.end);
  const after = inSentence.filter((e) => e.trigger.start > statement.trigger.end);
  // Up to the next statement of the sentence: "A said X, and B said Y".
  const next = after.find(isStatement);
  const own = next ? after.filter((e) => e.trigger.start < next.trigger.start) : after;
  return own.length > 0 ? own : inSentence.filter((e) => e.trigger.end <= statement.trigger.start && !isStatement(e));
}

/**
 * Reported speech: each statement gets the ids of the events it reports (`reports`), and those
 * events become `reported`, with the statement's speaker as their `source`, unless they are
 * planned or only possible already. "According to X" makes X the source of its sentence's events.
 */
export function linkStatements(text: string, events: readonly EventRecord[], mentions: readonly Mention[]): EventRecord[] {
  const out = events.map((e) => ({ ...e, reports: [...e.reports] }));
  const byId = new Map(out.map((e) => [e.id, e]));
  const report = (e: EventRecord, source: string | null) => {
    if (e.modality === 'asserted') e.modality = 'reported';
    e.source ??= source;
  };
  const names = new Map(mentions.map((m) => [`${m.start}-${m.end}`, m.name]));
  // Records by the sentence that first reports them: a statement looks only at its own sentence.
  const bySentence = new Map<number, EventRecord[]>();
  for (const e of out) bySentence.set(e.start, [...(bySentence.get(e.start) ?? []), e]);
  for (const statement of out.filter(isStatement)) {
    const content = contentOf(statement, bySentence.get(statement.start) ?? []);
    statement.reports = content.map((e) => e.id);
    for (const e of content) report(byId.get(e.id)!, speakerOf(statement, names));
  }
  for (const m of mentions) {
    if (!ACCORDING_TO.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
    for (const e of out) if (m.start >= e.start && m.end <= e.end && !isStatement(e)) report(e, m.name);
  }
  return out;
}
