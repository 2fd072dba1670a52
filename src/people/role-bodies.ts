import type { Token } from './tokens.js';
import { joinable } from './runs.js';

/** Words that join a role to the body it is held at: "chief executive of", "an analyst at", "a spokeswoman for". */
const ROLE_LINKS = /^(?:of|at|for)$/;
/** Words inside a body's name between capitalized words: "University of Texas", "Institute for Fiscal Studies". */
const NAME_LINKS = /^(?:of|for|and|on|de)$/;
/** Lower-case words of an office's field after "of", at most: "professor of medicine at", "head of global research at". */
const MAX_FIELD = 3;

/** Whether `right` goes on the name `left` is in: joined, or over an owner's "'s" ("Alzheimer's Association"). */
const continues = (text: string, left: Token, right: Token): boolean =>
  right.capitalized && (joinable(text, left, right) || (left.possessive && left.sentence === right.sentence && /^['’]s? $/.test(text.slice(left.end, right.start))));

/**
 * The capitalized name of the body a role in an apposition is held at, named right after the role's last word (`end`):
 * "chief executive of Orvane Foods", "an analyst at Morningstar", "a spokeswoman for the State Department", "chief science
 * officer at the Alzheimer's Association", "a professor of medicine at Harvard Medical School" (the office's field in lower
 * case between). Token indices of the name, or null: "a teacher at a school in Leeds" names none.
 */
export function bodyAfterRole(tokens: readonly Token[], text: string, end: number): { first: number; last: number } | null {
  let k = end + 1;
  if (tokens[k]?.key === 'of' && tokens[k + 1] && !tokens[k + 1]!.capitalized && tokens[k + 1]!.key !== 'the') {
    let field = 0;
    for (k++; field < MAX_FIELD && tokens[k] && /^\p{Ll}+$/u.test(tokens[k]!.text) && !ROLE_LINKS.test(tokens[k]!.key) && joinable(text, tokens[k - 1]!, tokens[k]!); k++) field++;
    if (tokens[k]?.key === 'of') return null;
  }
  const link = tokens[k];
  if (!link || !ROLE_LINKS.test(link.key) || !joinable(text, tokens[k - 1]!, link)) return null;
  k++;
  if (tokens[k]?.key === 'the' && joinable(text, link, tokens[k]!)) k++;
  const first = tokens[k];
  if (!first?.capitalized || first.sentence !== link.sentence || !joinable(text, tokens[k - 1]!, first)) return null;
  let last = k;
  for (;;) {
    const next = tokens[last + 1];
    if (next && continues(text, tokens[last]!, next)) last++;
    else if (next && NAME_LINKS.test(next.key) && joinable(text, tokens[last]!, next) && tokens[last + 2] && continues(text, next, tokens[last + 2]!)) last += 2;
    else break;
  }
  return { first: k, last };
}
