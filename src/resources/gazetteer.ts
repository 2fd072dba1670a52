import type { PlaceKind } from '../types.js';

/** One GeoNames entry as the places stage sees it. */
export interface GazetteerEntry {
  geonamesId: number;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  /** GeoNames admin1 code, when known. */
  admin1?: string | null;
  featureCode: string;
  lat: number;
  lon: number;
  population: number;
}

/** Name → GeoNames entries, built from GeoNames-based data packages (see README). */
export interface Gazetteer {
  /** Every entry whose name or alternate name is `name` (case- and diacritic-insensitive). */
  lookup(name: string): GazetteerEntry[];
  /** The country entry for an ISO 3166-1 alpha-2 code. */
  country(code: string): GazetteerEntry | undefined;
  /** ISO code of the country a nationality adjective or demonym names ("Kyrgyz" → "KG"). */
  countryOfDemonym(word: string): string | undefined;
}

/** A gazetteer that knows nothing: what the places stage gets until the index is built. */
export const emptyGazetteer: Gazetteer = {
  lookup: () => [],
  country: () => undefined,
  countryOfDemonym: () => undefined,
};
