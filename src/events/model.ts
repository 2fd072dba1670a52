import type { Article, EventRecord, EventType, Person, Place, Span } from '../types.js';
import type { NlpSentenceJson } from '../pipeline/context.js';
import { within } from '../spans.js';

/** One word of the shared compromise parse, copied into a plain record with its offsets. */
export interface Term {
  text: string;
  /** Lower case, as written. */
  lower: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

/** A word or phrase that reports an event ("met", "held talks", "visit"). */
export interface Trigger {
  span: Span;
  type: EventType;
  needsAmount: boolean;
  /** A verb or light-verb phrase ("met", "held talks"), not a noun ("summit"). */
  verb: boolean;
  /** The dictionary form ("fell" → "fall", "laid off" → "lay off", "held talks" → "talk"). */
  lemma: string;
  /** Found as any eventive predicate (see predicates.ts), not from the lexicon of typed triggers. */
  generic: boolean;
  /** Denied right before it: "did not meet", "never signed". */
  negated: boolean;
  /** "was a success", "will be available": a copula, whose subject is what the state is of (see predicates.ts). */
  copula?: boolean;
  /** A copula's head, or a phrase's last noun, when it names an event itself ("breach" of "was a breach", "bankruptcy" of "filed for bankruptcy"): another mention of the record. */
  head?: Span;
  /** The word of modality before its "to" ("plans" of "plans to buy"): another mention of its record (see control.ts). */
  control?: Span;
  /** A verb that is its own past tense, read by the tagger as a noun between its subject and object ("The company cut its forecast"): past by its place in news. */
  bare?: boolean;
  /** A noun of the lexicon that WordNet also reads as a happening ("the purchase"): an event even where its type does not hold. */
  eventive?: boolean;
}

/** A named thing the article found, at one of its mentions. */
export interface Mention {
  name: string;
  kind: 'person' | 'country' | 'place' | 'organization';
  start: number;
  end: number;
  person?: Person;
  place?: Place;
}

/** A stretch of a sentence with its own verb ("..., and held talks with ..."), or a relative clause ("..., who is coming ..."). */
export interface Clause {
  start: number;
  end: number;
  sentence: Span;
  /** A clause that starts with its verb takes its subject from the clause before. */
  subjectless: boolean;
  /** "X, who ...": where the clause's "who" stands; its subject is the person right before. */
  relative: boolean;
  /** The main clause going on after a relative clause ("X, who met Y, is scheduled to ..."): its subject is the relative clause's antecedent. */
  resumes: boolean;
}

/**
 * An event before merging and numbering; `anaphoric`: a definite noun that names an event already
 * told ("The meeting, their first in a year, ..."); `verb`: reported by a verb, not a noun.
 */
export type DraftEvent = Omit<EventRecord, 'id' | 'reports'> & { anaphoric?: boolean; verb?: boolean };

/** The words of the article with their offsets, from the one shared parse; words whose offsets disagree with the text are left out. */
export function termsOf(json: readonly NlpSentenceJson[], text: string): Term[] {
  const out: Term[] = [];
  for (const sentence of json) {
    for (const t of sentence.terms) {
      if (!t.offset) continue;
      const start = t.offset.start;
      const end = start + t.offset.length;
      if (text.slice(start, end) !== t.text || t.text === '') continue;
      out.push({ text: t.text, lower: t.text.toLowerCase(), start, end, tags: t.tags });
    }
  }
  return out;
}

/** Every mention of the people, places and organizations the article found outside the dateline, in text order. */
export function mentionsOf(article: Article): Mention[] {
  const out: Mention[] = [];
  for (const person of article.people ?? [])
    for (const m of person.mentions) out.push({ name: person.name, kind: 'person', start: m.start, end: m.end, person });
  for (const place of article.places ?? [])
    for (const m of place.mentions)
      out.push({ name: place.name, kind: place.kind === 'country' ? 'country' : 'place', start: m.start, end: m.end, place });
  for (const org of article.organizations ?? [])
    for (const m of org.mentions) out.push({ name: org.name, kind: 'organization', start: m.start, end: m.end });
  // The dateline names where the story was filed and by whom, not who took part ("MOSCOW (Eurasia Desk) -").
  const dateline = article.dateline;
  return out.filter((m) => !(dateline && within(m, dateline))).sort((a, b) => a.start - b.start || a.end - b.end);
}
