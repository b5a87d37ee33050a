import nodemailer from 'nodemailer';

import type { SmtpSettings } from './delivery-settings.js';

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachments?: readonly { readonly filename: string; readonly content: Buffer; readonly contentType: string }[];
}

/** Who of a sent message's recipients the server refused, and its answer for them. */
export interface SentMail {
  readonly rejected: readonly string[];
  readonly reason: string;
}

/** Sends one message through the configured SMTP server; throws with the server's answer. */
export async function sendMail(smtp: SmtpSettings, message: MailMessage): Promise<void> {
  await sendMailTo(smtp, message);
}

/**
 * As `sendMail`, which throws with the server's answer when no
 * recipient took it. The recipients the server refused while others took it (a mailbox full, a
 * greylisting 451) are returned, with the server's answer, for the caller to try again.
 */
export async function sendMailTo(smtp: SmtpSettings, message: MailMessage): Promise<SentMail> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    const info = await transport.sendMail({
      from: smtp.from,
      to: [...message.to],
      subject: message.subject,
      text: message.text,
      attachments: (message.attachments ?? []).map((attachment) => ({ ...attachment })),
    });
    const rejected = (info.rejected as readonly (string | { address: string })[])
      .map((address) => (typeof address === 'string' ? address : address.address));
    const errors = (info as { rejectedErrors?: readonly Error[] }).rejectedErrors ?? [];
    return { rejected, reason: errors.map((error) => error.message).join('; ') };
  } catch (error) {
    throw new Error(`smtp ${smtp.host}:${smtp.port}: ${(error as Error).message}`);
  } finally {
    transport.close();
  }
}
