import { table } from './helpers/dates.js';

// ordinal-days.ts: "between the 3rd and the 5th" marks each end as its own DATE (TimeML 1.2.1 §2.2.1, ranges
// are two expressions), days of the month named near them (§2.2.3: the context gives what the text leaves out).
table('between the Nth and the Mth of a month named near them', [
  ['2019-07-11', 'The festival runs between the 3rd and the 5th of August.', [['the 3rd', 'DATE', '2019-08-03'], ['5th of August', 'DATE', '2019-08-05']]],
  ['2019-07-11', 'The festival will run in August, between the 3rd and the 5th.', [['August', 'DATE', '2019-08'], ['the 3rd', 'DATE', '2019-08-03'], ['the 5th', 'DATE', '2019-08-05']]],
  ['2019-07-11', 'In March, the talks were held between the 3rd and the 5th.', [['March', 'DATE', '2019-03'], ['the 3rd', 'DATE', '2019-03-03'], ['the 5th', 'DATE', '2019-03-05']]],
  // "the 5th of this month" is one date, as "5th of August" is (TimeML 1.2.1 §2.2.1: the whole phrase).
  ['2019-07-11', 'The vote is due between the 3rd and the 5th of this month.', [['the 3rd', 'DATE', '2019-07-03'], ['the 5th of this month', 'DATE', '2019-07-05']]],
  // A month right after the range's second end gives both ends their month.
  ['2019-07-11', 'The fair was held from the 3rd to the 5th in May.', [['the 3rd', 'DATE', '2019-05-03'], ['the 5th', 'DATE', '2019-05-05'], ['May', 'DATE', '2019-05']]],
]);

// Must not fire: without a month near them, or after a verb of ranking, the ordinals are places or grades.
table('between the Nth and the Mth that are no days', [
  ['2019-07-11', 'He finished between the 3rd and the 5th in every race.', []],
  ['2019-07-11', 'In May he ranked between the 3rd and the 5th in every race.', [['May', 'DATE', '2019-05']]],
  ['2019-07-11', 'Pupils between the 3rd and the 5th grade sang.', []],
  ['2019-07-11', 'The team was between the 3rd and the 5th in the league all season.', []],
]);

// Must not fire: a range of places in a table or a race ("from the 12th to the 3rd in the rankings") and of units
// ("the 1st and 2nd Battalions") are no days, either end.
table('from the Nth to the Mth places, and numbered units', [
  ['2026-05-05', 'Hamilton climbed from the 12th to the 3rd in the world rankings after his win in March.', [['March', 'DATE', '2026-03']]],
  ['2026-06-20', 'She moved up from the 14th to the 5th in the standings after the race.', []],
  ['2026-06-20', 'He went from the 9th to the 2nd at the final turn.', []],
  ['2026-06-20', 'In the March race, he went from the 20th to the 4th in just 10 laps.', [['March', 'DATE', '2026-03']]],
  ['2026-06-20', 'In March, clashes between the 1st and 2nd Battalions of the regiment left three soldiers dead.', [['March', 'DATE', '2026-03']]],
]);

// A month or "next month" right after the second end still makes both ends days.
table('from the Nth to the Mth before a month', [
  ['2019-07-11', 'The fair was held on the 6th and 7th May 2018.', [['the 6th', 'DATE', '2018-05-06'], ['7th May 2018', 'DATE', '2018-05-07']]],
  ['2019-07-11', 'The show runs from the 6th to the 12th of October.', [['the 6th', 'DATE', '2019-10-06'], ['12th of October', 'DATE', '2019-10-12']]],
]);

// Session 13 (issue 18, item 2): a rising range of days before a town's or venue's name ("in Edinburgh", "at Wembley")
// is two days of the month the text is on (TimeML 1.2.1 §2.2.1, each end its own DATE; §2.2.3 the month from the
// context, here the DCT's: DCT 2015-07-08, a past clause moves a later day a month back).
table('from the Nth to the Mth before a place name', [
  ['2015-07-08', 'The festival runs from the 20th to the 25th in Edinburgh.', [['the 20th', 'DATE', '2015-07-20'], ['the 25th', 'DATE', '2015-07-25']]],
  ['2015-07-08', 'The show will run from the 20th to the 25th at Wembley.', [['the 20th', 'DATE', '2015-07-20'], ['the 25th', 'DATE', '2015-07-25']]],
  ['2015-07-08', 'The festival ran from the 3rd to the 5th in Edinburgh.', [['the 3rd', 'DATE', '2015-07-03'], ['the 5th', 'DATE', '2015-07-05']]],
  // Must not fire: a falling range, a verb of moving in a table, or a table's name after the place.
  ['2015-07-08', 'The tour went from the 12th to the 3rd in Paris.', []],
  ['2015-07-08', 'Hamilton moved from the 3rd to the 5th in Formula One standings.', []],
  ['2015-07-08', 'The club slipped from the 3rd to the 5th in Serie A.', []],
  ['2015-07-08', 'The club went from the 3rd to the 5th in Serie A standings.', []],
  ['2015-07-08', 'The club went from the 3rd to the 5th in Serie A.', []],
]);

// Review of 88f27fe, item 1: a day's own clause gives its tense, not a reporting clause after a comma (tense.ts
// `ownClause`): "The games run from the 12th to the 15th in Tokyo, organisers said" is a present schedule, the days of
// the DCT's month (TimeML 1.2.1 §2.2.3). DCT Wed 2015-07-08.
table('an ordinal day read in its own clause, not in a reporting clause after it', [
  ['2015-07-08', 'The games run from the 12th to the 15th in Tokyo, organisers said.', [['the 12th', 'DATE', '2015-07-12'], ['the 15th', 'DATE', '2015-07-15']]],
  ['2015-07-08', 'The games are held from the 12th to the 15th in Tokyo, organisers said.', [['the 12th', 'DATE', '2015-07-12'], ['the 15th', 'DATE', '2015-07-15']]],
  ['2015-07-08', 'The fair opens on the 20th, organisers said.', [['the 20th', 'DATE', '2015-07-20']]],
  ['2015-07-08', 'The vote is on the 12th, officials said on Monday.', [['the 12th', 'DATE', '2015-07-12'], ['Monday', 'DATE', '2015-07-06']]],
  // Session 14: a present schedule is still to come or under way (TimeML 1.2.1 §2.2.3, the value the context gives):
  // a range wholly before the DCT's day is next month's, one the DCT's day falls in or before stays in its month.
  ['2015-07-08', 'The tournament runs from the 3rd to the 7th at Wimbledon.', [['the 3rd', 'DATE', '2015-08-03'], ['the 7th', 'DATE', '2015-08-07']]],
  ['2015-07-08', 'The tournament runs from the 3rd to the 10th at Wimbledon.', [['the 3rd', 'DATE', '2015-07-03'], ['the 10th', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'The tournament runs from the 13th to the 17th at Wimbledon.', [['the 13th', 'DATE', '2015-07-13'], ['the 17th', 'DATE', '2015-07-17']]],
  ['2015-07-08', 'The office reopens on the 3rd.', [['the 3rd', 'DATE', '2015-08-03']]],
  // A past range moves back as a whole, by its first day; a future one forward by its last.
  ['2015-07-08', 'The festival ran from the 3rd to the 10th.', [['the 3rd', 'DATE', '2015-07-03'], ['the 10th', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'The festival ran from the 10th to the 12th.', [['the 10th', 'DATE', '2015-06-10'], ['the 12th', 'DATE', '2015-06-12']]],
  ['2015-07-08', 'The festival will run from the 3rd to the 10th.', [['the 3rd', 'DATE', '2015-07-03'], ['the 10th', 'DATE', '2015-07-10']]],
  // "since" looks back whatever the tense.
  ['2015-07-08', 'Shares are up 5% since the 20th.', [['the 20th', 'DATE', '2015-06-20']]],
  // Must not fire: a past clause of its own, or no verb of its own before the day (a fronted "On the 12th,").
  ['2015-07-08', 'The games opened on the 12th in Tokyo, organisers said.', [['the 12th', 'DATE', '2015-06-12']]],
  ['2015-07-08', 'The vote was held on the 12th, officials said.', [['the 12th', 'DATE', '2015-06-12']]],
  ['2015-07-08', 'On the 12th, the company said it had sold the unit.', [['the 12th', 'DATE', '2015-06-12']]],
  ['2015-07-08', 'The festival ran from the 20th to the 25th in Edinburgh, organisers said.', [['the 20th', 'DATE', '2015-06-20'], ['the 25th', 'DATE', '2015-06-25']]],
]);

// Session 13 (issue 18, item 2): "the 5th of next month" is one DATE, a day of the month the shift gives from the DCT's
// (TimeML 1.2.1 §2.2.1 extent, §2.2.3 value). DCT 2015-07-08.
table('the Nth of this, next or last month', [
  ['2015-07-08', 'The ruling is due on the 5th of next month.', [['the 5th of next month', 'DATE', '2015-08-05']]],
  ['2015-07-08', 'The deal closed on the 20th of last month.', [['the 20th of last month', 'DATE', '2015-06-20']]],
  ['2015-12-08', 'He will leave on the 21st of next month, officials said.', [['the 21st of next month', 'DATE', '2016-01-21']]],
  // "scheduled/set/due for the Nth": a day too; "for the 3rd time" is no day.
  ['2015-07-08', 'The vote is scheduled for the 21st of next month.', [['the 21st of next month', 'DATE', '2015-08-21']]],
  ['2015-07-08', 'The hearing is set for the 21st.', [['the 21st', 'DATE', '2015-07-21']]],
  ['2015-07-08', 'The hearing was postponed for the 3rd time.', []],
  ['2015-07-08', 'The vote was called for the 2nd straight week.', []],
  // Must not fire: an ordinal before a noun is no day ("the 5th month"); "next month's auctions" stays the month.
  ['2015-07-08', 'It is the 5th of next month’s three planned auctions.', [['next month', 'DATE', '2015-08']]],
  ['2015-07-08', 'The index rose for the 5th month in a row last month.', [['last month', 'DATE', '2015-06']]],
]);

// Session 13 (issue 18, item 2): in a sentence about a game a range of ordinals counts innings, rounds or laps, even
// after a dated game ("the May 3 game"): no days (games.ts `aboutAGame`); a day after "on", "after" or with a month
// stays a day. DCT 2015-07-08.
table('innings and laps after a dated game', [
  ['2015-07-08', 'In the May 3 game against Boston, he pitched from the 3rd to the 7th.', [['May 3', 'DATE', '2015-05-03']]],
  ['2015-07-08', 'He pitched through the 7th in the May 3 game.', [['May 3', 'DATE', '2015-05-03']]],
  ['2015-07-08', 'In the May 3 game, the Yankees scored between the 5th and the 7th innings.', [['May 3', 'DATE', '2015-05-03']]],
  // Must not fire on days: "on the 15th", "after the 20th", a range with its month.
  ['2015-07-08', 'The final game will be played on the 15th.', [['the 15th', 'DATE', '2015-07-15']]],
  ['2015-07-08', 'The team will play its next match after the 20th.', [['the 20th', 'DATE', '2015-07-20']]],
  ['2015-07-08', "The league's games run from the 3rd to the 7th of August.", [['the 3rd', 'DATE', '2015-08-03'], ['7th of August', 'DATE', '2015-08-07']]],
  ['2015-07-08', 'Matches will be played on the 3rd and the 5th.', [['the 3rd', 'DATE', '2015-08-03'], ['the 5th', 'DATE', '2015-08-05']]],
]);

// Session 14 (issue 18, known wrong): the day an event is set for or moved to ("was moved to the 7th", "was scheduled
// for the 21st but was delayed") is a day of the month in context (TimeML 1.2.1 §2.2.3); the past tense of the
// setting does not move it back, a future does move it ahead. DCT Wed 2015-07-08.
table('a day an event is set for or moved to', [
  ['2015-07-08', 'The game, originally set for the 3rd, was moved to the 7th.', [['the 3rd', 'DATE', '2015-07-03'], ['the 7th', 'DATE', '2015-07-07']]],
  ['2015-07-08', 'The vote was scheduled for the 21st but was delayed.', [['the 21st', 'DATE', '2015-07-21']]],
  ['2015-07-08', 'The launch was postponed to the 20th.', [['the 20th', 'DATE', '2015-07-20']]],
  ['2015-07-08', 'The hearing has been pushed back to the 30th, a court official said.', [['the 30th', 'DATE', '2015-07-30']]],
  // Must not fire: a place in a table, a floor, an active "moved to" (a ranking), "the 3rd" before "but" with no preposition.
  ['2015-07-08', 'Hamilton moved to the 3rd in the standings.', []],
  ['2015-07-08', 'Hamilton was moved to the 3rd in the standings after a penalty.', []],
  ['2015-07-08', 'The office was moved to the 3rd floor.', []],
  ['2015-07-08', 'The team moved to the 3rd and stayed there.', []],
  ['2015-07-08', 'He finished the 3rd but was disqualified.', []],
  ['2015-07-08', 'The patient was moved to the 3rd ward on Monday.', [['Monday', 'DATE', '2015-07-06']]],
]);
