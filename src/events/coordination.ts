import type { EventArgument, Span } from '../types.js';
import type { Term } from './model.js';

/** The roles whose parties a coordination joins into one: "Shell and BP said", "met Putin and Xi". */
const JOINED_ROLES: ReadonlySet<EventArgument['role']> = new Set(['agent', 'patient', 'partner', 'recipient']);

/** Between two conjuncts: "and", "or", ", and"; or a list's comma (`comma`), which joins only a list that "and" or "or" ends. */
const COORDINATION = /^\s*(?:,\s*)?(?:and|or)\s+/i;
const LIST_COMMA = /^\s*,\s*/;

/** Whether a word may stand between a coordinator and the next party's name, as part of that party's phrase ("and federal industry minister Ian MacDonald", "and Airbus parent EADS"). */
const describes = (t: Term): boolean =>
  (t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Determiner') || t.tags.has('Possessive')) &&
  !['Verb', 'Preposition', 'Pronoun', 'Date', 'Value'].some((tag) => t.tags.has(tag));

/**
 * Whether the text between two arguments only joins them: a coordinator (or a list's comma), then
 * at most a few words that describe the second ("Northrop Grumman and Airbus parent EADS"), no
 * figure, date, verb or preposition ("fined Apple €500 million and Meta" joins no parties).
 */
export function coordinates(text: string, terms: readonly Term[], a: { end: number }, b: { start: number }, comma = false): boolean {
  const gap = text.slice(a.end, b.start);
  const coordinator = COORDINATION.exec(gap) ?? (comma ? LIST_COMMA.exec(gap) : null);
  if (!coordinator) return false;
  const words = terms.filter((t) => t.start >= a.end + coordinator[0].length && t.end <= b.start);
  const covered = words.reduce((n, t) => n + t.text.length, 0);
  // Every character after the coordinator is a describing word or a space.
  return words.length <= 4 && words.every(describes) && gap.slice(coordinator[0].length).replace(/\s+/g, '').length === covered;
}

/** The items an argument stands for: its refs, else its one ref. */
const refsOf = (a: EventArgument): NonNullable<EventArgument['refs']> => a.refs ?? (a.ref ? [a.ref] : []);

/** One argument for a run of coordinated ones: the span from the first to the last, referring to each item. */
function joined(text: string, run: readonly EventArgument[], span: Span = { text: '', start: run[0]!.start, end: run[run.length - 1]!.end }): EventArgument {
  const refs = run.flatMap(refsOf).filter((r, i, all) => all.findIndex((x) => x.kind === r.kind && x.index === r.index) === i);
  const out: EventArgument = { role: run[0]!.role, text: text.slice(span.start, span.end), start: span.start, end: span.end, ref: refs[0] ?? null };
  if (refs.length > 1) out.refs = refs;
  return out;
}

/**
 * Parties joined by "and", "or" or a list's commas are one argument, as news and MEANTIME read
 * them: "Shell and BP said" has one agent that refers to both firms. Arguments of one role on one
 * side of the trigger join when only a coordination stands between them; and the subject phrase
 * of the trigger (`subject`, "The miners' union and the government"), when it holds a coordinator
 * and every named argument of its role inside it, replaces them.
 */
export function joinCoordinated(text: string, terms: readonly Term[], args: readonly EventArgument[], trigger: Span, subject: Span | null): EventArgument[] {
  let out = [...args].sort((a, b) => a.start - b.start);
  if (subject && /\s(?:and|or)\s/i.test(subject.text)) {
    const inside = out.filter((a) => JOINED_ROLES.has(a.role) && a.start >= subject.start && a.end <= subject.end);
    const role = inside[0]?.role;
    if (role && inside.every((a) => a.role === role) && (inside.length > 1 || inside[0]!.start > subject.start || inside[0]!.end < subject.end))
      out = [...out.filter((a) => !inside.includes(a)), joined(text, inside, subject)].sort((a, b) => a.start - b.start);
  }
  const side = (a: Span) => a.end <= trigger.start;
  // Whether `a` and the argument right after it are two parties of one coordination; past a list's comma only when "and" or "or" ends the list ("Britain, France and Germany").
  const joinsNext = (k: number, comma = false): boolean => {
    const [a, b] = [out[k], out[k + 1]];
    if (!a || !b || a.role !== b.role || !JOINED_ROLES.has(a.role) || side(a) !== side(b) || a.end > b.start) return false;
    const endsList = (x: EventArgument) => /\s(?:and|or)\s/i.test(x.text) || joinsNext(k + 1, true);
    return coordinates(text, terms, a, b) || (comma && coordinates(text, terms, a, b, true) && endsList(b));
  };
  const result: EventArgument[] = [];
  for (let k = 0; k < out.length; k++) {
    let last = k;
    while (joinsNext(last, true)) last++;
    result.push(last === k ? out[k]! : joined(text, out.slice(k, last + 1)));
    k = last;
  }
  return result;
}
