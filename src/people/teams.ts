import type { Span } from '../types.js';
import { LOCATIVE_PREPOSITIONS } from './words.js';

/** A capitalized name of up to four words ("Leeds", "Real Madrid", "St. Louis Cardinals"). */
const NAME = String.raw`(?:St\. )?\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,3}`;
/** A score: "2-1", "3–0", "101-99". */
const SCORE = String.raw`\d{1,3} ?[-–] ?\d{1,3}`;
/** Verbs of a match's result. */
const RESULT = String.raw`beat|beats|defeated|defeats|edged|thrashed|routed|overcame|outscored|drew|draws|tied|lost|loses|won|wins`;

/**
 * A result line: "Group G — Belgium 3 – 0 Panama", "Leeds 2-1 Chelsea": the first team opens the line
 * or follows a separator, at most two digits a side (not "Boeing 737-800").
 */
const RESULT_LINE = new RegExp(String.raw`(?<=^|[—–:|•] )(${NAME}) \d{1,2} ?[-–] ?\d{1,2} (${NAME})[.!]?$`, 'gu');
/** Words a team's name in a result line never holds: a headline's verbs and function words ("Senate Passes Budget Bill 51-49 After Marathon Session", "Supreme Court Rules 6-3 Against Biden"). */
const HEADLINE_WORDS =
  /^(?:After|Against|Amid|As|At|Before|By|For|From|In|Into|Of|On|Over|To|Under|With|Without|Is|Are|Was|Were|Be|Has|Have|Had|Passes|Passed|Rules|Ruled|Votes|Voted|Wins|Won|Beats|Beat|Says|Said|Backs|Backed|Rejects|Rejected|Approves|Approved|Upholds|Upheld|Blocks|Blocked|Strikes|Struck|Sides|Sided|Clears|Cleared|Confirms|Confirmed|Crash|Crashes|Falls|Fell|Rises|Rose)$/;

/** A relative pronoun between a team and its result: "Inter Milan, who beat Como 2-0" (British news speaks of a team as "who"). */
const WHO = String.raw`(?:, (?:who|which))?`;

/**
 * "Leeds beat Chelsea 2-1", "Leeds drew 1-1 with Chelsea", "Leeds lost 2-1 to Chelsea", "Leeds won 3-0 against Chelsea",
 * and a result line: "Group G — Belgium 3 – 0 Panama", "Leeds 2-1 Chelsea" (the score between the names, the line ending with them).
 */
const PATTERNS = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME})${WHO} (?:${RESULT}) (?:the )?(${NAME}),? (?:by )?${SCORE}(?![\p{N}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME})${WHO} (?:${RESULT}) ${SCORE} (?:with|to|against|over|at) (?:the )?(${NAME})`, 'gu'),
  RESULT_LINE,
];

/** Nouns of a match's result after its score ("the 3-1 win over Tottenham", "a 2-0 defeat to Leeds", "a 1-1 draw with Everton"). */
const RESULT_NOUNS = String.raw`wins?|victory|victories|defeats?|loss|draw|triumph|thrashing|drubbing`;

/** Verbs whose subject has the result that follows ("Leeds suffered a 2-0 defeat to Brentford", "Wolves claimed a late 3-2 win over Fulham"). */
const TAKES_RESULT = String.raw`suffered|recorded|claimed|earned|secured|sealed|clinched|registered|grabbed|slumped to|crashed to|fell to|held on for`;

/**
 * A clause whose verb ends in the result it was done with: "Napoli won the Serie A title on Friday with a 2-0 victory over
 * Cagliari", "Arsenal moved top after a 3-1 win over Spurs". The name's verb follows it (a result's verb, or one in -ed or
 * an irregular past), then at most eight words of the clause, none that opens another clause ("Fans cheered as the club
 * sealed the title with a 2-0 win over Roma": the fans have no result).
 */
const CLAUSE_WORD = String.raw` (?!(?:as|when|while|because|since|and|but|or|who|which|that|after|before|until|though|although|if)\b)[^\s.,;:!?]+`;
const WON_WITH = String.raw`(?:${RESULT}|\p{Ll}{2,}ed|went|took|kept|made|came|held|sealed|stayed)(?:${CLAUSE_WORD}){0,8} (?:with|after|thanks to)`;

/**
 * A team's staff and players before one's name, and the team before them ("Arsenal manager Mikel Arteta", "Spurs coach Ange
 * Postecoglou", "Real Madrid striker Vinicius Jr"). Words of a sport alone; "manager", "boss" and "captain" (a firm's, a
 * singer's, a ship's too) only on a line that speaks of the game (`SPORT_LINE`).
 */
const STAFF = String.raw`coach|striker|midfielder|defender|goalkeeper|winger|skipper|manager|boss|captain`;
const OTHERS_STAFF = /^(?:manager|boss|captain)$/;
/** Words before a staff noun that belong to the role, not the team ("Former Arsenal manager", "Head coach", "Interim boss"). */
const ROLE_WORDS = /^(?:Former|Ex|Interim|Caretaker|Acting|Assistant|Head|New|Then)$/;

/**
 * A match's result or a team's staff before a name, in words: "the 3-1 win over Tottenham", "Arsenal's 2-0 victory against
 * Leeds", "Leeds suffered a 2-0 defeat to Brentford", "Arsenal manager Mikel Arteta".
 */
const PHRASES = [
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:(${NAME})['’]s |(${NAME}) (?:${TAKES_RESULT}) (?:a|an|their|its) (?:\p{Ll}+ )?|(${NAME}) ${WON_WITH} (?:a|an|their|its) (?:\p{Ll}+ )?)?${SCORE} (?:${RESULT_NOUNS}) (?:over|against|to|with|at|by|for) (?:the )?(${NAME})`,
    'gu',
  ),
  new RegExp(String.raw`(?<![\p{L}\p{N}'’])(${NAME}) (${STAFF}) \p{Lu}\p{Ll}`, 'gu'),
];

/** Nouns of a player in a transfer's object ("signed Swedish striker Alexander Isak from Newcastle United"). */
const PLAYER = String.raw`striker|midfielder|defender|goalkeeper|keeper|winger|forward|full-back|centre-back|center-back|playmaker|player|international|teenager`;
/** A fee before its payer: "the £115 million Chelsea paid Brighton for Moises Caicedo". */
const FEE = String.raw`[£€$]\d[\d.,]*(?: ?(?:million|billion|bn|m))?`;

/**
 * A transfer's clubs: the buyer and the seller of a player ("Liverpool signed Swedish striker Alexander Isak from Newcastle
 * United", "Arsenal signed Declan Rice from West Ham"), the club a player's goals were for ("scored 27 goals for Newcastle"),
 * the payer and the payee of a fee ("the £115 million Chelsea paid Brighton for Moises Caicedo"), the seller and the buyer
 * ("Newcastle United agreed to sell striker Alexander Isak to Liverpool"), the club a player plays for. The player is named by a
 * player's noun or by a name of two capitalized words; a person who buys a house from another names no club.
 */
const TRANSFERS = [
  new RegExp(
    String.raw`(?<![\p{L}\p{N}'’])(${NAME}) (?:signed|bought|sold|loaned|has signed|have signed) (?:(?:[\p{L}-]+ ){0,3}(?:${PLAYER}) (?:\p{Lu}[\p{L}'’-]+ ){1,3}|\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+ )from (?:the )?(${NAME})`,
    'gu',
  ),
  new RegExp(String.raw`\b(?:goals|appearances|debut|caps) for (?:the )?(${NAME})`, 'gu'),
  // The seller and the buyer: "Newcastle United agreed to sell striker Alexander Isak to Liverpool".
  new RegExp(
    String.raw`(?<![\p{L}\p{N}'’])(${NAME}) (?:(?:has |have )?agreed to )?(?:sell|sold|sells|loan|loaned|loans) (?:[\p{L}-]+ ){0,3}(?:${PLAYER}) (?:\p{Lu}[\p{L}'’-]+ ){1,3}to (?:the )?(${NAME})`,
    'gu',
  ),
  // The club a player refuses, plays or signs for ("refused to play for Newcastle"): a player's noun or pronoun before.
  new RegExp(String.raw`\b(?:[Hh]e|[Ss]he|${PLAYER}) (?:(?:has |had |have )?(?:refused|wanted|agreed|declined|continued|chose|decided|went on) to )?(?:play|plays|played|playing|sign|signs|signed) for (?:the )?(${NAME})`, 'gu'),
  new RegExp(String.raw`${FEE} (${NAME}) paid (${NAME}) for`, 'gu'),
];

/**
 * What every match holds, in plain ASCII patterns that are cheap to test: a result verb between
 * spaces and a score. A match never crosses a line (names and gaps are letters and spaces), so only
 * lines with both are searched; most lines have neither, and the name patterns above try every
 * capital of a line they search.
 */
const HAS_RESULT = new RegExp(String.raw` (?:${RESULT}|${RESULT_NOUNS}) `);
const HAS_STAFF = new RegExp(String.raw`\p{Lu}\S* (?:${STAFF}) \p{Lu}`, 'u');
/** A line about the game, beyond its staff: a result, a match, a goal, a league... */
const SPORT_LINE = /\b(?:match(?:es)?|games?|goals?|scored|league|cup|tournament|final|season|fixture|squad|players?|stadium|fans|win|won|victory|defeat|draw|drew|beat|points|title|side|club|\d ?[-–] ?\d)\b/i;
const HAS_SCORE = /\d ?[-–] ?\d/;
/** A transfer's words: `TRANSFERS` are tried only on a line with one. */
const HAS_TRANSFER = / (?:from|for|paid|sell|sold|sells|loan|loaned|loans) /;
/** A line that ends with a score and a name: "Belgium 3 – 0 Panama". */
const ENDS_WITH_RESULT = /\d ?[-–] ?\d{1,3} \p{Lu}[\p{L}'’&\- ]*[.!]?$/u;

/** Words that open a sentence or a clause, not a name ("Then Leeds beat ..."), and months ("June 1-2 Paris" is no result). */
const NOT_NAMES =
  /^(?:The|Then|But|And|When|After|Before|On|In|At|Last|This|That|They|It|He|She|We|Yesterday|Today|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * Names that stand for teams by a match's result around them ("Leeds beat Chelsea 2-1": Leeds and
 * Chelsea): organizations, though a city's name ("Leeds") would otherwise be a place. A leading
 * sentence word ("Then", "On Sunday") is left off the name. A team is the team wherever the article
 * names it again ("Belgium 3 – 0 Panama ... Belgium had greater possession").
 */
export function teamSpans(text: string): Span[] {
  const found: Span[] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if ((HAS_SCORE.test(line) && (HAS_RESULT.test(line) || ENDS_WITH_RESULT.test(line))) || HAS_STAFF.test(line)) found.push(...lineTeamSpans(line, lineStart, [...PATTERNS, ...PHRASES]));
    if (HAS_TRANSFER.test(line)) found.push(...lineTeamSpans(line, lineStart, TRANSFERS));
    lineStart = lineEnd + 1;
  }
  if (found.length === 0) return found;
  const out = new Map<number, Span>();
  const sport = sportParagraphs(text, found);
  for (const name of new Set([...found.map((s) => s.text), ...shortNames(text, found)])) {
    // The same name as a whole word, in a paragraph about the match, and not inside a longer name ("Leeds City Council").
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (!sport.some(([from, to]) => at >= from && at < to)) continue;
      if (/[\p{L}\p{N}'’-]/u.test(text[at - 1] ?? '') || !standsAlone(text, at, at + name.length)) continue;
      out.set(at, { text: name, start: at, end: at + name.length });
    }
  }
  for (const s of found) out.set(s.start, s);
  return [...out.values()].sort((a, b) => a.start - b.start);
}

/** A score in sets, a singles match's: "6-2, 6-3", "7-6 (4), 6-4". */
export const SET_SCORES = /(?<!\d)[0-7] ?[-–] ?[0-7](?: ?\(\d{1,2}\))?, [0-7] ?[-–] ?[0-7](?!\d)/;

/**
 * A club named in full is called by a word of its name too: the first or the last ("Real Madrid ... Madrid now lead",
 * "Bayern Munich ... Bayern"), where no other team's name holds the word. Not a player's name (a line with a score in
 * sets: "Serena Williams beat Maria Sharapova 6-2, 6-3 ... Williams").
 */
function shortNames(text: string, found: readonly Span[]): string[] {
  const lineOf = (s: Span): string => text.slice(text.lastIndexOf('\n', s.start) + 1, (text.indexOf('\n', s.end) + 1 || text.length + 1) - 1);
  const teams = [...new Set(found.filter((s) => !SET_SCORES.test(lineOf(s))).map((s) => s.text))];
  const holders = new Map<string, number>();
  for (const name of new Set(found.map((s) => s.text))) for (const w of new Set(name.split(' '))) holders.set(w, (holders.get(w) ?? 0) + 1);
  return teams.flatMap((name) => {
    const words = name.split(' ');
    if (words.length < 2) return [];
    return [words[0]!, words[words.length - 1]!].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && holders.get(w) === 1 && !NOT_NAMES.test(w) && !ROLE_WORDS.test(w));
  });
}

/** `teamSpans` of one line that starts at `lineStart` in the article; offsets are the article's. */
function lineTeamSpans(line: string, lineStart: number, patterns: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const pattern of patterns) {
    for (const m of line.matchAll(pattern)) {
      let offset = m.index!;
      const teams: Span[] = [];
      const staff = pattern === PHRASES[1];
      // A word that opens no team's name: "The", and before a staff noun a role's ("Former", "Head").
      const notName = (w: string): boolean => NOT_NAMES.test(w) || (staff && ROLE_WORDS.test(w));
      if (staff && OTHERS_STAFF.test(m[2]!) && !SPORT_LINE.test(line.replace(m[0], ' '))) continue;
      for (const name of staff ? [m[1]!] : m.slice(1).filter((n) => n !== undefined)) {
        const at = line.indexOf(name, offset);
        offset = at + name.length;
        let words = name.split(' ');
        let start = lineStart + at;
        while (words.length > 1 && notName(words[0]!)) {
          start += words[0]!.length + 1;
          words = words.slice(1);
        }
        if (notName(words[0]!) && words.length === 1) continue;
        const clean = words.join(' ').replace(/['’]s$|['’]$/u, '');
        teams.push({ text: clean, start, end: start + clean.length });
      }
      // A result line names both sides: "June 1-2 Paris" is none; nor is a headline ("Court Rules 6-3 Against Biden").
      if (pattern === RESULT_LINE && (teams.length < 2 || [m[1]!, m[2]!].some((n) => n.split(' ').some((w) => HEADLINE_WORDS.test(w))))) continue;
      out.push(...teams);
    }
  }
  return out;
}

/** Words of a match report: a paragraph with one is about the game ("Belgium had greater possession"). */
const SPORT_WORDS =
  /\b(?:match(?:es)?|games?|goals?|scored|scorers?|striker|midfielder|defender|goalkeeper|keeper|coach|manager|league|cup|tournament|final|semi-final|quarter-final|half|half-time|penalty|penalties|kick-off|season|fixture|squad|teams?|players?|stadium|fans|win|won|victory|defeat|draw|drew|beat|lost|points|possession|referee|championship|title|group)\b/i;

/** Where a team stays a team: the paragraphs (lines) that hold a result or a word of the game, as [start, end) offsets. */
function sportParagraphs(text: string, found: readonly Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (found.some((s) => s.start >= start && s.start < end) || SPORT_WORDS.test(text.slice(start, end))) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

/** Prepositions after which a team's name is its country or city ("fans in Panama", "exports from Germany"). */
const PLACE_BEFORE = new Set([...LOCATIVE_PREPOSITIONS, 'from', 'to', 'into']);

/**
 * What only a team has after a possessive: its players and staff, its play and its results ("Tunisia's goalkeeper", "Sweden's
 * first victory", "Panama's attempt"; not "Panama's attempt to join", a country's).
 */
const TEAM_OWNED =
  /^['’]s (?:(?:first|second|third|only|opening|late|early|winning|last) )?(?:goalkeeper|keeper|coach|manager|captain|striker|forward|defender|midfielder|winger|substitutes?|squad|line-up|lineup|attempt(?! to\b)|shot|goals?|opener|equali[sz]er|victory|win|defeat|lead|penalty|corner|chance)\b/;

/** Whether a team's name at `start` stands alone: not glued to a capitalized word before or after it ("Leeds City Council"), nor after "in", "at" ("fans in Leeds"). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = /(\p{L}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 30), start));
  if (before && /^\p{Lu}/u.test(before[1]!) && !NOT_NAMES.test(before[1]!)) return false;
  // "fans in Leeds": the city.
  if (before && PLACE_BEFORE.has(before[1]!.toLowerCase())) return false;
  // "Germany's economy", "Argentina's central bank": the country's, not the team's; but "Tunisia's goalkeeper" is the team's.
  if (/^['’]s \p{Ll}/u.test(text.slice(end, end + 4)) && !TEAM_OWNED.test(text.slice(end, end + 40))) return false;
  return !/^(?:[\p{L}\p{N}]| \p{Lu})/u.test(text.slice(end, end + 2));
}
