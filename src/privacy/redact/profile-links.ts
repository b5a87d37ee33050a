import type { RedactionSpan } from './redaction-kind.js';

/**
 * Hosts where any path leads to a person, a group or a channel (vk.com/id1, t.me/name,
 * instagram.com/name, ok.ru/profile/1, x.com/name, wa.me/77011234567), and the profile paths of
 * YouTube, TikTok, Snapchat and LinkedIn, whose other paths are videos or firms. Subdomains
 * such as m.vk.com and kz.linkedin.com count too.
 */
const PROFILE_HOSTS = [
  String.raw`vk\.com`,
  String.raw`vk\.ru`,
  String.raw`vkontakte\.ru`,
  String.raw`t\.me`,
  String.raw`telegram\.me`,
  String.raw`instagram\.com`,
  String.raw`instagr\.am`,
  String.raw`facebook\.com`,
  String.raw`fb\.com`,
  String.raw`fb\.me`,
  String.raw`ok\.ru`,
  String.raw`odnoklassniki\.ru`,
  String.raw`x\.com`,
  String.raw`twitter\.com`,
  String.raw`threads\.net`,
  String.raw`wa\.me`,
  // WhatsApp's and VK's chat links carry the number or the page ("send?phone=7701…", "vk.me/name").
  String.raw`(?:api|web)\.whatsapp\.com/send`,
  String.raw`vk\.me`,
  String.raw`my\.mail\.ru`,
  // A person's links page ("taplink.cc/aigerim_nails", "linktr.ee/name") and other profiles.
  String.raw`taplink\.(?:cc|ws|at)`,
  String.raw`linktr\.ee`,
  String.raw`twitch\.tv`,
  String.raw`ask\.fm`,
  String.raw`pinterest\.com`,
  String.raw`snapchat\.com/add/`,
  String.raw`linkedin\.com/(?:in|pub)/`,
  String.raw`youtube\.com/(?:@|channel/|c/|user/)`,
  String.raw`tiktok\.com/@`,
];
const PROFILE_LINK = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.@-])(?:https?://)?(?:[a-z0-9-]+\.)*(?:${PROFILE_HOSTS.join('|')})` +
    String.raw`/?[^\s<>"'«»()[\]{}]*|(?:tg|viber)://[^\s<>"'«»()[\]{}]+`,
  'giu',
);
const LINK_TEST = /\.(?:com|ru|me|am|net|cc|ws|at|ee|tv|fm)\b|(?:tg|viber):\/\//i;
/** Punctuation that ends a sentence after a link rather than belonging to it. */
const TRAILING_PUNCTUATION = /[.,;:!?…]+$/u;

/**
 * Finds links to a person's or a group's page on a social platform, and Telegram's tg:// and
 * Viber's viber:// links ("viber://chat?number=%2B7701…").
 */
export function findProfileLinks(text: string): RedactionSpan[] {
  if (!LINK_TEST.test(text)) return [];
  const spans: RedactionSpan[] = [];
  for (const match of text.matchAll(PROFILE_LINK)) {
    const link = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!link.includes('/')) continue;
    spans.push({ start: match.index, end: match.index + link.length, kind: 'link' });
  }
  return spans;
}
