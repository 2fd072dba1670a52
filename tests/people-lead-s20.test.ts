import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people'] }, stageIds));
const roles = (text: string): Array<[string, string | null]> =>
  (pipeline.process({ id: 't', source: 't', text, date: '2025-04-14' }).people ?? []).map((p) => [p.name, p.role]);

// roles.ts resolveRoles (finding N5): a word of another person's name is no role for the name beside it ("Ben Hogan, Gary
// Player, Jack Nicklaus": "Player" was the role of both neighbours). Sentences written for this test.
describe("s20: a word of another person's name is no role", () => {
  it('a list of names', () => {
    expect(roles('He became the sixth man to win all four majors, after Gene Sarazen, Ben Hogan, Gary Player, Jack Nicklaus and Tiger Woods.')).toEqual([
      ['Gene Sarazen', null], ['Ben Hogan', null], ['Gary Player', null], ['Jack Nicklaus', null], ['Tiger Woods', null],
    ]);
  });

  it('must not fire: a title before a name and a role in an apposition stay', () => {
    expect(roles('The champion was watched by coach John Smith.')).toEqual([['John Smith', 'Coach']]);
    expect(roles('Ben Hogan, a former champion, watched from the clubhouse with Gary Player, the club president.')).toEqual([
      ['Ben Hogan', 'Champion'], ['Gary Player', 'President'],
    ]);
  });
});

// roles.ts withoutStyle (finding N9): a royal or noble style after an office is how the name is styled, not part of the
// role ("Energy Minister Prince Abdulaziz bin Salman" had the role "Energy Minister Prince"); alone it is the role.
describe('s20: a noble style after an office', () => {
  it('the office is the role', () => {
    expect(roles('Energy Minister Prince Abdulaziz bin Salman said output would rise.')).toEqual([['Abdulaziz bin Salman', 'Energy Minister']]);
    expect(roles('Foreign Minister Sheikh Abdullah bin Zayed said talks would resume.')).toEqual([['Abdullah bin Zayed', 'Foreign Minister']]);
  });

  it('must not fire: a style alone is the role', () => {
    expect(roles('Prince Faisal bin Farhan said talks would resume.')).toEqual([['Faisal bin Farhan', 'Prince']]);
  });
});
