import type { Person } from '../types.js';
import { currencyTable } from '../money/currency-table.js';
import type { DraftEvent, Mention } from './model.js';

/** Roles a group word stands for ("the heads of state" → presidents, kings ...). */
const GROUP_ROLES: ReadonlyArray<[RegExp, RegExp]> = [
  [/^presidents?$/, /president/],
  [/^heads? of state$/, /president|king|queen|emir|sultan|monarch|head of state/],
  [/^(?:prime ministers?|premiers?)$/, /prime minister|premier/],
  [/^foreign ministers?$/, /foreign minister|secretary of state/],
  [/^(?:ministers?)$/, /minister/],
  [/^(?:leaders?)$/, /president|prime minister|premier|chancellor|leader|king|queen|emir|head of state|chairman|secretary/],
  [/^(?:chancellors?)$/, /chancellor/],
];
const COUNTRY_GROUP = /^(?:countries|nations|states|sides|governments)$/;
const COMPANY_GROUP = /^(?:companies|firms)$/;

/**
 * A reference to people, countries or organizations already named: "the two presidents", "the heads of state",
 * "both countries", "the Kyrgyz president", "the company", "they".
 */
const REFERENCE =
  /\b(?:(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?<group>presidents|heads of state|prime ministers|premiers|foreign ministers|ministers|leaders|chancellors|countries|nations|sides|governments|companies|firms)\b|[Tt]he\s+(?:(?<adj>\p{Lu}[\p{L}-]+)\s+)?(?<one>president|prime minister|premier|foreign minister|chancellor|leader)\b(?!\s+(?:of|\p{Lu})))|\b[Tt]he\s+(?<org>company|firm|carmaker|automaker|airline|bank|retailer|insurer|manufacturer|maker|group|agency)\b(?!\s+(?:of\b|\p{Lu}))|\b(?<pronoun>[Tt]hey|[Hh]e|[Ss]he)\b/gu;

/** Who a reference stands for: the most recently mentioned people in that role, or countries. */
export interface ResolvedReference {
  start: number;
  end: number;
  names: string[];
  /** "both countries" stands for places too: "held in both countries". */
  countries: boolean;
}

function recent(mentions: readonly Mention[], at: number, keep: (m: Mention) => boolean, count: number): string[] {
  const names: string[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start >= at || !keep(m) || names.includes(m.name)) continue;
    names.push(m.name);
    if (names.length === count) break;
  }
  return names;
}

/** "the company": the organization the story is about so far, the most often named before `at`, the first named on a tie. */
function mainOrganization(mentions: readonly Mention[], at: number): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.kind === 'organization' && m.start < at) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) if (best === null || n > counts.get(best)!) best = name;
  return best ? [best] : [];
}

/** "the agency", "the bank": the organization named before `at` whose name says what kind it is ("the European Space Agency", "Deutsche Bank", "Ryanair"'s kind is unsaid), the latest first. */
function orgNamedAs(mentions: readonly Mention[], at: number, kind: string): string[] {
  const word = new RegExp(String.raw`(?:^|[\s-])${kind}`, 'i');
  return recent(mentions, at, (m) => m.kind === 'organization' && word.test(m.name), 1);
}

function byRole(mentions: readonly Mention[], at: number, role: RegExp | null, count: number, affiliation: string | null): string[] {
  const fits = (p: Person | undefined) =>
    Boolean(p && (!role || (p.role && role.test(p.role.toLowerCase()))) && (!affiliation || p.affiliation === affiliation));
  return recent(mentions, at, (m) => m.kind === 'person' && fits(m.person), count);
}

/** Fill a group from the last event that had the people found so far and enough others ("the heads of state" after "Putin met Jeenbekov"). */
function fillFromEvents(names: string[], count: number, events: readonly DraftEvent[], people: ReadonlySet<string>): string[] {
  if (names.length === 0 || names.length >= count) return names;
  const previous = [...events].reverse().find((e) => names.every((n) => e.participants.includes(n)) && e.participants.filter((p) => people.has(p)).length >= count);
  return previous ? [...names, ...previous.participants.filter((p) => people.has(p) && !names.includes(p))].slice(0, count) : names;
}

/** The names of the people among an article's mentions, made once per list of mentions (every clause asks). */
const peopleCache = new WeakMap<readonly Mention[], ReadonlySet<string>>();
export function peopleOf(mentions: readonly Mention[]): ReadonlySet<string> {
  let people = peopleCache.get(mentions);
  if (!people) peopleCache.set(mentions, (people = new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.name))));
  return people;
}

/** Every reference in [from, to) and who it stands for; unresolved ones are left out. */
export function resolveReferences(text: string, from: number, to: number, mentions: readonly Mention[], events: readonly DraftEvent[]): ResolvedReference[] {
  const people = peopleOf(mentions);
  const out: ResolvedReference[] = [];
  for (const m of text.slice(from, to).matchAll(REFERENCE)) {
    const start = from + m.index;
    const g = m.groups ?? {};
    let names: string[] = [];
    const countries = Boolean(g.group && COUNTRY_GROUP.test(g.group));
    if (countries) names = recent(mentions, start, (x) => x.kind === 'country', 2);
    else if (g.group && COMPANY_GROUP.test(g.group)) names = recent(mentions, start, (x) => x.kind === 'organization', 2);
    else if (g.group) {
      const role = GROUP_ROLES.find(([word]) => word.test(g.group!))![1];
      names = fillFromEvents(byRole(mentions, start, role, 2, null), 2, events, people);
    } else if (g.one) {
      const role = GROUP_ROLES.find(([word]) => word.test(g.one!.toLowerCase()))![1];
      const country = g.adj ? (currencyTable().adjectives.get(g.adj.toLowerCase()) ?? [])[0] ?? null : null;
      names = byRole(mentions, start, role, 1, country);
      if (names.length === 0 && country) names = byRole(mentions, start, null, 1, country);
    } else if (g.org) {
      names = orgNamedAs(mentions, start, g.org);
      if (names.length === 0) names = mainOrganization(mentions, start);
    } else if (g.pronoun) {
      const single = !/^they$/i.test(g.pronoun);
      const previous = [...events].reverse().find((e) => e.start < start && e.participants.some((p) => people.has(p)));
      names = single ? recent(mentions, start, (x) => x.kind === 'person', 1) : (previous?.participants ?? []);
    }
    const firstMention = (name: string) => mentions.find((x) => x.name === name)?.start ?? Infinity;
    if (names.length > 0) out.push({ start, end: start + m[0].length, names: names.sort((a, b) => firstMention(a) - firstMention(b)), countries });
  }
  return out;
}
