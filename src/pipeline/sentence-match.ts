import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/**
 * compromise's `match` of one tagging pattern on one sentence (`methods.one.match([terms],
 * pattern)`, what its sweep calls), with the same results, for less work. compromise tries the
 * pattern from every term of the sentence, copying the rest of the sentence each time; most of
 * those tries fail on the first term. Here a start is tried only when its term passes the
 * pattern's first step, the very test compromise's `tryHere` makes first, so the tries skipped are
 * exactly those that would have failed there. Port of compromise 14.17
 * `src/1-one/match/methods/match/index.js` for one sentence and no cache (the sweep passes none);
 * the try itself, the term test and `notIf` are compromise's own modules, loaded from its sources
 * (the single-file build does not export them), the same code as the build's.
 */

/** A term as the match reads it (compromise reads more fields inside `tryHere`). */
export interface Term {
  id: string;
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: ReadonlySet<string>;
}

/** One step of a parsed pattern (`parseMatch`): the fields read here, of many. */
interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  choices?: unknown;
  start?: boolean;
  end?: boolean;
  id?: string;
  word?: string;
  tag?: string;
  switch?: string;
  fastOr?: ReadonlySet<string>;
  pos?: string;
}

/** The fields of a sweep pattern the match reads. */
export interface MatchTodo {
  regs?: readonly Reg[];
  group?: string | number;
  justOne?: boolean;
  notIf?: readonly Reg[];
}

type Found = { pointer: Pointer; groups: Record<string, Pointer> };
/** [sentence, start, end, start id, end id], as compromise's pointers. */
type Pointer = [number, number, number, string?, string?];

type TryHere = (terms: readonly Term[], regs: readonly Reg[], start: number, length: number) => Found | null;
type TermTest = (term: Term, reg: Reg, index: number, length: number) => boolean | null;
type NotIf = (results: Found[], not: readonly Reg[], docs: readonly (readonly Term[])[]) => Found[];
type GetGroup = (results: Found[], group: string | number | undefined) => { ptrs: Pointer[] };

const matchDir = new URL('../../src/1-one/match/methods/match/', pathToFileURL(createRequire(import.meta.url).resolve('compromise')));
const load = async <T>(file: string): Promise<T> => ((await import(new URL(file, matchDir).href)) as { default: T }).default;
const [tryHere, termTest, notIf, getGroup] = await Promise.all([
  load<TryHere>('02-from-here.js'),
  load<TermTest>('term/doesMatch.js'),
  load<NotIf>('03-notIf.js'),
  load<GetGroup>('03-getGroup.js'),
]);

type PlainTest = (term: Term, index: number, length: number) => boolean;

/**
 * What is worked out once per pattern: how many terms a match needs, the first step's term test
 * when `tryHere` starts with it, and the second step's when `tryHere` must pass it on the very next
 * term or die.
 */
interface Plan {
  minLength: number;
  first: PlainTest | null;
  second: PlainTest | null;
}

/** Fields of a step that `doesMatch` tests before a switch or a fast-or list: with none of them, those are the test. */
const EARLIER_TESTS = ['id', 'word', 'tag', 'method', 'pre', 'post', 'regex', 'chunk'] as const;

/**
 * compromise's term test for a step that starts `tryHere` (no negative, any-term, end or or-block
 * step), written out for the three kinds most patterns start with (a tag, a word, a fast-or list
 * of words), which `doesMatch` tests in this order; any other step gets `doesMatch` itself.
 */
function firstTest(reg: Reg & Record<string, unknown>): PlainTest {
  const { id, word, tag } = reg;
  if (id === undefined && word !== undefined && reg.use === undefined && reg.fuzzy !== true)
    return (term) => term.machine === word || (term.alias?.includes(word) ?? false) || word === term.text || word === term.normal;
  if (id === undefined && word === undefined && tag !== undefined) return (term) => term.tags.has(tag);
  const fastOr = reg.fastOr;
  if (fastOr !== undefined && reg.switch === undefined && reg.machine === undefined && reg.sense === undefined && EARLIER_TESTS.every((k) => reg[k] === undefined)) {
    const pos = reg.pos;
    return (term) => (!pos || term.tags.has(pos)) && (fastOr.has((term.root || term.implicit || term.machine || term.normal)!) || fastOr.has(term.text));
  }
  return (term, index, length) => termTest(term, reg, index, length) === true;
}

const plans = new WeakMap<MatchTodo, Plan>();

function planOf(todo: MatchTodo, regs: readonly Reg[]): Plan {
  let plan = plans.get(todo);
  if (plan) return plan;
  const reg = regs[0]!;
  // tryHere's other branches (any term, or-blocks, negatives, optional or end steps) do not start
  // with the plain term test, or do not die when it fails.
  const plain = (r: Reg | undefined): r is Reg => r !== undefined && !r.optional && !r.negative && !r.anything && r.choices === undefined && r.end !== true;
  // After a plain first step that takes one term (not greedy), tryHere tests a plain second step
  // (no '^' either) on the next term, and dies without one: "#Noun #Verb" from a noun before an
  // adjective. Most tries that pass the first step fail there (2,000 a 400-word article, 63
  // matches), each after copying the rest of the sentence; a contraction's first part (`implicit`)
  // can make tryHere skip a term, so `matchSentence` leaves those to it.
  const second = regs[1];
  const twoPlain = plain(reg) && reg.greedy !== true && plain(second) && second.start !== true;
  plan = {
    minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
    first: plain(reg) ? firstTest(reg as Reg & Record<string, unknown>) : null,
    second: twoPlain ? firstTest(second as Reg & Record<string, unknown>) : null,
  };
  plans.set(todo, plan);
  return plan;
}

/**
 * The rest of one sentence from each term on (`terms.slice(i)`, what `tryHere` is handed), made
 * once per start and shared by every pattern tried on the sentence: a sweep tries a few dozen
 * patterns a sentence, mostly from the same starts, and the copies were 2% of what a worker
 * allocates. `tryHere` and its steps only read the array. Make one per sentence per sweep: the
 * parse may split terms between sweeps.
 */
export function sentenceSuffixes(terms: readonly Term[]): (start: number) => readonly Term[] {
  const made: (readonly Term[] | undefined)[] = [];
  return (start) => (made[start] ??= terms.slice(start));
}

/** A match, as from sentence 0 (its pointer's and groups' first field), added to `results` (made on the first). */
function addFound(results: Found[] | undefined, found: Found): Found[] {
  found.pointer[0] = 0;
  for (const k of Object.keys(found.groups)) found.groups[k]![0] = 0;
  (results ??= []).push(found);
  return results;
}

/** The pointers of `todo`'s matches in `terms`, as `methods.one.match([terms], todo)` gives them (sentence 0). */
export function matchSentence(terms: readonly Term[], todo: MatchTodo, suffix: (start: number) => readonly Term[] = (start) => terms.slice(start)): Pointer[] {
  const { regs, group, justOne } = todo;
  if (!regs || regs.length === 0) return [];
  const { minLength, first, second } = planOf(todo, regs);
  const length = terms.length;
  let results: Found[] | undefined;
  if (regs[0]!.start === true) {
    // ^start patterns are tried once, from the sentence's first term.
    const found = tryHere(terms, regs, 0, length);
    if (found) results = addFound(results, found);
  } else {
    for (let i = 0; i < length; i++) {
      if (length - i < minLength) break;
      if (first && !first(terms[i]!, i, length)) continue;
      if (second && !terms[i]!.implicit && !(i + 1 < length && second(terms[i + 1]!, i + 1, length))) continue;
      const found = tryHere(suffix(i), regs, i, length);
      if (!found) continue;
      results = addFound(results, found);
      if (justOne === true) break;
      // Go on after the match.
      const end = found.pointer[2];
      if (Math.abs(end - 1) > i) i = Math.abs(end - 1);
    }
  }
  // Most patterns tried match nothing: no array of results, no filters, no groups (their arrays and objects were 4% of what the whole pipeline allocates).
  if (results === undefined) return [];
  // An end ($) step matches only to the sentence's last term.
  if (regs[regs.length - 1]!.end === true) results = results.filter((found) => found.pointer[2] === length);
  if (todo.notIf) results = notIf(results, todo.notIf, [terms]);
  const { ptrs } = getGroup(results, group);
  for (const ptr of ptrs) {
    ptr[3] = terms[ptr[1]]!.id;
    ptr[4] = terms[ptr[2] - 1]!.id;
  }
  return ptrs;
}
