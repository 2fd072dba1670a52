import { describe } from 'vitest';
import { organizationTables } from './helpers/names.js';

const { findsEach, findsNone } = organizationTables('2026-12-08');

// The lead's findings of session 21 (fix round) and sentences of the same kind written for them.
describe("a transfer's seller and buyer, and the club a player plays for, are clubs though named like cities (O2)", () => {
  findsEach([
    ['Newcastle United agreed to sell striker Alexander Isak to Liverpool for 125 million pounds on Thursday.', 'Liverpool'],
    ['Brentwick Rovers agreed to sell winger Tom Hale to Leeds for 20 million pounds.', 'Leeds'],
    ['The Sweden international refused to play for Newcastle after the club rejected a bid of 110 million pounds.', 'Newcastle'],
  ]);
  findsNone(['He sold his house in Leeds to a developer in May.', 'She moved to Newcastle to study law in 2019.']);
});
