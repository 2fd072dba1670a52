import type { Token } from '../people/tokens.js';

const CAPITAL = /^\p{Lu}/u;

/**
 * Evidence from the rest of the article, per token: the same word written with a capital inside
 * a sentence elsewhere (a name, not a sentence-opening word), written in lower case elsewhere (an
 * ordinary word), and the last word of a full name met earlier ("Jane Doe" … "Doe"), or the first
 * word of a name whose full form comes later.
 */
export function documentEvidence(tokens: readonly Token[], display: readonly string[], firstNames: ReadonlySet<string>): string[][] {
  const capitalMid = new Set<string>();
  const lowerSomewhere = new Set<string>();
  const surnameAt = new Map<string, number>();
  tokens.forEach((t, i) => {
    const capital = CAPITAL.test(display[i]!);
    if (capital && !t.sentenceStart) capitalMid.add(t.key);
    if (!capital && /^\p{Ll}/u.test(display[i]!)) lowerSomewhere.add(t.key);
    const next = tokens[i + 1];
    if (capital && next && next.sentence === t.sentence && firstNames.has(t.key) && CAPITAL.test(display[i + 1]!) && /^ $/.test(t.post)) {
      if (!surnameAt.has(next.key)) surnameAt.set(next.key, i + 1);
    }
  });
  // A plain loop, not Array#map, whose result has another map once the caller is optimized (see emissionScores).
  const evidence: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const out: string[] = [];
    evidence.push(out);
    if (!CAPITAL.test(display[i]!)) continue;
    if (capitalMid.has(t.key)) out.push('doc:capmid');
    if (lowerSomewhere.has(t.key)) out.push('doc:lower');
    const full = surnameAt.get(t.key);
    if (full !== undefined && full !== i) out.push(full < i ? 'doc:surname' : 'doc:surname-later');
  }
  return evidence;
}
