import type { GazetteerEntry } from '../resources/gazetteer.js';
import { isBroad } from './accept.js';
import { liesIn, type ArticleState, type NameGroup } from './resolve.js';

/** The container a mention names after ", " when it is a country or first-level region taken as a place, and ends the phrase. */
function regionAfter(m: number, state: ArticleState): GazetteerEntry | null {
  const { evidence, groupOf } = state;
  const at = evidence[m]!.container;
  if (at === null) return null;
  const outer = groupOf.get(at);
  if (!outer?.entry || !outer.accepted.has(at) || (outer.entry.kind !== 'country' && outer.entry.kind !== 'admin-region')) return null;
  // "in Mandalay, Thailand and China": Thailand is listed beside Mandalay, not around it.
  return evidence[at + 1]?.listedAfter === at ? null : outer.entry;
}

/**
 * "Carleton, Ontario" where the gazetteer knows no Carleton in Ontario: the text says where the place lies, so an
 * entry outside it (a village in Michigan) is wrong; the place stays ungrounded with the container's country and
 * region, at the mentions the text places so and those it had already taken. Run after the rounds of resolution,
 * whose context can still swing a container between readings; never for a name read as a country or region
 * ("France, Germany").
 */
export function groundInsideContainers(state: ArticleState): void {
  for (const g of state.groups) {
    if (!g.entry || isBroad(g.entry)) continue;
    for (const m of g.mentions) {
      const outer = regionAfter(m, state);
      if (!outer || g.match.hits.some((h) => liesIn(h.entry, outer))) continue;
      g.entry = {
        geonamesId: null, name: state.candidates[m]!.text, kind: 'other', countryCode: outer.countryCode,
        admin1: outer.kind === 'admin-region' ? outer.admin1 : null, featureCode: '', lat: null, lon: null, population: 0,
      };
      if (!state.evidence[m]!.reject) g.accepted.add(m);
      break;
    }
  }
}
