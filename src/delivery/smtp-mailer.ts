import nodemailer from 'nodemailer';

import type { SmtpSettings } from './delivery-settings.js';

export interface MailMessage {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly attachments?: readonly { readonly filename: string; readonly content: Buffer; readonly contentType: string }[];
}

/** Sends one message through the configured SMTP server; throws with the server's answer. */
export async function sendMail(smtp: SmtpSettings, message: MailMessage): Promise<void> {
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({
      from: smtp.from,
      to: [...message.to],
      subject: message.subject,
      text: message.text,
      attachments: (message.attachments ?? []).map((attachment) => ({ ...attachment })),
    });
  } catch (error) {
    throw new Error(`smtp ${smtp.host}:${smtp.port}: ${(error as Error).message}`);
  } finally {
    transport.close();
  }
}
