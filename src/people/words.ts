/** Closed word lists the people and organizations finders read, as lower-case keys. */

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Last words of organization names ("General Motors", "Eurasian Economic Union", "Sunday Times"). */
export const ORG_SUFFIXES = words(`
  inc incorporated corp corporation co company companies ltd llc plc gmbh ag sa nv bv llp lp
  group holdings holding partners associates ventures enterprises industries international
  bank banks capital securities investments fund trust insurance financial
  motors airlines airways aviation aerospace airlines systems technologies technology software
  computer computers electronics pharmaceuticals labs laboratories energy oil petroleum gas mining steel
  engineering construction chemicals manufacturing logistics shipping machinery foods brewery
  communications telecom networks media entertainment pictures studios records publishing
  times post news journal herald tribune telegraph gazette daily guardian observer chronicle
  press agency service services network broadcasting radio television tv magazine
  union council committee commission ministry department office bureau board authority
  agency administration directorate secretariat parliament assembly congress senate duma
  court tribunal party movement front alliance coalition league federation confederation
  association organization organisation society foundation institute institution academy
  university college school hospital clinic center centre museum library
  army navy force forces guard police corps command brigade battalion regiment
  club team fc united church mission community commonwealth bloc workers employees
  exchange index market markets railway railways online automotive trading
`);

/** Words of a document's name, first before "of" or last: "the Treaty of Versailles", "the Paris Agreement", "the Digital Markets Act". */
export const DOCUMENT_WORDS = words(`
  treaty accord accords agreement act protocol charter declaration constitution amendment convention directive regulation
`);

/** Nouns that say an organization's name follows ("airline Lufthansa", "automaker GM", "firm Cerberus"). */
export const ORG_DESCRIPTORS = words(`
  airline carrier automaker carmaker maker manufacturer firm company companies group conglomerate
  giant rival subsidiary unit retailer insurer lender bank broker brokerage supplier operator
  newspaper daily broadcaster agency website network outlet publisher studio label club team
  party organisation organization charity foundation union
`);

/** Roles that belong to a company or body, so that the capitalized word before them names one ("Ferrari chairman"). */
export const COMPANY_ROLES = words(`
  chairman chairwoman ceo cfo coo cto spokesman spokeswoman spokesperson analyst economist strategist
  executive executives board shareholders shareholder stockholders parent subsidiary
`);

/** First words of organization names that continue with "of" ("Ministry of Defence", "Bank of England"). */
export const ORG_HEADS = words(`
  ministry department bank university college institute council commission committee office
  board bureau league federation union organization organisation association academy court
  commonwealth society house chamber party agency
`);

/**
 * Institutions usually named without a suffix, and news agencies: metonyms and bylines that
 * look like names but are organizations ("the Kremlin said", "(Reuters)").
 */
export const KNOWN_ORGANIZATIONS = [
  'Kremlin', 'White House', 'Pentagon', 'Downing Street', 'Elysee', 'Élysée', 'Quai d\'Orsay',
  'Vatican', 'Holy See', 'Bundestag', 'Knesset', 'Congress', 'Senate', 'Duma', 'State Duma',
  'Reuters', 'Associated Press', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Interfax', 'TASS',
  'RIA Novosti', 'Xinhua', 'Kyodo', 'Yonhap', 'Anadolu', 'BBC', 'CNN', 'Al Jazeera', 'NATO', 'OPEC',
  'United Nations', 'European Union', 'World Bank', 'IMF', 'WHO', 'UNESCO', 'UNICEF', 'Interpol',
  // Companies named after people, which read as a person's name.
  'Goldman Sachs', 'Morgan Stanley', 'JPMorgan', 'J.P. Morgan', 'Merrill Lynch', 'Lehman Brothers', 'Wells Fargo',
  'Charles Schwab', 'Dow Jones', 'Johnson & Johnson', 'Procter & Gamble', 'Ernst & Young', 'Marks & Spencer',
  'Rolls-Royce', 'Lockheed Martin', 'Northrop Grumman', 'Ford', 'Walt Disney', 'McDonald\'s', 'Louis Vuitton',
];

/** Verbs of saying that follow a speaker's name ("X said"). */
export const REPORTING_VERBS = words(`
  said says say told tells added adds stated states explained explains noted notes announced
  announces wrote writes argued argues warned warns claimed claims insisted insists commented
  comments declared declares confirmed confirms denied denies acknowledged acknowledges
  replied replies asked asks urged urges admitted admits recalled recalls predicted predicts
  suggested suggests believes believed thinks thought stressed stresses emphasized emphasised
  testified testifies tweeted posted continued continues concluded concludes complained
  complains estimated estimates observed observes quipped responded responds revealed reveals
`);

/** Words allowed between a name and its reporting verb ("X also said", "X has said"). */
export const VERB_BRIDGES = words(`also has had have later then further once again previously earlier was is quoted`);

/** Lower-case words inside names ("Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle"). */
export const NAME_PARTICLES = words(`
  de da di do dos das du del della der den van von ter ten la le bin bint ibn al el abu ben y e
`);

/** Prepositions after which a capitalized word is a place, not a person ("in Moscow"). */
export const LOCATIVE_PREPOSITIONS = words(`in at near outside inside across throughout via towards toward`);

/** Nouns that put a name after them in the place class ("the town of Kant"). */
/** Words that begin the name of a natural feature ("Lake Baikal", "Mount Everest"). */
export const FEATURE_STARTS = words(`lake mount mt river`);
/**
 * Words that open the name of a storm ("Hurricane Milton", "Typhoon Haiyan"): a given name after them is the
 * storm's. Not "Storm" alone, a given name too ("Storm Reid"); "Tropical Storm Alberto" is a storm's.
 */
export const STORM_WORDS = words(`hurricane typhoon cyclone`);
/** Words that end the name of a natural feature ("Pat Mayse Lake", "Red River"), though a few are surnames too ("Ricki Lake"). */
export const FEATURE_ENDS = words(`lake river sea ocean gulf strait reservoir creek canyon mountains peninsula`);

/** Last words of the names of contests and shows ("Summer Paralympics", "Davis Cup", "Cannes Film Festival"): a given name before them is no one's. */
export const EVENT_ENDS = words(`olympics paralympics olympiad games championships cup festival expo awards marathon`);

/** Last words of the names of buildings and monuments, named after a person ("Shah Mosque", "Tommy Solomon Statue"), though a few are surnames too ("Shirley Temple"). */
export const BUILDING_ENDS = words(`
  mosque cathedral chapel temple shrine basilica abbey synagogue statue monument memorial mausoleum
  tomb palace castle fort tower bridge square stadium arena airport station
`);

export const PLACE_NOUNS = words(`
  city town village capital region province state district county island islands republic
  kingdom port resort area municipality oblast territory valley lake river mountain suburb neighbourhood neighborhood
`);

/** Capitalized words that are never part of a name (sentence-initial function words, pronouns). */
export const NEVER_NAMES = words(`
  the a an this that these those there here it its he she we they i you his her our their my your
  in on at for and but or nor if when while after before since as so yet also however although
  though because with without from to by of about into over under during between among
  what which who whom whose where why how all any some many most each every both few no not
  according despite meanwhile moreover furthermore nevertheless instead then thus still
  today yesterday tomorrow tonight
  everyone everybody everything someone somebody something anyone anybody anything nobody nothing
`);
