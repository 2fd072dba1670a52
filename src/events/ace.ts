import type { EventType } from '../types.js';

/**
 * ACE 2005 event types and subtypes ("Contact:Meet"), from the Linguistic Data Consortium's
 * "ACE (Automatic Content Extraction) English Annotation Guidelines for Events", version 5.4.3
 * (2005). Words that name an event of each subtype, by lemma, after the guidelines' examples;
 * words that name events of several subtypes ("fire", "release", "strike", "charge") are left
 * to `other` rather than guessed.
 */
const SUBTYPE_WORDS: Readonly<Record<string, string>> = {
  'Life:Be-Born': 'bear birth born',
  'Life:Marry': 'marry wed wedding marriage',
  'Life:Divorce': 'divorce',
  'Life:Injure': 'injure wound hurt injury maim',
  'Life:Die': 'die death kill killing murder perish fatality assassinate assassination slay',
  'Movement:Transport': 'travel visit trip arrive arrival depart departure fly flight journey tour evacuate evacuation deploy deployment ship transport deliver delivery land',
  'Transaction:Transfer-Ownership': 'buy sell purchase acquire acquisition sale takeover auction',
  'Transaction:Transfer-Money': 'pay payment lend loan invest investment donate donation fund funding grant borrow bailout compensate compensation spend',
  'Business:Start-Org': 'found establish establishment',
  'Business:Merge-Org': 'merge merger',
  'Business:Declare-Bankruptcy': 'bankruptcy',
  'Business:End-Org': 'dissolve liquidate liquidation',
  'Conflict:Attack': 'attack bomb bombing shoot shooting invade invasion war battle clash raid assault explode explosion',
  'Conflict:Demonstrate': 'protest demonstrate demonstration march',
  'Contact:Meet': 'meet meeting talk negotiate negotiation summit conference gathering',
  'Contact:Phone-Write': 'phone telephone email',
  'Personnel:Start-Position': 'hire appoint appointment recruit inauguration',
  'Personnel:End-Position': 'resign resignation retire retirement dismiss sack layoff quit oust',
  'Personnel:Nominate': 'nominate nomination',
  'Personnel:Elect': 'elect re-elect reelect election vote',
  'Justice:Arrest-Jail': 'arrest detain detention jail imprison imprisonment',
  'Justice:Release-Parole': 'parole',
  'Justice:Trial-Hearing': 'trial hearing',
  'Justice:Charge-Indict': 'indict indictment accuse',
  'Justice:Sue': 'sue lawsuit litigation',
  'Justice:Convict': 'convict conviction',
  'Justice:Sentence': 'sentence',
  'Justice:Fine': 'fine',
  'Justice:Execute': 'execute execution',
  'Justice:Extradite': 'extradite extradition',
  'Justice:Acquit': 'acquit acquittal',
  'Justice:Appeal': 'appeal',
  'Justice:Pardon': 'pardon',
};

/** Several-word predicates: "lay off", "step down", "take office", "set up", "take over", "file for bankruptcy". */
const PHRASE_SUBTYPES: Readonly<Record<string, string>> = {
  'lay off': 'Personnel:End-Position',
  'step down': 'Personnel:End-Position',
  'take office': 'Personnel:Start-Position',
  'set up': 'Business:Start-Org',
  'take over': 'Transaction:Transfer-Ownership',
  'go bankrupt': 'Business:Declare-Bankruptcy',
};

const BY_LEMMA: ReadonlyMap<string, string> = new Map([
  ...Object.entries(SUBTYPE_WORDS).flatMap(([subtype, words]) => words.split(' ').map((w): [string, string] => [w, subtype])),
  ...Object.entries(PHRASE_SUBTYPES),
]);

/** The project's own types that are one ACE subtype whatever their word. */
const BY_TYPE: Partial<Record<EventType, string>> = {
  meeting: 'Contact:Meet',
  talks: 'Contact:Meet',
  summit: 'Contact:Meet',
  visit: 'Movement:Transport',
  election: 'Personnel:Elect',
  appointment: 'Personnel:Start-Position',
  'taking-office': 'Personnel:Start-Position',
  investment: 'Transaction:Transfer-Money',
  establishment: 'Business:Start-Org',
};

/**
 * Words of a Justice subtype that also name an everyday act: "appealed for international aid" is a
 * request, "executed the trade" a doing; the subtype only where the sentence speaks of a court
 * ("appealed against the verdict", "was executed after the court ...").
 */
const JUSTICE_IN_COURT_ONLY: ReadonlySet<string> = new Set(['appeal', 'execute', 'execution']);
/** A court's words: its people, its proceedings and what they decide. */
const COURT_WORDS =
  /\b(?:courts?|judges?|jur(?:y|ies|ors?)|tribunals?|magistrates?|verdicts?|rul(?:ing|ings|ed)|judg(?:e?ment)s?|sentenc(?:e|es|ed|ing)|convict(?:ion|ions|ed)|acquitt(?:al|ed)|guilty|prosecut\w*|lawyers?|attorneys?|indict\w*|charges|lawsuits?|(?:re)?trials?|prison|jail(?:ed)?|death\s+row|firing\s+squad|hanged)\b/i;

/** Verbs of a payment only when money is spent: their everyday object is time ("spent the summer abroad"). */
const MONEY_ONLY: ReadonlySet<string> = new Set(['spend']);

/**
 * The ACE 2005 type:subtype of a trigger ("Contact:Meet"), or "other" (statements, agreements,
 * price moves ... have none); `sentence`, the text around the trigger, decides a word with an
 * everyday sense besides its court one (`JUSTICE_IN_COURT_ONLY`), which is "other" without it; `money`,
 * whether the event has an amount of money of its own, decides a verb that spends time as often as money.
 */
export function aceTypeOf(type: EventType, lemma: string, sentence?: string, money = true): string {
  // "spent much of his life in Madrid", "spent three years in prison": time spent is no payment.
  if (MONEY_ONLY.has(lemma) && !money) return 'other';
  if (JUSTICE_IN_COURT_ONLY.has(lemma) && !(sentence !== undefined && COURT_WORDS.test(sentence))) return BY_TYPE[type] ?? 'other';
  return BY_LEMMA.get(lemma) ?? BY_TYPE[type] ?? (type === 'acquisition' ? 'Transaction:Transfer-Ownership' : 'other');
}
