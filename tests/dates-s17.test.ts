import { table } from './helpers/dates.js';

// Session 17 (issue 18, known open items).

// parsers/race-times.ts: a clock after a word that only times a result ("clocked", "timed", "a time of") is a race
// result even without seconds (issue 18: times in sports results must not fire); the day of the race stays.
table('race results without seconds', [
  ['2015-06-12', 'Bolt clocked 9:58 in Berlin.', []],
  ['2015-06-12', 'She ran a time of 3:58 on Friday.', [['Friday', 'DATE', '2015-06-12']]],
  ['2015-06-12', 'The younger runner was timed 4:12 over the mile.', []],
]);

// Must not fire: a clock time of the day after words that time nothing.
table('clock times of the day beside a result', [
  ['2015-06-12', 'The train left at 9:58 on Friday.', [['9:58 on Friday', 'TIME', '2015-06-12T09:58']]],
  ['2015-06-12', 'The race started at 9:58 and Bolt won.', [['9:58', 'TIME', '2015-06-12T09:58']]],
]);

// refiners/one-line.ts: a line break ends an expression unless it wraps a long line of prose.
table('expressions and line breaks', [
  ['2015-06-12', 'He finished No. 12\nSecond place went to Smith.', []],
  ['2015-06-12', 'Results: 4 years\nMonths later he quit.', [['4 years', 'DURATION', 'P4Y']]],
  ['2015-06-12', 'The deal was signed by the two companies in a ceremony held on July\n11, 2015, officials said.', [['July\n11, 2015', 'DATE', '2015-07-11']]],
]);

// tense.ts: the present of a verb of expecting points ahead of the time of writing, as a future does (HeidelTime's news
// rule; TimeML 1.2.1 §2.2.3: the value the context gives a date without its year): March, written in June, is next March.
table('a verb of expecting in the present', [
  ['2015-06-12', 'Analysts expect a cut in March.', [['March', 'DATE', '2016-03']]],
  ['2015-06-12', 'Economists predict a recovery in February.', [['February', 'DATE', '2016-02']]],
  ['2015-06-12', 'Investors anticipate a decision on Monday.', [['Monday', 'DATE', '2015-06-15']]],
  ['2015-06-12', 'Analysts expect the first cut in September.', [['September', 'DATE', '2015-09']]],
]);

// Must not fire: the past of the verb, or a past verb nearer the date, keeps the past.
table('expecting in the past, or a past after it', [
  ['2015-06-12', 'Analysts expected a cut in March.', [['March', 'DATE', '2015-03']]],
  ['2015-06-12', 'Analysts expect that sales rose in May.', [['May', 'DATE', '2015-05']]],
]);

// parsers/scheduled-present.ts: a weekday fronting a clause whose first finite verb is a timetable's present points to
// the coming day, as a verb before the day does (TimeML 1.2.1 §2.2.3; HeidelTime's news rule). DCT Wed 2015-07-08.
table('a fronted weekday before a timetable present', [
  ['2015-07-08', 'On Monday, the president arrives in Paris.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'On Friday the two leaders meet in Geneva.', [['Friday', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'On Monday, the board is meeting in Paris.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'Monday, the talks resume in Vienna.', [['Monday', 'DATE', '2015-07-13']]],
]);

// Must not fire: a past, a present perfect, a copula's state, a verb of saying, a headline's present.
table('a fronted weekday before other verbs', [
  ['2015-07-08', 'On Monday, the president arrived in Paris.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'On Monday, the company has announced cuts.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'On Monday, the index is down 2%.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'On Monday, police say the man fled.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'On Monday, the firm, which makes chips, reported a loss.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'On Monday, stocks fall as oil slides\n\nMarkets fell sharply.', [['Monday', 'DATE', '2015-07-06']]],
]);

// headline.ts: one notion of a title for every stage: the read stage's headline (above a blank line), or a line that
// does not end as prose does (a headline above a date line, one sentence a line). Its present tells what happened.
table('a present in a title', [
  ['2015-07-08', 'Stocks fall on Monday as oil slides\n\nMarkets fell sharply.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Stocks fall on Monday as oil slides\nJuly 8, 2015\nMarkets fell sharply.', [['Monday', 'DATE', '2015-07-06'], ['July 8, 2015', 'DATE', '2015-07-08']]],
]);

// Must not fire: a first line that ends as prose does is no title.
table('a first line of prose', [
  ['2015-07-08', 'The exchange meets on Monday.\nMarkets fell sharply.', [['Monday', 'DATE', '2015-07-13']]],
]);

// refiners/year-qualifier.ts, parsers/periods.ts: "of the year" after a period is part of the expression (TimeML 1.2.1
// §2.2.1), valued as the bare period is, in the year of the context; "the last quarter of" a year is its fourth.
table('a period of the year', [
  ['2009-03-04', 'The merger is expected to close in the second half of the year.', [['the second half of the year', 'DATE', '2009-H2']]],
  ['2009-03-04', 'Profit fell in the first quarter of the year.', [['the first quarter of the year', 'DATE', '2009-Q1']]],
  ['2009-03-04', 'In 2007, sales rose in the second half of the year.', [['2007', 'DATE', '2007'], ['the second half of the year', 'DATE', '2007-H2']]],
  ['2009-03-04', 'Sales fell in the last quarter of 2008.', [['the last quarter of 2008', 'DATE', '2008-Q4']]],
]);

// Must not fire: a half of a game; "last quarter" alone is the quarter before the present.
table('halves and quarters that are no period of a year', [
  ['2009-03-04', 'He scored in the second half of the game.', []],
  ['2009-03-04', 'Sales fell last quarter.', [['last quarter', 'DATE', '2008-Q4']]],
]);

// recorded-prices.ts, tense.ts: a date that tells when a market price was recorded ("closing price on Friday", "Friday's
// close") lies behind the time of writing whatever the clause's tense (TimeML 1.2.1 §2.2.3). DCT Tue 2025-06-10.
table('the day of a recorded price', [
  ['2025-06-10', "Salesforce will pay $25 a share in cash, a premium of 30% to Informatica's closing price on Friday.", [['Friday', 'DATE', '2025-06-06']]],
  ['2025-06-10', "The offer will value the bank at 1.2 times Friday's close.", [['Friday', 'DATE', '2025-06-06']]],
  ['2025-06-10', "The buyer will pay 40% more than the stock's close on Monday, the companies said.", [['Monday', 'DATE', '2025-06-09']]],
  ['2025-06-10', 'Shareholders will receive a 25% premium to the unaffected share price on Thursday.', [['Thursday', 'DATE', '2025-06-05']]],
]);

// Must not fire: "close" as a verb, or the close as the time something will happen.
table('a future close', [
  ['2025-06-10', 'The deal is expected to close on Friday.', [['Friday', 'DATE', '2025-06-13']]],
  ['2025-06-10', 'Trading in the shares will be suspended at the close on Friday.', [['Friday', 'DATE', '2025-06-13']]],
  ['2025-06-10', 'The company will pay the dividend on Friday.', [['Friday', 'DATE', '2025-06-13']]],
]);

// tense.ts: a plan's time after a participle with no auxiliary ("a visit planned for Wednesday") lies ahead of the
// writing, whatever the clause's tense: news names a plan's time while it is still to come. DCT Tue 2025-02-18.
table('the time of a plan', [
  ['2025-02-18', 'He postponed a visit to Saudi Arabia planned for Wednesday.', [['Wednesday', 'DATE', '2025-02-19']]],
  ['2025-02-18', 'Protesters gathered outside parliament ahead of a vote scheduled for Thursday.', [['Thursday', 'DATE', '2025-02-20']]],
  ['2025-02-18', 'The talks, set for Friday, were called off after the attack.', [['Friday', 'DATE', '2025-02-21']]],
  ['2025-02-18', 'The company faces an interest payment due on Monday, the agency said.', [['Monday', 'DATE', '2025-02-24']]],
]);

// Must not fire: a plan the sentence tells was carried out, or a day with no plan.
table('a plan carried out', [
  ['2025-02-18', 'The talks, scheduled for Monday, ended without a deal.', [['Monday', 'DATE', '2025-02-17']]],
  ['2025-02-18', 'The company missed an interest payment due on Monday, the agency said.', [['Monday', 'DATE', '2025-02-17']]],
  ['2025-02-18', 'He postponed a visit to Saudi Arabia on Monday.', [['Monday', 'DATE', '2025-02-17']]],
]);
