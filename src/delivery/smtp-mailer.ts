
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

/**
 * Sends one message through the configured SMTP server; throws with the server's answer, also
 * when it refused some recipients while it took the message for the others (they are named), so
 * that a refused address is reported, not counted as sent.
 */
export async function sendMail(smtp: SmtpSettings, message: MailMessage): Promise<void> {
  const { rejected, reason } = await sendMailTo(smtp, message);
  if (rejected.length > 0) {
    throw new Error(`smtp ${smtp.host}:${smtp.port}: refused ${rejected.join(', ')}: ${reason}`);
  }
}

/**
 * As `sendMail`, which throws with the server's answer when no
 * recipient took it. The recipients the server refused while others took it (a mailbox full, a
 * greylisting 451) are returned, with the server's answer, for the caller to try again.
 */
export async function sendMailTo(smtp: SmtpSettings, message: MailMessage): Promise<SentMail> {
  const { default: nodemailer } = await import('nodemailer');
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
