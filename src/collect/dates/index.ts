export { parseDate, unknownZoneAtEnd, type DateParseOptions } from './parse-date.js';
export { monthNumber } from './month-names.js';
