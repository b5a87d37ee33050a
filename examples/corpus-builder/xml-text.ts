/** Text made safe for XML, and XML encoded in windows-1251 as older Russian-language sites serve it. */
import iconv from 'iconv-lite';

const XML_SPECIAL: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Escapes markup characters and drops control characters XML 1.0 does not allow at all. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (character) => XML_SPECIAL[character] as string);
}

/**
 * The document in windows-1251. Characters the code page lacks (emoji, «ә») are written as
 * numeric character references, as a site's CMS does when it serves a legacy charset.
 */
export function encodeWindows1251(xml: string): Buffer {
  let representable = '';
  for (const character of xml) {
    representable += inWindows1251(character)
      ? character
      : `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`;
  }
  return iconv.encode(representable, 'windows-1251');
}

const known = new Map<string, boolean>();

function inWindows1251(character: string): boolean {
  if (character.charCodeAt(0) < 0x80) return true;
  let answer = known.get(character);
  if (answer === undefined) {
    answer = iconv.decode(iconv.encode(character, 'windows-1251'), 'windows-1251') === character;
    known.set(character, answer);
  }
  return answer;
}
