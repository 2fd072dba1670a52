/**
 * The floor `npm run bench:cli` times the CLI against: a plain loop of compromise over the same
 * JSON Lines batch, in a cold process of its own (`node compromise-loop.js batch.jsonl`).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import nlp from 'compromise';

let sentences = 0;
for await (const line of createInterface({ input: createReadStream(process.argv[2]!), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  sentences += nlp((JSON.parse(line) as { text: string }).text).length;
}
process.stdout.write(`${sentences}\n`);
