import { expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { resolveConfig } from '../../src/pipeline/config.js';
import { stageIds } from '../../src/stages/index.js';
import type { Article } from '../../src/types.js';

type NameKind = 'people' | 'places' | 'organizations';

/**
 * The people and places stages on one sentence or short text with a document date: the article, every mention of a
 * kind's items as `text@start` (one array an item, in output order; each mention's offsets checked against the text),
 * and every organization mention as `text@start` in text order.
 */
export function namesOn(date: string) {
  const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people', 'places'] }, stageIds));
  const run = (text: string): Article => pipeline.process({ id: 't', source: 't', text, date });
  const mentionsOf = (text: string, kind: NameKind): string[][] => {
    const items = (run(text)[kind] ?? []) as Array<{ mentions: Array<{ text: string; start: number; end: number }> }>;
    for (const item of items) for (const m of item.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    return items.map((item) => item.mentions.map((m) => `${m.text}@${m.start}`));
  };
  const orgMentions = (text: string): string[] =>
    (run(text).organizations ?? [])
      .flatMap((o) => o.mentions)
      .sort((a, b) => a.start - b.start)
      .map((m) => `${m.text}@${m.start}`);
  return { run, mentionsOf, orgMentions };
}

/** `name@start` where `name` occurs in `text` for the n-th time (0-based). */
export const at = (text: string, name: string, n = 0): string => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(name, i + 1);
  return `${name}@${i}`;
};

/**
 * Table tests of organizations on sentences with a document date: `findsEach` rows of a sentence and an organization
 * mention in it (its first occurrence), `findsNone` sentences with no organization at all, `mentionsAre` and `groupsAre`
 * rows of every mention and of the organizations as groups of mentions, and `roleOf` a person's role and affiliation.
 */
export function organizationTables(date: string) {
  const { run, orgMentions } = namesOn(date);
  const findsEach = (rows: Array<[string, string]>): void =>
    it.each(rows)('%s', (text, name) => {
      expect(orgMentions(text)).toContain(at(text, name));
    });
  const findsNone = (texts: string[]): void =>
    it.each(texts)('%s', (text) => {
      expect(orgMentions(text)).toEqual([]);
    });
  /** Rows of a sentence and every organization mention it holds, in text order. */
  const mentionsAre = (rows: Array<[string, string[]]>): void =>
    it.each(rows)('%s', (text, names) => {
      expect(orgMentions(text)).toEqual(names.map((n) => `${n}@${text.indexOf(n)}`));
    });
  /** The organizations of a text, each as the list of its mentions. */
  const groups = (text: string): string[][] => (run(text).organizations ?? []).map((o) => o.mentions.map((m) => m.text));
  /** Rows of a text and its organizations, each as the list of its mentions. */
  const groupsAre = (rows: Array<[string, string[][]]>): void =>
    it.each(rows)('%s', (text, want) => {
      expect(groups(text)).toEqual(want);
    });
  /** The role and affiliation of the person called `name` in `text`. */
  const roleOf = (text: string, name: string): [string | null, string | null] => {
    const person = (run(text).people ?? []).find((p) => p.name === name);
    expect(person).toBeDefined();
    return [person!.role, person!.affiliation];
  };
  return { run, orgMentions, findsEach, findsNone, mentionsAre, groups, groupsAre, roleOf };
}
