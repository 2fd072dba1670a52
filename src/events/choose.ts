import type { MoneyMention } from '../types.js';
import type { Clause, Trigger } from './model.js';

/** "agreed on Monday to buy": an agreement whose object is another event is that event. */
const AGREED_TO = /^(?:\s+[\p{L}\d,-]+){0,3}\s+to\s+$/u;
const VOTE = /^vot/i;
/** Between a verb and its object: "announced the expansion", "unveiled its planned acquisition". */
const OBJECT_BETWEEN = /^\s+(?:(?:the|a|an|its|his|her|their|this|that|new|planned|proposed|first)\s+){0,3}$/i;

/**
 * The events a clause reports: every verb trigger, and a noun trigger only when no other
 * trigger of its type is there ("met ... at a meeting", "will sell" over "the purchase" it pays
 * for); a signed treaty is the signing, an agreement to do something is the thing agreed ("agreed
 * to buy" is the purchase), and what a vote decides is the vote ("voted to approve").
 */
export function clauseTriggers(text: string, triggers: readonly Trigger[], clause: Clause, sentenceMoney: readonly MoneyMention[]): Trigger[] {
  const money = sentenceMoney.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const all = triggers.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end);
  const typed = typedTriggers(text, all.filter((t) => !t.generic && (!t.needsAmount || money.length > 0)));
  // A typed verb that needs an amount and has none is still an event, of no type: "bought Beats"; so is such a noun that names a happening: "the purchase".
  const untyped = all.filter((t) => t.generic || (t.needsAmount && money.length === 0 && (t.verb || t.eventive))).map((t): Trigger => (t.generic ? t : { ...t, type: 'other', generic: true }));
  return [...typed, ...untyped].sort((a, b) => a.span.start - b.span.start);
}

/** Among the lexicon's typed triggers of a clause, those that report an event of their own (see `clauseTriggers`). */
function typedTriggers(text: string, inClause: readonly Trigger[]): Trigger[] {
  const signing = inClause.some((t) => t.type === 'signing');
  const followedBy = (t: Trigger, o: Trigger) => o !== t && o.span.start > t.span.end && AGREED_TO.test(text.slice(t.span.end, o.span.start));
  const agreedTo = (t: Trigger) => t.type === 'agreement' && t.verb && inClause.some((o) => followedBy(t, o));
  // "voted 6-1 on Wednesday to approve": what a vote decides is the vote.
  const votedOn = (t: Trigger) => inClause.some((v) => VOTE.test(v.span.text) && followedBy(v, t));
  // "announced the expansion": an event noun that an announcement tells of is that announcement's content.
  // A verb that acts on an event's course leaves it an event of its own: "postponed a visit", "cancelled the meeting", "attended the summit".
  const objectOfVerb = (t: Trigger) =>
    !t.verb && inClause.some((v) => v.verb && v.type === 'announcement' && v.span.end <= t.span.start && OBJECT_BETWEEN.test(text.slice(v.span.end, t.span.start)));
  const kept = inClause.filter((t) => !(signing && t.type === 'agreement') && !agreedTo(t) && !votedOn(t) && !objectOfVerb(t));
  // Verbs are events each ("invested ... and lent"); a noun of a type already reported in the clause is that event again.
  const chosen = (t: Trigger) => t.verb || !kept.some((o) => o !== t && o.type === t.type && (o.verb || o.span.start < t.span.start));
  return kept.filter(chosen);
}
