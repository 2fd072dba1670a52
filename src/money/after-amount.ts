import { currencyTable } from './currency-table.js';

/** Units a price is quoted per after "a"/"an" ("$5 a share", "$100 a barrel"); "per" takes any word. */
const UNITS_AFTER_A = new Set([
  'share', 'year', 'quarter', 'month', 'week', 'day', 'night', 'hour', 'minute', 'barrel', 'ton', 'tonne', 'gallon', 'litre',
  'liter', 'kilo', 'kilogram', 'kg', 'pound', 'ounce', 'head', 'person', 'piece', 'unit', 'seat', 'ticket', 'copy',
  'game', 'season', 'acre', 'hectare', 'megawatt', 'kilowatt', 'mile', 'kilometre', 'kilometer', 'visit', 'dose',
  'pop', 'bottle', 'pack', 'meal', 'room', 'vehicle', 'car', 'employee', 'worker', 'student', 'household', 'family',
]);

/** Words after "a year" that make it a time ("a year ago"), not a rate. */
const NOT_A_RATE = /^(?:ago|earlier|later|before|after|since|from)\b/i;

const PER_UNIT = /(?:[ \t]+|-)(?<word>an?|per)(?:[ \t]+|-)(?<unit>\p{L}+)|\/(?<slash>\p{L}+)/uy;

/** The unit of "$5 a share", "$2.50 per gallon", "$100/barrel" right after an amount ending at `end`. */
export function perUnitAt(text: string, end: number): string | undefined {
  PER_UNIT.lastIndex = end;
  const m = PER_UNIT.exec(text);
  if (!m?.groups) return undefined;
  const unit = (m.groups.unit ?? m.groups.slash)!.toLowerCase();
  const word = m.groups.word?.toLowerCase();
  if (word === 'per' && unit === 'cent') return undefined;
  if ((word === 'a' || word === 'an') && !UNITS_AFTER_A.has(unit)) return undefined;
  if (word && word !== 'per' && NOT_A_RATE.test(text.slice(m.index + m[0].length).trimStart())) return undefined;
  return unit;
}

const STATED_CODE = /[ \t]*\((?<code>[A-Z]{3})\)/y;

/** A currency code stated in brackets after an amount: "$99 (USD)", "$5 million (CAD)". */
export function statedCodeAt(text: string, end: number): { code: string; end: number } | undefined {
  STATED_CODE.lastIndex = end;
  const m = STATED_CODE.exec(text);
  if (!m?.groups || !currencyTable().codes.has(m.groups.code!)) return undefined;
  return { code: m.groups.code!, end: end + m[0].length };
}
