import type { Span } from '../types.js';
import type { Gazetteer } from '../resources/gazetteer.js';
import { firstNames, isOrdinaryWord, lexiconTag } from './first-names.js';

/** Verbs of saying, deciding, standing and acting by force of state by which a country or its capital speaks for its government ("North Korea fired shells"). */
const STANCE_VERBS = String.raw`said|says|announced|announces|warned|warns|denied|denies|rejected|rejects|accused|accuses|demanded|demands|condemned|condemns|urged|urges|insisted|insists|threatened|threatens|refused|refuses|protested|protests|responded|responds|vowed|vows|criticized|criticised|criticizes|criticises|retaliated|retaliates|summoned|summons|objected|objects|stated|declared|declares|confirmed|confirms|agreed|agrees|pledged|pledges|promised|promises|claimed|claims|proposed|proposes|imposed|imposes|expelled|expels|recognized|recognised|recognizes|recognises|ratified|ratifies|evacuated|evacuates|fired|accept|accepts|accepted|recognize|recognise|reject|retaliate|respond|impose|condemn|refuse|expel|confirm|deny`;
/** Words allowed between the name and its verb ("Moscow has said", "Beijing also warned", "Kyiv would not accept"). */
const BRIDGES = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'again', 'repeatedly', 'quickly', 'swiftly', 'strongly', 'will', 'would', 'could', 'may', 'not', 'never', 'cannot', "won't", "wouldn't", 'did', "didn't", 'does', "doesn't"]);
/**
 * Verbs of the list that are also plural nouns ("the Moscow protests", "Russia's demands"): a verb only before
 * what it governs ("China protests the visit", "Russia demands that...").
 */
const NOUN_LIKE_VERBS = new Set(['protests', 'demands', 'objects', 'summons', 'claims', 'pledges', 'promises']);
/** The opening of an object or a clause after a verb. */
const OBJECT_OPENS = /^ (?:the|a|an|that|its|their|his|her|to)\b/;
/**
 * Nouns of a government's acts and stances after a possessive ("Washington's response", "Beijing's decision").
 * Not the nouns a place owns as well: "China's demand for iron ore", "Kenya's tax protests", "London's position as a hub".
 */
const STANCE_NOUNS = String.raw`response|reaction|decision|policy|policies|stance|refusal|offer|proposal|warning|warnings|retaliation|objections?|denial|condemnation|ultimatum`;

/** A verb of stance after a space: the name ends before it and the words that bridge to it ("Beijing has warned"). */
const VERB = new RegExp(String.raw` (?:${STANCE_VERBS})\b`, 'g');
/**
 * Who else a noun before the stance noun names: "Tokyo's market reaction" is the market's, "Seoul's
 * public reaction" the people's, not the government's.
 */
const OTHER_ACTORS = String.raw`market|markets|stock|investor|investors|public|popular|media|press|business|consumer|consumers|industry|fan|fans|street|local`;
/**
 * A possessive and a noun of stance: the name ends right before it ("Washington's response", "Tehran's
 * nuclear policy"); and, with no word between, the nouns a place owns too, where they cannot be the
 * place's: plural "demands" ("Russia's demands were rejected"; not "China's demand for iron ore") and "demand
 * that". Not "protest", which is the people's as often ("Belgrade's protest against the government drew 50,000").
 */
const NOUN = new RegExp(
  String.raw`['’]s (?:(?!(?:${OTHER_ACTORS}) )[a-z]+ )?(?:${STANCE_NOUNS})\b|['’]s (?:demands\b|demand that\b)`,
  'g',
);
/**
 * A demand for goods or energy: "'s demands for iron ore", "'s demand for oil imports" ("Russia's demands for security guarantees" stay).
 * Not grain, loans, credit, power or water, which governments ask of each other as often ("Greece's demands for new loans").
 */
const GOODS_DEMAND =
  /^['’]s demands? for (?:\S+ ){0,2}?(?:iron|ore|oil|gas|coal|steel|copper|aluminium|aluminum|nickel|lithium|gold|metals?|commodit(?:y|ies)|wheat|corn|soybeans?|rice|food|energy|electricity|fuel|imports|exports|goods|products|raw|materials|chips|semiconductors|cars|luxury|timber)\b/;
/** A demand that is put to others and answered, a government's whatever it asks for: "'s demands for the grain deal to be extended were rejected". */
const ANSWERED_DEMAND = /^['’]s demands? for [^,.;]*?\b(?:to be \w+ed|rejected|refused|dismissed|turned down|granted|accepted)\b/;
/** A word of a name: "Moscow", "U.S.", "Guinea-Bissau". */
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Punctuation that may open a name's first word ('"Moscow said', '(Beijing'). */
const OPENING = /^["“(‘']+/u;

/**
 * The capitalized words (up to three) that end at `end` in the line, after skipping up to two bridging
 * words when `bridged`: its start and text, or null. Read back word by word from a cue, so that a line
 * costs its cues, not its capitals.
 */
function nameBefore(line: string, end: number, bridged: boolean): { start: number; text: string } | null {
  const words = line.slice(Math.max(0, end - 80), end).split(' ');
  let k = words.length;
  for (let skipped = 0; bridged && skipped < 2 && k > 0 && BRIDGES.has(words[k - 1]!); skipped++) k--;
  const last = k;
  // The window's first word may be cut: it never counts.
  while (k > (end > 80 ? 1 : 0) && last - k < 3 && NAME_WORD.test(words[k - 1]!.replace(OPENING, ''))) k--;
  if (k === last) return null;
  const opening = OPENING.exec(words[k]!)?.[0].length ?? 0;
  const text = words.slice(k, last).join(' ').slice(opening);
  const consumed = words.slice(k).join(' ').length;
  return { start: end - consumed + opening, text };
}

/**
 * Words that may stand right before the name: a clause's opening ("and Moscow said", "that Beijing
 * warned"), "the" ("the United States said"). A preposition ("in Moscow, officials said") or a capitalized
 * word ("Moscow State University") says the name is something else.
 */
const OPENERS = new Set(['the', 'and', 'but', 'that', 'while', 'as', 'when', 'after', 'since', 'because', 'though', 'although', 'where', 'whereas', 'yet', 'so', 'then']);

/**
 * Countries and national capitals that stand for their government by what they do in the sentence:
 * the subject of a verb of saying or deciding ("Moscow said", "Beijing has warned", "South Korea
 * says"), or the owner of a response or a policy ("Washington's response", "Tehran's nuclear policy").
 * These are organizations, not places; a place that is where the act happens stays a place ("in
 * Moscow, officials said"). `gazetteer` says which names are countries or capitals.
 */
export function governmentSpans(text: string, gazetteer: Gazetteer): Span[] {
  const out: Span[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    for (const [cue, bridged] of [[VERB, true], [NOUN, false]] as const) {
      for (const m of line.matchAll(cue)) {
        const after = line.slice(m.index! + m[0].length);
        // "the Moscow protests were", "Exports to China rejected by customs": no verb the name is the subject of.
        if (cue === VERB && ((NOUN_LIKE_VERBS.has(m[0].trim()) && !OBJECT_OPENS.test(after)) || after.startsWith(' by '))) continue;
        // "China's demands for iron ore": a market's demand for goods, not the government's.
        if (cue === NOUN && GOODS_DEMAND.test(line.slice(m.index!, m.index! + 60)) && !ANSWERED_DEMAND.test(line.slice(m.index!, m.index! + 120))) continue;
        // "Russia, which denied the charge, said": the subject stands before a clause set off by commas.
        const relative = cue === VERB ? RELATIVE_BEFORE.exec(line.slice(Math.max(0, m.index! - 100), m.index!)) : null;
        const name = nameBefore(line, relative ? m.index! - relative[0].length : m.index!, bridged && !relative);
        // "Santiago said he would stay", "Israel Adesanya won ... Israel said he was happy": a person's words where the name is
        // a given name or opens a person's full name in the text; not "Iran said he had been arrested".
        const personal = cue === VERB && name && PERSON_AFTER.test(after) ? personalName(name.text) : undefined;
        if (personal && (firstNames().has(personal.toLowerCase()) || opensFullName(text, personal, gazetteer))) continue;
        const span = name && governmentName(line, name.start, name.text, gazetteer, cue === NOUN);
        if (span) out.push({ text: span.text, start: lineStart + span.start, end: lineStart + span.end });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A pronoun of a person soon after the verb: "said he", "said that she", "said on Monday he". */
const PERSON_AFTER = /^(?: that)?(?: \S+){0,2}? (?:he|she)\b/;
/**
 * The one word of a name read before a verb, after a sentence's opening words ("Meanwhile Santiago" →
 * "Santiago"), that may be a person's name; undefined for a longer name ("North Korea").
 */
function personalName(name: string): string | undefined {
  const words = name.split(' ');
  const opening = words.slice(0, -1).every((w) => /Adverb|Conjunction|Date/.test(lexiconTag(w.toLowerCase()) ?? ''));
  return opening ? words.at(-1) : undefined;
}
/**
 * Whether the text names someone in full with `name` first: the name and one more capitalized word that is
 * neither an ordinary word nor a country ("Israel Adesanya", "Israel Katz"; not "Israel Defense Forces",
 * "China Daily").
 */
function opensFullName(text: string, name: string, gazetteer: Gazetteer): boolean {
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}.])${name.replace(/[.]/g, '\\.')} (\p{Lu}\p{Ll}+)\b(?! \p{Lu})`, 'gu'))) {
    const next = m[1]!;
    if (!isOrdinaryWord(next.toLowerCase()) && !isSeat(next, gazetteer)) return true;
  }
  return false;
}
/** A relative clause set off by commas right before the verb: ", which denied the charge,". */
const RELATIVE_BEFORE = /, (?:which|who) [^,;.!?]{1,80}, ?$/u;

/**
 * Whether `word`, at `at` in the line, is a sentence's first word that compromise's lexicon knows as an
 * adverb, a conjunction or a date ("Meanwhile Beijing said", "Today Moscow warned"); not an adjective
 * ("Northern Ireland said").
 */
function sentenceAdverb(line: string, at: number, word: string): boolean {
  const previous = line.slice(0, Math.max(0, at)).trimEnd();
  if (previous !== '' && !/[.!?]["”]?$/u.test(previous)) return false;
  return /^\p{Lu}\p{Ll}+$/u.test(word) && /Adverb|Conjunction|Date/.test(lexiconTag(word.toLowerCase()) ?? '');
}

/** Whether a name is a country or a country's capital, by its own name in the gazetteer. */
function isSeat(name: string, gazetteer: Gazetteer): boolean {
  return gazetteer.lookup(name).some((e) => e.kind === 'country' || e.featureCode === 'PPLC');
}

/**
 * The country or capital the match names, with its offsets in the line, or null when the words before it say otherwise;
 * `owner` when the name owns a noun of stance rather than being a verb's subject.
 */
function governmentName(line: string, at: number, name: string, gazetteer: Gazetteer, owner: boolean): Span | null {
  // "The Kremlin", "Then Moscow": a clause word at the start of the match is not part of the name.
  const words = name.split(' ');
  let start = at;
  while (words.length > 1 && (OPENERS.has(words[0]!.toLowerCase()) || !isSeat(words.join(' '), gazetteer))) {
    start += words[0]!.length + 1;
    words.shift();
  }
  const clean = words.join(' ');
  if (!isSeat(clean, gazetteer)) return null;
  const before = /(\S+)\s+$/u.exec(line.slice(Math.max(0, start - 30), start))?.[1];
  // "BEIJING (Reuters) - China said": a dateline's dash opens the sentence.
  const opens = before === undefined || /[,;:"“(—–]$/u.test(before) || /[.!?]["”]?$/u.test(before) || /^-{1,2}$/.test(before) || OPENERS.has(before.toLowerCase());
  // An owner may follow a verb ("Tokyo ignored Beijing's protest"), not a preposition ("progress in Afghanistan's response")
  // nor a capitalized word (a longer name); a subject opens its clause.
  if (!opens) {
    const ownerAfterVerb = owner && !NAME_WORD.test(before!) && !/Preposition/.test(lexiconTag(before!.toLowerCase()) ?? '');
    if (!ownerAfterVerb && !sentenceAdverb(line, start - before!.length - 1, before!)) return null;
  }
  // "from Syria and Afghanistan said", "as Saudi Arabia and Russia announced": the last of coordinated names is not the subject alone.
  if (before?.toLowerCase() === 'and' && NAME_WORD.test(/(\S+)\s+\S+\s+$/u.exec(line.slice(Math.max(0, start - 40), start))?.[1] ?? '')) return null;
  return { text: clean, start, end: start + clean.length };
}
