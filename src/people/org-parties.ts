import type { Token } from './tokens.js';
import type { Casing } from './runs.js';
import type { Geography } from './geo.js';
import { joinable, personTagged } from './runs.js';
import { ownPlaceOrNation, type OrgSeed, type TaggerKind } from './org-seeds.js';
import { ROLE_HEADS } from './titles.js';
import { firstNames } from './first-names.js';

/** A party's place on the political spectrum right before its name: "the far-right Alternative for Germany", "the centre-left SPD". */
const SPECTRUM_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+(?:(?:far|hard|extreme|centre|center|ultra)[-‐](?:right|left)|(?:right|left)[-‐]wing)\s+$/i;
/** Nouns of a party's people right after an acronym: "SPD leader Lars Klingbeil", "CDU lawmakers". */
const PARTY_PEOPLE = new Set(['leader', 'leaders', 'lawmakers', 'legislators', 'mps', 'candidate', 'candidates', 'members', 'voters', 'delegates']);
/** An acronym that wins or loses an election: "Merz's CDU won the federal election", "the ANC lost its majority in the vote". */
const ELECTION_AFTER = /^\s+(?:won|lost|wins|loses|has won|had won)\s+(?:\S+\s+){0,3}?(?:election|elections|vote|poll|polls|seats|majority)\b/i;
/** Lower-case words inside a party's name when a capitalized word follows ("Alternative for Germany", "Brothers of Italy"). */
const INNER = new Set(['for', 'of', 'and', 'the']);

const ACRONYM = /^\p{Lu}{2,5}$/u;

/** The capitalized name starting at `first`, over inner lower-case words ("Alternative for Germany"). */
function nameFrom(tokens: readonly Token[], text: string, first: number): number {
  let last = first;
  for (let k = first + 1; tokens[k] && joinable(text, tokens[k - 1]!, tokens[k]!); k++) {
    if (tokens[k]!.capitalized) last = k;
    else if (!INNER.has(tokens[k]!.key) || !tokens[k + 1]?.capitalized) break;
  }
  return last;
}

/**
 * Political parties by the words news puts around them, as context seeds: a name after its place on the spectrum ("the
 * far-right Alternative for Germany"), an acronym before its leader or members ("SPD leader Lars Klingbeil") or winning an
 * election ("Merz's CDU won"). Not a place or a nation ("far-right Dutch lawmakers"), a person ("the far-right Le Pen"),
 * nor a title ("CEO").
 */
export function partySeeds(tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  const out: OrgSeed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized || casingOf(t.sentence) !== 'normal') continue;
    let last: number | null = null;
    if (SPECTRUM_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) last = nameFrom(tokens, text, i);
    else if (ACRONYM.test(t.text) && !ROLE_HEADS.has(t.key)) {
      const next = tokens[i + 1];
      const leads = next !== undefined && next.sentence === t.sentence && PARTY_PEOPLE.has(next.key) && !next.capitalized && joinable(text, t, next);
      if (leads || ELECTION_AFTER.test(text.slice(t.end, t.end + 60))) last = i;
    }
    if (last === null) continue;
    const words = tokens.slice(i, last + 1);
    // A person's name: read so by either tagger, or a given name before more words ("the far-right Marine Le Pen").
    const person = words.some((w) => personTagged(w) || taggerKind(w.i) === 'PER') || (words.length > 1 && firstNames().has(words[0]!.key));
    // Nor what the tagger reads as no body's name: a work, an event or a name it cannot place ("the far-right Geert Wilders").
    // The word "party" after it says what it is, whatever the tagger reads ("the far-right Chega party").
    const other = words.every((w) => taggerKind(w.i) === 'MISC') && !/^\s+party\b/i.test(text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 7));
    if (ownPlaceOrNation(geo, words) || person || other) continue;
    out.push({ first: i, last, kind: 'context', source: 'context' });
    i = last;
  }
  return out;
}
