import type { PlaceKind } from '../types.js';

/**
 * Oceans, seas and the world's great rivers that English news names bare after "the" ("a barge in the Atlantic", "ships on
 * the Danube"), without the kind word the feature patterns need ("the Black Sea", "the Volga River"). General geography, not
 * any article's: the oceans, the seas named by an adjective alone, and rivers that flow through several countries or are
 * a country's main one. Left out: names a country, a state or a person takes after "the" as often ("the Congo", "the Niger",
 * "the Jordan", "the Gambia", "the Ohio", "the Columbia") and "the Arctic", a region (the gazetteer's).
 */
export const WATER_BODIES: ReadonlyMap<string, PlaceKind> = new Map([
  ...['Atlantic', 'Pacific', 'Mediterranean', 'Baltic', 'Adriatic', 'Aegean', 'Caspian', 'Ionian', 'Tyrrhenian'].map((n) => [n, 'sea'] as const),
  ...[
    'Danube', 'Rhine', 'Nile', 'Thames', 'Seine', 'Loire', 'Rhone', 'Elbe', 'Oder', 'Vistula', 'Volga', 'Dnieper', 'Dnipro',
    'Dniester', 'Euphrates', 'Tigris', 'Yangtze', 'Ganges', 'Indus', 'Brahmaputra', 'Mekong', 'Irrawaddy', 'Amazon', 'Orinoco',
    'Zambezi', 'Limpopo', 'Mississippi', 'Missouri', 'Potomac', 'Hudson', 'Rio Grande', 'Colorado', 'Yukon', 'Tagus', 'Tiber',
    'Neva', 'Yenisei', 'Amur', 'Meuse', 'Moselle', 'Sava', 'Drina',
  ].map((n) => [n, 'river'] as const),
]);
