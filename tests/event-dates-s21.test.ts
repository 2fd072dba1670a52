import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 21 (issue 17, time): which date each event of a sentence takes, through the whole pipeline. Sentences written
 * for these tests, in the style of news, of kinds sessions 18 to 20 did not write (an obituary, a court appeal, a season
 * review, a company history, an election night, a storm's timeline, a strike, a museum's reopening); the document date
 * is Friday 12 March 2021.
 */
dated('s21: a statement with a thing said for object takes the day after it', [
  ['The governor declared a state of emergency on Tuesday evening.', 'declared', '2021-03-09TEV'],
  ['Flooding closed the main highway on Tuesday, and the governor declared a state of emergency that evening.', 'declared', '2021-03-09TEV'],
  ['Cole declared victory on Tuesday.', 'declared', '2021-03-09'],
  ['The senator denied the charges on Wednesday.', 'denied', '2021-03-10'],
]);

// Must not fire: what is said in a clause keeps its own date.
dated("s21: a statement's content keeps its date", [
  ['The senator denied that she met the lobbyist on Wednesday.', 'denied', DCT],
]);

dated('s21: a verb that opens its own phrase before a date keeps it from the verb before', [
  ['Striker Joe Park scored 22 goals, breaking the club record set in 1998.', 'breaking', DCT],
  ['Police arrested a man wanted for a robbery in 2019.', 'arrested', DCT],
]);

// Must not fire: the phrase's own verb keeps the date, and a gerund right after its verb shares it.
dated('s21: the date of the phrase that ends with it', [
  ['Striker Joe Park scored 22 goals, breaking the club record set in 1998.', 'set', '1998'],
  ['The company began making radios in 1921.', 'began', '1921'],
]);

// Neither takes the other side's date: each is the day's news, with no date of its own.
dated('s21: "but" keeps two happenings apart', [
  ['The Hawks won 11 of their first 14 games but lost seven in a row in February.', 'won', DCT],
  ['The museum was due to reopen last spring, but work stopped when the pandemic began.', 'stopped', DCT],
]);

// Must not fire: a date that opens the sentence reaches both sides, and each side keeps its own.
dated('s21: a date on both sides of "but"', [
  ['On Monday, shares rose but bonds fell.', 'fell', '2021-03-08'],
  ['Shares rose on Monday but fell on Tuesday.', 'fell', '2021-03-09'],
  ['The museum was due to reopen last spring, but work stopped when the pandemic began.', 'reopen', '2020-SP'],
]);

dated('s21: a date that ends a span over is not when it happened', [
  ['She taught at Columbia until 1995.', 'taught', null],
  ['She won the National Book Award in 1974 and taught at Columbia until 1995.', 'taught', null],
]);

// Must not fire: a negation makes "until" the time it happened; a span still running is the day's; the verb before keeps its own.
dated('s21: "until" that dates the event', [
  ['The plant did not reopen until May.', 'reopen', '2020-05'],
  ['She won the National Book Award in 1974 and taught at Columbia until 1995.', 'won', '1974'],
  ['The bridge is closed until April.', 'is', DCT],
]);
