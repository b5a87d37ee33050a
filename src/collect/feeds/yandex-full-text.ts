import { decodeXML } from 'entities';

/**
 * The article text of each item of a feed in the Yandex.News format (`<yandex:full-text>`, in the
 * `http://news.yandex.ru` namespace), which many Russian-language and Kazakh news sites publish
 * instead of `content:encoded`; undefined for an item without one. The feed parser does not read
 * this namespace: without it such an item was stored as its headline or its short description.
 */
const ITEM_SPAN = /<(?:[\w-]+:)?item[\s>][\s\S]*?<\/(?:[\w-]+:)?item\s*>/g;
const FULL_TEXT = /<([\w-]+):full-text(?:\s[^>]*)?>([\s\S]*?)<\/\1:full-text\s*>/;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const YANDEX_NAMESPACE = /xmlns:([\w-]+)\s*=\s*["']https?:\/\/news\.yandex\.ru\/?["']/;

export function yandexFullTexts(xml: string, itemCount: number): (string | undefined)[] | undefined {
  const prefix = YANDEX_NAMESPACE.exec(xml)?.[1];
  if (prefix === undefined || !xml.includes(`${prefix}:full-text`)) return undefined;

  const items = xml.match(ITEM_SPAN) ?? [];
  // Items counted otherwise than the parser counted them cannot be matched up safely.
  if (items.length !== itemCount) return undefined;

  return items.map((item) => {
    const match = FULL_TEXT.exec(item);
    if (!match || match[1] !== prefix) return undefined;
    return xmlText(match[2]!);
  });
}

/** An element's text: CDATA sections as written, everything else with its entities decoded. */
function xmlText(content: string): string {
  let text = '';
  let last = 0;
  for (const section of content.matchAll(CDATA)) {
    text += decodeXML(content.slice(last, section.index)) + section[1];
    last = section.index + section[0].length;
  }
  return text + decodeXML(content.slice(last));
}
