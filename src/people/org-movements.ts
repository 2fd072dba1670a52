import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { Geography } from './geo.js';
import type { OrgSeed, TaggerKind } from './org-seeds.js';
import { firstNames, isCommonWord } from './first-names.js';

/** Armed members after a group's name ("Hamas fighters", "Boko Haram militants", "Wagner mercenaries"): a person has none. */
const FIGHTERS = new Set(['fighters', 'militants', 'gunmen', 'militiamen', 'mercenaries', 'insurgents', 'guerrillas', 'guerillas', 'jihadists']);
/** Officers after a group's name, which a person's name may have too ("a Houthi spokesman", "a Biden spokesman"). */
const OFFICERS = new Set(['commander', 'commanders', 'spokesman', 'spokeswoman', 'spokesperson', 'operatives']);
/** Second halves of a compound that a group leads, backs or runs ("Hamas-led", "Hezbollah-backed", "Taliban-run"). */
const GROUP_COMPOUNDS = /^(?:led|backed|run|controlled|held|linked|affiliated|aligned|allied|supported|sponsored)$/;
/** Acts only an armed group claims or does to captives, before "by" ("released by Hamas", "claimed by Islamic State"). */
const CAPTORS = /^(?:kidnapped|abducted|claimed|released|freed|held)$/;
/** What a group claims after its name ("Al-Shabaab claimed the bombing", "claimed responsibility"). */
const CLAIM = /^ (?:responsibility\b|(?:the|a|an|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's) (?:[\p{Ll}-]+ )?(?:attack|attacks|bombing|bombings|blast|explosion|assault|raid|killing|killings|ambush|abduction|kidnapping)\b)/u;

/**
 * Armed groups and movements, named like nothing else: a name that is no person's nor a large place's, read as a body by
 * the words around it: its members after it ("Hamas fighters", "a Houthi spokesman"), a compound it leads or backs
 * ("a Hamas-led attack"), an attack it claims ("Al-Shabaab claimed the bombing") or captives taken or freed by it
 * ("hostages released by Hamas"). A place's people are no body ("Gaza militants", "Afghan fighters"), nor a person's
 * ("Trump-backed", a name the tagger reads as a person's).
 */
export function movementSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  const out: OrgSeed[] = [];
  for (const r of runs) {
    const first = tokens[r.first]!;
    const last = tokens[r.last]!;
    if (casingOf(first.sentence) !== 'normal' || r.last - r.first > 2) continue;
    const words = tokens.slice(r.first, r.last + 1);
    const name = words.map((t) => t.text).join(' ');
    // By a place's own name: "Hamas" is one of Hamm's other names in the gazetteer, not a place a reader knows by it.
    // Nor ordinary words ("Rebel fighters", "Security forces"); one among names is a name's ("Al-Shabaab", "Islamic State").
    if (geo.isPlaceByOwnName(name) || words.some((t) => geo.isNationality(t)) || words.every((t) => isCommonWord(t.key))) continue;
    const next = tokens[r.last + 1];
    const gap = next ? text.slice(last.end, next.start) : '';
    const spaced = /^ $/.test(gap) && !last.possessive;
    // Fighters and claimed attacks are a group's whatever the name looks like ("Wagner mercenaries", "Boko Haram militants"):
    // named, so that no person's reading takes them.
    if (next && spaced && (FIGHTERS.has(next.key) || (next.key === 'claimed' && CLAIM.test(text.slice(next.end, next.end + 50))))) {
      out.push({ first: r.first, last: r.last, kind: 'named', source: 'context' });
      continue;
    }
    if (words.some((t) => taggerKind(t.i) === 'PER') || (words.length === 1 && firstNames().has(first.key))) continue;
    const before = tokens[r.first - 1];
    const officers = next && spaced && OFFICERS.has(next.key);
    const compound = next && GROUP_COMPOUNDS.test(next.key) && /^[-‐]$/.test(gap);
    const captor = before?.key === 'by' && CAPTORS.test(tokens[r.first - 2]?.key ?? '') && before.sentence === first.sentence;
    if (officers || compound || captor) out.push({ first: r.first, last: r.last, kind: 'context', source: 'context' });
  }
  return out;
}
