import type { Stage } from '../pipeline/stage.js';
import { readStage } from './read.js';
import { segmentStage } from './segment.js';
import { datesStage } from './dates.js';
import { moneyStage } from './money.js';
import { peopleStage } from './people.js';
import { placesStage } from './places.js';
import { eventsStage } from './events.js';

/**
 * Every stage the pipeline knows, in the default order:
 * dates and money before people and places (numbers are never names);
 * people before places (a person's name is not a town); events last (they use everything).
 */
export const allStages: readonly Stage[] = [
  readStage,
  segmentStage,
  datesStage,
  moneyStage,
  peopleStage,
  placesStage,
  eventsStage,
];

export const stageIds: readonly string[] = allStages.map((s) => s.id);

export function stageById(id: string): Stage | undefined {
  return allStages.find((s) => s.id === id);
}
