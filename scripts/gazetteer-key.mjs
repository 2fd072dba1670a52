/**
 * The lookup key of a place name; must stay identical to src/resources/gazetteer-key.ts
 * (tests/gazetteer.test.ts checks both on the same table). See that file for the rules.
 */
const FOLD = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ħ: 'h' };
const ABBREVIATION = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };

export function normalizePlaceKey(name) {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłıþħ]/g, (c) => FOLD[c])
    .replace(/['’‘`ʼʻ.]/g, '')
    .replace(/[\s\-‐‑–—]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => ABBREVIATION[w] ?? w);
  if (words[0] === 'the' && words.length > 1) words.shift();
  return words.join(' ');
}

export function isLatinName(name) {
  return /^[\p{Script=Latin}\p{M}][\p{Script=Latin}\p{M} .'’‐‑–\-]*$/u.test(name) && !/[\t\n]/.test(name);
}
