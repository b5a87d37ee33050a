import { parseHTML } from 'linkedom';

import { htmlToText } from '../markup/html-to-text.js';

/** One message as the public web preview of a channel shows it, identities already left out. */
export interface PreviewMessage {
  /** The channel's public name, as its `data-post` writes it. */
  readonly channel: string;
  /** The message number inside the channel. */
  readonly id: number;
  /**
   * The channel's title as the page's header writes it: with the number and the exact time, the
   * key Telegram Desktop's exports of the channel give the same message (`chat-title-key.ts`).
   */
  readonly channelTitle?: string;
  readonly text: string;
  /** As written in `<time datetime>`. */
  readonly datetime?: string;
  /** `channel/number` of the message this one forwards, when the preview names it. */
  readonly forwardedFrom?: string;
  /** Whether the message is a forward, named or not (a person's, a private channel's). */
  readonly forwarded?: boolean;
  /** Message number this one replies to, inside the same channel. */
  readonly replyTo?: number;
}

export interface PreviewPage {
  readonly messages: readonly PreviewMessage[];
  /** The `before` value of the link to older messages, when there are any. */
  readonly before?: number;
  /** Messages whose markup could not be read: `data-post` missing or malformed. */
  readonly unreadable: number;
  /** Numbers of the service messages (a renamed channel, a new photo, a pin), which are no posts. */
  readonly serviceIds: readonly number[];
  /**
   * Whether the page holds a channel's message list at all. t.me answers the preview of a channel
   * that has none (private, preview turned off, no such name) with a redirect to its card page.
   */
  readonly hasHistory: boolean;
}

type PreviewDocument = ReturnType<typeof parseHTML>['document'];
type PreviewElement = NonNullable<ReturnType<PreviewDocument['querySelector']>>;

// A message number of up to 15 digits, which a double holds exactly: a longer one (a page's
// mistake, or made up) read as 1e20 became the cursor, above every later message of the channel.
const POST_REFERENCE = /^([A-Za-z0-9_]{1,64})\/([1-9]\d{0,14})$/;
const MESSAGE_LINK = /t\.me\/(?:s\/)?([A-Za-z0-9_]{1,64})\/(\d+)/;

/**
 * Reads a `t.me/s/NAME` page. Each message is a `.tgme_widget_message` element whose
 * `data-post` is `NAME/NUMBER`; its text is `.tgme_widget_message_text`, its time the
 * `datetime` of the `<time>` inside `.tgme_widget_message_date`. The owner block, the signature
 * (`.tgme_widget_message_from_author`), the avatar and the name of a forwarded message's sender are
 * never read: only the number of a forwarded message is, to mark the amplification.
 */
export function readChannelPreview(html: string): PreviewPage {
  const { document } = parseHTML(html);
  const messages: PreviewMessage[] = [];
  let unreadable = 0;
  const serviceIds: number[] = [];
  const title = channelTitle(document);

  for (const element of document.querySelectorAll('.tgme_widget_message[data-post]')) {
    const reference = POST_REFERENCE.exec(element.getAttribute('data-post') ?? '');
    if (!reference) {
      unreadable++;
      continue;
    }
    if (element.classList.contains('service_message')) {
      serviceIds.push(Number(reference[2]));
      continue;
    }
    // The preview repeats a replied-to message's text inside the reply block; that is not this one's.
    const textElement = [...element.querySelectorAll('.tgme_widget_message_text')]
      .find((candidate) => !candidate.closest('.tgme_widget_message_reply'));
    const text = [textElement ? htmlToText(textElement.innerHTML) : '', pollText(element)]
      .filter((part) => part !== '')
      .join('\n');
    messages.push({
      channel: reference[1]!,
      id: Number(reference[2]),
      channelTitle: title,
      text,
      datetime: element.querySelector('.tgme_widget_message_date time')?.getAttribute('datetime') ?? undefined,
      forwardedFrom: forwardReference(element),
      forwarded: element.querySelector('.tgme_widget_message_forwarded_from') !== null,
      replyTo: replyNumber(element),
    });
  }

  return {
    messages: messages.sort((a, b) => a.id - b.id),
    before: olderPage(document),
    unreadable,
    serviceIds,
    hasHistory: document.querySelector('.tgme_channel_history') !== null || messages.length > 0,
  };
}

/**
 * The channel's title: the header above its messages, else the page's `og:title`, else its
 * `<title>` ("NAME – Telegram"). A channel's own name, never a sender's.
 */
function channelTitle(document: PreviewDocument): string | undefined {
  const header = document.querySelector('.tgme_channel_info_header_title')?.textContent?.trim();
  if (header) return header;
  const meta = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (meta) return meta;
  const pageTitle = /^(.+?)\s+[–—-]\s+Telegram$/u.exec(document.querySelector('title')?.textContent?.trim() ?? '');
  return pageTitle?.[1];
}

/**
 * A poll's question and its answers, one a line: a poll message has no text block, and its
 * question names the issue as much as any post. Vote shares are not read.
 */
function pollText(element: PreviewElement): string {
  const poll = element.querySelector('.tgme_widget_message_poll');
  if (!poll) return '';
  const parts = poll.querySelectorAll('.tgme_widget_message_poll_question, .tgme_widget_message_poll_option_text');
  return [...parts].map((part) => htmlToText(part.innerHTML)).filter((line) => line !== '').join('\n');
}

function forwardReference(element: PreviewElement): string | undefined {
  const link = element.querySelector('.tgme_widget_message_forwarded_from_name');
  const match = MESSAGE_LINK.exec(link?.getAttribute('href') ?? '');
  return match ? `${match[1]}/${match[2]}` : undefined;
}

function replyNumber(element: PreviewElement): number | undefined {
  const href = element.querySelector('a.tgme_widget_message_reply')?.getAttribute('href') ?? '';
  const match = MESSAGE_LINK.exec(href);
  return match ? Number(match[2]) : undefined;
}

/** The older page is linked from a "load more" element and from `<link rel="prev">`. */
function olderPage(document: PreviewDocument): number | undefined {
  const more = document.querySelector('.tme_messages_more[data-before]')?.getAttribute('data-before');
  const prev = document.querySelector('link[rel="prev"]')?.getAttribute('href');
  const value = more ?? /[?&]before=(\d+)/.exec(prev ?? '')?.[1];
  const number = Number(value);
  return value !== undefined && Number.isInteger(number) && number > 0 ? number : undefined;
}
