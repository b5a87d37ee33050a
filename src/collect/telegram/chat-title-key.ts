import { createHash } from 'node:crypto';

/**
 * A message's key by its chat's title, its number and its exact time, to the second:
 * `title:<digest of "almaty residents">:123@1710054300`. Telegram Desktop's HTML export names its chat only by
 * its title (`result.json` also by its number, the key it gives), so this is the key both
 * exports can give one message. A title alone is not unique (two chats may both be called "Алматы
 * чат"), but two chats of one title holding a message of the same number sent in the same second
 * are not a case to plan for. Undefined without a title or an exact time: an HTML page from
 * before Telegram wrote the offset beside the time is read on the project's clock, and meets the
 * JSON export only when the exporting computer kept that clock too. The title is digested here
 * already: a chat may be named after a person, and the key, like every native id, is only to be
 * hashed by the gate.
 */
export function chatTitleKey(title: string | undefined, id: string, publishedAt: Date | undefined): string | undefined {
  const name = title?.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase() ?? '';
  if (name === '' || publishedAt === undefined || Number.isNaN(publishedAt.getTime())) return undefined;
  const digest = createHash('sha256').update(name).digest('hex').slice(0, 32);
  return `title:${digest}:${id}@${Math.floor(publishedAt.getTime() / 1000)}`;
}
