import type { Place } from '../types.js';
import { escapeHtml } from './escape.js';
import { placeValue } from './values.js';
import { project, worldShapes, type CountryShape } from './world.js';

/** Degrees of margin around the grounded places, and the smallest view, so a single city still shows its region. */
const MARGIN = 8;
const MIN_WIDTH = 40;
const MIN_HEIGHT = 24;

type Box = [number, number, number, number];

function viewAround(points: Array<[number, number]>): Box {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const grow = (lo: number, hi: number, min: number, limit: number): [number, number] => {
    const size = Math.max(hi - lo + 2 * MARGIN, min);
    const mid = (lo + hi) / 2;
    const from = Math.min(Math.max(mid - size / 2, 0), Math.max(limit - size, 0));
    return [from, Math.min(size, limit)];
  };
  const [x, w] = grow(x0, x1, MIN_WIDTH, 360);
  const [y, h] = grow(y0, y1, MIN_HEIGHT, 180);
  return [x, y, w, h];
}

const overlaps = (s: CountryShape, [x, y, w, h]: Box) => s.box[0] <= x + w && s.box[2] >= x && s.box[1] <= y + h && s.box[3] >= y;
const fixed = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A small offline map of the article's grounded places: the countries around them from Natural
 * Earth (world-atlas), the countries that places belong to shaded, each place a focusable dot
 * with its name and coordinates. Places without coordinates are listed under it.
 */
export function placesMap(places: readonly Place[]): string {
  const grounded = places.filter((p) => p.lat !== null && p.lon !== null);
  const ungrounded = places.filter((p) => p.lat === null || p.lon === null);
  const rest = ungrounded.length === 0 ? '' : `<p class="note">Not on the map (no coordinates): ${ungrounded.map((p) => escapeHtml(p.name)).join(', ')}.</p>`;
  if (grounded.length === 0) return `<section id="map"><h2>Places</h2><p>No grounded places.</p>${rest}</section>`;
  const points = grounded.map((p) => project(p.lon!, p.lat!));
  const view = viewAround(points);
  const ownCountries = new Set(grounded.map((p) => p.countryCode));
  const land = worldShapes()
    .filter((s) => overlaps(s, view))
    .map((s) => `<path class="${s.code !== null && ownCountries.has(s.code) ? 'land own' : 'land'}" d="${s.path}"><title>${escapeHtml(s.name)}</title></path>`);
  const radius = Math.max(view[2], view[3]) / 120;
  const dots = grounded.map((p, i) => {
    const [x, y] = points[i]!;
    const tip = `place: ${placeValue(p)}`;
    // Labels of dots in the right half go to their left, so that they stay inside the map.
    const left = x > view[0] + view[2] / 2;
    const label = `<text x="${fixed(left ? x - radius * 1.6 : x + radius * 1.6)}" y="${fixed(y + radius * 0.7)}" font-size="${fixed(radius * 2.2)}"${left ? ' text-anchor="end"' : ''}>${escapeHtml(p.name)}</text>`;
    return `<g class="dot" tabindex="0" data-place="${places.indexOf(p)}" data-tip="${escapeHtml(tip)}" aria-describedby="tip" role="img" aria-label="${escapeHtml(p.name)}"><circle cx="${fixed(x)}" cy="${fixed(y)}" r="${fixed(radius)}"/>${label}</g>`;
  });
  const box = view.map(fixed).join(' ');
  return [
    '<section id="map"><h2>Places on the map</h2>',
    `<svg class="map" viewBox="${box}" role="group" aria-label="map of ${grounded.length} grounded places" preserveAspectRatio="xMidYMid meet">`,
    `<rect class="sea" x="${fixed(view[0])}" y="${fixed(view[1])}" width="${fixed(view[2])}" height="${fixed(view[3])}"/>`,
    ...land,
    ...dots,
    '</svg>',
    '<p class="note">Outlines: Natural Earth 1:110m (public domain), equirectangular.</p>',
    rest,
    '</section>',
  ].join('');
}
