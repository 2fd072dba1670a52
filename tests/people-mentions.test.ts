import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

const { run, mentionsOf } = namesOn('2019-07-11');

describe('people: a full name read alike twice, and a surname that is also a place (issue 16, class 3)', () => {
  it('a name read twice whose first words the article writes in lower case is no one (review of 7ddaea6, item 7)', () => {
    const shuttle =
      'Space Shuttle Atlantis landed in Florida on Thursday. The space shuttle had flown 33 missions since 1985. Space Shuttle Atlantis will go to a museum.';
    expect(mentionsOf(shuttle, 'people').flat().filter((m) => m.startsWith('Space'))).toEqual([]);
    const cyclone =
      'Cyclone Phailin hit the coast of Odisha on Saturday. The cyclone forced a million people from their homes. Cyclone Phailin was the strongest storm in 14 years.';
    expect(mentionsOf(cyclone, 'people').flat().filter((m) => m.startsWith('Cyclone'))).toEqual([]);
  });

  it('a given name and a surname that is a city make a person, linked at the surname alone, but not after "to" or "in"', () => {
    const text =
      'Valeska Paris, an Australian woman and former Scientologist, says she was held on the ship. ' +
      'Paris was born in Switzerland. Paris claims she was first sent to the ship at 18. In 2007 she flew to Paris.';
    expect(mentionsOf(text, 'people')).toEqual([[at(text, 'Valeska Paris'), at(text, 'Paris', 1), at(text, 'Paris', 2)]]);
    expect(mentionsOf(text, 'places')).toContainEqual([at(text, 'Paris', 3)]);
  });

  it('a city never named as a person stays the city', () => {
    const text = 'Paris was calm on Monday. Thousands marched in Paris and Lyon.';
    expect(mentionsOf(text, 'people')).toEqual([]);
    expect(mentionsOf(text, 'places')[0]).toEqual([at(text, 'Paris', 0), at(text, 'Paris', 1)]);
  });

  it('a person whose surname is a city, and the city elsewhere: "in Lincoln" is the city', () => {
    const text = 'Mary Lincoln said the vote was fair. Lincoln added that turnout in Lincoln was high.';
    expect(mentionsOf(text, 'people')).toEqual([[at(text, 'Mary Lincoln'), at(text, 'Lincoln', 1)]]);
  });
});

describe('places: compromise\'s organization guess yields to the name tagger\'s place reading (issue 16, item 4)', () => {
  it('a town the tagger reads as a place at every mention is no organization where compromise guesses one', () => {
    const text = "Fort Lee is a small town in New Jersey. Fort Lee's Public School 4 runs a daily program for children. Many people work in Fort Lee.";
    expect(mentionsOf(text, 'organizations').flat()).not.toContain(at(text, 'Fort Lee', 1));
    expect(mentionsOf(text, 'places')[0]).toEqual([at(text, 'Fort Lee', 0), at(text, 'Fort Lee', 1), at(text, 'Fort Lee', 2)]);
  });
});

/** `name/kind@start,...` of every place, in output order. */
function placesOf(text: string): string[] {
  const article = run(text);
  return (article.places ?? []).map((p) => `${p.name}/${p.kind}@${p.mentions.map((m) => m.start).join(',')}`);
}

describe('places: settlements the text names by kind, and towns the tagger reads after a locative word (issue 16, class 7)', () => {
  it('"the village of X" that neither the gazetteer nor the tagger gives is a village, at each mention of the name alone', () => {
    const text = 'Police were called to the village of Bukhtarma on Sunday. Bukhtarma has about 300 people. The Bukhtarma Dam is nearby.';
    expect(placesOf(text)).toEqual([`Bukhtarma/village@${text.indexOf('Bukhtarma')},${text.indexOf('Bukhtarma has')}`]);
    expect(mentionsOf(text, 'people')).toEqual([]);
  });

  it('"the town of X" with a two-word name, kept whole', () => {
    const text = 'The storm hit the town of Bad Schandau on Monday.';
    expect(placesOf(text)).toEqual([`Bad Schandau/town@${text.indexOf('Bad Schandau')}`]);
  });

  it('a saint\'s abbreviation inside the name keeps it whole', () => {
    const text = 'He grew up in the village of Clyst St. Mary, near Exeter.';
    expect(placesOf(text)[0]).toBe(`Clyst St. Mary/village@${text.indexOf('Clyst')}`);
  });

  it('no settlement for a people after "a town of" or a demonym after "the city of" (review of 7ddaea6, item 3)', () => {
    const cases: Array<[string, string]> = [
      ['The army shelled a town of Syrian refugees near the border. Syrian officials denied the report, and the Syrian government said nothing.', 'Syrian'],
      ['Milwaukee was once a city of German immigrants. German beer halls lined the streets, and German was spoken in its schools.', 'German'],
      ['It is a town of Russian speakers. Russian newspapers are sold there.', 'Russian'],
      ['Soldiers entered a village of Palestinian farmers. Palestinian officials protested.', 'Palestinian'],
      ['It was a village of Kurds. Kurds in the area fled, and many Kurds never returned.', 'Kurds'],
      ['Lancaster County has a hamlet of Amish farmers. Amish families sell quilts there.', 'Amish'],
      ['Butte grew into a town of Mormons and miners. Mormons built the first church.', 'Mormons'],
      ['Boston became the city of Irish immigrants. Irish pubs opened on every street.', 'Irish'],
      ['The county is a hamlet of Amish farmers. Amish families sell quilts at the market.', 'Amish'],
      ['Paris, the city of Light, welcomed the athletes. Light rain fell on the opening ceremony.', 'Light'],
    ];
    for (const [text, people] of cases) expect(placesOf(text).filter((p) => p.startsWith(`${people}/`)), text).toEqual([]);
  });

  it('a day\'s name after the settlement\'s name is not part of it (review of 7ddaea6, item 9)', () => {
    const flint = 'Officials in the city of Flint Tuesday said the water was safe.';
    expect(placesOf(flint).map((p) => p.split('/')[0])).toEqual(['Flint']);
    const chicago = 'A lawyer said the city of Chicago Monday would appeal the ruling.';
    expect(placesOf(chicago).map((p) => p.split('/')[0])).toEqual(['Chicago']);
    const village = 'Officials in the village of Bukhtarma Tuesday said the dam held.';
    expect(placesOf(village)).toEqual([`Bukhtarma/village@${village.indexOf('Bukhtarma')}`]);
  });

  it('no settlement in a longer name after "city of", nor a place for a firm after "in"', () => {
    expect(placesOf('The city of London Corporation said it would act.')).toEqual([]);
    expect(placesOf('Shares in Apple rose.')).toEqual([]);
  });
});

describe('people: a lone surname after "to" or "from" is the person unless a verb of travel governs it (review of 7ddaea6, item 2)', () => {
  /** Text, the full name, and how many lone mentions of its surname follow it (all the person's). */
  const people: Array<[string, string, string, number]> = [
    [
      'Lewis Hamilton won the British Grand Prix on Sunday. Max Verstappen finished 12 seconds behind, and the title lead passed to Hamilton. ' +
        "Congratulations poured in from Hamilton's rivals, and a message from Hamilton thanked the team.",
      'Lewis Hamilton',
      'Hamilton',
      3,
    ],
    ['Denzel Washington received a lifetime achievement award on Saturday. The award was presented to Washington by Spike Lee. Washington thanked his wife.', 'Denzel Washington', 'Washington', 2],
    [
      "Defense Secretary Lloyd Austin met NATO ministers in Brussels on Thursday. Ukraine's defense minister handed a list of requests to Austin. A memo from Austin ordered a review of the strike.",
      'Lloyd Austin',
      'Austin',
      2,
    ],
    [
      'Lamar Jackson threw for 300 yards as the Ravens beat the Steelers 28-14. Zay Flowers caught a 40-yard pass from Jackson in the third quarter. The ball went to Jackson on the final drive.',
      'Lamar Jackson',
      'Jackson',
      2,
    ],
    ['Jordan Henderson captained England on Saturday. Gareth Southgate handed the armband to Henderson again. A cross from Henderson led to the opening goal.', 'Jordan Henderson', 'Henderson', 2],
    ['Jesse Jackson led a march in Chicago. Tributes to Jackson poured in from civil rights leaders.', 'Jesse Jackson', 'Jackson', 1],
    ['Senator Elizabeth Warren questioned the nominee. Questions from Warren went unanswered, and a reply to Warren was promised.', 'Elizabeth Warren', 'Warren', 2],
    ['Attorney General Merrick Garland testified on Tuesday. Republicans sent a letter to Garland demanding the files.', 'Merrick Garland', 'Garland', 1],
  ];
  it.each(people)('%s', (text, full, surname, lone) => {
    const expected = [at(text, full), ...Array.from({ length: lone }, (_, n) => at(text, surname, n + 1))];
    expect(mentionsOf(text, 'people')).toContainEqual(expected);
  });

  it('a place after a verb of travel and "to" or "from" is the place, though a person has its name', () => {
    const paris =
      'Kevin Paris was charged with fraud on Monday. Paris denied the charges. Prosecutors said Paris had flown to Paris in 2019 to open a bank account. He later moved from Paris to Geneva.';
    expect(mentionsOf(paris, 'people')).toEqual([[at(paris, 'Kevin Paris'), at(paris, 'Paris', 1), at(paris, 'Paris', 2)]]);
    expect(mentionsOf(paris, 'places').flat()).toEqual(expect.arrayContaining([at(paris, 'Paris', 3), at(paris, 'Paris', 4)]));
    const sydney = 'Sydney Leroux scored twice for Orlando Pride. Leroux said she was proud. Sydney Leroux moved back to Sydney in 2023.';
    expect(mentionsOf(sydney, 'people').flat()).not.toContain(at(sydney, 'Sydney', 2));
    expect(mentionsOf(sydney, 'places').flat()).toContain(at(sydney, 'Sydney', 2));
  });
});
