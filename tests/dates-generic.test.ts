import { table } from './helpers/dates.js';

// generic-months.ts: a bare month or season in a present-tense sentence about the climate says what every
// such month is like, no particular one (TimeML 1.2.1 §2.2.3: a generic expression leaves the unknown year
// as X, "XXXX-01"; a season "XXXX-SU").
table('months and seasons of the climate, told in the present', [
  ['2015-08-05', 'The daytime temperature varies; in January, it is about 24°C (75°F) and in June, about 35°C (95°F).', [['January', 'DATE', 'XXXX-01'], ['June', 'DATE', 'XXXX-06']]],
  ['2015-08-05', 'Temperatures in January average 5°C.', [['January', 'DATE', 'XXXX-01']]],
  ['2015-08-05', 'In summer, temperatures reach 40 degrees.', [['summer', 'DATE', 'XXXX-SU']]],
  ['2015-08-05', 'Average temperatures in August are 30 degrees.', [['August', 'DATE', 'XXXX-08']]],
  ['2015-08-05', 'In July, the humidity is unbearable.', [['July', 'DATE', 'XXXX-07']]],
  ['2012-05-10', 'The town was founded in 1835. The monsoon occurs in July.', [['1835', 'DATE', '1835'], ['July', 'DATE', 'XXXX-07']]],
  // An adverb of frequency makes the clause habitual (tense.ts), capitalized when it opens the sentence before a comma.
  ['2015-08-05', 'Generally, the sea is calmest in May.', [['May', 'DATE', 'XXXX-05']]],
  ['2015-08-05', 'Storms usually come in July.', [['July', 'DATE', 'XXXX-07']]],
]);

// tense.ts HABITUAL_BEFORE_PRESENT: "always", "rarely", "seldom" right before a present-tense verb tell a habit, no
// particular month (TimeML 1.2.1 §2.2.3, generic "XXXX-12"); a relative clause's adverb speaks only for its clause.
table('always, rarely, seldom before a present tense', [
  ['2015-07-08', 'Sales always rise in December.', [['December', 'DATE', 'XXXX-12']]],
  ['2015-07-08', 'In December, retail sales always rise.', [['December', 'DATE', 'XXXX-12']]],
  ['2015-07-08', 'Prices rarely fall in January, analysts said on Monday.', [['January', 'DATE', 'XXXX-01'], ['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'The index seldom moves much in August.', [['August', 'DATE', 'XXXX-08']]],
  ['2015-07-08', 'On Tuesday, the bank, which often cuts rates in June, held them steady.', [['Tuesday', 'DATE', '2015-07-07'], ['June', 'DATE', 'XXXX-06']]],
  // Review of 88f27fe, item 2: the habit comes before the timetable present of "expires", "takes effect".
  ['2015-07-08', 'The offer always expires in March.', [['March', 'DATE', 'XXXX-03']]],
  ['2015-07-08', 'The annual budget usually takes effect in April.', [['April', 'DATE', 'XXXX-04']]],
  ['2015-07-08', 'Such contracts rarely expire in January.', [['January', 'DATE', 'XXXX-01']]],
  // Review of 88f27fe, item 3: "never" before a present-tense verb is a habit too.
  ['2015-07-08', 'We never go there in August.', [['August', 'DATE', 'XXXX-08']]],
  ['2015-07-08', 'The bank never cuts rates in December, analysts said.', [['December', 'DATE', 'XXXX-12']]],
]);

// Must not fire: an adverb of frequency inside a relative clause, before an adjective or participle, or in another
// clause than the date's leaves the date's past clause its day or year (tense.ts HABITUAL).
table('adverbs of frequency that are not about the date', [
  ['2026-03-05', 'On Tuesday, the company, which rarely comments on market rumors, said it was in talks with Pfizer.', [['Tuesday', 'DATE', '2026-03-03']]],
  ['2026-03-05', 'On Monday, Smith, who has always denied wrongdoing, was convicted of fraud.', [['Monday', 'DATE', '2026-03-02']]],
  ['2026-03-09', 'On Friday, Jones, always a crowd favourite, won the final in straight sets.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-09', 'On Sunday, the generally accepted view was challenged by a new study.', [['Sunday', 'DATE', '2026-03-08']]],
  ['2026-05-05', 'In March, the generally cautious central bank raised rates by half a point.', [['March', 'DATE', '2026-03']]],
  ['2026-05-05', 'In January, rarely seen footage of the leader was broadcast on state television.', [['January', 'DATE', '2026-01']]],
  ['2026-05-05', 'In February, seldom-used powers were invoked to end the strike.', [['February', 'DATE', '2026-02']]],
  ['2026-09-05', 'The president seldom travels abroad, but in June he visited China.', [['June', 'DATE', '2026-06']]],
  ['2026-09-05', 'Usually reliable sources said on Monday that talks had failed.', [['Monday', 'DATE', '2026-08-31']]],
  ['2015-07-08', 'On Tuesday, the company, which usually declines to comment, said it would cut jobs.', [['Tuesday', 'DATE', '2015-07-07']]],
  ['2015-07-08', 'On Tuesday, the company, which rarely comments, said it would cut 500 jobs.', [['Tuesday', 'DATE', '2015-07-07']]],
  ['2015-07-08', 'The always reliable index fell in March.', [['March', 'DATE', '2015-03']]],
  ['2015-07-08', 'We always knew the vote would come in September.', [['September', 'DATE', '2015-09']]],
  ['2015-07-08', 'The team seldom loses at home, but on Saturday it fell to Chelsea.', [['Saturday', 'DATE', '2015-07-04']]],
  ['2015-07-08', 'Analysts say the bank can always cut rates again in December.', [['December', 'DATE', '2015-12']]],
  ['2015-07-08', 'She never returned in August.', [['August', 'DATE', '2014-08']]],
]);

// Must not fire: the weather of one year (past, future, forecast, record, "this") and present-tense news
// about a coming month keep their year.
table('the weather of one year, and scheduled months, keep their year', [
  ['2019-07-11', 'Temperatures fell to -20°C in January.', [['January', 'DATE', '2019-01']]],
  ['2019-07-11', 'Temperatures will reach 40°C in August.', [['August', 'DATE', '2019-08']]],
  ['2019-07-11', 'Forecasters expect temperatures of 40°C in August.', [['August', 'DATE', '2019-08']]],
  ['2019-07-11', 'January was the coldest month on record, at -20°C.', [['January', 'DATE', '2019-01']]],
  ['2019-07-11', 'This summer temperatures are 3 degrees above normal.', [['This summer', 'DATE', '2019-SU']]],
  ['2019-07-11', 'The new law takes effect in September.', [['September', 'DATE', '2019-09']]],
  ['2019-07-11', 'The company reports results in August.', [['August', 'DATE', '2019-08']]],
  ['2019-07-11', 'Generally, sales rose in March.', [['March', 'DATE', '2019-03']]],
  ['2019-07-11', 'Sales of air conditioners rose 20% in June as temperatures hit 35°C.', [['June', 'DATE', '2019-06']]],
]);

// Must not fire: "climate" that is not the weather ("the political climate", "the climate conference") and "degrees"
// that are no temperature leave present-tense news about a coming month with its year.
table('climate and degrees that are not the weather', [
  ['2026-03-05', 'The political climate is tense ahead of elections in October.', [['October', 'DATE', '2026-10']]],
  ['2026-03-05', 'The investment climate remains weak, and the central bank meets in April.', [['April', 'DATE', '2026-04']]],
  ['2026-03-05', 'The climate conference is in December, and ministers meet in Paris in June to prepare.', [['December', 'DATE', '2026-12'], ['June', 'DATE', '2026-06']]],
  ['2026-03-05', 'The Senate votes on the climate bill in April, aides say.', [['April', 'DATE', '2026-04']]],
  ['2026-03-05', 'The climate minister is in Washington in April.', [['April', 'DATE', '2026-04']]],
  ['2026-03-05', "The firm's climate pledge, a key issue at the shareholder meeting in June, is under review.", [['June', 'DATE', '2026-06']]],
  ['2026-03-05', 'The company, which makes climate control systems for cars, reports earnings in May.', [['May', 'DATE', '2026-05']]],
  ['2026-03-05', 'Graduates receive their degrees in June at a ceremony in the stadium.', [['June', 'DATE', '2026-06']]],
  ['2026-03-05', 'The university awards 3,000 degrees in June.', [['June', 'DATE', '2026-06']]],
]);

// periods.ts: plural seasons are some or all such seasons, none in particular (§2.2.3, "XXXX-SU").
table('plural seasons', [
  ['2015-08-05', 'Summers can be very warm and the winters are mild.', [['Summers', 'DATE', 'XXXX-SU'], ['the winters', 'DATE', 'XXXX-WI']]],
  ['2015-08-05', 'The winters are considered to be very mild.', [['The winters', 'DATE', 'XXXX-WI']]],
  ['2015-08-05', 'Hot summers and cold winters are common here.', [['summers', 'DATE', 'XXXX-SU'], ['winters', 'DATE', 'XXXX-WI']]],
]);

// Must not fire: a name ("Larry Summers", "Mr. Winters", a sentence-opening "Summers said") and a count of seasons.
table('plural seasons that are names or counts', [
  ['2015-08-05', 'Former Treasury Secretary Larry Summers warned of inflation.', []],
  ['2015-08-05', 'Summers said the Fed should wait.', []],
  ['2015-08-05', 'Mr. Winters was arrested.', []],
  ['2015-08-05', 'The Winters family sued.', []],
  ['2015-08-05', 'He spent several winters there.', []],
  ['2026-03-05', 'Summers on Tuesday urged the Fed to raise rates.', [['Tuesday', 'DATE', '2026-03-03']]],
  ['2026-03-05', 'Summers, the former Treasury secretary, said inflation would fall.', []],
  ['2026-03-05', 'Last summer\'s floods followed two dry winters.', [['Last summer', 'DATE', '2025-SU']]],
  ['2026-03-05', 'The Winter Olympics open in Milan next February.', [['next February', 'DATE', '2027-02']]],
]);

table('plural seasons in ordinary sentences', [
  ['2026-03-05', 'Summers are short in the north.', [['Summers', 'DATE', 'XXXX-SU']]],
  ['2026-03-05', 'Winters in Moscow can be brutal.', [['Winters', 'DATE', 'XXXX-WI']]],
  ['2026-03-05', 'Mild winters have let the beetles spread.', [['winters', 'DATE', 'XXXX-WI']]],
]);

// Must not fire either: a report of this month's weather against the normal or a record, and a meeting about the climate.
table('a report of one month, and news about the climate, keep their year', [
  ['2019-07-11', 'Temperatures in the region are 5 degrees above normal for January.', [['January', 'DATE', '2019-01']]],
  ['2019-07-11', 'Temperatures in June are the highest since 1880.', [['June', 'DATE', '2019-06'], ['1880', 'DATE', '1880']]],
  ['2019-07-11', 'The climate summit opens in December.', [['December', 'DATE', '2019-12']]],
  // Climate words in another clause say nothing of the month's.
  ['2019-07-11', 'The Fed meets in September as temperatures soar.', [['September', 'DATE', '2019-09']]],
]);

// Review 2, item 4: weather words in a coordinated clause ("…, and the humidity is …") say nothing of the other
// clause's month; a past verb in the month's clause ("rainfall in January hurt") or a comparison ("double the
// average") make it one year's; a freezing January described in the present is every January's.
table('climate words in another coordinated clause, a past verb, a comparison', [
  ['2026-03-05', 'The monsoon is late, and farmers are waiting to plant in June.', [['June', 'DATE', '2026-06']]],
  ['2026-03-05', 'The trial resumes in April, and temperatures in the courtroom are high.', [['April', 'DATE', '2026-04']]],
  ['2026-03-05', 'The election is in November, and the humidity is a concern for outdoor rallies.', [['November', 'DATE', '2026-11']]],
  ['2026-03-05', 'The company says rainfall in January hurt its coffee harvest.', [['January', 'DATE', '2026-01']]],
  // "shut" is its own past tense in compromise's conjugation table, as "hurt" is: one January's snow.
  ['2026-03-05', 'Officials say snowfall in January shut dozens of schools.', [['January', 'DATE', '2026-01']]],
  // A present tense after it is every January's.
  ['2026-03-05', 'Rainfall in January rarely tops 20 millimetres.', [['January', 'DATE', 'XXXX-01']]],
  ['2026-03-05', 'Rainfall in January is double the average, flooding hundreds of homes.', [['January', 'DATE', '2026-01']]],
  ['2026-03-05', 'In January, temperatures are below freezing and the lake freezes over.', [['January', 'DATE', 'XXXX-01']]],
]);
