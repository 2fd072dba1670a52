import type { Person, Span } from '../types.js';
import type { Token } from '../people/tokens.js';
import type { Stage } from '../pipeline/stage.js';
import { findRuns } from '../people/runs.js';
import { firstNames, isOrdinaryWord } from '../people/first-names.js';
import { createGeography } from '../people/geo.js';
import { linkOrganizations } from '../people/organizations.js';
import { ACRONYM, organizationSeeds, type OrgSeed } from '../people/org-seeds.js';
import { ROLE_HEADS } from '../people/titles.js';
import { SET_SCORES, teamSpans } from '../people/teams.js';
import { governmentSpans } from '../people/governments.js';
import { taggedOrganizations } from '../people/tagged-orgs.js';
import { commonAcronyms } from '../people/acronyms.js';
import { COMPANY_ROLES, PLACE_NOUNS } from '../people/words.js';
import { repeatedFullNames, repeatedPersonWords } from '../people/repeated-names.js';
import { buildingNames, findPersonSeeds, type ArticleWords } from '../people/detect.js';
import { dealsInShares, issuerSeeds, shareIssuers } from '../people/share-issuers.js';
import { dealSeeds } from '../people/org-deals.js';
import { ownerSeeds, staffSeeds } from '../people/org-staff.js';
import { appositionSeeds } from '../people/org-appositions.js';
import { partySeeds } from '../people/org-parties.js';
import { coordinationSeeds } from '../people/org-coordination.js';
import { withinName } from '../people/org-edges.js';
import { penaltySeeds } from '../people/org-penalties.js';
import { movementSeeds } from '../people/org-movements.js';
import { firmSeeds } from '../people/org-firms.js';
import { firmActSeeds } from '../people/org-firm-acts.js';
import { numberedBodies } from '../people/org-numbered.js';
import { renames } from '../people/org-renames.js';
import { groupSeeds, linkMentions } from '../people/link.js';
import { resolveRoles } from '../people/roles.js';
import { articleNames } from '../ner/article-names.js';
import { withoutPersons } from '../people/seed-persons.js';
import { withoutNickname } from '../people/nickname.js';

/**
 * A noun of a settlement or a region as the head of an apposition ("Hitachi, a port city north of Tokyo"): the apposition ends
 * after it or goes on with a preposition or a relative word, never with another noun it modifies ("the state news agency",
 * "the Dubai port operator"), a hyphen ("state-run") or a possessive ("the state's largest employer").
 */
const APPOSED_PLACE = new RegExp(
  String.raw`^, (?:a|an|the) (?:(?!(?:in|of|with|for|on|at|from|near|the|a|an|and|its|their) )[\p{L}-]+ ){0,3}?(?:${[...PLACE_NOUNS].join('|')})` +
    String.raw`(?=[,.;:)]|$| (?:in|of|on|near|north|south|east|west|northeast|northwest|southeast|southwest|outside|along|that|which|where|whose|with|known|located|famous|best|home|about|some|just|close)\b)`,
  'u',
);
/** A verb of saying in the rest of the apposition: an attribution ("the region's governor said"), not a description. */
const ATTRIBUTION = /^[^,.;]*\b(?:said|says|told|reported|reports|added|stated|announced)\b/;

/** Whether the name ending at `end` is described right after as a place: "Hitachi, a port city", "Toyota, a city in Aichi". */
const placeApposition = (text: string, end: number): boolean => {
  const m = APPOSED_PLACE.exec(text.slice(end, end + 60));
  return m !== null && !ATTRIBUTION.test(text.slice(end + m[0].length, end + m[0].length + 80));
};

/** Verbs of a speaker's statement, which only a body or a person makes. */
const SPEAKING = new Set(['said', 'says', 'announced', 'announces', 'declared', 'declares', 'stated', 'states', 'told', 'confirmed', 'confirms', 'denied', 'denies', 'warned', 'warns']);


/**
 * `people`: persons (full name, role, every mention) and organizations, from the shared compromise
 * parse plus titles, appositions, reporting verbs, first-name lists and the name tagger (src/ner/). "Russian President Vladimir
 * Putin" → Vladimir Putin, President, RU; a later "Putin" or "Mr. Putin" is a mention of him.
 */
export const peopleStage: Stage = {
  id: 'people',
  description: 'people by full name with role and every mention ("Russian President Vladimir Putin" → Vladimir Putin, President), and organizations; the name tagger as evidence',
  reads: ['text', 'sentences'],
  adds: ['people', 'organizations'],
  run(article, ctx) {
    const { text } = article;
    // The tagger reads the same tokens as the rules below: its names index them.
    const tagged = articleNames(article, ctx);
    const { tokens, casingOf } = tagged;
    const lowercase = new Set(tokens.filter((t) => !t.capitalized).map((t) => t.key));
    const known = { isOrdinaryWord, firstNames: firstNames(), lowercase };
    const runs = findRuns(tokens, text, casingOf, known);
    const geo = createGeography(ctx.resources.gazetteer());
    // Organizations first: a name inside "Sunday Times" or "General Motors" is nobody's.
    // compromise's organization guess yields where the name tagger reads a place the gazetteer knows, there and at another
    // mention, or a large one ("Fort Lee is a small town ... Fort Lee's Public School"; not "based in San Jose, Cisco").
    const spanText = (n: { first: number; last: number }): string => text.slice(tokens[n.first]!.start, tokens[n.last]!.end);
    const placeReadings = new Map<string, number>();
    for (const n of tagged.names) if (n.kind === 'LOC') placeReadings.set(spanText(n), (placeReadings.get(spanText(n)) ?? 0) + 1);
    const taggerPlace = (s: OrgSeed): boolean => {
      if (s.kind !== 'tagged' || !tokens.slice(s.first, s.last + 1).every((_, k) => tagged.kindAt(s.first + k) === 'LOC')) return false;
      const name = spanText(s);
      return geo.isPlace(name) || ((placeReadings.get(name) ?? 0) >= 2 && geo.isAnyPlace(name));
    };
    // "Da Silva's rival, Jair Bolsonaro": a word of a body's kind ("rival", "team") before a full name the tagger reads as a person's.
    // Only after a given name, not "Boeing's rival, Airbus Industrie".
    const taggerPerson = (s: OrgSeed): boolean =>
      s.source === 'descriptor' && s.last > s.first && firstNames().has(tokens[s.first]!.key) && tokens.slice(s.first, s.last + 1).every((_, k) => tagged.kindAt(s.first + k) === 'PER');
    // An organization running on into a person's name ("Troy Patterson of Slate Magazine") keeps the organization's words only.
    const trimPersons = withoutPersons(tagged, firstNames());
    const ruleSeeds = organizationSeeds(tokens, text, runs, casingOf, geo, article.dateline, lowercase, tagged.kindAt)
      .flatMap((s) => trimPersons(s) ?? [])
      .filter((s) => !taggerPlace(s) && !taggerPerson(s));
    // Teams by a match result ("Leeds beat Chelsea 2-1"): organizations, though named like places or people.
    // Not two people of a singles match, whom the name tagger reads in full by a score in sets ("Serena Williams beat Maria
    // Sharapova 6-2, 6-3"); the tagger reads many clubs as people too ("Godoy Cruz beat Boca Juniors 2-1").
    const personAt = new Map(tagged.names.filter((n) => n.kind === 'PER' && n.last > n.first).map((n) => [tokens[n.first]!.start, tokens[n.last]!.end]));
    const lineOf = (s: Span): string => {
      const end = text.indexOf('\n', s.end);
      return text.slice(text.lastIndexOf('\n', s.start) + 1, end < 0 ? text.length : end);
    };
    const sides = teamSpans(text);
    const players = new Set(sides.filter((s) => SET_SCORES.test(lineOf(s))).map((s) => s.text));
    // "English captain Harry Kane", "Welsh striker Gareth Bale": a nation's word before a player is the player's nation, no team
    // (compromise reads some of them as mere adjectives: "English", "Swedish", and not at every mention: the word goes by name).
    const nationalWord = (t: Token): boolean => geo.isNationality(t) || (t.tags.has('Adjective') && /(?:ish|ese|ian|ean|ic|ch)$/.test(t.key));
    const nationality = (s: Span): boolean => tokens.some((t) => t.start === s.start && t.end === s.end && nationalWord(t));
    const nations = new Set(sides.filter(nationality).map((s) => s.text));
    // A surname alone by a score in sets is a player's too ("Swiatek beat Pegula 6-3, 6-1"), unless the tagger reads a body there.
    const tokenAt = new Map(tokens.map((t) => [t.start, t]));
    const player = (s: Span): boolean => {
      const one = tokenAt.get(s.start);
      return one !== undefined && one.end === s.end ? tagged.kindAt(one.i) !== 'ORG' : personAt.get(s.start) === s.end;
    };
    const teamNames = sides.filter((s) => (!players.has(s.text) || !player(s)) && !nations.has(s.text));
    const seedsAt = (spans: readonly Span[], kind: OrgSeed['kind'], source: OrgSeed['source']): OrgSeed[] =>
      spans.flatMap((span) => {
        const first = tokens.findIndex((t) => t.start === span.start);
        const last = tokens.findIndex((t) => t.end === span.end);
        return first >= 0 && last >= first ? [{ first, last, kind, source }] : [];
      });
    const teams = seedsAt(teamNames, 'named', 'team');
    // Countries and capitals that speak for their government ("Moscow said"): organizations there, unless a person has the name ("Jordan said").
    // Nor a given name of a person the tagger reads in full ("Victoria Azarenka ... Victoria said").
    const givenNames = new Set(tagged.names.filter((n) => n.kind === 'PER' && n.last > n.first).map((n) => tokens[n.first]!.key));
    const governmentNames = governmentSpans(text, ctx.resources.gazetteer()).filter((g) => !givenNames.has(g.text.toLowerCase()));
    const governments = seedsAt(governmentNames, 'context', 'government');
    // "The GDP grew", "traces of DNA": an acronym of no body is no organization where only a guess reads one there (not
    // "(AFP)", a known agency, an acronym spelled out after a name, nor one that speaks); nor is a name the text calls a place ("Hitachi, a port city").
    const acronyms = commonAcronyms();
    const staff = [...staffSeeds(tokens, text, runs, casingOf, geo, tagged.kindAt), ...ownerSeeds(tokens, text, runs, casingOf, geo, tagged.kindAt), ...appositionSeeds(tokens, text, runs, casingOf, geo), ...partySeeds(tokens, text, casingOf, geo, tagged.kindAt)];
    const ownSeeds = [...ruleSeeds, ...teams, ...governments, ...issuerSeeds(tokens, runs, casingOf, geo, tagged.kindAt), ...dealSeeds(tokens, text, runs, casingOf, geo, tagged.kindAt), ...penaltySeeds(tokens, text, runs, casingOf, geo), ...movementSeeds(tokens, text, runs, casingOf, geo, tagged.kindAt), ...firmSeeds(tokens, text, runs, casingOf, geo), ...firmActSeeds(tokens, text, runs, casingOf, geo, tagged.kindAt), ...numberedBodies(tokens, text, casingOf), ...staff];
    // Names joined to a firm found above ("Pfizer and BioNTech").
    const allSeeds = [...ownSeeds, ...coordinationSeeds(tokens, text, runs, casingOf, geo, tagged.kindAt, ownSeeds)];
    const keyOf = (seed: OrgSeed): string => tokens.slice(seed.first, seed.last + 1).map((t) => t.key).join(' ');
    const otherwiseNamed = new Set(allSeeds.filter((s) => s.source !== 'speaker').map(keyOf));
    // "Scholz said", "Sunak said": one word before a verb of saying is a body only after "the" ("the Court said", a surname
    // takes none), in capitals ("GM said"), after an officer's "of", where another reading names it too, or where "it" or
    // "its" follows ("Acme said it would hire").
    // "The CEO of Zoopla said", "The Managing Director of Halfords said": the firm speaks through its officer.
    const officerOf = (first: number): boolean => tokens[first - 1]?.key === 'of' && ROLE_HEADS.has(tokens[first - 2]?.key ?? '');
    const speakerFirm = (s: OrgSeed): boolean =>
      s.source !== 'speaker' || s.last > s.first || tokens[s.first - 1]?.key === 'the' || ACRONYM.test(tokens[s.first]!.text) || officerOf(s.first) || otherwiseNamed.has(keyOf(s)) || /^ \S+ (?:(?:on \S+|in a statement|that) ){0,2}(?:it|its)\b/.test(text.slice(tokens[s.last]!.end, tokens[s.last]!.end + 40));
    // An acronym that speaks is a body, whatever WordNet says ("HP said on Tuesday", "The NOC declared force majeure"); not a
    // title ("The CEO said") nor one a personal pronoun takes up ("The PM said he would resign").
    const speaks = (last: number): boolean => {
      const verb = tokens[last + 1];
      if (!verb || verb.sentence !== tokens[last]!.sentence || !SPEAKING.has(verb.key)) return false;
      if (ROLE_HEADS.has(tokens[last]!.key) || COMPANY_ROLES.has(tokens[last]!.key)) return false;
      return !/^ (?:\S+ )?(?:he|she|his|her)\b/i.test(text.slice(verb.end, verb.end + 30));
    };
    const inDateline = (s: OrgSeed): boolean =>
      article.dateline != null && tokens[s.first]!.start >= article.dateline.start && tokens[s.last]!.end <= article.dateline.end;
    const taggerSeeds = taggedOrganizations(tagged, text, geo, lowercase, [...ruleSeeds, ...teams, ...staff]).flatMap((s) => trimPersons(s) ?? []);
    // A body's new name ("Facebook renamed itself Meta"): an organization's name, linked to the former's.
    const renamed = renames(tokens, runs, casingOf, [...allSeeds, ...taggerSeeds]);
    const orgSeeds = [...allSeeds, ...taggerSeeds, ...renamed.map((r) => r.current)].map(withinName(tokens, text)).filter(
      (s) =>
        (s.kind === 'named' || s.first !== s.last || !acronyms.has(tokens[s.first]!.text) || speaks(s.last)) &&
        !placeApposition(text, tokens[s.last]!.end) &&
        speakerFirm(s) &&
        // "Musk sold 7.9 million Tesla shares": a shareholder's deal, a person's as well as a firm's.
        !(s.kind === 'context' && s.source === 'context' && dealsInShares(tokens, s.last)) &&
        // A dateline holds a place, its region and the agency: only the agency is an organization ("SPRINGFIELD, Ill. (AP) -").
        (s.source === 'dateline' || !inDateline(s)),
    );
    ctx.debug(() => `tagger: ${tagged.names.map((n) => `${text.slice(tokens[n.first]!.start, tokens[n.last]!.end)}/${n.kind}`).join('; ')}`);
    ctx.debug(() => `organization seeds: ${orgSeeds.map((s) => `${text.slice(tokens[s.first]!.start, tokens[s.last]!.end)}@${tokens[s.first]!.start} (${s.kind}, ${s.source})`).join('; ')}`);
    const strongOrgs = linkOrganizations(tokens, text, orgSeeds.filter((s) => s.kind === 'named'), casingOf, geo, []);
    const spanOf = (s: { first: number; last: number }): Span => ({ text: '', start: tokens[s.first]!.start, end: tokens[s.last]!.end });
    const dateline: Span[] = article.dateline ? [{ text: '', start: article.dateline.start, end: article.dateline.end }] : [];
    const words: ArticleWords = {
      tokens,
      text,
      runs,
      casingOf,
      geo,
      ...known,
      reserved: [...strongOrgs.spans, ...dateline, ...buildingNames(tokens, text, runs)],
      weakOrganizations: orgSeeds.filter((s) => s.kind === 'tagged').map(spanOf),
      taggedAs: (first, last) => {
        const kinds = new Set(tokens.slice(first, last + 1).map((_, n) => tagged.kindAt(first + n)));
        if (kinds.size !== 1) return null;
        const [kind] = kinds;
        return kind === 'PER' ? 'person' : kind === null || kind === undefined ? null : 'other';
      },
      taggedAsPlace: (first, last) => tokens.slice(first, last + 1).every((_, n) => tagged.kindAt(first + n) === 'LOC'),
      repeatedPersons: repeatedPersonWords(tagged, [...strongOrgs.spans, ...dateline], known, geo),
      repeatedFullNames: repeatedFullNames(tagged, [...strongOrgs.spans, ...dateline]),
      shareIssuers: shareIssuers(tokens),
      firmNames: new Set(orgSeeds.filter((s) => s.kind === 'context' && s.source === 'context').map(keyOf)),
      aloneKeys: new Set(runs.filter((r) => r.first === r.last && casingOf(tokens[r.first]!.sentence) === 'normal').map((r) => tokens[r.first]!.key)),
    };
    const entities = groupSeeds(words, findPersonSeeds(words));
    linkMentions(words, entities);
    // Then every organization, now that people's names are known: compromise's guesses yield to them.
    const orgs = linkOrganizations(tokens, text, orgSeeds, casingOf, geo, entities.flatMap((e) => e.mentions), renamed);
    const roles = resolveRoles(words, entities, orgs.spans);
    const people: Person[] = entities
      .map((e, n) => ({
        name: withoutNickname(e.name.text),
        role: roles[n]!.role,
        affiliation: roles[n]!.affiliation,
        mentions: e.mentions.map(({ text: t, start, end }) => ({ text: t, start, end })),
      }))
      .filter((p) => p.mentions.length > 0)
      .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    ctx.debug(() => `people: ${people.map((p) => p.name).join(', ')}; organizations: ${orgs.organizations.map((o) => o.name).join(', ')}`);
    // A team is the team only where `teamSpans` says so: "Germany beat Argentina 1-0 ... Germany's economy" is the country's;
    // a government likewise where `governmentSpans` says so ("Moscow said ... in Moscow").
    const actors = [...teamNames, ...governmentNames];
    const teamStarts = new Set(actors.map((s) => s.start));
    const otherSeedStarts = new Set([...ruleSeeds, ...orgSeeds.filter((s) => s.kind === 'tagged')].map((s) => tokens[s.first]!.start));
    // By key, not by text: the dateline's "MOSCOW" is the place even where "Moscow said" is the government.
    const teamKeys = new Set(actors.map((s) => s.text.toLowerCase()));
    // The dateline's place is a place, whatever the name means later ("WIMBLEDON, England - ... his first Wimbledon title").
    const datelinePlace = (m: Span): boolean =>
      article.dateline?.place != null && m.start >= article.dateline.start && m.end <= article.dateline.end && m.text.toLowerCase() === article.dateline.place.toLowerCase();
    const organizations = orgs.organizations
      .map((o) => ({ ...o, mentions: o.mentions.filter((m) => !datelinePlace(m) && (!teamKeys.has(m.text.toLowerCase()) || teamStarts.has(m.start) || otherSeedStarts.has(m.start))) }))
      .filter((o) => o.mentions.length > 0);
    return { ...article, people, organizations };
  },
};
