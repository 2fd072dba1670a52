/**
 * Hand-written currency forms that no data package lists: the symbols and prefixes news uses
 * ("US$", "C$", "Rs"), spelling variants of currency names, and which of several currencies a
 * shared word means when nothing says otherwise.
 */

/** Prefix symbols → ISO 4217 code; `DOLLAR` marks the bare "$" that the article resolves. */
export const DOLLAR = 'DOLLAR';

export const PREFIX_SYMBOLS: Readonly<Record<string, string>> = {
  $: DOLLAR,
  US$: 'USD', 'U.S.$': 'USD', USD$: 'USD',
  C$: 'CAD', CA$: 'CAD', Can$: 'CAD', CAD$: 'CAD', CDN$: 'CAD', Cdn$: 'CAD',
  A$: 'AUD', AU$: 'AUD', AUD$: 'AUD', Aus$: 'AUD', AUS$: 'AUD',
  NZ$: 'NZD', NZD$: 'NZD', HK$: 'HKD', HKD$: 'HKD', S$: 'SGD', SG$: 'SGD', SGD$: 'SGD',
  NT$: 'TWD', R$: 'BRL', Mex$: 'MXN', MX$: 'MXN', J$: 'JMD', TT$: 'TTD', EC$: 'XCD', FJ$: 'FJD', N$: 'NAD',
  '€': 'EUR', '£': 'GBP', 'GB£': 'GBP', 'UK£': 'GBP', 'E£': 'EGP',
  // ISO 646-GB puts "£" where ASCII has "#": old British text converted to ASCII reads "GB #20", "#0.79".
  // A bare "#" counts only before pence or a scale word ("#0.79", "#1bn"), never "#1" or "#2020" (see extract.ts).
  'GB#': 'GBP', 'GB #': 'GBP', '#': 'GBP',
  '¥': 'JPY', 'JP¥': 'JPY', 'CN¥': 'CNY', RMB: 'CNY', Rmb: 'CNY',
  '₹': 'INR', Rs: 'INR', 'Rs.': 'INR', '₨': 'INR',
  '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₴': 'UAH', '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₪': 'ILS',
  '₫': 'VND', '₸': 'KZT', '₼': 'AZN', '₾': 'GEL', '৳': 'BDT',
  Rp: 'IDR', RM: 'MYR', KSh: 'KES', Ksh: 'KES', SFr: 'CHF', 'SFr.': 'CHF',
};

/** Symbols written after the number in local conventions ("200 €", "5 000 ₽", "100 zł"). */
export const SUFFIX_SYMBOLS: Readonly<Record<string, string>> = {
  '€': 'EUR', '₽': 'RUB', '₴': 'UAH', '₸': 'KZT', '₺': 'TRY', 'zł': 'PLN', 'Kč': 'CZK',
};

/** ISO codes that are English words or common acronyms: never read as currencies. */
export const CODE_STOPLIST: ReadonlySet<string> = new Set([
  'ALL', 'AMD', 'BOB', 'BAM', 'CUP', 'GEL', 'MAD', 'PEN', 'SOS', 'TOP', 'TRY', 'MOP', 'ERN', 'LAK', 'NIO', 'BOV',
]);

/** Spelling variants and minor units → head word and factor ("roubles", "cents" = 0.01 dollar). */
export const HEAD_ALIASES: Readonly<Record<string, { head: string; factor?: number; code?: string }>> = {
  rouble: { head: 'ruble' },
  sheqel: { head: 'shekel' },
  hryvnya: { head: 'hryvnia' },
  hryvna: { head: 'hryvnia' },
  tugrik: { head: 'togrog' },
  renminbi: { head: 'yuan' },
  reais: { head: 'real' },
  lire: { head: 'lira' },
  kronor: { head: 'krona' },
  kroner: { head: 'krone' },
  koruny: { head: 'koruna' },
  zlotych: { head: 'zloty' },
  leva: { head: 'lev' },
  lei: { head: 'leu' },
  buck: { head: 'dollar' },
  cent: { head: 'dollar', factor: 0.01 },
  pence: { head: 'pound', factor: 0.01 },
  kopeck: { head: 'ruble', factor: 0.01 },
  kopek: { head: 'ruble', factor: 0.01 },
  crown: { head: 'crown' },
  euro: { head: 'euro', code: 'EUR' },
  sterling: { head: 'pound', code: 'GBP' },
  'pounds sterling': { head: 'pound', code: 'GBP' },
  "so'm": { head: 'sum' },
  bolivar: { head: 'bolivar' },
};

/** Heads that no name list spells the way news does. */
export const EXTRA_HEAD_CODES: Readonly<Record<string, readonly string[]>> = {
  crown: ['CZK', 'SEK', 'NOK', 'DKK', 'ISK'],
  sum: ['UZS'],
  // "Uzbek som" is as common as "sum": the word alone still means the Kyrgyz som by default.
  som: ['KGS', 'UZS'],
  bolivar: ['VES'],
};

/** The currency a shared head word means when neither its adjective nor the article says: "pesos" → MXN. */
export const HEAD_DEFAULTS: Readonly<Record<string, string>> = {
  pound: 'GBP', peso: 'MXN', franc: 'CHF', rupee: 'INR', krona: 'SEK', shilling: 'KES', rial: 'IRR',
  riyal: 'SAR', dirham: 'AED', kwacha: 'ZMW', leu: 'RON', manat: 'AZN', ruble: 'RUB', won: 'KRW', som: 'KGS',
};

/**
 * Heads that are also English words ("won", "pound", "real"): taken only with a country
 * adjective, a scale word or a number of four digits or more ("5,000 won", not "3 won").
 */
export const RISKY_HEADS: ReadonlySet<string> = new Set([
  'pound', 'won', 'rand', 'real', 'mark', 'sol', 'dram', 'dong', 'kip', 'tala', 'colon', 'leone', 'pula', 'lari',
  'loti', 'gourde', 'balboa', 'cordoba', 'lek', 'kina', 'vatu', 'dobra', 'crown', 'sum', 'florin', 'guilder',
]);

/** Heads that need a country adjective even then: too common as words ("the sum", "a mark"). */
export const ADJECTIVE_ONLY_HEADS: ReadonlySet<string> = new Set(['sum', 'mark', 'sol', 'colon', 'real', 'crown']);

/** Adjectives the country data spells otherwise or leaves out ("Kyrgyz", "U.S."). ISO 3166 alpha-2. */
export const EXTRA_ADJECTIVES: Readonly<Record<string, string>> = {
  'u.s.': 'US', us: 'US', usa: 'US', american: 'US', 'united states': 'US', 'u.k.': 'GB', uk: 'GB', british: 'GB',
  kyrgyz: 'KG', kirgiz: 'KG', uzbek: 'UZ', tajik: 'TJ', kazakh: 'KZ', turkmen: 'TM', afghan: 'AF',
  korean: 'KR', 'south korean': 'KR', 'north korean': 'KP', taiwanese: 'TW', 'hong kong': 'HK', filipino: 'PH',
  philippine: 'PH', emirati: 'AE', 'new taiwan': 'TW',
};
