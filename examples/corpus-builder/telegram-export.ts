/** A Telegram Desktop chat export (`result.json`) of a public group. */
import type { DemoRecord } from './demo-record.js';
import type { PackedRecords } from './packed-records.js';
import type { SeededRandom } from './random.js';

/** Ids far beyond any real Telegram id, so that no placeholder is someone's account. */
const PLACEHOLDER_ID_BASE = 999_999_990_000;

export interface TelegramExportOptions {
  readonly chatName: string;
  /** Share of messages written as replies to an earlier message. */
  readonly replyShare: number;
  /** Service messages (people joining) mixed in, which an importer must skip. */
  readonly serviceMessages: number;
}

/** Messages in time order with ids counting up, as Telegram Desktop writes them. */
export function telegramExport(
  records: readonly DemoRecord[],
  options: TelegramExportOptions,
  random: SeededRandom,
): PackedRecords {
  const order = records
    .map((_, index) => index)
    .sort((left, right) => time(records[left]!) - time(records[right]!));
  const serviceAfter = new Set(
    Array.from({ length: options.serviceMessages }, () => random.below(order.length)),
  );
  const recordIds: string[] = new Array<string>(records.length);
  const messages: object[] = [];
  let nextId = 1;

  for (const [position, index] of order.entries()) {
    const record = records[index]!;
    const id = nextId++;
    recordIds[index] = String(id);
    const reply =
      id > 10 && random.next() < options.replyShare ? 1 + random.below(id - 1) : undefined;
    messages.push({
      id,
      type: 'message',
      ...dates(record.date!),
      from: `Synthetic member ${record.persona}`,
      from_id: `user${PLACEHOLDER_ID_BASE + Number(record.persona)}`,
      ...(reply === undefined ? {} : { reply_to_message_id: reply }),
      text: record.source.text,
      text_entities: [{ type: 'plain', text: record.source.text }],
    });
    if (serviceAfter.has(position)) messages.push(joinMessage(nextId++, record));
  }

  const chat = {
    name: options.chatName,
    type: 'public_supergroup',
    id: PLACEHOLDER_ID_BASE + 1,
    messages,
  };
  return { content: JSON.stringify(chat, null, 1) + '\n', recordIds, extraPosts: 0 };
}

/** Someone joining the group a minute after a message: not a post. */
function joinMessage(id: number, after: DemoRecord): object {
  const persona = String((Number(after.persona) % 300) + 1).padStart(4, '0');
  return {
    id,
    type: 'service',
    ...dates(new Date(after.date!.getTime() + 60_000)),
    actor: `Synthetic member ${persona}`,
    actor_id: `user${PLACEHOLDER_ID_BASE + Number(persona)}`,
    action: 'join_group_by_link',
    inviter: 'Group',
    text: '',
    text_entities: [],
  };
}

/**
 * `date` is the exporting computer's local time without an offset (Almaty's, UTC+5, here) and
 * `date_unixtime` the exact second, as a string.
 */
function dates(date: Date): { date: string; date_unixtime: string } {
  const local = new Date(date.getTime() + 5 * 3_600_000).toISOString().slice(0, 19);
  return { date: local, date_unixtime: String(Math.floor(date.getTime() / 1000)) };
}

function time(record: DemoRecord): number {
  if (!record.date)
    throw new Error(
      `demo corpus: Telegram message ${record.id} has no date; exports always have one`,
    );
  return record.date.getTime();
}
