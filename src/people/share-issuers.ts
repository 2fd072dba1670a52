import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { Geography } from './geo.js';
import { placeOrNation, type OrgSeed, type TaggerKind } from './org-seeds.js';
import { isHolidayName } from '../dates/parsers/holidays.js';

/** Nouns of a company's securities: only a company issues them, so a name they belong to is a company's. */
const SECURITIES = new Set(['shares', 'share', 'stock', 'stake']);

/**
 * Nouns of a company's results, which only a business reports: "Google Cloud revenue rose 32%", "Revenue at Google Cloud rose",
 * "Nike sales fell". Not "profit" (a verb too: "Investors profit from the rally").
 */
const FIGURES = new Set(['revenue', 'revenues', 'sales', 'profits', 'earnings', 'turnover']);

/** Words that open the object of the verb "shares" ("Oprah shares her story", "Maria shares a flat"): then it is no noun. */
const OBJECT_STARTS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'some', 'what', 'how', 'why', 'one', 'two']);

/** Words before a name that make the word after it a noun: a quantity or a holder ("7.9 million Tesla shares", "his Tesla stock"). */
const QUANTITY = /^(?:\d[\d.,]*|million|billion|thousand|hundred|more|fewer|some|its|his|her|their|of|in|sold|bought|buy|sell|own|owns|owned|held|holds)$/;

/**
 * Words the article uses as the name of a company whose securities it trades: "Shares of Tesla", "a stake in Tesla",
 * "7.9 million Tesla shares", "Nvidia stock rose". A person owns shares but issues none, so the name is nobody's
 * anywhere in the article. Not a name before the verb "shares" ("Oprah shares her story") nor a possessive ("Musk's shares").
 */
export function shareIssuers(tokens: readonly Token[]): Set<string> {
  return new Set(issuerWords(tokens).map((i) => tokens[i]!.key));
}

/** The tokens that name an issuer of securities (`shareIssuers`), by index: "Tesla" of "7.9 million Tesla shares". */
export function issuerWords(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    if (!SECURITIES.has(t.key) || (t.capitalized && !t.sentenceStart)) continue;
    // "Shares of Tesla", "a stake in Tesla": the name after the preposition.
    const link = tokens[t.i + 1];
    const name = tokens[t.i + 2];
    if (link && name && (link.key === 'of' || link.key === 'in') && /^ $/.test(t.post) && /^ $/.test(link.post) && name.capitalized && name.sentence === t.sentence) out.push(name.i);
    // "Tesla shares fell", "7.9 million Tesla shares last year": the name right before the noun.
    const before = tokens[t.i - 1];
    if (!before || !before.capitalized || before.possessive || before.sentence !== t.sentence || !/^ $/.test(before.post)) continue;
    const next = tokens[t.i + 1];
    const noObject =
      !next || next.sentence !== t.sentence || /[,.;:)]/.test(t.post) || (!OBJECT_STARTS.has(next.key) && !next.capitalized && !(next.tags.has('Noun') && !next.tags.has('Verb')));
    if (noObject || QUANTITY.test(tokens[t.i - 2]?.key ?? '')) out.push(before.i);
  }
  return out;
}

/** The name whose results a figure noun gives (`FIGURES`): the name right before it, or after "at" ("Revenue at Google Cloud"). */
function figureOwner(tokens: readonly Token[], noun: Token): number[] {
  const [link, after, before] = [tokens[noun.i + 1], tokens[noun.i + 2], tokens[noun.i - 1]];
  if (link?.key === 'at' && after?.capitalized && after.sentence === noun.sentence && /^ $/.test(noun.post) && /^ $/.test(link.post)) return [after.i];
  const owner = before && before.capitalized && !before.possessive && before.sentence === noun.sentence && /^ $/.test(before.post);
  return owner ? [before.i] : [];
}

/** Verbs of a deal in shares. */
const DEALS = new Set(['sold', 'sells', 'bought', 'buys', 'acquired', 'offloaded', 'dumped']);

/**
 * Whether the name ending at `last` sells or buys a count of shares ("Musk sold 7.9 million Tesla shares"): what any owner
 * does, a person as well as a firm, so no sign of a company, as selling its own goods would be ("Boeing sold 40 jets").
 */
export function dealsInShares(tokens: readonly Token[], last: number): boolean {
  const verb = tokens[last + 1];
  if (!verb || verb.sentence !== tokens[last]!.sentence || !DEALS.has(verb.key)) return false;
  for (let k = last + 2; k <= last + 7 && tokens[k]?.sentence === verb.sentence; k++) {
    const t = tokens[k]!;
    if (SECURITIES.has(t.key)) return true;
    if (!/^(?:\d[\d.,]*|million|billion|thousand|hundred|about|nearly|some|almost|more|than|over|its|his|her|their)$/.test(t.key) && !t.capitalized) return false;
  }
  return false;
}

/**
 * The issuers of securities as organizations: the name that ends right before "shares" or starts right after "shares of"
 * ("Musk sold 7.9 million Tesla shares", "Shares of General Motors rose"), and the owners of a business's figures ("Google
 * Cloud revenue rose"); not a place ("Shares in Asia fell"), a
 * nation's word ("the performance of American stock exchanges") nor a headline's capitals.
 */
export function issuerSeeds(tokens: readonly Token[], runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  // A figure's owner that the name tagger reads as a person ("Ronaldo earnings") or a holiday ("Christmas sales") is none.
  const owners = tokens.filter((t) => FIGURES.has(t.key) && !(t.capitalized && !t.sentenceStart)).flatMap((t) => figureOwner(tokens, t));
  const figures = new Set(owners.filter((i) => taggerKind(i) !== 'PER'));
  return [...issuerWords(tokens), ...figures].flatMap((i) => {
    const run = runs.find((r) => r.first === i || r.last === i);
    const words = run ? tokens.slice(run.first, run.last + 1) : [];
    if (!run || casingOf(tokens[i]!.sentence) !== 'normal' || placeOrNation(geo, words)) return [];
    // Nor a sentence's first word alone, a trade's maybe, unless the name tagger reads a body there ("Automobile sales in the United States").
    const opening = words.length === 1 && words[0]!.sentenceStart && taggerKind(words[0]!.i) !== 'ORG';
    if (figures.has(i) && (isHolidayName(words.map((t) => t.text).join(' ')) || opening)) return [];
    return [{ first: run.first, last: run.last, kind: 'context' as const, source: 'context' as const }];
  });
}
