/**
 * Titles and roles that stand before or beside a person's name ("Foreign Minister Sergey Lavrov",
 * "Mr. Smith", "X, the company's chief executive"), matched on lower-case word keys.
 */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Forms of address: evidence of a person, but not a role. */
export const HONORIFICS = words(`
  mr mrs ms miss mx messrs mme mlle sir dame madam madame monsieur herr frau senor senora dr prof
`);

/**
 * Role heads: a word that names an office or occupation. Multi-word roles are built by the
 * modifiers below ("foreign" + "minister", "chief" + "executive").
 */
export const ROLE_HEADS = words(`
  president vice-president president-elect premier minister secretary secretary-general chancellor
  director-general attorney-general governor-general inspector-general solicitor-general auditor-general
  governor mayor senator congressman congresswoman representative lawmaker legislator mp
  councilman councilwoman councillor councilor alderman sheriff member
  ambassador envoy diplomat consul speaker chairman chairwoman chairperson chair
  ceo cfo coo cto cio chief executive officer director manager head boss founder co-founder
  owner principal treasurer commissioner administrator comptroller ombudsman spokesman spokeswoman spokesperson
  king queen prince princess emperor empress tsar czar tsarina czarina kaiser pharaoh maharaja
  sultan emir sheikh pope cardinal archbishop bishop
  rev reverend father imam rabbi pastor cleric ayatollah
  judge justice prosecutor attorney lawyer solicitor barrister magistrate
  general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm commander
  cmdr marshal brigadier corporal officer inspector detective superintendent constable
  doctor professor lecturer scientist researcher economist analyst strategist
  writer author novelist poet playwright journalist reporter correspondent editor columnist
  photographer filmmaker actor actress singer musician composer artist painter sculptor
  coach striker midfielder defender goalkeeper player captain champion
  leader counterpart official adviser advisor aide deputy candidate nominee activist campaigner
  businessman businesswoman entrepreneur tycoon billionaire investor banker trader broker
  architect engineer designer economist historian philosopher
  gov sen rep amb atty supt
`);

/**
 * Royal and noble styles: a role by themselves ("Crown Prince Mohammed", "King Charles"), but after an office only part
 * of how the name is styled ("Energy Minister Prince Abdulaziz bin Salman": the role is Energy Minister).
 */
export const NOBLE_STYLES = words(`prince princess king queen sheikh sheikha emir sultan lord lady`);

/** Abbreviated titles and the role they stand for ("Gov. Harlan Dwyer" → Governor). */
const ABBREVIATED_ROLES: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['rep', 'representative'], ['amb', 'ambassador'], ['atty', 'attorney'],
  ['supt', 'superintendent'], ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'],
  ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['cmdr', 'commander'],
]);

/** Words that turn a role head into a longer role ("Foreign Minister", "Vice President"). */
export const ROLE_MODIFIERS = words(`
  vice deputy acting interim assistant associate executive senior junior chief first prime
  general managing foreign finance defence defense interior home justice health education trade
  industry economy economic energy agriculture transport culture labour labor environment
  information communications development security intelligence emergency sports tourism
  state national regional district presidential press public operating financial marketing
  operations commercial technical technology program project sales product
  lord attorney supreme high grand council board committee cabinet parliament party
`);

/** Role heads that are ordinary words in lower case ("a major bank", "general counsel"): titles only when capitalized. */
export const CAPITALIZED_ROLES = words(`major general private marshal justice father chair head captain first gov sen rep amb atty supt`);

/** Role heads too vague to stand as a person's role when a better one is known. */
export const GENERIC_ROLES = words(`leader counterpart official head aide deputy member`);

/** Words that go before a title without being part of the role ("former President"). */
export const ROLE_QUALIFIERS = words(`former then late incoming outgoing ousted current new newly-elected re-elected federal`);

const SMALL = words('of the and for to in on at');
const ACRONYM = /^(?:ceo|cfo|coo|cto|cio|mp)$/;

/** A role as shown in output: title case, acronyms in capitals, abbreviations spelt out ("chief executive" → "Chief Executive", "Gov." → "Governor"). */
export function roleName(keys: readonly string[]): string {
  return keys
    .map((k) => ABBREVIATED_ROLES.get(k) ?? k)
    .map((k, i) =>
      ACRONYM.test(k)
        ? k.toUpperCase()
        : i > 0 && SMALL.has(k)
          ? k
          : k.replace(/(^|-)(\p{L})/gu, (_, dash: string, ch: string) => dash + ch.toUpperCase()),
    )
    .join(' ');
}

/** The singular of a plural role head ("ministers" → "minister"), or undefined if it is none. */
export function singularRole(key: string): string | undefined {
  if (ROLE_HEADS.has(key)) return key;
  for (const [suffix, repl] of [['ies', 'y'], ['men', 'man'], ['ses', 's'], ['s', '']] as const) {
    if (key.endsWith(suffix)) {
      const singular = key.slice(0, key.length - suffix.length) + repl;
      if (ROLE_HEADS.has(singular)) return singular;
    }
  }
  return undefined;
}

/**
 * Political leanings: words about a person's politics, not an office nor whose office it is ("Centrist Mayor Anne
 * Hidalgo", "far-right leader"). Not the words that name parties ("Conservative", "Labour", "Republican").
 */
export const LEANINGS = words(`
  centrist moderate hardline hard-line leftist rightist populist reformist far-right far-left left-wing right-wing
  centre-left centre-right center-left center-right ultra-conservative ultraconservative ultranationalist ultra-nationalist
`);
