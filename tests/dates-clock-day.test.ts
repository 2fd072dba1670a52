import { table } from './helpers/dates.js';

// chrono.ts: a clock time that opens a sentence after a date is read with the rest of its sentence, so it takes
// the day it names (§2.2.1: a time and the day it is on are one TIME), not the day the sentence before told of.
// DCT 2016-09-05 is a Monday.
table('a clock time opening a sentence takes the day its sentence names', [
  ['2016-09-05', 'The ship left on March 3. At 2:30 a.m. on March 5 it sank. The next day rescuers arrived.',
    [['March 3', 'DATE', '2016-03-03'], ['2:30 a.m. on March 5', 'TIME', '2016-03-05T02:30'], ['The next day', 'DATE', '2016-03-06']]],
  ['2016-09-05', 'He arrived on Tuesday. At 4 p.m. on Wednesday he left.', [['Tuesday', 'DATE', '2016-08-30'], ['4 p.m. on Wednesday', 'TIME', '2016-08-31T16:00']]],
  // Without a day of its own, it is on the day of its passage.
  ['2016-09-05', 'He arrived on Tuesday. At 4 p.m. he left.', [['Tuesday', 'DATE', '2016-08-30'], ['4 p.m.', 'TIME', '2016-08-30T16:00']]],
  ['2016-09-05', 'The vote was on May 3. At 2:30 the ship sank.', [['May 3', 'DATE', '2016-05-03'], ['2:30', 'TIME', '2016-05-03T02:30']]],
  // A bare hour stays out, whatever follows it in the sentence.
  ['2016-09-05', 'Talks ended on Tuesday. At 4 the vote began on a new bill.', [['Tuesday', 'DATE', '2016-08-30']]],
]);
