import { table } from './helpers/dates.js';

// Session 16 (issue 18, known open items). DCT Wed 2015-07-08.

// parsers/scheduled-present.ts: a timetable's verb the tagger reads as a plural noun after a one-word subject
// ("Trading resumes Monday": "resumes" as in CVs) is still the clause's present, pointing to the coming day
// (TimeML 1.2.1 §2.2.3, the value the context gives; HeidelTime's news rule).
table('a timetable verb the tagger takes for a noun', [
  ['2015-07-08', 'Trading resumes Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'Trading resumes on Monday after the holiday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'Voting ends Sunday.', [['Sunday', 'DATE', '2015-07-12']]],
  ['2015-07-08', 'Play resumes on Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'The exchange said trading resumes Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'Shares of the bank fell. Trading resumes Monday, the exchange said.', [['Monday', 'DATE', '2015-07-13']]],
]);

// Must not fire: a compound noun subject whose clause has its own finite verb after the day.
table('a plural noun before a weekday, the verb after it', [
  ['2015-07-08', 'Trading volumes on Monday were low.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Sales figures Monday showed a drop.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Officials Monday confirmed the deaths.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Trading resumed Monday.', [['Monday', 'DATE', '2015-07-06']]],
]);

// parsers/ordinal-days.ts and tense.ts: the day an event is put off to lies ahead of the putting off, told from the
// time of writing, or from the narrative's year when the text tells of another (TimeML 1.2.1 §2.2.3, the value the
// context gives an underspecified date): 'until' as well as 'to', an active verb with its object between ("pushed the
// concert back to the 12th"), a reason after the day ("because of the floods").
table('a day an event is put off to', [
  ['2015-07-08', 'The game was pushed back to the 12th.', [['the 12th', 'DATE', '2015-07-12']]],
  ['2015-07-08', 'The hearing was postponed until the 20th.', [['the 20th', 'DATE', '2015-07-20']]],
  ['2015-07-08', 'Organizers pushed the concert back to the 12th.', [['the 12th', 'DATE', '2015-07-12']]],
  ['2015-07-08', 'The election has been pushed back to the 12th because of the floods.', [['the 12th', 'DATE', '2015-07-12']]],
  ['2015-07-08', 'The vote was postponed to the 5th.', [['the 5th', 'DATE', '2015-08-05']]],
  ['2015-07-08', 'The launch was pushed back to August 12.', [['August 12', 'DATE', '2015-08-12']]],
  ['2015-07-08', 'The launch was postponed until March.', [['March', 'DATE', '2016-03']]],
  ['2015-07-08', 'The company delayed the launch until September.', [['September', 'DATE', '2015-09']]],
  ['2015-02-08', 'The vote was brought forward to December.', [['December', 'DATE', '2015-12']]],
  ['2015-07-08', 'The meeting was postponed until Friday.', [['Friday', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'In 2009, the launch was postponed until March.', [['2009', 'DATE', '2009'], ['March', 'DATE', '2009-03']]],
]);

// Must not fire: the putting off speaks only for the words right after it; a place in a table; a move that is no putting off.
table('dates a putting off does not move', [
  ['2015-07-08', 'The vote was postponed until March after protests in February.', [['March', 'DATE', '2016-03'], ['February', 'DATE', '2015-02']]],
  ['2015-07-08', 'Ferrari was pushed back to the 3rd in the standings.', []],
  ['2015-07-08', 'The vote, first set for May 3, was moved to June 20.', [['May 3', 'DATE', '2015-05-03'], ['June 20', 'DATE', '2015-06-20']]],
  ['2015-07-08', 'The meeting was held on Friday.', [['Friday', 'DATE', '2015-07-03']]],
]);

// tense.ts: a present-tense verb before a date in its own clause gives the clause's tense, not a marker in a later
// clause after a comma or a bracket (as ordinal days had it since session 14, now every date): a timetable is this
// year's, not last year's; a climate in the present is every year's (TimeML 1.2.1 §2.2.3: the value the context
// gives; a generic month is XXXX-MM), not the year a past sentence named.
table("a present verb in the date's own clause", [
  ['2015-07-08', 'The company reports its results in September, analysts said.', [['September', 'DATE', '2015-09']]],
  ['2015-07-08', 'The festival opens in September, the organisers said on Monday.', [['September', 'DATE', '2015-09'], ['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'The airport was built in 1999. The monsoon arrives in July (flights can be cancelled then).', [['1999', 'DATE', '1999'], ['July', 'DATE', 'XXXX-07']]],
]);

// Must not fire: a past verb in the date's own clause; no verb of its own before the date.
table('a past clause, or a date before any verb of its own', [
  ['2015-07-08', 'Sales rose in September, the company said.', [['September', 'DATE', '2014-09']]],
  ['2015-07-08', 'In September, the company said, sales rose.', [['September', 'DATE', '2014-09']]],
]);

// anchoring.ts, resolve.ts (issue 18, known open item 'present-tense narration read as future'): a narrative told in
// the present, its year set by a time that opens a present-tense sentence ("In 1990 he moves to Paris", "It is
// 2003."), goes on in that year for later present and future clauses (TimeML 1.2.1 §2.2.3: the value the context gives;
// HeidelTime's narrative strategy, the reference time from the text), not the document's year.
table('a narrative told in the present', [
  ['2015-07-08', 'In 1990 he moves to Paris. In March he meets the painter who will change his life.', [['1990', 'DATE', '1990'], ['March', 'DATE', '1990-03']]],
  ['2015-07-08', 'It is 2003. In February, the army invades, and in April the capital falls.', [['2003', 'DATE', '2003'], ['February', 'DATE', '2003-02'], ['April', 'DATE', '2003-04']]],
]);

// Must not fire: a fronted year in a past clause does not make a later present clause part of its narrative.
table('a past year before a present clause', [
  ['2015-07-08', 'In 2012, sales rose. The new plant opens in September.', [['2012', 'DATE', '2012'], ['September', 'DATE', '2015-09']]],
  ['2015-07-08', 'The town was founded in 1835. The new market opens in July.', [['1835', 'DATE', '1835'], ['July', 'DATE', '2015-07']]],
]);

// stages/dates.ts: a sentence the tagger leaves without a verb, its verb read as a plural noun after a singular
// subject ("The season runs": "runs" as in "home runs"), is in the present: a timetable is not a past narrative's
// (the example anchoring.ts gives for a present clause after a past year).
table('a present verb the tagger reads as a plural noun', [
  ['2015-07-08', 'The town was founded in 1835. The season runs from October to April.', [['1835', 'DATE', '1835'], ['October', 'DATE', '2015-10'], ['April', 'DATE', '2016-04']]],
]);

// Must not fire: a sentence with a verb of its own keeps its tense.
table('a plural noun in a sentence with a verb', [
  ['2015-07-08', 'The town was founded in 1835. The bank loans to small firms rose in May.', [['1835', 'DATE', '1835'], ['May', 'DATE', '1835-05']]],
]);
