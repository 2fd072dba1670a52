import { describe, expect, it } from 'vitest';
import { namesOn, organizationTables } from './helpers/names.js';

// Organizations, linking and roles on news sentences written for session 21 (issue 16); expected values read from the sentences.
const { run } = namesOn('2026-12-08');
const { orgMentions, findsNone } = organizationTables('2026-12-08');
/** Rows of a sentence and the organization mentions it holds, in text order. */
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

// A body named after someone in the singular possessive keeps the owner in its name; the owner alone is no body, there or in
// another phrase ("an Alzheimer's drug"). A place's, a titled person's or a firm's possessive before a body is the owner's.
describe('organizations: a name that holds a singular possessive (session 21)', () => {
  mentionsAre([
    ["The Alzheimer's Association welcomed the ruling on Friday.", ["Alzheimer's Association"]],
    ["The Parkinson's Foundation funded the study.", ["Parkinson's Foundation"]],
    ["Doctors at St. Jude's Hospital treated the boy.", ["St. Jude's Hospital"]],
    ["McDonald's Corp. said sales rose 3 percent.", ["McDonald's Corp."]],
    ["Britain's Parliament voted on Tuesday.", []],
    ["Harvard's Kennedy School hosted the debate.", ['Harvard', 'Kennedy School']],
  ]);
  groupsAre([["The Alzheimer's Association backed the plan. The group said an Alzheimer's drug was near.", [["Alzheimer's Association"]]]]);
  findsNone(["Mr. Musk's Foundation gave $5 million to schools.", "The first Alzheimer's drug to slow the disease was approved in 2023."]);
});
