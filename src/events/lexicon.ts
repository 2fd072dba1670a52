import type { EventType } from '../types.js';
import { alternation } from '../regex.js';

/** How a trigger word is read: its event type and what it needs to count. */
export interface TriggerSense {
  type: EventType;
  /** Only as a verb ("signs" the verb, not "signs of recovery"); compromise decides. */
  verbOnly?: boolean;
  /** Only with an amount in its clause: "trade reached $650 million", not "to discuss trade". */
  needsAmount?: boolean;
  /** Only with one of these words within a few words ("opened an embassy", not "markets opened"). */
  near?: RegExp;
  /** Not when the next words are these ("meet demand", not a meeting). */
  notBefore?: RegExp;
}

/** What gets opened or launched as an establishment ("opened an embassy"), in lower case: "the Bank of Japan" is a name. */
const FACILITY =
  /\b(?:office|embassy|consulate|mission|plant|factory|branch|store|shop|school|university|campus|hospital|cent(?:er|re)|council|facility|headquarters|museum|bridge|airport|terminal|station|port|base|hub|mine|site|website|service|program(?:me)?|project|initiative|fund|company|business|venture|exhibition|hotel|mall|restaurant|line of credit)s?\b/;
/** What one meets that is not a party: "meet demand", "met its targets". */
const MEET_NOT_PEOPLE =
  /^\s+(?:\w+\s+){0,2}?(?:demand|needs|requirements?|targets?|goals?|standards?|expectations?|deadlines?|criteria|obligations?|costs?|conditions|challenges?|forecasts?|estimates?)\b/i;

/** What a company sells as a deal ("sold its stake", "sell its gearbox unit"), not goods ("sold 3 billion songs", "141,951 units sold"). */
const BUSINESS = /\b(?:stakes?|unit|divisions?|business(?:es)?|subsidiar(?:y|ies)|operations|arm|brands?|assets|holdings?|shares|plants?|factor(?:y|ies)|company|companies|group)\b/;

const forms = (type: EventType, words: string, extra: Omit<TriggerSense, 'type'> = {}): Array<[string, TriggerSense]> =>
  words.split(' ').map((w) => [w, { type, ...extra }]);

/** One-word triggers by written form (lower case), grouped by lemma. */
export const TRIGGER_WORDS: ReadonlyMap<string, TriggerSense> = new Map([
  ...forms('meeting', 'meet meets met', { notBefore: MEET_NOT_PEOPLE }),
  ...forms('meeting', 'meeting meetings gathering conference conferences'),
  ...forms('visit', 'visit visits visited visiting trip trips tour'),
  ...forms('visit', 'travel travels traveled travelled traveling travelling', { near: /\bto\s+\p{Lu}/u }),
  ...forms('talks', 'talks negotiations discussions discuss discussed discusses discussing negotiated'),
  ...forms('summit', 'summit summits'),
  ...forms('signing', 'sign signed signing'),
  ...forms('signing', 'signs', { verbOnly: true }),
  ...forms('agreement', 'agreement agreements treaty treaties accord accords pact memorandum agreed agree agrees'),
  ...forms('establishment', 'establish established establishes establishing establishment founded inaugurated'),
  ...forms('establishment', 'open opens opened launched launches launch', { verbOnly: true, near: FACILITY }),
  ...forms('election', 'elect elected re-elected reelected election elections'),
  ...forms('appointment', 'appoint appointed appoints appointment nominated nomination'),
  ...forms('taking-office', 'inauguration'),
  ...forms('trade', 'trade turnover exports imports exported imported', { needsAmount: true }),
  ...forms('investment', 'invest invested invests investing'),
  ...forms('investment', 'investment investments', { needsAmount: true }),
  ...forms('acquisition', 'acquire acquired acquires acquisition acquisitions merger mergers merged takeover'),
  ...forms('acquisition', 'buy buys buying bought purchased purchase', { needsAmount: true }),
  ...forms('acquisition', 'sell sells selling sold sale', { near: BUSINESS }),
  ...forms('announcement', 'announce announced announces announcing announcement'),
  ...forms('announcement', 'unveil unveils unveiled unveiling release releases released', { verbOnly: true }),
  ...forms('other', 'attended attend attends resigned resign resignation approve approves approved celebration celebrations'),
  ...forms('investment', 'lend lends lent lending loan loans grant grants spend spends spent spending', { needsAmount: true }),
  ...forms('investment', 'expand expands expanded expanding expansion', { near: FACILITY }),
  ...forms('establishment', 'start starts started starting', { verbOnly: true, near: FACILITY }),
  ...forms('other', 'vote votes voted', { verbOnly: true }),
  ...forms('other', 'fair fairs', { near: /\b(?:job|trade|career|book|art|county|state|world'?s)\s+fairs?\b/i }),
  ...forms('other', 'crash crashes crashed delayed postponed cancelled canceled sued sues died killed', { verbOnly: true }),
  ...forms('other', 'lawsuit lawsuits'),
  // "Born in Arequipa in 1936", "was born in Lima": a birth, whatever the tagger makes of the participle (a bare "bear" is a state).
  ...forms('other', 'born'),
]);

/** A light verb's forms and what follows them; see `TRIGGER_PHRASES`. */
interface PhraseEntry {
  verbs: string;
  rest: string;
  type: EventType;
}

const TAKE = 'take takes took taken taking';

const PHRASES: readonly PhraseEntry[] = [
  { verbs: 'hold holds held holding', rest: String.raw`\s+(?:\w+\s+)?(?<head>talks)\b`, type: 'talks' },
  { verbs: `${TAKE} assume assumes assumed assuming`, rest: String.raw`\s+office\b`, type: 'taking-office' },
  { verbs: 'sworn swore swear swears', rest: String.raw`\s+in\b`, type: 'taking-office' },
  { verbs: 'set sets setting', rest: String.raw`\s+up\b`, type: 'establishment' },
  { verbs: TAKE, rest: String.raw`\s+over\b`, type: 'acquisition' },
  { verbs: 'step steps stepped stepping', rest: String.raw`\s+down\b`, type: 'other' },
  { verbs: 'roll rolls rolled rolling', rest: String.raw`\s+out\b`, type: 'announcement' },
  { verbs: 'go goes went gone going', rest: String.raw`\s+public\b`, type: 'other' },
  { verbs: 'file files filed filing', rest: String.raw`\s+for\s+(?:chapter\s+\d+\s+)?(?:bankruptcy|insolvency)\b`, type: 'other' },
  { verbs: TAKE, rest: String.raw`\s+place\b`, type: 'other' },
];

const verbsOf = (entry: PhraseEntry): string[] => entry.verbs.split(' ');

/**
 * Several-word triggers: a light verb with its noun ("held talks", "took office"), in any case.
 * Where the noun names the event, the trigger is the noun alone (group `head`: "held talks" →
 * "talks"); a phrasal verb ("took office", "set up") is its own trigger. Each pattern is sticky:
 * it is tried where `PHRASE_START` finds one of the verbs.
 */
export const TRIGGER_PHRASES: ReadonlyArray<{ pattern: RegExp; type: EventType }> = PHRASES.map((entry) => ({
  pattern: new RegExp(String.raw`\b(?:${alternation(verbsOf(entry))})${entry.rest}`, 'iuy'),
  type: entry.type,
}));

/** Where a trigger phrase may start: a word boundary, then one of the phrases' verbs. One scan of the text for all of them. */
export const PHRASE_START = new RegExp(String.raw`\b(?:${alternation(PHRASES.flatMap(verbsOf))})`, 'giu');

/** Words that deny the event right before its trigger ("did not meet", "never signed"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no']);

/**
 * Verbs that undo an event before it happens, by lemma: what they act on does not take place
 * ("called off a strike", "scrapped the merger"). Only verbs whose sense is to cancel: "drop" and
 * "abandon" mostly say other things ("shares dropped 3%", "abandoned their homes").
 */
export const CANCELLING: ReadonlySet<string> = new Set(['cancel', 'call off', 'scrap', 'scrub', 'shelve', 'axe']);
/** Verbs that give up only what was intended ("dropped its bid", "abandoned the plan"), not a fall or a thing left ("dropped 3%", "abandoned their homes", "dropped the charges"). */
export const GIVING_UP: ReadonlySet<string> = new Set(['drop', 'abandon', 'withdraw', 'ditch']);
/** Nouns of what someone means to do: what giving up calls off ("its bid", "the plan", "a takeover offer"). */
export const INTENTIONS: ReadonlySet<string> = new Set(['bid', 'plan', 'proposal', 'offer', 'attempt', 'effort', 'pursuit', 'project', 'idea', 'scheme', 'intention', 'ambition']);
