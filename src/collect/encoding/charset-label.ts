import iconv from 'iconv-lite';

/**
 * Labels seen in the wild, mapped to the names iconv-lite knows. Cyrillic sites write the
 * windows-1251 label in a dozen ways (`cp-1251`, `win-1251`, `x-cp1251`), and the Kazakh code
 * pages go by their standard's name (KZ-1048, STRK1048-2002) or by the Paratype one (PT154).
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['unicode-1-1-utf-8', 'utf-8'],
  ['windows-1251', 'windows-1251'],
  ['windows1251', 'windows-1251'],
  ['win-1251', 'windows-1251'],
  ['win1251', 'windows-1251'],
  ['cp-1251', 'windows-1251'],
  ['cp1251', 'windows-1251'],
  ['x-cp1251', 'windows-1251'],
  ['x-windows-1251', 'windows-1251'],
  ['koi8-r', 'koi8-r'],
  ['koi8r', 'koi8-r'],
  ['koi8', 'koi8-r'],
  ['cskoi8r', 'koi8-r'],
  ['koi8-u', 'koi8-u'],
  ['kz-1048', 'rk1048'],
  ['kz1048', 'rk1048'],
  ['rk1048', 'rk1048'],
  ['rk-1048', 'rk1048'],
  ['strk1048-2002', 'rk1048'],
  ['pt154', 'pt154'],
  ['pt-154', 'pt154'],
  ['ptcp154', 'pt154'],
  ['cp154', 'pt154'],
  ['cspt154', 'pt154'],
  ['csptcp154', 'pt154'],
  ['cyrillic-asian', 'pt154'],
  ['iso-8859-5', 'iso-8859-5'],
  ['ibm866', 'cp866'],
  ['cp866', 'cp866'],
  // WHATWG reads a latin-1 label as windows-1252, and so do the sites that send it.
  ['iso-8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['windows-1252', 'windows-1252'],
  ['utf-16', 'utf-16le'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
]);

/** The iconv-lite name of a charset label, or undefined when nobody knows the label. */
export function resolveCharset(label: string): string | undefined {
  const key = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const known = ALIASES.get(key);
  if (known) return known;
  return key !== '' && iconv.encodingExists(key) ? key : undefined;
}

