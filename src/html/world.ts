import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from 'geojson';

/** A country outline in map units (equirectangular: x = longitude + 180, y = 90 − latitude), ready for an SVG path. */
export interface CountryShape {
  /** ISO 3166-1 alpha-2, or null for shapes without one (Kosovo, Northern Cyprus). */
  code: string | null;
  name: string;
  path: string;
  /** [minX, minY, maxX, maxY] in map units. */
  box: [number, number, number, number];
}

/** Map units of a longitude/latitude pair. */
export const project = (lon: number, lat: number): [number, number] => [lon + 180, 90 - lat];

const round = (n: number): number => Math.round(n * 10) / 10;

function ringPath(ring: Position[], box: CountryShape['box']): string {
  let d = '';
  let last = '';
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon!, lat!).map(round) as [number, number];
    const point = `${x} ${y}`;
    if (point === last) continue;
    d += (d === '' ? 'M' : 'L') + point;
    last = point;
    box[0] = Math.min(box[0], x);
    box[1] = Math.min(box[1], y);
    box[2] = Math.max(box[2], x);
    box[3] = Math.max(box[3], y);
  }
  return d + 'Z';
}

let shapes: CountryShape[] | undefined;

/**
 * Natural Earth's 1:110m countries (the world-atlas package), projected once a process and
 * kept: every page draws from the same shapes, so a batch pays the projection once.
 */
export function worldShapes(): CountryShape[] {
  if (shapes) return shapes;
  const require = createRequire(import.meta.url);
  // Loaded here, not at import: i18n-iso-countries takes ~170 ms to load, which only a map needs.
  const countries = require('i18n-iso-countries') as typeof import('i18n-iso-countries');
  const file = require.resolve('world-atlas/countries-110m.json');
  const topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  shapes = collection.features.map((f) => {
    const box: CountryShape['box'] = [Infinity, Infinity, -Infinity, -Infinity];
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    const path = polygons.flatMap((rings) => rings.map((ring) => ringPath(ring, box))).join('');
    const code = f.id === undefined ? null : (countries.numericToAlpha2(String(f.id)) ?? null);
    return { code, name: f.properties?.name ?? '', path, box };
  });
  return shapes;
}
