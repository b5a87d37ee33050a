/**
 * Whether the word at `index` is followed by a bracket saying it is a town of a region or of
 * another city: "в Нуре (Карагандинская область)", "В Есиле (Северо-Казахстанская область)" are
 * the towns, not Astana's districts of those names. "(Астана)" or "(район)" name no other place.
 */
import type { AnalysisText } from '../analysis-text.js';
import { gazetteerPlaceNamed, type GazetteerPlace } from '../../project/gazetteer.js';

/** A bracket's words that say it names a region: "(Карагандинская область)", "(Ақмола облысы)". */
const REGION_IN_BRACKETS = /област|облыс|\bобл\b|region|oblys/u;
/** A bracket right after a word, of a length that names a place: "(Карагандинская область)". */
const BRACKET_AFTER = /^\s*\(([^()]{1,60})\)/u;

export function namesTownInBrackets(text: AnalysisText, index: number, home: GazetteerPlace | null): boolean {
  const token = text.tokens[index];
  if (token === undefined) return false;
  const bracket = BRACKET_AFTER.exec(text.normalised.slice(token.end, token.end + 64));
  if (bracket === null) return false;
  const inside = bracket[1]!.trim();
  if (REGION_IN_BRACKETS.test(inside)) return true;
  const place = gazetteerPlaceNamed(inside);
  return place !== null && place !== home;
}
