import { TOPONYM_NAMES } from './names/toponym-names.js';
import { nameKey } from './name-key.js';
import { declinedKeys } from './name-lists.js';

let toponymKeys: ReadonlySet<string> | undefined;

/**
 * Whether `word` (lower case) is two streets joined by a hyphen, as residents write a crossing:
 * "Абая-Жандосова", "Абай-Жандосова", "Жандосова-Абая". One of the two is a name that alone
 * means a street or a district in Almaty, so that a double surname ("Петрова-Водкина",
 * "Римский-Корсаков") stays a name.
 */
// LIMITATION: a crossing of two streets named by surnames ("Сатпаева-Розыбакиева") opening a
// sentence reads as a double surname; after "на", "угол" or "перекрёсток" it is a street.
export function isStreetPair(word: string): boolean {
  const parts = word.split('-');
  if (parts.length !== 2 || parts.some((part) => part.length < 3)) return false;
  return parts.some(isStreetName);
}

/** Whether `word` alone means a street or a district in Almaty: "Абая", "Достык", "Медеу". */
export function isStreetName(word: string): boolean {
  toponymKeys ??= new Set(declinedKeys(TOPONYM_NAMES));
  return toponymKeys.has(nameKey(word));
}
