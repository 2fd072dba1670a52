import { describe, expect, it } from 'vitest';
import { organizationTables } from './helpers/names.js';

const { orgMentions, findsEach, findsNone } = organizationTables('2026-12-07');

// The lead's findings of session 19 (fix round) and sentences of the same kind written for them.
describe("money raised in a firm's offering, and a funding round's lead investor (N3)", () => {
  findsEach([
    ['Klarna raised $1.37 billion in its initial public offering on Wednesday.', 'Klarna'],
    ['Veltrona raises $40 million in a funding round as demand for chips grows.', 'Veltrona'],
    ['Klarna had been valued at $45.6 billion in a private funding round led by SoftBank in 2021.', 'SoftBank'],
    ['The startup closed a $20 million seed round led by Sequoia on Tuesday.', 'Sequoia'],
  ]);
  findsNone(['Harris raised $1 billion for her campaign in three months.', 'The company raised prices on Tuesday.']);
});
