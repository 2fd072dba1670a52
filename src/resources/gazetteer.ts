import type { PlaceKind } from '../types.js';

/** One GeoNames entry as the places stage sees it. */
export interface GazetteerEntry {
  /** GeoNames id; null for the few regions GeoNames data packages do not carry ("Central Asia"). */
  geonamesId: number | null;
  name: string;
  kind: PlaceKind;
  countryCode: string | null;
  /** GeoNames admin1 code, when known. */
  admin1?: string | null;
  /** GeoNames feature code: PPLC, PPLA, PPL, ADM1, PCLI, CONT, RGN. */
  featureCode: string;
  lat: number | null;
  lon: number | null;
  /** Population from GeoNames; 0 when the source has none (countries, regions). */
  population: number;
}

/** One entry a name reaches, and whether only an abbreviation reaches it ("US" → United States). */
export interface GazetteerHit {
  entry: GazetteerEntry;
  /** The text must be in capitals to mean this entry ("US", not "Us"). */
  abbreviation: boolean;
}

/** What the gazetteer knows about one name. */
export interface NameMatch {
  /** The normalized lookup key ("saint petersburg"). */
  key: string;
  hits: GazetteerHit[];
  /** The name is also an English word ("Reading", "Bath", "Of"): capitals alone are weak evidence. */
  commonWord: boolean;
  /** The name is also a first name ("Jordan", "Florence"). */
  firstName: boolean;
}

/** Name → GeoNames entries, built from GeoNames-based data packages (see README). */
export interface Gazetteer {
  /** Every entry whose name or alternate name is `name` (case- and diacritic-insensitive). */
  lookup(name: string): GazetteerEntry[];
  /** The entries of `name` with what else the name can be, or undefined when no place has it. */
  match(name: string): NameMatch | undefined;
  /** The country entry for an ISO 3166-1 alpha-2 code. */
  country(code: string): GazetteerEntry | undefined;
  /** ISO code of the country a nationality adjective or demonym names ("Kyrgyz" → "KG", "Russians" → "RU"). */
  countryOfDemonym(word: string): string | undefined;
}

/** A gazetteer that knows nothing: for pipelines that run no places stage. */
export const emptyGazetteer: Gazetteer = {
  lookup: () => [],
  match: () => undefined,
  country: () => undefined,
  countryOfDemonym: () => undefined,
};
