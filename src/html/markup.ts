import { escapeHtml } from './escape.js';
import type { Highlight } from './highlights.js';

/** A place in the text a link can jump to (an event's sentence), as an empty element with an id. */
export interface Anchor {
  at: number;
  id: string;
}

interface Piece extends Highlight {
  /** Not the highlight's first piece: it was split where it crosses another one. */
  continued: boolean;
}

/** Longer first at the same start, so that the longer one encloses the shorter. */
const order = (a: Piece, b: Piece): number => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind) || a.item - b.item;

function insertSorted(pieces: Piece[], from: number, piece: Piece): void {
  let j = from;
  while (j < pieces.length && order(pieces[j]!, piece) <= 0) j++;
  pieces.splice(j, 0, piece);
}

const open = (h: Piece): string =>
  `<mark class="hl ${h.kind}${h.classes ? ` ${h.classes}` : ''}${h.continued ? ' cont' : ''}" tabindex="0" data-kind="${h.kind}" data-item="${h.item}" data-tip="${escapeHtml(h.tip)}" aria-describedby="tip">`;

/**
 * The article text as HTML with every highlight as a `<mark>`, nested where one lies inside
 * another ("Russian President Vladimir Putin" around "Vladimir Putin"). A highlight that crosses
 * another's end is split in two pieces, the second marked `cont`, so the markup stays well
 * formed and both stay readable. The text between marks is escaped: nothing in it is markup.
 */
export function markUpText(text: string, highlights: readonly Highlight[], anchors: readonly Anchor[] = []): string {
  const pieces: Piece[] = highlights.filter((h) => h.end > h.start).map((h) => ({ ...h, continued: false })).sort(order);
  const points = [...anchors].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const out: string[] = [];
  const stack: Piece[] = [];
  let pos = 0;
  let nextAnchor = 0;
  /** Text up to `to`, with the anchors before it (and at it, when a mark opens there: the anchor goes first). */
  const textTo = (to: number, anchorsAtEnd: boolean) => {
    while (nextAnchor < points.length && (points[nextAnchor]!.at < to || (anchorsAtEnd && points[nextAnchor]!.at === to))) {
      const a = points[nextAnchor++]!;
      out.push(escapeHtml(text.slice(pos, Math.max(pos, a.at))), `<span class="anchor" id="${escapeHtml(a.id)}"></span>`);
      pos = Math.max(pos, a.at);
    }
    out.push(escapeHtml(text.slice(pos, to)));
    pos = to;
  };
  let i = 0;
  while (i < pieces.length || stack.length > 0) {
    const top = stack[stack.length - 1];
    const nextStart = pieces[i]?.start ?? Infinity;
    if (top && top.end <= nextStart) {
      textTo(top.end, false);
      out.push('</mark>');
      stack.pop();
      continue;
    }
    let piece = pieces[i++]!;
    textTo(piece.start, true);
    if (top && piece.end > top.end) {
      insertSorted(pieces, i, { ...piece, start: top.end, continued: true });
      piece = { ...piece, end: top.end };
    }
    out.push(open(piece));
    stack.push(piece);
  }
  textTo(text.length, true);
  return out.join('');
}
