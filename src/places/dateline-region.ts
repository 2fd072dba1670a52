import type { Article } from '../types.js';
import type { Gazetteer, GazetteerEntry } from '../resources/gazetteer.js';

/**
 * The abbreviations of US states in datelines, as the AP Stylebook writes them ("AUGUSTA, Ga.", "ST. PETERSBURG,
 * Fla."), with each state's postal code, which GeoNames uses as the state's admin1 code. The eight states AP spells out
 * (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are found by name in the gazetteer.
 */
const AP_STATES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'Ala.': 'AL', 'Ariz.': 'AZ', 'Ark.': 'AR', 'Calif.': 'CA', 'Colo.': 'CO', 'Conn.': 'CT', 'Del.': 'DE', 'Fla.': 'FL',
    'Ga.': 'GA', 'Ill.': 'IL', 'Ind.': 'IN', 'Kan.': 'KS', 'Ky.': 'KY', 'La.': 'LA', 'Md.': 'MD', 'Mass.': 'MA',
    'Mich.': 'MI', 'Minn.': 'MN', 'Miss.': 'MS', 'Mo.': 'MO', 'Mont.': 'MT', 'Neb.': 'NE', 'Nev.': 'NV', 'N.H.': 'NH',
    'N.J.': 'NJ', 'N.M.': 'NM', 'N.Y.': 'NY', 'N.C.': 'NC', 'N.D.': 'ND', 'Okla.': 'OK', 'Ore.': 'OR', 'Pa.': 'PA',
    'R.I.': 'RI', 'S.C.': 'SC', 'S.D.': 'SD', 'Tenn.': 'TN', 'Vt.': 'VT', 'Va.': 'VA', 'Wash.': 'WA', 'W.Va.': 'WV',
    'Wis.': 'WI', 'Wyo.': 'WY', 'D.C.': 'DC',
  }),
);

/** Where a dateline's place lies: a country, and a region of it when the dateline names one. */
export interface DatelineRegion {
  countryCode: string;
  /** GeoNames admin1 code of the region ("GA"), or null when the dateline names a country ("KINGSTON, Jamaica"). */
  admin1: string | null;
}

/** The words after the place and its comma, up to a comma, a bracket, a dash or the end: "Ga." in "AUGUSTA, Ga. (AP) -". */
const REGION_AFTER_PLACE = /^[^,]+,[ ]+(?<region>[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?)(?=,|[ ]*\(|[ ]*[-–—:]|[ ]*$)/;

/**
 * The region a dateline names after its place ("AUGUSTA, Ga.", "KINGSTON, Jamaica", "PARIS, Texas"), read from the
 * dateline's own text: an AP state abbreviation, else a country or first-order region the gazetteer knows; null when
 * the dateline names none (or names a date: "MOSCOW, July 11").
 */
export function datelineRegion(article: Article, gazetteer: Gazetteer): DatelineRegion | null {
  const dateline = article.dateline;
  if (!dateline) return null;
  const region = REGION_AFTER_PLACE.exec(article.text.slice(dateline.start, dateline.end))?.groups?.region;
  if (!region) return null;
  const state = AP_STATES.get(region);
  if (state) return { countryCode: 'US', admin1: state };
  const entry = gazetteer.lookup(region).find((e: GazetteerEntry) => e.kind === 'country' || e.kind === 'admin-region');
  if (!entry?.countryCode) return null;
  return { countryCode: entry.countryCode, admin1: entry.kind === 'admin-region' ? (entry.admin1 ?? null) : null };
}

/** Whether a gazetteer entry lies in the dateline's region. */
export const inDatelineRegion = (e: GazetteerEntry, region: DatelineRegion): boolean =>
  e.countryCode === region.countryCode && (region.admin1 === null || e.admin1 === region.admin1);
