import type { EventType, Span } from '../types.js';
import { NEGATIONS, PHRASE_START, TRIGGER_PHRASES, TRIGGER_WORDS } from './lexicon.js';
import { within } from '../spans.js';
import type { Mention, Term, Trigger } from './model.js';

/**
 * Light-verb phrases of a whole text ("held talks", "took office"), with their spans, in text
 * order. One scan finds where any may start; each phrase is tried there, and, as a global scan of
 * its own would, not again inside its last match.
 */
export function phraseTriggers(text: string): Trigger[] {
  const starts = Array.from(text.matchAll(PHRASE_START), (m) => m.index);
  const out: Trigger[] = [];
  for (const { pattern, type } of TRIGGER_PHRASES) {
    let free = 0;
    for (const at of starts) {
      if (at < free) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (!m) continue;
      free = at + m[0].length;
      const head = m.groups?.head;
      const words = head ?? m[0];
      const start = at + (head ? m[0].lastIndexOf(head) : 0);
      out.push({ span: { text: words, start, end: start + words.length }, type, needsAmount: false, verb: true });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** Words after which an event noun is a subject matter: "discuss ... the next summit", "preparations for the summit". */
const TOPIC_BEFORE = /\b(?:discuss(?:es|ed|ing)?|preparations?\s+for|prepare\s+for|agenda\s+(?:of|for))\b[^.;:]*$/iu;

/** A meeting of leaders is a summit: "an informal gathering of CIS leaders", "a meeting of EU heads of state". */
const OF_LEADERS = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\b/u;

/** The type a trigger word has here: a noun of meeting followed by "of ... leaders" is a summit. */
function typeHere(text: string, term: Term, type: EventType, sentenceEnd: number): EventType {
  if (type === 'meeting' && !term.tags.has('Verb') && OF_LEADERS.test(text.slice(term.end, Math.min(sentenceEnd, term.end + 60)))) return 'summit';
  return type;
}

/** A capital letter inside a sentence marks part of a name ("World Trade Organization"), except in a title-case headline. */
function isPartOfName(term: Term, first: boolean, headline: boolean): boolean {
  return !first && !headline && /^\p{Lu}/u.test(term.text);
}

/**
 * The event triggers in one sentence, in text order: phrases first, then single words they do
 * not already cover. Words inside a name, denied ("did not meet") or of the wrong part of speech
 * ("signs of recovery", "the opening match") are left out.
 */
export function findTriggers(
  text: string,
  sentence: Span,
  terms: readonly Term[],
  mentions: readonly Mention[],
  headline: boolean,
  phrases: readonly Trigger[],
): Trigger[] {
  const triggers = phrases.filter((t) => within(t.span, sentence));
  const inSentence = terms.filter((t) => within(t, sentence));
  const deniedSpans: Span[] = [];
  inSentence.forEach((term, i) => {
    const sense = TRIGGER_WORDS.get(term.lower);
    if (!sense) return;
    if (triggers.some((t) => term.start < t.span.end && term.end > t.span.start)) return;
    if (sense.verbOnly && !term.tags.has('Verb')) return;
    if (sense.notBefore?.test(text.slice(term.end, Math.min(sentence.end, term.end + 40)))) return;
    if (sense.near && !sense.near.test(text.slice(Math.max(sentence.start, term.start - 50), Math.min(sentence.end, term.end + 50)))) return;
    if (isPartOfName(term, i === 0, headline)) return;
    if (mentions.some((m) => term.start < m.end && term.end > m.start)) return;
    const before = inSentence.slice(Math.max(0, i - 2), i);
    if (before.some((b) => NEGATIONS.has(b.lower) || b.tags.has('Negative'))) {
      if (term.tags.has('Verb')) deniedSpans.push(term);
      return;
    }
    triggers.push({
      span: { text: term.text, start: term.start, end: term.end },
      type: typeHere(text, term, sense.type, sentence.end),
      needsAmount: sense.needsAmount ?? false,
      verb: term.tags.has('Verb'),
    });
  });
  const denied = (t: Trigger) => /\b(?:not|never|n't)\s+$/i.test(text.slice(Math.max(sentence.start, t.span.start - 12), t.span.start));
  const deniedVerbs = deniedSpans.concat(triggers.filter(denied).map((t) => t.span));
  // The object of a denied verb goes with it: "did not sign the treaty" reports no agreement either.
  const objectOfDenied = (t: Trigger) =>
    !t.verb && deniedVerbs.some((v) => v.end <= t.span.start && !/[,;]/.test(text.slice(v.end, t.span.start)) && t.span.start - v.end <= 30);
  // An event named as what is discussed or prepared is a topic, not a report: "to discuss ... preparations for the next summit".
  const topic = (t: Trigger) => !t.verb && TOPIC_BEFORE.test(text.slice(sentence.start, t.span.start));
  return triggers.filter((t) => !denied(t) && !objectOfDenied(t) && !topic(t)).sort((a, b) => a.span.start - b.span.start);
}
