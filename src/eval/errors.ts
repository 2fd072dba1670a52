/** A problem with what the eval command was given (corpus, gold overlay, options): the CLI prints it in one line and exits 2. */
export class EvalInputError extends Error {
  override name = 'EvalInputError';
}
