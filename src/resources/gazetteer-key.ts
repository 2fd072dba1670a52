/** Letters that NFKD leaves whole, spelled out in ASCII. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h' };
/** Abbreviated words of place names, spelled out ("St. Petersburg" is "Saint Petersburg"). */
const ABBREVIATION: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

/**
 * The lookup key of a place name: case, diacritics, dots and apostrophes dropped, hyphens and dashes
 * read as spaces, St./Mt./Ft. spelled out, a leading "the" dropped. "St. Petersburg" → "saint petersburg",
 * "Cholpon-Ata" → "cholpon ata", "U.S." → "us", "The Hague" → "hague".
 * scripts/build-gazetteer.mjs builds the index with this same function (from dist/).
 */
export function normalizePlaceKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþħ]/g, (c) => FOLD[c] ?? c)
    .replace(/['’‘`ʼʻ.]/g, '')
    .replace(/[\s\-‐‑–—]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => ABBREVIATION[w] ?? w);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

/** Whether a name is written in Latin script only (the index keeps those alternate names). */
export function isLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’‐‑–\-]*$/u.test(name) && !/[\t\n]/.test(name);
}

/** What may follow the words of a place's everyday name in its full name ("Frankfurt am Main", "New York City"). */
const NAME_TAIL = /^(city|am|an|on|upon|de|del|der|di|du|la|le|sur|im|in|bei|ob)( |$)/;

/**
 * Whether `key` is the entry's own name rather than an old or foreign alternate: the whole name up to
 * a comma ("Washington, D.C."), or its first words before a tail ("frankfurt" for "Frankfurt am Main",
 * "new york" for "New York City"), but not another place's ("Washington Court House").
 */
export function isOwnName(name: string, key: string): boolean {
  return isOwnKey(ownNameKey(name), key);
}

/** The key of a place's own name: the whole name up to a comma ("Washington, D.C." → "washington"). */
export function ownNameKey(name: string): string {
  return normalizePlaceKey(name.split(',')[0]!);
}

/** `isOwnName` with the own name's key already made (`ownNameKey`). */
export function isOwnKey(own: string, key: string): boolean {
  return own === key || (own.startsWith(`${key} `) && NAME_TAIL.test(own.slice(key.length + 1)));
}

function bigrams(key: string): string[] {
  const letters = key.replace(/ /g, '');
  return Array.from({ length: Math.max(0, letters.length - 1) }, (_, i) => letters.slice(i, i + 2));
}

/**
 * Whether two keys are spellings of one name ("alma ata" / "almaty", "mailuu suu" / "mayluu suu")
 * rather than different names ("white house" / "casablanca"): same first three letters, or most
 * letter pairs shared (Dice coefficient ≥ 0.45).
 */
export function similarSpelling(a: string, b: string): boolean {
  if (a.replace(/ /g, '').slice(0, 3) === b.replace(/ /g, '').slice(0, 3)) return true;
  const x = bigrams(a);
  const y = bigrams(b);
  const pool = [...y];
  let shared = 0;
  for (const g of x) {
    const i = pool.indexOf(g);
    if (i >= 0) {
      shared++;
      pool.splice(i, 1);
    }
  }
  return x.length + y.length > 0 && (2 * shared) / (x.length + y.length) >= 0.45;
}
