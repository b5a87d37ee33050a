/** A public channel's message address: `t.me/NAME/123`, `t.me/s/NAME/123`, `telegram.me/NAME/123`. */
const MESSAGE_LINK = /^https?:\/\/(?:www\.)?(?:t|telegram)\.me\/(?:s\/)?([A-Za-z][A-Za-z0-9_]{3,63})\/(\d+)\/?(?:[?#].*)?$/;

/**
 * The key `NAME:123` of the channel message a link names, the native id the channel's live
 * collection and a saved preview page give it; undefined for any other link. Scrapers (snscrape)
 * write a post's address and no id, and name a forward's origin by its address.
 */
export function telegramMessageKey(link: string | undefined): string | undefined {
  const match = MESSAGE_LINK.exec(link?.trim() ?? '');
  return match ? channelMessageKey(match[1]!, match[2]!) : undefined;
}

/**
 * The native id of a public channel's message, `name:number`. Telegram reads a channel's name in
 * any case (t.me/City_News and t.me/city_news are one channel) and its pages write it as its owner
 * does, while a project names it as its author typed it: the key is in lower case, so that a
 * forward, a saved page and the live collection name one message alike.
 */
export function channelMessageKey(channel: string, number: number | string): string {
  return `${channel.toLowerCase()}:${number}`;
}
