import { describe } from 'vitest';
import { organizationTables } from './helpers/names.js';

const { findsEach, findsNone, groupsAre } = organizationTables('2026-12-08');

// The lead's findings of session 21 (fix round) and sentences of the same kind written for them.
describe('a company called by its name without its kind words, or by the place word its name begins with (O1, O2)', () => {
  groupsAre([
    [
      "Alaska Air Group agreed on Monday to buy regional carrier Sun Country Airlines. Alaska will pay $19.50 a share, a 38% premium to Sun Country's closing price. Sun Country, based in Minneapolis, flew 4.3 million passengers last year.",
      [
        ['Alaska Air Group', 'Alaska'],
        ['Sun Country Airlines', 'Sun Country', 'Sun Country'],
      ],
    ],
    ['Norvik Star Airways cancelled 40 flights on Friday. Norvik Star said the storm had grounded its fleet.', [['Norvik Star Airways', 'Norvik Star']]],
    ["Varro Peak Foods recalled 12,000 pounds of beef on Tuesday. Varro Peak's shares fell 3%.", [['Varro Peak Foods', 'Varro Peak']]],
    ['Denver Mining Corp said output rose 8% in the quarter. Denver Chief Executive Ann Cole said prices would hold.', [['Denver Mining Corp', 'Denver']]],
    // Not the company where the text means the place, nor a place's officer, nor a person a foundation is named after.
    ['Alaska Air Group added ten daily flights to Alaska on Monday.', [['Alaska Air Group']]],
    ["Alaska Air Group cut fares on Monday. Alaska's governor welcomed the move.", [['Alaska Air Group']]],
    ['The New York Times reported the deal on Monday. New York officials declined to comment.', [['New York Times']]],
  ]);
});

describe("a transfer's seller and buyer, and the club a player plays for, are clubs though named like cities (O2)", () => {
  findsEach([
    ['Newcastle United agreed to sell striker Alexander Isak to Liverpool for 125 million pounds on Thursday.', 'Liverpool'],
    ['Brentwick Rovers agreed to sell winger Tom Hale to Leeds for 20 million pounds.', 'Leeds'],
    ['The Sweden international refused to play for Newcastle after the club rejected a bid of 110 million pounds.', 'Newcastle'],
  ]);
  findsNone(['He sold his house in Leeds to a developer in May.', 'She moved to Newcastle to study law in 2019.']);
});
