import { decodeXML } from 'entities';

/**
 * The article text of each item of a feed in a Yandex format, which many Russian-language and
 * Kazakh news sites publish instead of `content:encoded`: Yandex.News' `<yandex:full-text>` (in the
 * `http://news.yandex.ru` namespace), else Yandex Turbo's `<turbo:content>` (in
 * `http://turbo.yandex.ru`), whose page opens with a `<header>` repeating the headline and its
 * picture, left out here. Undefined for an item without either. The feed parser reads neither
 * namespace: without them such an item was stored as its headline or its short description.
 */
const ITEM_SPAN = /<(?:[\w-]+:)?item[\s>][\s\S]*?<\/(?:[\w-]+:)?item\s*>/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const TURBO_HEADER = /<header[\s>][\s\S]*?<\/header\s*>/gi;

interface ArticleElement {
  /** The namespace's address, as `xmlns:prefix="…"` declares it. */
  readonly namespace: RegExp;
  readonly name: string;
  /** The element's text as the HTML of the article. */
  readonly article: (text: string) => string;
}

const ARTICLE_ELEMENTS: readonly ArticleElement[] = [
  { namespace: /^https?:\/\/news\.yandex\.ru\/?$/, name: 'full-text', article: (text) => text },
  { namespace: /^https?:\/\/turbo\.yandex\.ru\/?$/, name: 'content', article: (text) => text.replace(TURBO_HEADER, '') },
];

export function yandexFullTexts(xml: string, itemCount: number): (string | undefined)[] | undefined {
  const elements = ARTICLE_ELEMENTS.flatMap((element) => {
    const prefix = prefixOf(xml, element.namespace);
    if (prefix === undefined || !xml.includes(`<${prefix}:${element.name}`)) return [];
    return [{ ...element, pattern: elementPattern(prefix, element.name) }];
  });
  if (elements.length === 0) return undefined;

  const items = xml.match(ITEM_SPAN) ?? [];
  // Items counted otherwise than the parser counted them cannot be matched up safely.
  if (items.length !== itemCount) return undefined;

  return items.map((item) => {
    for (const element of elements) {
      const match = element.pattern.exec(item);
      if (match) return element.article(xmlText(match[1]!));
    }
    return undefined;
  });
}

/** The prefix a feed declares for `namespace`, if it declares one. */
function prefixOf(xml: string, namespace: RegExp): string | undefined {
  for (const declaration of xml.matchAll(/xmlns:([\w-]+)\s*=\s*["']([^"']*)["']/g)) {
    if (namespace.test(declaration[2]!.trim())) return declaration[1];
  }
  return undefined;
}

function elementPattern(prefix: string, name: string): RegExp {
  return new RegExp(`<${prefix}:${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}:${name}\\s*>`);
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
