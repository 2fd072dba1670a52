import nlp from 'compromise';

/**
 * `npm run bench`'s floor where the pipeline runs, in a worker thread: compromise alone on one
 * article. Only the number of sentences goes back, so that no copying is timed.
 */
export default function compromiseAlone(text: string): number {
  return nlp(text).length;
}
